// Which world axis is "up", so the 3D view stands the subject upright on the grid. The calibration
// world is usually Z up (then world (x, y, z) → three.js (x, z, −y)); a calibration whose world is
// Y up or upside down is detected from the subject itself (feet → head). Pure.
import { getLayout } from '../core/layouts.ts';
import { cameraCenter } from '../camera/project.ts';
import type { CameraRig, Points3D } from '../core/types.ts';

export interface ViewAxes {
  /** World axis index (0, 1, 2) that points up, and its sign. */
  up: 0 | 1 | 2;
  sign: 1 | -1;
  /** Height of the floor along the up axis (world units, metres). */
  floor: number;
  /** Centre of the motion on the floor, world coordinates. */
  centre: [number, number, number];
}

const HEAD = ['Head', 'Nose', 'Neck', 'LEye', 'REye'];
const FEET = ['LAnkle', 'RAnkle', 'LHeel', 'RHeel', 'LBigToe', 'RBigToe'];

/**
 * Finds the up axis (default +Z), floor height and centre from the points (sampling ≤ 200 frames).
 * Without points the world is taken as Z up, floor at 0, centred under the cameras.
 */
export function chooseViewAxes(points: Points3D | null, rig: CameraRig | null = null): ViewAxes {
  const fallback: ViewAxes = { up: 2, sign: 1, floor: 0, centre: [0, 0, 0] };
  if (!points || points.frames === 0) {
    if (rig?.cameras.length) {
      const cs = rig.cameras.map((c) => cameraCenter(c));
      fallback.centre = [cs.reduce((a, c) => a + c[0], 0) / cs.length, cs.reduce((a, c) => a + c[1], 0) / cs.length, 0];
    }
    return fallback;
  }
  let layout;
  try {
    layout = getLayout(points.layout);
  } catch {
    layout = undefined;
  }
  const head = layout ? HEAD.map((n) => layout.indexOf.get(n)).filter((i): i is number => i !== undefined) : [];
  const feet = layout ? FEET.map((n) => layout.indexOf.get(n)).filter((i): i is number => i !== undefined) : [];
  const J = points.joints;
  const d = points.data;
  const step = Math.max(1, Math.floor(points.frames / 200));
  const upSum = [0, 0, 0];
  const centre = [0, 0, 0];
  let nCentre = 0;
  const mean = (f: number, idx: number[], out: number[]): boolean => {
    out[0] = out[1] = out[2] = 0;
    let n = 0;
    for (const j of idx) {
      const o = (f * J + j) * 3;
      if (Number.isFinite(d[o]) && Number.isFinite(d[o + 1]) && Number.isFinite(d[o + 2])) {
        out[0] += d[o];
        out[1] += d[o + 1];
        out[2] += d[o + 2];
        n++;
      }
    }
    if (n) for (let c = 0; c < 3; c++) out[c] /= n;
    return n > 0;
  };
  const h = [0, 0, 0],
    ft = [0, 0, 0],
    all = [0, 0, 0];
  const allIdx = Array.from({ length: J }, (_, j) => j);
  for (let f = 0; f < points.frames; f += step) {
    if (mean(f, allIdx, all)) {
      for (let c = 0; c < 3; c++) centre[c] += all[c];
      nCentre++;
    }
    if (head.length && feet.length && mean(f, head, h) && mean(f, feet, ft)) for (let c = 0; c < 3; c++) upSum[c] += h[c] - ft[c];
  }
  if (nCentre) for (let c = 0; c < 3; c++) centre[c] /= nCentre;
  let up: 0 | 1 | 2 = 2;
  let sign: 1 | -1 = 1;
  const mag = Math.hypot(upSum[0], upSum[1], upSum[2]);
  if (mag > 0) {
    const a = upSum.map(Math.abs);
    up = a[0] > a[1] && a[0] > a[2] ? 0 : a[1] > a[2] ? 1 : 2;
    sign = upSum[up] < 0 ? -1 : 1;
  }
  // Floor: the 2nd percentile of the lowest joint's height; snapped to 0 when close (a calibrated floor).
  const lows: number[] = [];
  for (let f = 0; f < points.frames; f += step) {
    let lo = Infinity;
    for (let j = 0; j < J; j++) {
      const v = sign * d[(f * J + j) * 3 + up];
      if (Number.isFinite(v) && v < lo) lo = v;
    }
    if (lo < Infinity) lows.push(lo);
  }
  lows.sort((a, b) => a - b);
  let floor = lows.length ? sign * lows[Math.floor(lows.length * 0.02)] : 0;
  if (Math.abs(floor) < 0.15) floor = 0;
  centre[up] = floor;
  return { up, sign, floor, centre: centre as [number, number, number] };
}

/**
 * Maps world (x, y, z) to three.js coordinates (Y up), a proper rotation: three X = world[up+1],
 * three Y = sign·world[up], three Z = −sign·world[up+2] (indices mod 3). For +Z up: (x, z, −y).
 */
export function toView(axes: ViewAxes, x: number, y: number, z: number, out: { x: number; y: number; z: number }): void {
  const w0 = x - axes.centre[0],
    w1 = y - axes.centre[1],
    w2 = z - axes.centre[2];
  const u = axes.up;
  const a = u === 0 ? w1 : u === 1 ? w2 : w0; // world[(u+1)%3]
  const b = u === 0 ? w0 : u === 1 ? w1 : w2; // world[u]
  const c = u === 0 ? w2 : u === 1 ? w0 : w1; // world[(u+2)%3]
  out.x = a;
  out.y = axes.sign * b;
  out.z = -axes.sign * c;
}
