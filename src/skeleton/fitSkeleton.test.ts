import { describe, expect, it } from 'vitest';
import { generateMotion } from '../synthetic/motion.ts';
import { layoutNames } from '../core/layouts.ts';
import { boneLengthsAt, fitSkeleton, forwardKinematics } from './fitSkeleton.ts';
import type { Points3D } from '../core/types.ts';
import { quatAngle, quatConj, quatMul } from './rotation.ts';
import { neutralPose, posesToPoints, rotatePoints } from '../analysis/testPoses.ts';

function withNoise(p: Points3D, sigmaM: number, seed = 1): Points3D {
  let s = seed;
  const rnd = (): number => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const gauss = (): number => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
  return { ...p, data: p.data.map((v) => v + sigmaM * gauss()) };
}

describe('fitSkeleton', () => {
  for (const layout of ['halpe26', 'coco17']) {
    for (const kind of ['walk-in-place', 'squat', 'wave'] as const) {
      it(`follows a synthetic ${kind} body (${layout}) to within 2 cm per joint`, () => {
        const pts = generateMotion({ frames: 90, fps: 30, layout, kind });
        const skel = fitSkeleton(pts);
        for (const e of skel.fit) {
          expect(e.framesObserved, e.joint).toBe(90);
          expect(e.meanDistanceM, `${e.joint} (${e.target})`).toBeLessThan(0.02);
        }
      });
    }
  }

  it('keeps every bone length constant over the take, even with noisy keypoints', () => {
    const pts = withNoise(generateMotion({ frames: 60, fps: 30, layout: 'halpe26', kind: 'mixed' }), 0.01);
    const skel = fitSkeleton(pts);
    const first = boneLengthsAt(skel, 0);
    for (let f = 1; f < skel.frames; f++) {
      const l = boneLengthsAt(skel, f);
      l.forEach((v, j) => expect(Math.abs(v - first[j])).toBeLessThan(1e-9));
    }
    // left and right averaged by default
    expect(skel.boneLengthsM['LeftLeg→LeftFoot']).toBeCloseTo(skel.boneLengthsM['RightLeg→RightFoot'], 12);
    // and the fit still follows within noise-level distances
    const knee = skel.fit.find((e) => e.joint === 'LeftLeg')!;
    expect(knee.meanDistanceM).toBeLessThan(0.03);
  });

  it('estimates bone lengths robustly when some frames are wildly wrong', () => {
    const pts = generateMotion({ frames: 100, fps: 30, layout: 'halpe26', kind: 'walk-in-place' });
    const clean = fitSkeleton(pts, { symmetric: false });
    const bad = { ...pts, data: pts.data.slice() };
    const lk = 13; // LKnee
    for (let f = 0; f < 100; f += 10) bad.data[(f * pts.joints + lk) * 3 + 2] += 0.5;
    const fitted = fitSkeleton(bad, { symmetric: false });
    for (const bone of ['LeftUpLeg→LeftLeg', 'LeftLeg→LeftFoot']) {
      expect(Math.abs(fitted.boneLengthsM[bone] - clean.boneLengthsM[bone]), bone).toBeLessThan(0.005);
    }
  });

  it('puts the lowest foot point of the take on z = 0', () => {
    const pts = generateMotion({ frames: 60, fps: 30, layout: 'halpe26', kind: 'walk-in-place' });
    const lifted = { ...pts, data: pts.data.map((v, i) => (i % 3 === 2 ? v + 0.7 : v)) };
    const skel = fitSkeleton(lifted);
    expect(skel.groundOffsetM).toBeGreaterThan(0.6);
    let minZ = Infinity;
    for (let f = 0; f < skel.frames; f++) {
      const P = forwardKinematics(skel, f);
      for (const name of ['LeftToeBase', 'RightToeBase']) {
        minZ = Math.min(minZ, P[skel.joints.findIndex((j) => j.name === name) * 3 + 2]);
      }
    }
    expect(Math.abs(minZ)).toBeLessThan(0.02);
  });

  it('fills missing keypoints and never flips a rotation between frames', () => {
    const pts = generateMotion({ frames: 120, fps: 60, layout: 'halpe26', kind: 'mixed' });
    const holey = { ...pts, data: pts.data.slice() };
    for (let f = 30; f < 40; f++) for (let c = 0; c < 3; c++) holey.data[(f * pts.joints + 9) * 3 + c] = NaN; // LWrist
    const skel = fitSkeleton(holey);
    const J = skel.joints.length;
    let maxStepRad = 0;
    for (let f = 1; f < skel.frames; f++) {
      for (let j = 0; j < J; j++) {
        const a = skel.localRotations.subarray(((f - 1) * J + j) * 4, ((f - 1) * J + j) * 4 + 4);
        const b = skel.localRotations.subarray((f * J + j) * 4, (f * J + j) * 4 + 4);
        expect(a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3]).toBeGreaterThanOrEqual(0);
        maxStepRad = Math.max(maxStepRad, quatAngle(quatMul(quatConj(a), b)));
      }
    }
    // 60 fps human motion: no joint turns by more than ~20° between two frames
    expect((maxStepRad * 180) / Math.PI).toBeLessThan(20);
    expect(skel.fit.find((e) => e.joint === 'LeftHand')!.framesObserved).toBe(110);
  });

  it('survives a keypoint that is never seen: typical bone length and a warning', () => {
    const pts = generateMotion({ frames: 30, fps: 30, layout: 'halpe26', kind: 'squat' });
    const head = 17; // "Head" in halpe26
    const blind = { ...pts, data: pts.data.slice() };
    for (let f = 0; f < 30; f++) for (let c = 0; c < 3; c++) blind.data[(f * pts.joints + head) * 3 + c] = NaN;
    const skel = fitSkeleton(blind);
    expect(skel.warnings.map((w) => w.code)).toEqual(['bone-never-observed']);
    expect(skel.warnings[0].message).toMatch(/HeadTop_End/);
    expect(skel.boneLengthsM['Head→HeadTop_End']).toBeCloseTo(0.12, 9);
    expect(skel.fit.find((e) => e.joint === 'LeftLeg')!.meanDistanceM).toBeLessThan(0.01);
  });

  for (const layout of layoutNames()) {
    it(`fits every known layout (${layout}) within 2 cm per joint`, () => {
      const skel = fitSkeleton(generateMotion({ frames: 20, fps: 30, layout, kind: 'mixed' }));
      expect(skel.warnings).toEqual([]);
      for (const e of skel.fit) expect(e.meanDistanceM, `${layout} ${e.joint}`).toBeLessThan(0.02);
    });
  }

  it('does not twist straight, hanging limbs between frames (where the elbow/knee plane is undefined)', () => {
    // Arms hanging and legs straight in every frame, 2 mm of noise: the elbow and knee planes are
    // pure noise, so the upper arm and thigh twist must come from the parent, not from the plane.
    const base = neutralPose();
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 0.004;
    const poses = Array.from(
      { length: 60 },
      () => Object.fromEntries(Object.entries(base).map(([k, v]) => [k, [v[0] + rnd(), v[1] + rnd(), v[2] + rnd()]])) as typeof base,
    );
    const skel = fitSkeleton(posesToPoints(poses, 'halpe26', 60));
    const J = skel.joints.length;
    for (const name of ['LeftArm', 'RightArm', 'LeftForeArm', 'LeftUpLeg', 'RightLeg']) {
      const j = skel.joints.findIndex((x) => x.name === name);
      let maxStepDeg = 0;
      for (let f = 1; f < skel.frames; f++) {
        const a = skel.localRotations.subarray(((f - 1) * J + j) * 4, ((f - 1) * J + j) * 4 + 4);
        const b = skel.localRotations.subarray((f * J + j) * 4, (f * J + j) * 4 + 4);
        maxStepDeg = Math.max(maxStepDeg, (quatAngle(quatMul(quatConj(a), b)) * 180) / Math.PI);
      }
      expect(maxStepDeg, name).toBeLessThan(4); // noise level: 2 mm on 25–40 cm segments
    }
  });

  it('gives finite exports even for a take where nobody is seen', () => {
    const J = 17,
      F = 3;
    const empty = {
      layout: 'coco17',
      fps: 30,
      frames: F,
      joints: J,
      data: new Float64Array(F * J * 3).fill(NaN),
      reprojectionErrorPx: new Float32Array(F * J),
      cameraMask: new Uint32Array(F * J),
      timestampsMs: new Float64Array(F),
    };
    const skel = fitSkeleton(empty);
    expect(skel.warnings.map((w) => w.code)).toContain('root-never-observed');
    for (let f = 0; f < F; f++) expect(Array.from(forwardKinematics(skel, f)).every(Number.isFinite)).toBe(true);
  });

  it('treats a small wrong-way elbow bend (keypoint noise) as hyperextension, not a 180° arm twist', () => {
    // The left elbow bends forward 20°, straightens, "bends" 15° backwards, and bends forward again.
    const base = neutralPose();
    const poses = Array.from({ length: 61 }, (_, f) => {
      const bendDeg = 20 * Math.cos((2 * Math.PI * f) / 60) - 2.5; // 17.5° forward … 22.5° backward
      return rotatePoints(base, ['LWrist'], [1, 0, 0], -bendDeg, base.LElbow);
    });
    const skel = fitSkeleton(posesToPoints(poses, 'halpe26', 60));
    const J = skel.joints.length;
    const arm = skel.joints.findIndex((x) => x.name === 'LeftArm');
    let maxStepDeg = 0;
    for (let f = 1; f < skel.frames; f++) {
      const a = skel.localRotations.subarray(((f - 1) * J + arm) * 4, ((f - 1) * J + arm) * 4 + 4);
      const b = skel.localRotations.subarray((f * J + arm) * 4, (f * J + arm) * 4 + 4);
      maxStepDeg = Math.max(maxStepDeg, (quatAngle(quatMul(quatConj(a), b)) * 180) / Math.PI);
    }
    expect(maxStepDeg).toBeLessThan(3);
    expect(skel.fit.find((e) => e.joint === 'LeftHand')!.maxDistanceM).toBeLessThan(1e-6); // the wrist is still reached
  });
});
