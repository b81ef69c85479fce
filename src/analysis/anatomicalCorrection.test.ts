import { describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';
import { applyJointOffsets, landmarksAsLayout, measureJointOffsets, MEASURED_OFFSETS, toAnatomical } from './anatomicalCorrection.ts';
import { neutralPose, posesToPoints, rotatePoints, type Pose } from './testPoses.ts';
import { getLayout } from '../core/layouts.ts';

/** A pose turned by `deg` about the vertical and leaning `lean` degrees forward. */
const turned = (deg: number, lean: number): Pose => {
  const p = neutralPose();
  const all = Object.keys(p);
  const q = rotatePoints(
    p,
    all.filter((n) => !/Hip$|Knee|Ankle|Heel|Toe/.test(n) || n === 'Hip'),
    [1, 0, 0],
    lean,
    p.Hip,
  );
  return rotatePoints(q, all, [0, 0, 1], deg, [0, 0, 0]);
};

/**
 * The pose with each named joint moved by an offset given in its segment frame (mm): the trunk frame
 * [anterior, superior, right], for heels the foot frame (X heel → big toe).
 */
function labelled(p: Pose, offsets: Record<string, [number, number, number]>): Pose {
  const z = norm(sub(p.RHip, p.LHip));
  const upRaw = sub(mid(p.LShoulder, p.RShoulder), mid(p.LHip, p.RHip));
  const y = norm(sub(upRaw, z.map((v) => v * dot(upRaw, z)) as V));
  const x: V = [y[1] * z[2] - y[2] * z[1], y[2] * z[0] - y[0] * z[2], y[0] * z[1] - y[1] * z[0]];
  const out: Pose = { ...p };
  for (const [n, o] of Object.entries(offsets)) {
    let [a, b, c] = [x, y, z];
    if (n.endsWith('Heel')) {
      const S = n[0];
      a = norm(sub(p[`${S}BigToe`], p[n]));
      const shank = norm(sub(p[`${S}Knee`], p[`${S}Ankle`]));
      b = norm(sub(shank, a.map((v) => v * dot(shank, a)) as V));
      c = [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
    }
    out[n] = [0, 1, 2].map((k) => p[n][k] + (o[0] * a[k] + o[1] * b[k] + o[2] * c[k]) / 1000) as V;
  }
  return out;
}
type V = [number, number, number];
const sub = (a: V, b: V): V => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const norm = (a: V): V => a.map((v) => v / Math.sqrt(dot(a, a))) as V;
const mid = (a: V, b: V): V => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];

describe('anatomical correction (keypoint labelling offsets in the trunk frame)', () => {
  // Hips and shoulders move together (the trunk frame is unchanged), the nose forward, the heel back
  // along the foot (its own frame: it follows the foot when the toes turn out).
  const offsets: Record<string, [number, number, number]> = {
    LHip: [10, 22, 0],
    RHip: [10, 22, 0],
    LShoulder: [10, 22, 0],
    RShoulder: [10, 22, 0],
    Nose: [27, 5, 0],
    LHeel: [-15, 0, 0],
  };
  const toeOut = (p: Pose): Pose => rotatePoints(p, ['LHeel', 'LBigToe', 'LSmallToe'], [0, 0, 1], 30, p.LAnkle);
  const truthPoses = [turned(0, 0), toeOut(turned(35, 10)), turned(-120, 20), toeOut(turned(170, 5))];
  const truth = posesToPoints(truthPoses);
  const estimate = posesToPoints(truthPoses.map((p) => labelled(p, offsets)));

  it('measures each joint offset whatever way the body faces and leans, and takes it back out', () => {
    const m = measureJointOffsets(estimate, truth);
    for (const [n, o] of Object.entries(offsets)) for (let k = 0; k < 3; k++) expect(m[n][k], `${n}[${k}]`).toBeCloseTo(o[k], 6);
    expect(Math.hypot(...m.RKnee)).toBeLessThan(1e-6);
    const back = applyJointOffsets(estimate, m);
    let worst = 0;
    for (let i = 0; i < back.data.length; i++) worst = Math.max(worst, Math.abs(back.data[i] - truth.data[i]));
    expect(worst).toBeLessThan(1e-9);
    // without the correction the nose is 27.5 mm off
    const nose = getLayout('halpe26').indexOf.get('Nose')!;
    expect(Math.hypot(...[0, 1, 2].map((k) => estimate.data[nose * 3 + k] - truth.data[nose * 3 + k])) * 1000).toBeCloseTo(
      Math.hypot(27, 5),
      6,
    );
  });

  it('refuses a layout with no measured offsets in one line naming mocap.toml', () => {
    expect(MEASURED_OFFSETS.wholebody133).toBeUndefined();
    const err = (() => {
      try {
        toAnatomical({ ...truth, layout: 'wholebody133' }, '/s');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UserError);
    expect(String((err as Error).message)).toMatch(
      /^\/s\/mocap\.toml: \[output\] anatomical_correction has no measured offsets for the wholebody133 layout .*; set it to false$/,
    );
  });

  it("reads a single toe keypoint (BlazePose's foot index) as the mid-point of big and small toe, other keypoints by name", () => {
    const truth = posesToPoints([turned(30, 0)]);
    const asBlaze = landmarksAsLayout(truth, 'blazepose33');
    const T = getLayout('halpe26'),
      B = getLayout('blazepose33');
    const at = (p: typeof truth, L: typeof T, n: string) => [0, 1, 2].map((k) => p.data[L.indexOf.get(n)! * 3 + k]);
    for (const S of ['L', 'R']) {
      const big = at(truth, T, `${S}BigToe`),
        small = at(truth, T, `${S}SmallToe`);
      at(asBlaze, B, `${S}BigToe`).forEach((v, k) => expect(v).toBeCloseTo((big[k] + small[k]) / 2, 12));
      expect(at(asBlaze, B, `${S}Heel`)).toEqual(at(truth, T, `${S}Heel`));
    }
    expect(at(asBlaze, B, 'LPinky').every(Number.isNaN)).toBe(true); // the truth has no hands
    // HALPE-26 keeps its big toe: it has a small toe of its own
    expect(landmarksAsLayout(truth, 'halpe26')).toBe(truth);
  });

  it("corrects the fused layout (coco17feet): its toe is BlazePose's foot index, its feet move in the foot frame", () => {
    // The truth in coco17feet: the toe is the mid-point of big and small toe (there is no small toe).
    const toeOut = (p: Pose): Pose => rotatePoints(p, ['LHeel', 'LBigToe', 'LSmallToe'], [0, 0, 1], 30, p.LAnkle);
    const truth = posesToPoints([turned(0, 0), toeOut(turned(35, 10)), turned(-120, 20)]);
    const fused = landmarksAsLayout(truth, 'coco17feet');
    const F = getLayout('coco17feet'),
      T = getLayout('halpe26');
    const at = (p: typeof truth, L: typeof T, f: number, n: string): V =>
      [0, 1, 2].map((k) => p.data[(f * p.joints + L.indexOf.get(n)!) * 3 + k]) as V;
    for (const S of ['L', 'R']) {
      const big = at(truth, T, 1, `${S}BigToe`),
        small = at(truth, T, 1, `${S}SmallToe`);
      at(fused, F, 1, `${S}BigToe`).forEach((v, k) => expect(v).toBeCloseTo((big[k] + small[k]) / 2, 12));
    }
    // anatomical_correction = true: no error, and each foot keypoint moves back by its offset in the foot
    // frame (X heel → toe, Y the shank's axis made perpendicular, Z = X × Y) — which turns out with the toes.
    const { offsets } = MEASURED_OFFSETS.coco17feet;
    const feet = ['LHeel', 'RHeel', 'LBigToe', 'RBigToe'];
    for (const n of feet) expect(Math.hypot(...offsets[n]), n).toBeGreaterThan(3);
    const out = toAnatomical(fused, '/s');
    for (let f = 0; f < fused.frames; f++) {
      for (const n of feet) {
        const S = n[0];
        const x = norm(sub(at(fused, F, f, `${S}BigToe`), at(fused, F, f, `${S}Heel`)));
        const shank = norm(sub(at(fused, F, f, `${S}Knee`), at(fused, F, f, `${S}Ankle`)));
        const y = norm(sub(shank, x.map((v) => v * dot(shank, x)) as V));
        const z: V = [x[1] * y[2] - x[2] * y[1], x[2] * y[0] - x[0] * y[2], x[0] * y[1] - x[1] * y[0]];
        const moved = sub(at(fused, F, f, n), at(out, F, f, n)).map((v) => v * 1000) as V;
        [x, y, z].forEach((axis, k) => expect(dot(moved, axis), `${n} frame ${f} axis ${k}`).toBeCloseTo(offsets[n][k], 6));
      }
    }
    // frame 1's left foot points 30° out from the trunk's forward axis, so the checks above tell the foot frame from the trunk's
    const lx = norm(sub(at(fused, F, 1, 'LBigToe'), at(fused, F, 1, 'LHeel')));
    const tz = norm(sub(at(fused, F, 1, 'RHip'), at(fused, F, 1, 'LHip')));
    const up = sub(mid(at(fused, F, 1, 'LShoulder'), at(fused, F, 1, 'RShoulder')), mid(at(fused, F, 1, 'LHip'), at(fused, F, 1, 'RHip')));
    const ty = norm(sub(up, tz.map((v) => v * dot(up, tz)) as V));
    const tx: V = [ty[1] * tz[2] - ty[2] * tz[1], ty[2] * tz[0] - ty[0] * tz[2], ty[0] * tz[1] - ty[1] * tz[0]];
    expect((Math.acos(dot(lx, tx)) * 180) / Math.PI).toBeGreaterThan(25);
    // the body keypoints are corrected too (e.g. the nose), and the layout is unchanged
    expect(out.layout).toBe('coco17feet');
    expect(Math.hypot(...sub(at(fused, F, 0, 'Nose'), at(out, F, 0, 'Nose'))) * 1000).toBeCloseTo(Math.hypot(...offsets.Nose), 6);
  });
});
