// Camera poses from a person alone: the 2D keypoints of synchronised cameras are the
// correspondences. Relative pose of the best camera pair from the essential matrix (normalised
// 8-point inside RANSAC, every person-slot pairing offered so that multi-person frames work:
// wrong pairings are not epipolar-consistent and fall out as outliers), triangulation, further
// cameras by PnP-RANSAC, bundle adjustment over cameras and 3D keypoints (Huber), then the world
// frame from the body: up from the feet towards the head, the floor under the ankles, metric scale
// from the person's height.
// ref: Chum, Matas, Kittler, "Locally optimized RANSAC", DAGM 2003 (LO step).
// ref: Hartley, "In defense of the eight-point algorithm", IEEE TPAMI 19(6), 1997 (normalisation);
//      Hartley & Zisserman, Multiple View Geometry, 2nd ed., §9.6 (E decomposition, cheirality),
//      §11.4 (Sampson error), §12.2 (linear triangulation); Fischler & Bolles 1981 (RANSAC).
// ref: Takahashi et al., "Human pose as calibration pattern; 3D human pose estimation with multiple
//      unsynchronized and uncalibrated cameras", CVPR Workshops 2018 (people as calibration targets).

import { mulberry32 } from '../core/random.ts';
import { EigenvalueDecomposition, Matrix, SingularValueDecomposition, determinant } from 'ml-matrix';
import type { Camera, PoseSequence2D } from '../core/types.ts';
import type { Warning } from '../core/errors.ts';
import { getLayout } from '../core/layouts.ts';
import { prepareCamera, rotationMatrix, rotationVector, undistortPoint } from '../camera/project.ts';
import { bundleAdjust } from './bundleAdjust.ts';
import type { OpenCv } from './opencv.node.ts';
import { upperMedian } from '../core/stats.ts';

export interface FromPersonOptions {
  /** Height of the person, metres (sets the scale). Defaults to 1.75. */
  personHeightM?: number;
  /** Keypoints scoring below this are not used. Defaults to 0.3. */
  minScore?: number;
  /** RANSAC inlier threshold, pixels. Defaults to 8. */
  thresholdPx?: number;
  /** Refine a focal-length scale per camera (when the intrinsics are only a guess). Defaults to false. */
  refineFocal?: boolean;
  /** Huber threshold of the bundle adjustment, pixels. Defaults to 4. */
  huberPx?: number;
  /** Random seed for RANSAC. Defaults to 1. */
  seed?: number;
  /**
   * Keypoints left out of the pose estimation (they still give the floor and scale, triangulated
   * with the final cameras). Defaults to none.
   */
  excludeJoints?: string[];
  /** Candidate solutions from successive RANSAC seeds; the one with the lowest consensus cost wins. Defaults to 5. */
  restarts?: number;
  /** Called with every candidate solution (for validation and diagnostics). */
  onCandidate?: (c: { seed: number; consensusCost: number; rmsPx: number; cameras: Camera[]; error?: string }) => void;
  /** RANSAC samples its 8 points from 3 frame/person pairings (see essentialRansac). Defaults to: when several people are seen together. */
  groupedSampling?: boolean;
}

export interface FromPersonResult {
  cameras: Camera[];
  reprojectionErrorPx: number;
  /** 3D keypoints used in the adjustment. */
  points: number;
  /** Observations kept per camera. */
  observationsPerCamera: number[];
  /** Scale applied: metres per unit of the initial reconstruction. */
  scale: number;
  /** Per camera: observations used, median and RMS reprojection error (px), share of an 8×8 image grid they cover. */
  perCamera: { keypoints: number; medianErrorPx: number; rmsErrorPx: number; coverage: number }[];
  /**
   * How far the person moved over the floor: twice the standard deviation of the standing-foot
   * positions along the two floor axes (long, short), metres. Small areas fix camera angles poorly.
   */
  areaCoveredM: [number, number];
  /** Where the world frame was put and how up was found, in words. */
  worldFrame: string;
  /** Every candidate solution (RANSAC seed, consensus cost px², RMS px, or why it failed); the lowest cost was kept. */
  candidates: { seed: number; consensusCost: number; rmsPx: number; error?: string }[];
  warnings: Warning[];
}

/** Nose-to-ankle height as a share of stature (nose ≈ 0.905 H, lateral malleolus ≈ 0.04 H). */
const NOSE_ANKLE_SHARE = 0.865;
const ANKLE_HEIGHT_SHARE = 0.04;
/** Ankle→knee→hip→shoulder chain as a share of stature (Winter, Biomechanics and Motor Control of Human Movement, segment proportions). */
const LEG_TRUNK_SHARE = 0.779;

type Mat3 = Float64Array;

function mulMat(A: ArrayLike<number>, B: ArrayLike<number>): Mat3 {
  const C = new Float64Array(9);
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) C[i * 3 + j] = A[i * 3] * B[j] + A[i * 3 + 1] * B[3 + j] + A[i * 3 + 2] * B[6 + j];
  return C;
}
const transpose3 = (A: ArrayLike<number>): Mat3 => new Float64Array([A[0], A[3], A[6], A[1], A[4], A[7], A[2], A[5], A[8]]);

/** Normalised 8-point essential matrix from correspondences idx (x1, x2 normalised camera coords n×2). */
export function eightPoint(x1: Float64Array, x2: Float64Array, idx: ArrayLike<number>): Mat3 | null {
  const n = idx.length;
  // Hartley normalisation: centroid to origin, mean distance √2.
  const norm = (x: Float64Array) => {
    let mx = 0,
      my = 0;
    for (let k = 0; k < n; k++) {
      mx += x[2 * idx[k]];
      my += x[2 * idx[k] + 1];
    }
    mx /= n;
    my /= n;
    let d = 0;
    for (let k = 0; k < n; k++) d += Math.hypot(x[2 * idx[k]] - mx, x[2 * idx[k] + 1] - my);
    const s = Math.SQRT2 / Math.max(1e-12, d / n);
    return { mx, my, s };
  };
  const a = norm(x1);
  const b = norm(x2);
  const AtA = new Float64Array(81);
  const row = new Float64Array(9);
  for (let k = 0; k < n; k++) {
    const u1 = (x1[2 * idx[k]] - a.mx) * a.s,
      v1 = (x1[2 * idx[k] + 1] - a.my) * a.s;
    const u2 = (x2[2 * idx[k]] - b.mx) * b.s,
      v2 = (x2[2 * idx[k] + 1] - b.my) * b.s;
    row[0] = u2 * u1;
    row[1] = u2 * v1;
    row[2] = u2;
    row[3] = v2 * u1;
    row[4] = v2 * v1;
    row[5] = v2;
    row[6] = u1;
    row[7] = v1;
    row[8] = 1;
    for (let i = 0; i < 9; i++) for (let j = 0; j < 9; j++) AtA[i * 9 + j] += row[i] * row[j];
  }
  const M = new Matrix(9, 9);
  for (let i = 0; i < 9; i++) for (let j = 0; j < 9; j++) M.set(i, j, AtA[i * 9 + j]);
  const eig = new EigenvalueDecomposition(M, { assumeSymmetric: true });
  const vals = eig.realEigenvalues;
  let mi = 0;
  for (let i = 1; i < 9; i++) if (vals[i] < vals[mi]) mi = i;
  const V = eig.eigenvectorMatrix;
  const En = new Matrix(3, 3);
  for (let i = 0; i < 9; i++) En.set(Math.floor(i / 3), i % 3, V.get(i, mi));
  // Undo normalisation: E = T2ᵀ En T1.
  const T1 = new Matrix([
    [a.s, 0, -a.s * a.mx],
    [0, a.s, -a.s * a.my],
    [0, 0, 1],
  ]);
  const T2 = new Matrix([
    [b.s, 0, -b.s * b.mx],
    [0, b.s, -b.s * b.my],
    [0, 0, 1],
  ]);
  const E = T2.transpose().mmul(En).mmul(T1);
  // Project onto essential matrices: singular values (1, 1, 0).
  const svd = new SingularValueDecomposition(E);
  const U = svd.leftSingularVectors;
  const Vt = svd.rightSingularVectors.transpose();
  const Ep = U.mmul(Matrix.diag([1, 1, 0])).mmul(Vt);
  const out = new Float64Array(9);
  for (let i = 0; i < 9; i++) out[i] = Ep.get(Math.floor(i / 3), i % 3);
  return out.every(Number.isFinite) ? out : null;
}

/** Sampson distance² of a correspondence to the epipolar geometry E (normalised coords). */
function sampson(E: Mat3, x1: number, y1: number, x2: number, y2: number): number {
  const Ex0 = E[0] * x1 + E[1] * y1 + E[2];
  const Ex1 = E[3] * x1 + E[4] * y1 + E[5];
  const Ex2 = E[6] * x1 + E[7] * y1 + E[8];
  const Etx0 = E[0] * x2 + E[3] * y2 + E[6];
  const Etx1 = E[1] * x2 + E[4] * y2 + E[7];
  const num = x2 * Ex0 + y2 * Ex1 + Ex2;
  return (num * num) / (Ex0 * Ex0 + Ex1 * Ex1 + Etx0 * Etx0 + Etx1 * Etx1);
}

/** Linear (DLT) triangulation from two normalised views with poses [R|t]. */
export function triangulatePair(
  R1: Mat3,
  t1: ArrayLike<number>,
  R2: Mat3,
  t2: ArrayLike<number>,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): [number, number, number] | null {
  return triangulateViews([
    { R: R1, t: t1, x: x1, y: y1 },
    { R: R2, t: t2, x: x2, y: y2 },
  ]);
}

/** Linear (DLT) triangulation from N normalised views with poses [R|t]. */
export function triangulateViews(views: { R: Mat3; t: ArrayLike<number>; x: number; y: number }[]): [number, number, number] | null {
  const M = new Matrix(4, 4);
  const acc = new Float64Array(16);
  for (const { R, t, x, y } of views) {
    const r1 = [x * R[6] - R[0], x * R[7] - R[1], x * R[8] - R[2], x * t[2] - t[0]];
    const r2 = [y * R[6] - R[3], y * R[7] - R[4], y * R[8] - R[5], y * t[2] - t[1]];
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) acc[i * 4 + j] += r1[i] * r1[j] + r2[i] * r2[j];
  }
  for (let i = 0; i < 16; i++) M.set(i >> 2, i & 3, acc[i]);
  const eig = new EigenvalueDecomposition(M, { assumeSymmetric: true });
  const vals = eig.realEigenvalues;
  let mi = 0;
  for (let i = 1; i < 4; i++) if (vals[i] < vals[mi]) mi = i;
  const V = eig.eigenvectorMatrix;
  const w = V.get(3, mi);
  if (Math.abs(w) < 1e-12) return null;
  return [V.get(0, mi) / w, V.get(1, mi) / w, V.get(2, mi) / w];
}

/**
 * Groups the observations of one frame and joint across cameras into 3D points with the current
 * camera poses: repeatedly the two-view pair that triangulates with the smallest reprojection
 * error (< thresholdPx), joined by every other camera's observation that projects within the
 * threshold. Several people per frame separate naturally.
 */
function associate(
  list: Obs[],
  Rt: { R: Mat3; t: Float64Array }[],
  focal: number[],
  thresholdPx: number,
): { X: [number, number, number]; obs: Obs[] }[] {
  const out: { X: [number, number, number]; obs: Obs[] }[] = [];
  const used = new Set<Obs>();
  const errPx = (X: [number, number, number], o: Obs): number => reprojectionErrorPx(X, o, Rt[o.cam], focal[o.cam]);
  for (;;) {
    let best: { X: [number, number, number]; a: Obs; b: Obs; e: number } | null = null;
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      if (used.has(a)) continue;
      for (let k = i + 1; k < list.length; k++) {
        const b = list[k];
        if (used.has(b) || b.cam === a.cam) continue;
        const X = triangulateViews([
          { ...Rt[a.cam], x: a.xn, y: a.yn },
          { ...Rt[b.cam], x: b.xn, y: b.yn },
        ]);
        if (!X) continue;
        const e = Math.max(errPx(X, a), errPx(X, b));
        if (e < thresholdPx && (!best || e < best.e)) best = { X, a, b, e };
      }
    }
    if (!best) break;
    const group = [best.a, best.b];
    for (const o of list) {
      if (used.has(o) || group.some((g) => g.cam === o.cam)) continue;
      const rival = list.filter((q) => q.cam === o.cam && !used.has(q)).sort((p, q) => errPx(best!.X, p) - errPx(best!.X, q))[0];
      if (rival === o && errPx(best.X, o) < 2 * thresholdPx) group.push(o);
    }
    const X = group.length > 2 ? (triangulateViews(group.map((o) => ({ ...Rt[o.cam], x: o.xn, y: o.yn }))) ?? best.X) : best.X;
    for (const o of group) used.add(o);
    out.push({ X, obs: group });
  }
  return out;
}

/** The (R, t) of E whose triangulated points lie in front of both cameras most often. */
function decomposeEssential(E: Mat3, x1: Float64Array, x2: Float64Array, idx: number[]): { R: Mat3; t: Float64Array; front: number } {
  const Em = new Matrix(3, 3);
  for (let i = 0; i < 9; i++) Em.set(Math.floor(i / 3), i % 3, E[i]);
  const svd = new SingularValueDecomposition(Em);
  let U = svd.leftSingularVectors;
  let V = svd.rightSingularVectors;
  if (determinant(U) < 0) U = U.mul(-1);
  if (determinant(V) < 0) V = V.mul(-1);
  const W = new Matrix([
    [0, -1, 0],
    [1, 0, 0],
    [0, 0, 1],
  ]);
  const toArr = (m: Matrix): Mat3 => {
    const o = new Float64Array(9);
    for (let i = 0; i < 9; i++) o[i] = m.get(Math.floor(i / 3), i % 3);
    return o;
  };
  const Ra = toArr(U.mmul(W).mmul(V.transpose()));
  const Rb = toArr(U.mmul(W.transpose()).mmul(V.transpose()));
  const u3 = [U.get(0, 2), U.get(1, 2), U.get(2, 2)];
  const I = new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  const zero = [0, 0, 0];
  let best = { R: Ra, t: Float64Array.from(u3), front: -1 };
  const sample = idx.length > 200 ? idx.filter((_, k) => k % Math.ceil(idx.length / 200) === 0) : idx;
  for (const R of [Ra, Rb]) {
    for (const sgn of [1, -1]) {
      const t = Float64Array.from(u3.map((v) => v * sgn));
      let front = 0;
      for (const k of sample) {
        const X = triangulatePair(I, zero, R, t, x1[2 * k], x1[2 * k + 1], x2[2 * k], x2[2 * k + 1]);
        if (!X) continue;
        const z2 = R[6] * X[0] + R[7] * X[1] + R[8] * X[2] + t[2];
        if (X[2] > 0 && z2 > 0) front++;
      }
      if (front > best.front) best = { R, t, front };
    }
  }
  return best;
}

/** RANSAC over the normalised 8-point algorithm; inliers by Sampson distance. */
export function essentialRansac(
  x1: Float64Array,
  x2: Float64Array,
  thresholdNorm: number,
  opts: {
    iterations?: number;
    seed?: number;
    /**
     * Group label per correspondence (e.g. one frame's person pairing): minimal samples take their
     * 8 points from 3 groups, so with several people a sample is all-correct when 3 pairings are,
     * not 8 independent ones.
     */
    groups?: Int32Array;
  } = {},
): { E: Mat3; R: Mat3; t: Float64Array; inliers: Uint8Array; count: number } | null {
  const n = x1.length / 2;
  if (n < 8) return null;
  const rnd = mulberry32(opts.seed ?? 1);
  const thr2 = thresholdNorm * thresholdNorm;
  let bestCount = 0;
  let bestE: Mat3 | null = null;
  const iterations = opts.iterations ?? 1500;
  const sample = new Int32Array(8);
  const members = new Map<number, number[]>();
  if (opts.groups) opts.groups.forEach((g, i) => (members.has(g) ? members.get(g)!.push(i) : members.set(g, [i])));
  const pick = (k: number): number => {
    if (!opts.groups) return Math.floor(rnd() * n);
    // Points 0–2, 3–5, 6–7 come from one group each.
    if (k === 0 || k === 3 || k === 6) return Math.floor(rnd() * n);
    const m = members.get(opts.groups[sample[k - 1]])!;
    return m[Math.floor(rnd() * m.length)];
  };
  for (let it = 0; it < iterations; it++) {
    // Minimal sample of 8 distinct image positions (a nearly still person repeats the same points).
    let ok = true;
    for (let k = 0; k < 8 && ok; k++) {
      let s = -1;
      for (let tries = 0; tries < 50; tries++) {
        const c = pick(k);
        let near = false;
        for (let q = 0; q < k && !near; q++)
          near = Math.hypot(x1[2 * c] - x1[2 * sample[q]], x1[2 * c + 1] - x1[2 * sample[q] + 1]) < 2 * thresholdNorm;
        if (!near) {
          s = c;
          break;
        }
      }
      if (s < 0) ok = false;
      else sample[k] = s;
    }
    if (!ok) continue;
    let E = eightPoint(x1, x2, sample);
    if (!E) continue;
    const count = (M: Mat3): number => {
      let c = 0;
      for (let i = 0; i < n; i++) if (sampson(M, x1[2 * i], x1[2 * i + 1], x2[2 * i], x2[2 * i + 1]) < thr2) c++;
      return c;
    };
    let cnt = count(E);
    if (cnt > bestCount) {
      // Local optimisation (LO-RANSAC): refit on the inliers while that gains inliers.
      for (let lo = 0; lo < 4; lo++) {
        const inl: number[] = [];
        for (let i = 0; i < n; i++) if (sampson(E, x1[2 * i], x1[2 * i + 1], x2[2 * i], x2[2 * i + 1]) < thr2) inl.push(i);
        const E2 = inl.length >= 8 ? eightPoint(x1, x2, inl) : null;
        if (!E2) break;
        const c2 = count(E2);
        if (c2 <= cnt) break;
        E = E2;
        cnt = c2;
      }
      bestCount = cnt;
      bestE = E;
    }
  }
  if (!bestE) return null;
  // Refit on all inliers, then recount.
  const inl: number[] = [];
  for (let i = 0; i < n; i++) if (sampson(bestE, x1[2 * i], x1[2 * i + 1], x2[2 * i], x2[2 * i + 1]) < thr2) inl.push(i);
  const refit = eightPoint(x1, x2, inl) ?? bestE;
  const inliers = new Uint8Array(n);
  const idx: number[] = [];
  for (let i = 0; i < n; i++)
    if (sampson(refit, x1[2 * i], x1[2 * i + 1], x2[2 * i], x2[2 * i + 1]) < thr2) {
      inliers[i] = 1;
      idx.push(i);
    }
  const { R, t } = decomposeEssential(refit, x1, x2, idx);
  return { E: refit, R, t, inliers, count: idx.length };
}

interface Obs {
  cam: number;
  person: number;
  xn: number; // normalised
  yn: number;
  u: number; // pixels
  v: number;
}

/**
 * The floor's normal from the supporting ankles, weighed with what the body says about up: a
 * least-squares plane through the points (principal axes of their scatter C), refit once without
 * those farther than 3× the median distance from the first plane; then the normal n minimising the
 * feet's height scatter, nᵀCn·k/σf², plus the squared sine of its angle to the body's up u,
 * (1 − (n·u)²)/σu² — the smallest eigenvector of their sum. Each in-plane direction of the floor
 * counts by how far the feet spread along it, so feet along a line fix the tilt along the line and
 * the body the tilt across it. Null with < 10 points.
 * ref: Shakarji, "Least-squares fitting algorithms of the NIST algorithm testing system", J. Res. NIST 103(6), 1998 (§3.3 planes).
 */
function floorNormal(points: number[][], prior: FloorPrior): number[] | null {
  const smallestEigenvector = (M: Matrix) => {
    const eig = new EigenvalueDecomposition(M, { assumeSymmetric: true });
    const k = [0, 1, 2].sort((a, b) => eig.realEigenvalues[a] - eig.realEigenvalues[b])[0];
    return [0, 1, 2].map((i) => eig.eigenvectorMatrix.get(i, k));
  };
  const fit = (pts: number[][]) => {
    const n = pts.length;
    const m = [0, 1, 2].map((k) => pts.reduce((s, p) => s + p[k], 0) / n);
    const C = new Matrix(3, 3);
    for (const p of pts)
      for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) C.set(a, b, C.get(a, b) + ((p[a] - m[a]) * (p[b] - m[b])) / n);
    return { m, C, normal: smallestEigenvector(C) };
  };
  if (points.length < 10) return null;
  const first = fit(points);
  const d = points.map((p) =>
    Math.abs((p[0] - first.m[0]) * first.normal[0] + (p[1] - first.m[1]) * first.normal[1] + (p[2] - first.m[2]) * first.normal[2]),
  );
  const limit = 3 * upperMedian(d);
  const kept = points.filter((_, i) => d[i] <= limit);
  const { C } = kept.length >= 10 ? fit(kept) : first;
  const u = prior.up;
  const M = new Matrix(3, 3);
  for (let a = 0; a < 3; a++)
    for (let b = 0; b < 3; b++) {
      M.set(a, b, (C.get(a, b) * prior.effectivePoints) / prior.sigmaFoot ** 2 + ((a === b ? 1 : 0) - u[a] * u[b]) / prior.sigmaUp ** 2);
    }
  return smallestEigenvector(M);
}

/** What the body says about up, and how far to trust it and the feet (see floorNormal). */
interface FloorPrior {
  up: number[];
  /** Uncertainty of the body's up, radians. */
  sigmaUp: number;
  /** Height noise of a standing foot, in the reconstruction's units. */
  sigmaFoot: number;
  /** Independent foot positions the scatter stands for (the feet's errors are correlated over frames). */
  effectivePoints: number;
}

/** Twice the standard deviation of 2D points along their principal axes (long, short). */
function floorSpread(pts: number[][]): [number, number] {
  if (pts.length < 2) return [0, 0];
  const n = pts.length;
  const mx = pts.reduce((s, p) => s + p[0], 0) / n,
    my = pts.reduce((s, p) => s + p[1], 0) / n;
  let a = 0,
    b = 0,
    c = 0;
  for (const p of pts) {
    a += (p[0] - mx) ** 2 / n;
    b += ((p[0] - mx) * (p[1] - my)) / n;
    c += (p[1] - my) ** 2 / n;
  }
  const tr = a + c,
    det = a * c - b * b;
  const disc = Math.sqrt(Math.max(0, (tr * tr) / 4 - det));
  return [2 * Math.sqrt(Math.max(0, tr / 2 + disc)), 2 * Math.sqrt(Math.max(0, tr / 2 - disc))];
}

/**
 * MSAC-style cost of a set of cameras over every observation (gauge-free, in pixels², so candidate
 * solutions compare fairly): each frame/joint's observations are grouped across cameras by
 * associate(); an observation in a group costs min(e², τ²), one left out costs τ².
 * ref: Torr & Zisserman, "MLESAC: A new robust estimator...", CVIU 78, 2000 (truncated quadratic cost).
 */
function consensusCost(obs: Obs[][][][], cams: Camera[], frames: number, joints: number[], thrPx: number): number {
  const poses = cams.map((c) => ({ R: rotationMatrix(c.rotation), t: Float64Array.from(c.translation) }));
  const focal = cams.map((c) => 0.5 * (c.matrix[0] + c.matrix[4]));
  const tau2 = thrPx * thrPx;
  let cost = 0;
  for (let f = 0; f < frames; f++) {
    for (const j of joints) {
      const list = obs.flatMap((perCam) => perCam[f][j]);
      let used = 0;
      for (const g of associate(list, poses, focal, thrPx)) {
        for (const o of g.obs) {
          const e = reprojectionErrorPx(g.X, o, poses[o.cam], focal[o.cam]);
          cost += Math.min(e * e, tau2);
          used++;
        }
      }
      cost += (list.length - used) * tau2;
    }
  }
  return cost;
}

/** Distance in pixels (normalised distance × focal length) between X's projection and an observation. */
function reprojectionErrorPx(X: [number, number, number], o: Obs, pose: { R: Mat3; t: Float64Array }, focal: number): number {
  const { R, t } = pose;
  const z = R[6] * X[0] + R[7] * X[1] + R[8] * X[2] + t[2];
  if (!(z > 0)) return Infinity;
  const x = (R[0] * X[0] + R[1] * X[1] + R[2] * X[2] + t[0]) / z;
  const y = (R[3] * X[0] + R[4] * X[1] + R[5] * X[2] + t[1]) / z;
  return Math.hypot(x - o.xn, y - o.yn) * focal;
}

/**
 * Recovers every camera's pose from synchronised 2D keypoints of a person (sequences[i] belongs to
 * cameras[i], whose intrinsics are used; extrinsics are ignored).
 */
export function calibrateFromPerson(
  cv: OpenCv,
  sequences: PoseSequence2D[],
  cameras: Camera[],
  opts: FromPersonOptions = {},
): FromPersonResult {
  const nCam = cameras.length;
  if (nCam < 2) throw new Error('calibrateFromPerson needs at least 2 cameras');
  const layout = getLayout(sequences[0].layout);
  const J = sequences[0].joints;
  const frames = Math.min(...sequences.map((s) => s.frames));
  const excluded = new Set((opts.excludeJoints ?? []).map((n) => layout.keypoints.indexOf(n)).filter((j) => j >= 0));
  const poseJoints = [...Array(J).keys()].filter((j) => !excluded.has(j));
  const minScore = opts.minScore ?? 0.3;
  const thrPx = opts.thresholdPx ?? 8;
  const warnings: Warning[] = [];
  const pcs = cameras.map((c) => prepareCamera(c));
  const tmp = new Float64Array(2);
  // Per camera, frame, joint: list of person observations.
  const obs: Obs[][][][] = cameras.map((_, c) => {
    const s = sequences[c];
    const perFrame: Obs[][][] = [];
    for (let f = 0; f < frames; f++) {
      const perJoint: Obs[][] = [];
      for (let j = 0; j < J; j++) {
        const list: Obs[] = [];
        for (let p = 0; p < s.persons; p++) {
          const o = ((f * s.persons + p) * s.joints + j) * 3;
          const u = s.data[o],
            v = s.data[o + 1],
            sc = s.data[o + 2];
          if (!(sc >= minScore) || !Number.isFinite(u)) continue;
          undistortPoint(pcs[c], u, v, tmp, 0);
          list.push({ cam: c, person: p, xn: tmp[0], yn: tmp[1], u, v });
        }
        perJoint.push(list);
      }
      perFrame.push(perJoint);
    }
    return perFrame;
  });
  const focal = cameras.map((c) => 0.5 * (c.matrix[0] + c.matrix[4]));
  // Pairwise essential matrices; keep the pair with the most inliers as the seed.
  interface PairCorr {
    f: number;
    j: number;
    a: Obs;
    b: Obs;
  }
  const pairData = (a: number, b: number) => {
    const corr: PairCorr[] = [];
    for (let f = 0; f < frames; f++)
      for (const j of poseJoints) for (const oa of obs[a][f][j]) for (const ob of obs[b][f][j]) corr.push({ f, j, a: oa, b: ob });
    const x1 = new Float64Array(corr.length * 2);
    const x2 = new Float64Array(corr.length * 2);
    const groups = new Int32Array(corr.length);
    corr.forEach((c, i) => {
      groups[i] = (c.f * 64 + c.a.person) * 64 + c.b.person;
      x1[2 * i] = c.a.xn;
      x1[2 * i + 1] = c.a.yn;
      x2[2 * i] = c.b.xn;
      x2[2 * i + 1] = c.b.yn;
    });
    return { corr, x1, x2, groups };
  };
  // One candidate solution per RANSAC seed (the seed pair, the PnP inliers and hence the basin the
  // adjustment lands in all depend on it); the candidate that explains the most observations best wins.
  const pairCache = new Map<number, ReturnType<typeof pairData>>();
  const solveCandidate = (ransacSeed: number) => {
    const candidateWarnings: Warning[] = [];
    let seed: {
      a: number;
      b: number;
      R: Mat3;
      t: Float64Array;
      inliers: Uint8Array;
      count: number;
      data: ReturnType<typeof pairData>;
    } | null = null;
    for (let a = 0; a < nCam; a++) {
      for (let b = a + 1; b < nCam; b++) {
        const data = pairCache.get(a * nCam + b) ?? pairCache.set(a * nCam + b, pairData(a, b)).get(a * nCam + b)!;
        const thr = thrPx / Math.sqrt(focal[a] * focal[b]);
        // Several people seen together (candidate pairings per frame/joint well above one): sample by
        // person pairing. With one person, free sampling spreads the 8 points better.
        const slots = new Set(data.corr.map((c) => c.f * J + c.j)).size;
        const multi = data.corr.length > 1.3 * slots;
        const r = essentialRansac(data.x1, data.x2, thr, {
          seed: ransacSeed,
          ...((opts.groupedSampling ?? multi) ? { groups: data.groups } : {}),
          iterations: multi ? 4000 : 1500,
        });
        if (r && (!seed || r.count > seed.count)) seed = { a, b, R: r.R, t: r.t, inliers: r.inliers, count: r.count, data };
      }
    }
    if (!seed || seed.count < 30) throw new Error('not enough consistent keypoints between any two cameras');
    // Triangulate seed inliers: one 3D point per (frame, person in camera a, joint).
    const I = new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    const Rt: { R: Mat3; t: Float64Array }[] = new Array(nCam);
    Rt[seed.a] = { R: I, t: new Float64Array(3) };
    Rt[seed.b] = { R: seed.R, t: seed.t };
    const pointKey = (f: number, p: number, j: number) => (f * 64 + p) * J + j;
    const points = new Map<number, { X: [number, number, number]; f: number; j: number; obs: Obs[] }>();
    seed.data.corr.forEach((c, i) => {
      if (!seed!.inliers[i]) return;
      const key = pointKey(c.f, c.a.person, c.j);
      if (points.has(key)) return;
      const X = triangulatePair(I, [0, 0, 0], seed!.R, seed!.t, c.a.xn, c.a.yn, c.b.xn, c.b.yn);
      if (!X || X[2] <= 0) return;
      points.set(key, { X, f: c.f, j: c.j, obs: [c.a, c.b] });
    });
    // Further cameras by PnP-RANSAC against the triangulated keypoints (all person slots offered).
    for (let c = 0; c < nCam; c++) {
      if (Rt[c]) continue;
      const objPts: number[] = [];
      const imgPts: number[] = [];
      const refs: { key: number; o: Obs }[] = [];
      for (const [key, P] of points) {
        for (const o of obs[c][P.f][P.j]) {
          objPts.push(...P.X);
          imgPts.push(o.xn, o.yn);
          refs.push({ key, o });
        }
      }
      if (refs.length < 12) throw new Error(`camera ${cameras[c].name} shares too few keypoints with the others`);
      const m = refs.length;
      const obj = cv.matFromArray(m, 1, cv.CV_64FC3, objPts);
      const img = cv.matFromArray(m, 1, cv.CV_64FC2, imgPts);
      const K = cv.matFromArray(3, 3, cv.CV_64F, [1, 0, 0, 0, 1, 0, 0, 0, 1]);
      const D = new cv.Mat();
      const rvec = new cv.Mat();
      const tvec = new cv.Mat();
      const inl = new cv.Mat();
      try {
        cv.solvePnPRansac(obj, img, K, D, rvec, tvec, false, 2000, thrPx / focal[c], 0.999, inl, cv.SOLVEPNP_EPNP);
        const R = rotationMatrix(Array.from(rvec.data64F as Float64Array));
        Rt[c] = { R, t: Float64Array.from(tvec.data64F as Float64Array) };
        const ids = Array.from((inl.data32S as Int32Array) ?? []);
        for (const i of ids) points.get(refs[i].key)!.obs.push(refs[i].o);
        if (ids.length < 12)
          candidateWarnings.push({
            code: 'weak-camera',
            message: `${cameras[c].name}: only ${ids.length} keypoints agree with the other cameras`,
          });
      } finally {
        for (const mm of [obj, img, K, D, rvec, tvec, inl]) mm.delete();
      }
    }
    // Rounds of: associate every frame/joint's observations across all cameras with the current poses,
    // then bundle-adjust cameras and 3D keypoints (Huber); the last round drops gross outliers first.
    let cams: Camera[] = cameras.map((c, i) => ({
      ...c,
      rotation: rotationVector(Rt[i].R),
      translation: [Rt[i].t[0], Rt[i].t[1], Rt[i].t[2]] as [number, number, number],
    }));
    let ba: ReturnType<typeof bundleAdjust> | null = null;
    let groups: { f: number; j: number; obs: Obs[] }[] = [];
    let oc: number[] = [];
    let lastUv: number[] = [];
    for (let round = 0; round < 3; round++) {
      const poses = cams.map((c) => ({ R: rotationMatrix(c.rotation), t: Float64Array.from(c.translation) }));
      const f2 = cams.map((c) => 0.5 * (c.matrix[0] + c.matrix[4]));
      groups = [];
      const starts: number[] = [];
      for (let f = 0; f < frames; f++) {
        for (const j of poseJoints) {
          const list = obs.flatMap((perCam) => perCam[f][j]);
          for (const g of associate(list, poses, f2, round === 0 ? 2 * thrPx : thrPx)) {
            groups.push({ f, j, obs: g.obs });
            starts.push(...g.X);
          }
        }
      }
      if (groups.length < 30) throw new Error('too few keypoints agree between the cameras');
      oc = [];
      const ob: number[] = [];
      const uv: number[] = [];
      lastUv = uv;
      groups.forEach((g, b) => {
        for (const o of g.obs) {
          oc.push(o.cam);
          ob.push(b);
          uv.push(o.u, o.v);
        }
      });
      ba = bundleAdjust({
        cameras: cams,
        fixedCameras: [seed.a],
        kind: 'points',
        points: Float64Array.from(starts),
        observations: { camera: Int32Array.from(oc), block: Int32Array.from(ob), uv: Float64Array.from(uv) },
        huberPx: opts.huberPx ?? 4,
        optimizeFocal: opts.refineFocal ?? false,
        maxIterations: 30,
      });
      cams = ba.cameras;
    }

    return { cams, ba: ba!, groups, oc, uv: lastUv, seedCam: seed.a, warnings: candidateWarnings };
  };
  const restarts = Math.max(1, opts.restarts ?? 5);
  let best: (ReturnType<typeof solveCandidate> & { score: number }) | null = null;
  const candidates: FromPersonResult['candidates'] = [];
  let lastError: Error | null = null;
  for (let k = 0; k < restarts; k++) {
    let cand: ReturnType<typeof solveCandidate>;
    try {
      cand = solveCandidate((opts.seed ?? 1) + k);
    } catch (err) {
      lastError = err as Error;
      // A candidate that fails is reported, not dropped silently (its start found too few agreeing keypoints).
      const error = lastError.message.split('\n')[0];
      opts.onCandidate?.({ seed: (opts.seed ?? 1) + k, consensusCost: NaN, rmsPx: NaN, cameras: [], error });
      candidates.push({ seed: (opts.seed ?? 1) + k, consensusCost: NaN, rmsPx: NaN, error });
      continue;
    }
    const score = consensusCost(obs, cand.cams, frames, poseJoints, thrPx);
    opts.onCandidate?.({ seed: (opts.seed ?? 1) + k, consensusCost: score, rmsPx: cand.ba.rmsPx, cameras: cand.cams });
    candidates.push({ seed: (opts.seed ?? 1) + k, consensusCost: score, rmsPx: cand.ba.rmsPx });
    if (!best || score < best.score) best = { ...cand, score };
  }

  if (!best) throw lastError ?? new Error('no camera pair shares enough consistent keypoints');
  const { cams, ba, oc, uv } = best;
  const groups = best.groups;
  warnings.push(...best.warnings);
  const seed = { a: best.seedCam };
  const adjustedPoints = groups.length;
  let P = ba!.points!;
  if (excluded.size) {
    // The keypoints left out of the adjustment, triangulated with the final cameras (floor and scale).
    const poses = cams.map((c) => ({ R: rotationMatrix(c.rotation), t: Float64Array.from(c.translation) }));
    const f2 = cams.map((c) => 0.5 * (c.matrix[0] + c.matrix[4]));
    const extra: number[] = [];
    for (let f = 0; f < frames; f++) {
      for (const j of excluded) {
        for (const g of associate(
          obs.flatMap((perCam) => perCam[f][j]),
          poses,
          f2,
          thrPx,
        )) {
          groups.push({ f, j, obs: g.obs });
          extra.push(...g.X);
        }
      }
    }
    P = Float64Array.from([...P, ...extra]);
  }
  // World frame from the body.
  const idx = (name: string) => layout.keypoints.indexOf(name);
  const jl = idx('LAnkle'),
    jr = idx('RAnkle'),
    jn = idx('Nose');
  // People within a frame: observations grouped into one 3D keypoint belong to the same person. The
  // (camera, person slot) pairs are joined greedily, most shared keypoints first, never putting two
  // slots of one camera into one person (so a stray wrong grouping cannot merge two people).
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const node = (f: number, o: Obs) => (f * 64 + o.cam) * 64 + o.person;
  const camsOf = new Map<number, Set<number>>();
  const links = new Map<string, { a: number; b: number; n: number }>();
  for (const g of groups) {
    for (let x = 0; x < g.obs.length; x++) {
      for (let y = x + 1; y < g.obs.length; y++) {
        const a = node(g.f, g.obs[x]),
          b = node(g.f, g.obs[y]);
        const k = a < b ? `${a}:${b}` : `${b}:${a}`;
        const l = links.get(k) ?? links.set(k, { a, b, n: 0 }).get(k)!;
        l.n++;
      }
    }
  }
  for (const { a, b } of [...links.values()].sort((p, q) => q.n - p.n)) {
    const ra = find(a),
      rb = find(b);
    if (ra === rb) continue;
    const ca = camsOf.get(ra) ?? new Set([Math.floor(ra / 64) % 64]);
    const cb = camsOf.get(rb) ?? new Set([Math.floor(rb / 64) % 64]);
    if ([...ca].some((c) => cb.has(c))) continue;
    const root = Math.min(ra, rb);
    parent.set(Math.max(ra, rb), root);
    camsOf.set(root, new Set([...ca, ...cb]));
  }
  // One body per frame and person: its 3D keypoints by joint (the best-supported group when two
  // compete for a joint).
  type Vec3 = [number, number, number];
  const bodies = new Map<string, { f: number; at: Map<number, Vec3>; support: Map<number, number> }>();
  groups.forEach((g, b) => {
    const key = `${g.f}:${find(node(g.f, g.obs[0]))}`;
    const body = bodies.get(key) ?? bodies.set(key, { f: g.f, at: new Map(), support: new Map() }).get(key)!;
    if ((body.support.get(g.j) ?? 0) >= g.obs.length) return;
    body.support.set(g.j, g.obs.length);
    body.at.set(g.j, [P[3 * b], P[3 * b + 1], P[3 * b + 2]]);
  });
  const jls = idx('LShoulder'),
    jrs = idx('RShoulder'),
    jlh = idx('LHip'),
    jrh = idx('RHip');
  const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  const midpoint = (...pts: Vec3[]) => [0, 1, 2].map((k) => pts.reduce((sum, p) => sum + p[k], 0) / pts.length);
  const axes: number[][] = []; // mid-ankle → nose (height)
  const trunk: number[][] = []; // mid-ankle → mid-shoulder (up direction: the nose sits forward of the body axis)
  const ankles: number[][] = [];
  for (const { at } of bodies.values()) {
    const X = at.get(jn),
      l = at.get(jl),
      r = at.get(jr);
    if (!X || !l || !r) continue;
    const mid = midpoint(l, r);
    axes.push([X[0] - mid[0], X[1] - mid[1], X[2] - mid[2]]);
    ankles.push(mid);
    const ls = at.get(jls),
      rs = at.get(jrs);
    if (ls && rs) trunk.push(midpoint(ls, rs).map((v, k) => v - mid[k]));
  }
  if (axes.length < 3) throw new Error('the nose and both ankles are rarely seen: cannot find the floor and scale');
  const unitMedian = (v: number[][]) => {
    const m = [0, 1, 2].map((k) => upperMedian(v.map((a) => a[k])));
    const l = Math.hypot(m[0], m[1], m[2]);
    return m.map((x) => x / l);
  };
  const upFrom = trunk.length >= 3 ? trunk : axes;
  let up = unitMedian(upFrom);
  const trunkLength = upperMedian(upFrom.map((a) => Math.hypot(a[0], a[1], a[2])));
  // A person balances their centre of mass over the foot they stand on: refine up as the direction
  // from the centre of support (the lower ankle when one foot is lifted, else between the ankles) to
  // the middle of hips and shoulders, twice (which foot is lower depends on up).
  for (let pass = 0; pass < 2; pass++) {
    const v: number[][] = [];
    for (const { at } of bodies.values()) {
      const l = at.get(jl),
        r = at.get(jr),
        ls = at.get(jls),
        rs = at.get(jrs),
        lh = at.get(jlh),
        rh = at.get(jrh);
      if (!l || !r || !ls || !rs || !lh || !rh) continue;
      const hl = dot(l, up),
        hr = dot(r, up);
      const base = Math.abs(hl - hr) > 0.12 * trunkLength ? (hl < hr ? l : r) : midpoint(l, r);
      v.push(midpoint(ls, rs, lh, rh).map((x, k) => x - base[k]));
    }
    if (v.length < 3) break;
    up = unitMedian(v);
  }
  // The floor from the feet: the plane through the supporting ankles (the lower one of each person
  // and frame) fixes up along the directions the feet spread over (people lean; the floor does not),
  // the body's axis the rest.
  const footholds: number[][] = [];
  for (const { at } of bodies.values()) {
    const l = at.get(jl),
      r = at.get(jr);
    if (l) footholds.push(!r || dot(l, up) <= dot(r, up) ? l : r);
  }
  // The two are weighed (floorNormal): the body's up is trusted to about 1.7° (0.03 rad),
  // a standing ankle's height to 3 cm (the ankle-to-shoulder chain ≈ 1.36 m sets the units), and the
  // footholds stand for 10 independent ones. On the lab takes (bench/fromPersonLab.ts) this put up
  // within 3.2° of the lab's on both; the floor alone (feet along a 1.4 × 0.2 m strip) gave 4.4°, the
  // body alone 2.9° and 3.5°.
  const floor = floorNormal(footholds, { up, sigmaUp: 0.03, sigmaFoot: (0.03 * trunkLength) / 1.36, effectivePoints: 10 });
  let upFromFloor = false;
  if (floor) {
    const n = dot(floor, up) < 0 ? floor.map((v) => -v) : floor;
    if (dot(n, up) > Math.cos((30 * Math.PI) / 180)) {
      up = n;
      upFromFloor = true;
    }
  }
  // Scale from segment lengths, which do not change with posture (a person who bends or balances
  // is shorter than their height): ankle→knee→hip→shoulder ≈ 0.779 of stature (hip joint 0.530 H,
  // shoulder 0.818 H, ankle 0.039 H above the floor). Falls back to the nose height when legs are unseen.
  // With several people the chain is taken from the tallest person in each frame (the height setting
  // is that person's), then the median over frames.
  const dist = (X: number[] | undefined, Y: number[] | undefined) => (X && Y ? Math.hypot(X[0] - Y[0], X[1] - Y[1], X[2] - Y[2]) : NaN);
  const tallestChain = new Map<number, number>();
  for (const { f, at } of bodies.values()) {
    const j = (name: string) => at.get(idx(name));
    const sides = (['L', 'R'] as const)
      .map((sd) => dist(j(`${sd}Ankle`), j(`${sd}Knee`)) + dist(j(`${sd}Knee`), j(`${sd}Hip`)) + dist(j(`${sd}Hip`), j(`${sd}Shoulder`)))
      .filter(Number.isFinite);
    if (!sides.length) continue;
    const c = sides.reduce((a, b) => a + b, 0) / sides.length;
    if (!(c <= (tallestChain.get(f) ?? 0))) tallestChain.set(f, c);
  }
  const heightM = opts.personHeightM ?? 1.75;
  const scale =
    tallestChain.size >= 3
      ? (LEG_TRUNK_SHARE * heightM) / upperMedian([...tallestChain.values()])
      : (NOSE_ANKLE_SHARE * heightM) / upperMedian(axes.map((a) => dot(a, up)));
  const meanAnkle = [0, 1, 2].map((k) => ankles.reduce((s, a) => s + a[k], 0) / ankles.length);
  const origin = meanAnkle.map((v, k) => v - (ANKLE_HEIGHT_SHARE * heightM * up[k]) / scale);
  // x axis: the seed camera's viewing direction projected on the floor (arbitrary but reproducible).
  const Ra = rotationMatrix(cams[seed.a].rotation);
  const view = [Ra[6], Ra[7], Ra[8]];
  const d = view[0] * up[0] + view[1] * up[1] + view[2] * up[2];
  let xAxis = view.map((v, k) => v - d * up[k]);
  const xl = Math.hypot(xAxis[0], xAxis[1], xAxis[2]);
  xAxis = xAxis.map((v) => v / xl);
  const yAxis = [up[1] * xAxis[2] - up[2] * xAxis[1], up[2] * xAxis[0] - up[0] * xAxis[2], up[0] * xAxis[1] - up[1] * xAxis[0]];
  const Rw = new Float64Array([...xAxis, ...yAxis, ...up]); // ref → world rotation
  const RwT = transpose3(Rw);
  const out = cams.map((c) => {
    const R = rotationMatrix(c.rotation);
    const Rn = mulMat(R, RwT);
    const t = [0, 1, 2].map((i) => scale * (R[i * 3] * origin[0] + R[i * 3 + 1] * origin[1] + R[i * 3 + 2] * origin[2] + c.translation[i]));
    return { ...c, rotation: rotationVector(Rn), translation: t as [number, number, number] };
  });
  const perCam = new Array(nCam).fill(0);
  for (const c of oc) perCam[c]++;
  const perCamera = cameras.map((cam, c) => {
    const e: number[] = [];
    const cells = new Set<number>();
    oc.forEach((cc, i) => {
      if (cc !== c) return;
      e.push(ba.errorsPx[i]);
      const gx = Math.min(7, Math.max(0, Math.floor((8 * uv[2 * i]) / cam.width)));
      const gy = Math.min(7, Math.max(0, Math.floor((8 * uv[2 * i + 1]) / cam.height)));
      cells.add(gy * 8 + gx);
    });
    const finite = e.filter(Number.isFinite);
    return {
      keypoints: e.length,
      medianErrorPx: finite.length ? upperMedian(finite) : NaN,
      rmsErrorPx: finite.length ? Math.sqrt(finite.reduce((a, b) => a + b * b, 0) / finite.length) : NaN,
      coverage: cells.size / 64,
    };
  });
  // Spread of the standing feet over the floor, in metres.
  const floorPts = footholds.map((p) => {
    const q = [p[0] - origin[0], p[1] - origin[1], p[2] - origin[2]];
    return [scale * (q[0] * xAxis[0] + q[1] * xAxis[1] + q[2] * xAxis[2]), scale * (q[0] * yAxis[0] + q[1] * yAxis[1] + q[2] * yAxis[2])];
  });
  const areaCoveredM = floorSpread(floorPts);
  const worldFrame =
    `origin on the floor under the person, Z up (${upFromFloor ? 'the floor through the standing feet, weighed with the body from the standing foot to the hips and shoulders' : 'from the standing foot to the hips and shoulders'}), ` +
    `X along ${cameras[seed.a].name}'s view, scale from a ${heightM} m ${tallestChain.size >= 3 ? 'person (ankle–knee–hip–shoulder)' : 'person (nose height)'}`;
  return {
    cameras: out,
    reprojectionErrorPx: ba!.rmsPx,
    points: adjustedPoints,
    observationsPerCamera: perCam,
    scale,
    perCamera,
    areaCoveredM,
    worldFrame,
    candidates,
    warnings,
  };
}
