// Per-view left/right check from swap-invariant 3D cues. The midpoints of the shoulders and of the
// hips, and the nose, do not change when a detector swaps left and right; from them the body's
// own axes follow (up = hips → shoulders, forward = shoulders → nose, left = up × forward). A view
// whose "left" keypoints project on the body's right side was labelled mirrored.
// ref: the face-direction cue ("up × (nose − mid-ears) points to the person's left") measured in
//      ../shared/notes/synthetic-figure.md; 2D midpoints of symmetric pairs are triangulated as
//      points (projection is locally affine at body scale).

import type { ResolvedLayout } from '../core/layouts.ts';
import { solvePoint, type SolveOptions, type SolverWorkspace } from './solvePoint.ts';

export interface HandednessCheck {
  /** True when camera c's current observations are labelled left-for-right. Call once per camera per frame. */
  viewIsMirrored(c: number): boolean;
}

/** Returns null when the layout lacks the keypoints needed (nose, shoulders, hips). */
export function createHandednessCheck(
  layout: ResolvedLayout,
  ws: SolverWorkspace,
  ox: Float64Array,
  oy: Float64Array,
  ow: Float64Array,
  opts: SolveOptions,
): HandednessCheck | null {
  const idx = (n: string): number => layout.indexOf.get(n) ?? -1;
  const nose = idx('Nose');
  const pairs = [
    [idx('LShoulder'), idx('RShoulder')],
    [idx('LHip'), idx('RHip')],
  ];
  if (nose < 0 || pairs.some(([a, b]) => a < 0 || b < 0)) return null;
  const C = ws.cameras;
  const mx = new Float64Array(C),
    my = new Float64Array(C),
    mw = new Float64Array(C);
  const mid: Float64Array[] = [new Float64Array(3), new Float64Array(3)];
  const noseX = new Float64Array(3);
  const left = new Float64Array(3);
  let frameReady = false;
  let lastCamera = C;

  const solveMid = (a: number, b: number, out: Float64Array): boolean => {
    for (let c = 0; c < C; c++) {
      const ka = a * C + c,
        kb = b * C + c;
      const ok = ow[ka] > 0 && ow[kb] > 0;
      mw[c] = ok ? Math.min(ow[ka], ow[kb]) : 0;
      mx[c] = ok ? (ox[ka] + ox[kb]) / 2 : 0;
      my[c] = ok ? (oy[ka] + oy[kb]) / 2 : 0;
    }
    if (!solvePoint(ws, mx, my, mw, 0, 1, opts)) return false;
    out.set(ws.X);
    return true;
  };

  const prepareFrame = (): boolean => {
    ws.prior.fill(NaN); // no prior for these helper points (the solver's prior belongs to another joint)
    if (!solvePoint(ws, ox, oy, ow, nose * C, 1, opts)) return false;
    noseX.set(ws.X);
    if (!solveMid(pairs[0][0], pairs[0][1], mid[0]) || !solveMid(pairs[1][0], pairs[1][1], mid[1])) return false;
    const up = [mid[0][0] - mid[1][0], mid[0][1] - mid[1][1], mid[0][2] - mid[1][2]];
    const fw = [noseX[0] - mid[0][0], noseX[1] - mid[0][1], noseX[2] - mid[0][2]];
    left[0] = up[1] * fw[2] - up[2] * fw[1];
    left[1] = up[2] * fw[0] - up[0] * fw[2];
    left[2] = up[0] * fw[1] - up[1] * fw[0];
    const n = Math.hypot(left[0], left[1], left[2]);
    if (!(n > 1e-9)) return false;
    for (let k = 0; k < 3; k++) left[k] /= n;
    return true;
  };

  const project = (c: number, X0: number, X1: number, X2: number, out: number[]): boolean => {
    const P = ws.P,
      o = c * 12;
    const z = P[o + 8] * X0 + P[o + 9] * X1 + P[o + 10] * X2 + P[o + 11];
    if (!(z > 1e-6)) return false;
    out[0] = (P[o] * X0 + P[o + 1] * X1 + P[o + 2] * X2 + P[o + 3]) / z;
    out[1] = (P[o + 4] * X0 + P[o + 5] * X1 + P[o + 6] * X2 + P[o + 7]) / z;
    return true;
  };
  const pPlus = [0, 0],
    pMinus = [0, 0];

  return {
    viewIsMirrored(c: number): boolean {
      if (c <= lastCamera) frameReady = prepareFrame(); // first camera of a new frame
      lastCamera = c;
      if (!frameReady) return false;
      let agree = 0,
        disagree = 0;
      const P = ws.P,
        o = c * 12;
      for (let i = 0; i < pairs.length; i++) {
        const [a, b] = pairs[i];
        const ka = a * C + c,
          kb = b * C + c;
        if (!(ow[ka] > 0 && ow[kb] > 0)) continue;
        const M = mid[i];
        const h = 0.1; // metres along the body's left axis
        if (!project(c, M[0] + h * left[0], M[1] + h * left[1], M[2] + h * left[2], pPlus)) continue;
        if (!project(c, M[0] - h * left[0], M[1] - h * left[1], M[2] - h * left[2], pMinus)) continue;
        const dx = pPlus[0] - pMinus[0],
          dy = pPlus[1] - pMinus[1];
        // Skip when the left axis is seen nearly end-on (less than half its side-on length).
        const depth = P[o + 8] * M[0] + P[o + 9] * M[1] + P[o + 10] * M[2] + P[o + 11];
        const dLen = Math.hypot(dx, dy);
        if (!(dLen > (0.5 * 2 * h) / depth)) continue;
        const ex = ox[ka] - ox[kb],
          ey = oy[ka] - oy[kb];
        const eLen = Math.hypot(ex, ey);
        if (!(eLen > 0)) continue;
        const cos = (dx * ex + dy * ey) / (dLen * eLen);
        if (cos < -0.3) disagree++;
        else if (cos > 0.3) agree++;
      }
      // Mirrored only on clear evidence: both pairs say so (one wrong keypoint cannot flip a view).
      return disagree >= 2 && agree === 0;
    },
  };
}
