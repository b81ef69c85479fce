// Sparse bundle adjustment: Levenberg–Marquardt over camera poses (optionally a focal-length scale)
// and structure blocks — rigid board poses (6 parameters, observed through known board points) or
// free 3D points (3 parameters) — with a Huber robust loss (iteratively reweighted). The normal
// equations are reduced to the camera block with the Schur complement, so the cost grows linearly
// with the number of board poses / points.
// ref: Triggs, McLauchlan, Hartley, Fitzgibbon, "Bundle Adjustment — A Modern Synthesis", 2000
//      (§6 Schur complement, §3 robust cost via IRLS); Marquardt 1963 (damping); Huber 1964.

import { distortToPixel, rotationMatrix, type PreparedCamera } from '../camera/project.ts';
import type { Camera } from '../core/types.ts';

export interface BundleObservations {
  /** Camera index per observation. */
  camera: Int32Array;
  /** Structure block (board pose or 3D point) per observation. */
  block: Int32Array;
  /** Board point index per observation (board poses only). */
  local?: Int32Array;
  /** Observed pixels n×2. */
  uv: Float64Array;
}

export interface BundleProblem {
  /** Starting cameras (intrinsics and distortion stay fixed except the focal scale, see optimizeFocal). */
  cameras: Camera[];
  /** Cameras whose pose is held fixed (fixes the gauge). Defaults to [0]. */
  fixedCameras?: number[];
  /** 'poses': blocks are board poses (rvec, tvec: board → world) seen through boardPoints; 'points': blocks are 3D points. */
  kind: 'poses' | 'points';
  /** Board poses, 6 per block: rvec, tvec (metres). */
  poses?: Float64Array;
  /** Board point coordinates n×3, metres (kind = 'poses'). */
  boardPoints?: Float64Array;
  /** 3D points, 3 per block (kind = 'points'). */
  points?: Float64Array;
  observations: BundleObservations;
  /** Huber threshold on the reprojection error, pixels. Defaults to 1. */
  huberPx?: number;
  /** Also refine one focal-length scale per camera. Defaults to false. */
  optimizeFocal?: boolean;
  /** Iteration limit. Defaults to 60. */
  maxIterations?: number;
}

export interface BundleResult {
  cameras: Camera[];
  poses?: Float64Array;
  points?: Float64Array;
  /** Root-mean-square reprojection error over all observations before / after, pixels. */
  initialRmsPx: number;
  rmsPx: number;
  /** Per-observation reprojection error after, pixels. */
  errorsPx: Float64Array;
  iterations: number;
}

/** Solves the symmetric positive-definite system A x = b in place (Cholesky); returns false if not SPD. */
export function solveSpd(A: Float64Array, b: Float64Array, n: number): boolean {
  for (let j = 0; j < n; j++) {
    let d = A[j * n + j];
    for (let k = 0; k < j; k++) d -= A[j * n + k] * A[j * n + k];
    if (!(d > 0)) return false;
    d = Math.sqrt(d);
    A[j * n + j] = d;
    for (let i = j + 1; i < n; i++) {
      let s = A[i * n + j];
      for (let k = 0; k < j; k++) s -= A[i * n + k] * A[j * n + k];
      A[i * n + j] = s / d;
    }
  }
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= A[i * n + k] * b[k];
    b[i] = s / A[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i];
    for (let k = i + 1; k < n; k++) s -= A[k * n + i] * b[k];
    b[i] = s / A[i * n + i];
  }
  return true;
}

/** Inverse of a small SPD matrix (n×n) via Cholesky column solves; null if not SPD. */
function invertSpd(A: Float64Array, n: number): Float64Array | null {
  const inv = new Float64Array(n * n);
  for (let c = 0; c < n; c++) {
    const M = Float64Array.from(A);
    const e = new Float64Array(n);
    e[c] = 1;
    if (!solveSpd(M, e, n)) return null;
    for (let r = 0; r < n; r++) inv[r * n + c] = e[r];
  }
  return inv;
}

export function bundleAdjust(problem: BundleProblem): BundleResult {
  const nCam = problem.cameras.length;
  const cd = problem.optimizeFocal ? 7 : 6;
  const bd = problem.kind === 'poses' ? 6 : 3;
  const structure = Float64Array.from(problem.kind === 'poses' ? problem.poses! : problem.points!);
  const nBlk = structure.length / bd;
  const fixed = new Set(problem.fixedCameras ?? [0]);
  const cams = new Float64Array(nCam * cd);
  problem.cameras.forEach((c, i) => {
    cams.set(c.rotation, i * cd);
    cams.set(c.translation, i * cd + 3);
  });
  const base: PreparedCamera[] = problem.cameras.map((c) => {
    const k = new Float64Array(8);
    c.distortions.forEach((v, i) => i < 8 && (k[i] = v));
    return {
      fx: c.matrix[0],
      fy: c.matrix[4],
      cx: c.matrix[2],
      cy: c.matrix[5],
      skew: c.matrix[1],
      R: new Float64Array(9),
      t: new Float64Array(3),
      fisheye: false,
      k,
      undistorted: k.every((v) => v === 0),
    };
  });
  const obs = problem.observations;
  const nObs = obs.camera.length;
  const huber = problem.huberPx ?? 1;
  const board = problem.boardPoints;
  const out2 = new Float64Array(2);

  // Rotation matrices are cached per camera / block, several entries each: the numerical Jacobian
  // evaluates the same seven rotations (base, ±h per component) for every observation of a camera.
  type RotEntry = { a: number; b: number; c: number; R: Float64Array };
  const CACHE_WAYS = 8;
  const camRot: RotEntry[][] = [];
  const blkRot: RotEntry[][] = [];
  const cachedRot = (cache: RotEntry[][], i: number, a: number, b: number, c: number): Float64Array => {
    const ways = cache[i] ?? (cache[i] = []);
    for (let k = 0; k < ways.length; k++) {
      const e = ways[k];
      if (e.a === a && e.b === b && e.c === c) return e.R;
    }
    const R = rotationMatrix([a, b, c]);
    if (ways.length >= CACHE_WAYS) ways.pop();
    ways.unshift({ a, b, c, R });
    return R;
  };
  // Projection of observation o with given camera / block parameter vectors.
  const project = (cp: Float64Array, co: number, bp: Float64Array, bo: number, c: number, o: number, out: Float64Array): void => {
    let X: number, Y: number, Z: number;
    if (bd === 6) {
      const Rb = cachedRot(blkRot, bo / 6, bp[bo], bp[bo + 1], bp[bo + 2]);
      const l = obs.local![o] * 3;
      const px = board![l],
        py = board![l + 1],
        pz = board![l + 2];
      X = Rb[0] * px + Rb[1] * py + Rb[2] * pz + bp[bo + 3];
      Y = Rb[3] * px + Rb[4] * py + Rb[5] * pz + bp[bo + 4];
      Z = Rb[6] * px + Rb[7] * py + Rb[8] * pz + bp[bo + 5];
    } else {
      X = bp[bo];
      Y = bp[bo + 1];
      Z = bp[bo + 2];
    }
    const R = cachedRot(camRot, c, cp[co], cp[co + 1], cp[co + 2]);
    const xc = R[0] * X + R[1] * Y + R[2] * Z + cp[co + 3];
    const yc = R[3] * X + R[4] * Y + R[5] * Z + cp[co + 4];
    const zc = R[6] * X + R[7] * Y + R[8] * Z + cp[co + 5];
    const pc = base[c];
    if (cd === 7) {
      const s = Math.exp(cp[co + 6]);
      const saved = [pc.fx, pc.fy];
      pc.fx *= s;
      pc.fy *= s;
      distortToPixel(pc, xc / zc, yc / zc, out, 0);
      pc.fx = saved[0];
      pc.fy = saved[1];
    } else {
      distortToPixel(pc, xc / zc, yc / zc, out, 0);
    }
    if (!(zc > 0)) {
      out[0] = NaN;
      out[1] = NaN;
    }
  };

  const residuals = (cp: Float64Array, bp: Float64Array, res: Float64Array): number => {
    let cost = 0;
    for (let o = 0; o < nObs; o++) {
      const c = obs.camera[o];
      project(cp, c * cd, bp, obs.block[o] * bd, c, o, out2);
      const rx = out2[0] - obs.uv[2 * o];
      const ry = out2[1] - obs.uv[2 * o + 1];
      res[2 * o] = rx;
      res[2 * o + 1] = ry;
      const s = Math.hypot(rx, ry);
      cost += Number.isFinite(s) ? (s <= huber ? s * s : 2 * huber * s - huber * huber) : 1e12;
    }
    return cost;
  };

  // Column k of observation o's 2×n Jacobian (rows at J[k], J[n + k]): central difference of its
  // projection in params[at] (a camera or structure parameter) with step h.
  const jacobianColumn = (
    params: Float64Array,
    at: number,
    h: number,
    c: number,
    o: number,
    co: number,
    bo: number,
    J: Float64Array,
    n: number,
    k: number,
  ): void => {
    const save = params[at];
    params[at] = save + h;
    project(cams, co, structure, bo, c, o, p1);
    params[at] = save - h;
    project(cams, co, structure, bo, c, o, p2);
    params[at] = save;
    J[k] = (p1[0] - p2[0]) / (2 * h);
    J[n + k] = (p1[1] - p2[1]) / (2 * h);
  };

  const res = new Float64Array(2 * nObs);
  let cost = residuals(cams, structure, res);
  const rms = (r: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < r.length; i++) s += r[i] * r[i];
    return Math.sqrt(s / Math.max(1, r.length / 2));
  };
  const initialRmsPx = rms(res);
  let lambda = 1e-3;
  let it = 0;
  const maxIt = problem.maxIterations ?? 60;
  const free = [...Array(nCam).keys()].filter((c) => !fixed.has(c));
  const camSlot = new Int32Array(nCam).fill(-1);
  free.forEach((c, i) => (camSlot[c] = i));
  const nS = free.length * cd;
  const Jc = new Float64Array(2 * cd);
  const Jb = new Float64Array(2 * bd);
  const p1 = new Float64Array(2);
  const p2 = new Float64Array(2);

  for (; it < maxIt; it++) {
    // Build the normal equations JᵀWJ, JᵀWr blockwise.
    const U = new Float64Array(nCam * cd * cd);
    const gC = new Float64Array(nCam * cd);
    const V = new Float64Array(nBlk * bd * bd);
    const gB = new Float64Array(nBlk * bd);
    const W = new Map<number, Float64Array>();
    for (let o = 0; o < nObs; o++) {
      const c = obs.camera[o];
      const b = obs.block[o];
      const rx = res[2 * o],
        ry = res[2 * o + 1];
      const s = Math.hypot(rx, ry);
      if (!Number.isFinite(s)) continue;
      const w = s <= huber ? 1 : huber / s;
      const co = c * cd,
        bo = b * bd;
      const camFree = camSlot[c] >= 0;
      if (camFree) for (let k = 0; k < cd; k++) jacobianColumn(cams, co + k, k === 6 ? 1e-6 : 1e-7, c, o, co, bo, Jc, cd, k);
      for (let k = 0; k < bd; k++) jacobianColumn(structure, bo + k, 1e-7, c, o, co, bo, Jb, bd, k);
      const vo = b * bd * bd;
      for (let i = 0; i < bd; i++) {
        gB[b * bd + i] -= w * (Jb[i] * rx + Jb[bd + i] * ry);
        for (let j = 0; j < bd; j++) V[vo + i * bd + j] += w * (Jb[i] * Jb[j] + Jb[bd + i] * Jb[bd + j]);
      }
      if (camFree) {
        const uo = c * cd * cd;
        for (let i = 0; i < cd; i++) {
          gC[co + i] -= w * (Jc[i] * rx + Jc[cd + i] * ry);
          for (let j = 0; j < cd; j++) U[uo + i * cd + j] += w * (Jc[i] * Jc[j] + Jc[cd + i] * Jc[cd + j]);
        }
        const key = c * nBlk + b;
        let Wcb = W.get(key);
        if (!Wcb) W.set(key, (Wcb = new Float64Array(cd * bd)));
        for (let i = 0; i < cd; i++) for (let j = 0; j < bd; j++) Wcb[i * bd + j] += w * (Jc[i] * Jb[j] + Jc[cd + i] * Jb[bd + j]);
      }
    }
    // Try damped steps until the cost drops.
    let improved = false;
    for (let attempt = 0; attempt < 10 && !improved; attempt++) {
      const Vinv: (Float64Array | null)[] = [];
      for (let b = 0; b < nBlk; b++) {
        const Vb = V.slice(b * bd * bd, (b + 1) * bd * bd);
        for (let i = 0; i < bd; i++) Vb[i * bd + i] += lambda * Vb[i * bd + i] + 1e-12;
        Vinv.push(invertSpd(Vb, bd));
      }
      // Reduced camera system S δc = r.
      const S = new Float64Array(nS * nS);
      const rS = new Float64Array(nS);
      for (const c of free) {
        const si = camSlot[c] * cd;
        for (let i = 0; i < cd; i++) {
          rS[si + i] = gC[c * cd + i];
          for (let j = 0; j < cd; j++) S[(si + i) * nS + si + j] = U[c * cd * cd + i * cd + j];
          S[(si + i) * nS + si + i] += lambda * U[c * cd * cd + i * cd + i] + 1e-9;
        }
      }
      // Group W blocks by structure block.
      const byBlock = new Map<number, number[]>();
      for (const key of W.keys()) {
        const b = key % nBlk;
        let l = byBlock.get(b);
        if (!l) byBlock.set(b, (l = []));
        l.push(Math.floor(key / nBlk));
      }
      const WVinv = new Map<number, Float64Array>();
      for (const [b, cl] of byBlock) {
        const Vi = Vinv[b];
        if (!Vi) continue;
        for (const c of cl) {
          const Wcb = W.get(c * nBlk + b)!;
          const M = new Float64Array(cd * bd);
          for (let i = 0; i < cd; i++)
            for (let j = 0; j < bd; j++) {
              let s = 0;
              for (let k = 0; k < bd; k++) s += Wcb[i * bd + k] * Vi[k * bd + j];
              M[i * bd + j] = s;
            }
          WVinv.set(c * nBlk + b, M);
          const si = camSlot[c] * cd;
          for (let i = 0; i < cd; i++) {
            let s = 0;
            for (let k = 0; k < bd; k++) s += M[i * bd + k] * gB[b * bd + k];
            rS[si + i] -= s;
          }
          for (const c2 of cl) {
            const W2 = W.get(c2 * nBlk + b)!;
            const sj = camSlot[c2] * cd;
            for (let i = 0; i < cd; i++)
              for (let j = 0; j < cd; j++) {
                let s = 0;
                for (let k = 0; k < bd; k++) s += M[i * bd + k] * W2[j * bd + k];
                S[(si + i) * nS + sj + j] -= s;
              }
          }
        }
      }
      const dC = Float64Array.from(rS);
      if (nS > 0 && !solveSpd(S, dC, nS)) {
        lambda *= 10;
        continue;
      }
      const newCams = Float64Array.from(cams);
      for (const c of free) for (let i = 0; i < cd; i++) newCams[c * cd + i] += dC[camSlot[c] * cd + i];
      const newStruct = Float64Array.from(structure);
      for (let b = 0; b < nBlk; b++) {
        const Vi = Vinv[b];
        if (!Vi) continue;
        const rhs = gB.slice(b * bd, (b + 1) * bd);
        for (const c of byBlock.get(b) ?? []) {
          const Wcb = W.get(c * nBlk + b)!;
          const si = camSlot[c] * cd;
          for (let k = 0; k < bd; k++) {
            let s = 0;
            for (let i = 0; i < cd; i++) s += Wcb[i * bd + k] * dC[si + i];
            rhs[k] -= s;
          }
        }
        for (let i = 0; i < bd; i++) {
          let s = 0;
          for (let k = 0; k < bd; k++) s += Vi[i * bd + k] * rhs[k];
          newStruct[b * bd + i] += s;
        }
      }
      const newRes = new Float64Array(2 * nObs);
      const newCost = residuals(newCams, newStruct, newRes);
      if (newCost < cost) {
        const rel = (cost - newCost) / cost;
        cams.set(newCams);
        structure.set(newStruct);
        res.set(newRes);
        cost = newCost;
        lambda = Math.max(1e-9, lambda / 3);
        improved = true;
        if (rel < 1e-10) it = maxIt;
      } else {
        lambda *= 4;
      }
    }
    if (!improved) break;
  }
  const errorsPx = new Float64Array(nObs);
  for (let o = 0; o < nObs; o++) errorsPx[o] = Math.hypot(res[2 * o], res[2 * o + 1]);
  const cameras = problem.cameras.map((c, i) => {
    const s = cd === 7 ? Math.exp(cams[i * cd + 6]) : 1;
    const m = [...c.matrix];
    m[0] *= s;
    m[4] *= s;
    return {
      ...c,
      matrix: m,
      rotation: [cams[i * cd], cams[i * cd + 1], cams[i * cd + 2]] as [number, number, number],
      translation: [cams[i * cd + 3], cams[i * cd + 4], cams[i * cd + 5]] as [number, number, number],
    };
  });
  return {
    cameras,
    ...(bd === 6 ? { poses: structure } : { points: structure }),
    initialRmsPx,
    rmsPx: rms(res),
    errorsPx,
    iterations: Math.min(it, maxIt),
  };
}
