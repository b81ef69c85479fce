import { describe, expect, it } from 'vitest';
import { getLayout } from '../core/layouts.ts';
import { poseFeatures, type PoseFeatures } from './poseFeatures.ts';
import { countReps, EXERCISES, initialRepCounterState, stepRepCounter } from './repCounter.ts';

const NONE: PoseFeatures = {
  leftKneeFlexionDeg: NaN,
  rightKneeFlexionDeg: NaN,
  leftHipFlexionDeg: NaN,
  rightHipFlexionDeg: NaN,
  leftElbowFlexionDeg: NaN,
  rightElbowFlexionDeg: NaN,
  leftArmRaiseDeg: NaN,
  rightArmRaiseDeg: NaN,
  trunkLeanDeg: NaN,
  bodyLineDeg: NaN,
  kneeValgusRatio: NaN,
  facingYawDeg: NaN,
  facesCamera: false,
};
const knees = (deg: number, extra: Partial<PoseFeatures> = {}): PoseFeatures => ({
  ...NONE,
  leftKneeFlexionDeg: deg,
  rightKneeFlexionDeg: deg,
  ...extra,
});

/** A knee angle going 5° → peak → 5° `reps` times, `periodS` each, at `fps`, with deterministic jitter. */
function squatAngles(reps: number, peakDeg: number, periodS: number, fps: number, jitterDeg = 0): { t: number[]; f: PoseFeatures[] } {
  const n = Math.round(reps * periodS * fps) + fps; // plus a second standing still
  const t: number[] = [],
    f: PoseFeatures[] = [];
  for (let i = 0; i < n; i++) {
    const s = i / fps;
    const d = s < reps * periodS ? (1 - Math.cos((2 * Math.PI * s) / periodS)) / 2 : 0;
    t.push(s * 1000);
    f.push(knees(5 + (peakDeg - 5) * d + jitterDeg * Math.sin(i * 2.7)));
  }
  return { t, f };
}

describe('poseFeatures', () => {
  it('measures knee flexion, trunk lean and knee valgus from 2D keypoints (image y down)', () => {
    const L = getLayout('coco17');
    const kp = new Float32Array(17 * 3);
    const set = (name: string, x: number, y: number) => kp.set([x, y, 0.9], L.indexOf.get(name)! * 3);
    // Left leg bent 90° at the knee: hip above knee, ankle behind the knee horizontally.
    set('LHip', 100, 100);
    set('LKnee', 100, 200);
    set('LAnkle', 0, 200);
    // Right leg straight.
    set('RHip', 140, 100);
    set('RKnee', 140, 200);
    set('RAnkle', 140, 300);
    // Trunk leaning 45° forward.
    set('LShoulder', 200, 0);
    set('RShoulder', 240, 0);
    const f = poseFeatures(kp, 'coco17');
    expect(f.leftKneeFlexionDeg).toBeCloseTo(90, 5);
    expect(f.rightKneeFlexionDeg).toBeCloseTo(0, 5);
    expect(f.trunkLeanDeg).toBeCloseTo(45, 5);
    // Hips 40 px and shoulders 40 px apart on a 141 px trunk: turned away from the camera, no valgus measure.
    expect(f.facesCamera).toBe(false);
    expect(f.kneeValgusRatio).toBeNaN();
    expect(f.leftElbowFlexionDeg).toBeNaN(); // no elbow or wrist
    // Shoulders 80 px apart (0.57 of the trunk) and hips 50 px (0.35): facing the camera, valgus measured.
    set('LHip', 95, 100);
    set('RHip', 145, 100);
    set('LShoulder', 180, 0);
    set('RShoulder', 260, 0);
    const front = poseFeatures(kp, 'coco17');
    expect(front.facesCamera).toBe(true);
    expect(front.kneeValgusRatio).toBeCloseTo(40 / 140, 5);
    // Hips only 0.28 of the trunk apart (turned), even with wide shoulders: not facing.
    set('LHip', 100, 100);
    set('RHip', 140, 100);
    expect(poseFeatures(kp, 'coco17').facesCamera).toBe(false);
  });

  it('treats low-score keypoints as missing and works in 3D with an up vector', () => {
    const L = getLayout('blazepose33');
    const kp = new Float32Array(33 * 3);
    const set = (name: string, x: number, y: number, z: number) => kp.set([x, y, z], L.indexOf.get(name)! * 3);
    set('LShoulder', 0, 0, 1.4);
    set('LElbow', 0, 0.3, 1.4);
    set('LWrist', 0, 0.3, 1.7);
    set('LHip', 0, 0, 0.9);
    const f = poseFeatures(kp, 'blazepose33', { dims: 3 });
    expect(f.leftArmRaiseDeg).toBeCloseTo(90, 5);
    // Knee valgus only while the hips face the camera (camera looking along +y here).
    set('RHip', 0.2, 0, 0.9);
    set('LKnee', 0, 0, 0.5);
    set('RKnee', 0.1, 0, 0.5);
    set('LAnkle', 0, 0, 0.1);
    set('RAnkle', 0.2, 0, 0.1);
    expect(poseFeatures(kp, 'blazepose33', { dims: 3, cameraAxis: [0, 1, 0] }).kneeValgusRatio).toBeCloseTo(0.5, 5);
    expect(poseFeatures(kp, 'blazepose33', { dims: 3, cameraAxis: [1, 0, 0] }).kneeValgusRatio).toBeNaN();
    // Hips turned 25° (facing: ≤ 30°) and 35° (not facing) from the image plane; no shoulder line here.
    const turned = (deg: number) =>
      poseFeatures(kp, 'blazepose33', { dims: 3, cameraAxis: [Math.sin((deg * Math.PI) / 180), Math.cos((deg * Math.PI) / 180), 0] });
    expect(turned(25).facingYawDeg).toBeCloseTo(25, 5);
    expect(turned(25).facesCamera).toBe(true);
    expect(turned(35).facesCamera).toBe(false);
    expect(turned(35).kneeValgusRatio).toBeNaN();
    expect(f.leftElbowFlexionDeg).toBeCloseTo(90, 5);
    const two = new Float32Array(17 * 3);
    two.set([0, 0, 0.1, 0, 100, 0.1, 0, 200, 0.1], getLayout('coco17').indexOf.get('LHip')! * 3); // scores 0.1
    expect(poseFeatures(two, 'coco17').leftKneeFlexionDeg).toBeNaN();
  });
});

describe('repCounter', () => {
  it('counts 5 squats exactly, with range of motion and tempo, and no cue for deep upright squats', () => {
    const { t, f } = squatAngles(5, 110, 2, 30, 3);
    const reps = countReps('squat', t, f);
    expect(reps.length).toBe(5);
    for (const r of reps) {
      expect(r.rangeDeg).toBeGreaterThan(100);
      expect(r.rangeDeg).toBeLessThan(112);
      expect(r.downS + r.upS).toBeGreaterThan(1.2);
      expect(r.downS + r.upS).toBeLessThan(2.1);
      expect(Math.abs(r.downS - r.upS)).toBeLessThan(0.3); // a symmetric cosine
      expect(r.cues).toEqual([]);
    }
  });

  it('does not count half movements or jitter around one threshold, and skips frames without a measurement', () => {
    // Peaks of 45° never pass enterDeg (50°).
    expect(countReps('squat', ...(Object.values(squatAngles(4, 45, 2, 30)) as [number[], PoseFeatures[]])).length).toBe(0);
    // Jitter straddling enterDeg: 48–56° back and forth, never back below exitDeg: one repetition at most, counted only when it ends.
    let s = initialRepCounterState('squat');
    for (let i = 0; i < 60; i++) s = stepRepCounter(s, i * 33, knees(i < 5 ? 5 : 52 + 4 * Math.sin(i)));
    expect(s.reps.length).toBe(0);
    s = stepRepCounter(s, 61 * 33, NONE);
    expect(s.lastDeg).toBeNaN();
    s = stepRepCounter(s, 62 * 33, knees(10));
    expect(s.reps.length).toBe(1);
    // Too short a cycle (0.2 s) is not a repetition.
    let q = initialRepCounterState('squat');
    for (const [ms, d] of [
      [0, 5],
      [100, 80],
      [200, 5],
    ] as const)
      q = stepRepCounter(q, ms, knees(d));
    expect(q.reps.length).toBe(0);
  });

  it('gives the form cues at the documented thresholds', () => {
    const shallow = squatAngles(2, 80, 2, 30);
    expect(countReps('squat', shallow.t, shallow.f).map((r) => r.cues)).toEqual([['depth'], ['depth']]);
    const deep = squatAngles(1, 110, 2, 30);
    const valgus = deep.f.map((x) => ({
      ...x,
      kneeValgusRatio: x.leftKneeFlexionDeg > 60 ? 0.6 : 1,
      trunkLeanDeg: x.leftKneeFlexionDeg > 100 ? 55 : 10,
    }));
    expect(countReps('squat', deep.t, valgus)[0].cues.sort()).toEqual(['knee-valgus', 'trunk-lean']);
    expect(EXERCISES.squat.cues.map((c) => c.id)).toEqual(['depth', 'knee-valgus', 'trunk-lean']);
  });

  it('counts push-ups, lunges and jumping jacks on their own angles', () => {
    const elbows = squatAngles(3, 95, 1.5, 30).f.map((x) => ({
      ...NONE,
      leftElbowFlexionDeg: x.leftKneeFlexionDeg,
      rightElbowFlexionDeg: x.leftKneeFlexionDeg,
      bodyLineDeg: 5,
    }));
    expect(countReps('push-up', squatAngles(3, 95, 1.5, 30).t, elbows).length).toBe(3);
    const lunge = squatAngles(4, 95, 2, 30);
    // One knee at a time: the other stays straight.
    const oneKnee = lunge.f.map((x, i) => ({
      ...NONE,
      leftKneeFlexionDeg: i % 2 ? x.leftKneeFlexionDeg : x.leftKneeFlexionDeg,
      rightKneeFlexionDeg: 5,
    }));
    expect(countReps('lunge', lunge.t, oneKnee).length).toBe(4);
    const jj = squatAngles(6, 170, 0.8, 30);
    const arms = jj.f.map((x) => ({ ...NONE, leftArmRaiseDeg: x.leftKneeFlexionDeg + 10, rightArmRaiseDeg: x.leftKneeFlexionDeg + 10 }));
    const r = countReps('jumping-jack', jj.t, arms);
    expect(r.length).toBe(6);
    expect(r.every((x) => x.cues.length === 0)).toBe(true);
  });

  it('rejects an unknown exercise', () => {
    expect(() => initialRepCounterState('burpee' as never)).toThrow(/squat, push-up, lunge, jumping-jack/);
  });
});
