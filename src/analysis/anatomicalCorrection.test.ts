import { describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';
import { applyJointOffsets, landmarksAsLayout, measureJointOffsets, MEASURED_OFFSETS, toAnatomical } from './anatomicalCorrection.ts';
import { neutralPose, posesToPoints, rotatePoints, type Pose } from './testPoses.ts';
import { getLayout } from '../core/layouts.ts';

/** A pose turned by `deg` about the vertical and leaning `lean` degrees forward. */
const turned = (deg: number, lean: number): Pose => {
  const p = neutralPose();
  const all = Object.keys(p);
  const q = rotatePoints(p, all.filter((n) => !/Hip$|Knee|Ankle|Heel|Toe/.test(n) || n === 'Hip'), [1, 0, 0], lean, p.Hip);
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
    LHip: [10, 22, 0], RHip: [10, 22, 0], LShoulder: [10, 22, 0], RShoulder: [10, 22, 0],
    Nose: [27, 5, 0], LHeel: [-15, 0, 0],
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
    expect(Math.hypot(...[0, 1, 2].map((k) => estimate.data[nose * 3 + k] - truth.data[nose * 3 + k])) * 1000).toBeCloseTo(Math.hypot(27, 5), 6);
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
    expect(String((err as Error).message)).toMatch(/^\/s\/mocap\.toml: \[output\] anatomical_correction has no measured offsets for the wholebody133 layout .*; set it to false$/);
  });

  it("reads a single toe keypoint (BlazePose's foot index) as the mid-point of big and small toe, other keypoints by name", () => {
    const truth = posesToPoints([turned(30, 0)]);
    const asBlaze = landmarksAsLayout(truth, 'blazepose33');
    const T = getLayout('halpe26'), B = getLayout('blazepose33');
    const at = (p: typeof truth, L: typeof T, n: string) => [0, 1, 2].map((k) => p.data[L.indexOf.get(n)! * 3 + k]);
    for (const S of ['L', 'R']) {
      const big = at(truth, T, `${S}BigToe`), small = at(truth, T, `${S}SmallToe`);
      at(asBlaze, B, `${S}BigToe`).forEach((v, k) => expect(v).toBeCloseTo((big[k] + small[k]) / 2, 12));
      expect(at(asBlaze, B, `${S}Heel`)).toEqual(at(truth, T, `${S}Heel`));
    }
    expect(at(asBlaze, B, 'LPinky').every(Number.isNaN)).toBe(true); // the truth has no hands
    // HALPE-26 keeps its big toe: it has a small toe of its own
    expect(landmarksAsLayout(truth, 'halpe26')).toBe(truth);
  });
});
