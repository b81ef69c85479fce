// Hot-path kernels: confidence-weighted linear triangulation (DLT) of one point from several
// views, with robust exclusion of views that disagree. Observations are undistorted, normalised
// camera coordinates; errors are reported in (approximate) pixels through each camera's focal length.
// ref: R. Hartley, A. Zisserman, "Multiple View Geometry in Computer Vision", 2nd ed., §12.2
//      (linear triangulation), solved inhomogeneously (X₄ = 1) through the 3×3 normal equations,
//      then re-weighted by 1/depth so that the algebraic residual approximates the image error.
// ref: M. Fischler, R. Bolles, "Random sample consensus" (1981) — here exhaustive over view pairs
//      for few cameras; iterative worst-view removal (with re-admission) for many, falling back to
//      the exhaustive pair seeding when removal ends with too few views.

/** Per-rig constants and per-point scratch space, allocated once per triangulation. */
export interface SolverWorkspace {
  cameras: number;
  /** [camera][3×4] row-major projection [R | t] in normalised coordinates. */
  P: Float64Array;
  /** [camera] mean focal length, px per normalised unit. */
  focalPx: Float64Array;
  /** [camera][9] per-view normal-equation contribution: m00 m01 m02 m11 m12 m22 b0 b1 b2. */
  contrib: Float64Array;
  /** [camera] residual of each view against the current solution, px. */
  residualPx: Float64Array;
  /** [camera] 1 if the view is in the current set. */
  used: Uint8Array;
  /** [camera] views that have an observation. */
  views: Int32Array;
  /** Current solution. */
  X: Float64Array;
  /** Scratch for pair consensus. */
  bestUsed: Uint8Array;
  /** [camera][3] optical centres in world coordinates. */
  centres: Float64Array;
  /**
   * Where the point probably is (e.g. the same joint in the previous frame), NaN if unknown.
   * Breaks ties between equally large agreeing sets of views. Set before each solvePoint call.
   */
  prior: Float64Array;
  /** A set of views whose point lies further than this from the prior (metres) counts 1.5 views less. */
  priorGateM: number;
  /** [camera] threshold of the current solvePoint call, px (from SolveOptions). */
  thresholdPx: Float64Array;
}

export function createSolverWorkspace(P: Float64Array, focalPx: Float64Array): SolverWorkspace {
  const n = focalPx.length;
  const centres = new Float64Array(n * 3);
  for (let c = 0; c < n; c++) {
    const o = c * 12;
    // C = −Rᵀ t
    for (let k = 0; k < 3; k++) centres[c * 3 + k] = -(P[o + k] * P[o + 3] + P[o + 4 + k] * P[o + 7] + P[o + 8 + k] * P[o + 11]);
  }
  return {
    centres,
    prior: new Float64Array([NaN, NaN, NaN]),
    priorGateM: Infinity,
    cameras: n,
    P,
    focalPx,
    contrib: new Float64Array(n * 9),
    residualPx: new Float64Array(n),
    used: new Uint8Array(n),
    views: new Int32Array(n),
    X: new Float64Array(3),
    bestUsed: new Uint8Array(n),
    thresholdPx: new Float64Array(n),
  };
}

/** Writes view c's weighted DLT rows into contrib (row weight w · depthScale). */
function accumulateView(ws: SolverWorkspace, c: number, x: number, y: number, w: number): void {
  const P = ws.P,
    o = c * 12;
  // a1 = w (x P3 − P1), a2 = w (y P3 − P2)
  const a0 = w * (x * P[o + 8] - P[o]),
    a1 = w * (x * P[o + 9] - P[o + 1]),
    a2 = w * (x * P[o + 10] - P[o + 2]),
    a3 = w * (x * P[o + 11] - P[o + 3]);
  const b0 = w * (y * P[o + 8] - P[o + 4]),
    b1 = w * (y * P[o + 9] - P[o + 5]),
    b2 = w * (y * P[o + 10] - P[o + 6]),
    b3 = w * (y * P[o + 11] - P[o + 7]);
  const k = c * 9,
    m = ws.contrib;
  m[k] = a0 * a0 + b0 * b0;
  m[k + 1] = a0 * a1 + b0 * b1;
  m[k + 2] = a0 * a2 + b0 * b2;
  m[k + 3] = a1 * a1 + b1 * b1;
  m[k + 4] = a1 * a2 + b1 * b2;
  m[k + 5] = a2 * a2 + b2 * b2;
  m[k + 6] = a0 * a3 + b0 * b3;
  m[k + 7] = a1 * a3 + b1 * b3;
  m[k + 8] = a2 * a3 + b2 * b3;
}

/** Solves the summed normal equations of the views with used[c] = 1 into ws.X; false if degenerate. */
function solveUsed(ws: SolverWorkspace, nViews: number): boolean {
  let m00 = 0,
    m01 = 0,
    m02 = 0,
    m11 = 0,
    m12 = 0,
    m22 = 0,
    r0 = 0,
    r1 = 0,
    r2 = 0;
  const m = ws.contrib,
    used = ws.used,
    views = ws.views;
  for (let i = 0; i < nViews; i++) {
    const c = views[i];
    if (!used[c]) continue;
    const k = c * 9;
    m00 += m[k];
    m01 += m[k + 1];
    m02 += m[k + 2];
    m11 += m[k + 3];
    m12 += m[k + 4];
    m22 += m[k + 5];
    r0 -= m[k + 6];
    r1 -= m[k + 7];
    r2 -= m[k + 8];
  }
  // Symmetric 3×3 solve by cofactors.
  const c00 = m11 * m22 - m12 * m12,
    c01 = m02 * m12 - m01 * m22,
    c02 = m01 * m12 - m02 * m11;
  const det = m00 * c00 + m01 * c01 + m02 * c02;
  const scale = m00 * m00 + m11 * m11 + m22 * m22;
  if (!(Math.abs(det) > 1e-14 * scale * Math.sqrt(scale))) return false;
  const c11 = m00 * m22 - m02 * m02,
    c12 = m01 * m02 - m00 * m12,
    c22 = m00 * m11 - m01 * m01;
  const X = ws.X;
  X[0] = (c00 * r0 + c01 * r1 + c02 * r2) / det;
  X[1] = (c01 * r0 + c11 * r1 + c12 * r2) / det;
  X[2] = (c02 * r0 + c12 * r1 + c22 * r2) / det;
  return Number.isFinite(X[0]) && Number.isFinite(X[1]) && Number.isFinite(X[2]);
}

/** Residual (px) of view c's observation (x, y) against point X; Infinity behind the camera. */
function residualOf(ws: SolverWorkspace, c: number, X0: number, X1: number, X2: number, x: number, y: number): number {
  const P = ws.P,
    o = c * 12;
  const zc = P[o + 8] * X0 + P[o + 9] * X1 + P[o + 10] * X2 + P[o + 11];
  if (!(zc > 1e-6)) return Infinity;
  // Residual in the image plane: |(P₁X − x z, P₂X − y z)| / z.
  const dx = P[o] * X0 + P[o + 1] * X1 + P[o + 2] * X2 + P[o + 3] - x * zc;
  const dy = P[o + 4] * X0 + P[o + 5] * X1 + P[o + 6] * X2 + P[o + 7] - y * zc;
  return (Math.sqrt(dx * dx + dy * dy) * ws.focalPx[c]) / zc;
}

/** Cosine of the angle between the rays from cameras a and b to X (near ±1 = ill-conditioned pair). */
function rayCosine(ws: SolverWorkspace, a: number, b: number, X: Float64Array): number {
  const C = ws.centres;
  const ux = C[a * 3] - X[0],
    uy = C[a * 3 + 1] - X[1],
    uz = C[a * 3 + 2] - X[2];
  const vx = C[b * 3] - X[0],
    vy = C[b * 3 + 1] - X[1],
    vz = C[b * 3 + 2] - X[2];
  return (ux * vx + uy * vy + uz * vz) / Math.sqrt((ux * ux + uy * uy + uz * uz) * (vx * vx + vy * vy + vz * vz));
}

/** Two views closer than this to parallel or anti-parallel (cos of 10°) cannot check each other. */
const MAX_PAIR_COSINE = Math.cos((10 * Math.PI) / 180);

function depthOf(ws: SolverWorkspace, c: number, X: Float64Array): number {
  const P = ws.P,
    o = c * 12;
  return P[o + 8] * X[0] + P[o + 9] * X[1] + P[o + 10] * X[2] + P[o + 11];
}

/** Residuals of every view with an observation against ws.X; returns the worst used view (or −1) and its residual via ws. */
function computeResiduals(ws: SolverWorkspace, nViews: number, ox: Float64Array, oy: Float64Array, base: number, stride: number): void {
  const X0 = ws.X[0],
    X1 = ws.X[1],
    X2 = ws.X[2];
  for (let i = 0; i < nViews; i++) {
    const c = ws.views[i];
    const k = base + c * stride;
    ws.residualPx[c] = residualOf(ws, c, X0, X1, X2, ox[k], oy[k]);
  }
}

export interface SolveOptions {
  minCameras: number;
  /** Refit the agreeing views with rows scaled by 1/depth (closer to the image-error optimum). Defaults to true. */
  depthWeighting?: boolean;
  maxErrorPx: number;
  /**
   * Per-camera thresholds (px), indexed by camera; replaces maxErrorPx when given (e.g. scaled
   * with the subject's apparent size in each view).
   */
  maxErrorPxPerCamera?: ArrayLike<number>;
  /** Robust exclusion of disagreeing views; when false every view is used. */
  robust: boolean;
}

/**
 * Triangulates one point. Observation of camera c sits at index base + c·stride of ox, oy, ow
 * (normalised coordinates and weight; weight 0 = no observation).
 * On success returns the bit mask of the views used (≥ minCameras views, each within its threshold),
 * with the point in ws.X and residuals in ws.residualPx; returns 0 when no agreeing set exists.
 */
export function solvePoint(
  ws: SolverWorkspace,
  ox: Float64Array,
  oy: Float64Array,
  ow: Float64Array,
  base: number,
  stride: number,
  opts: SolveOptions,
): number {
  const C = ws.cameras;
  let n = 0;
  // With a prior, rows are scaled by 1/depth from the start (no refit needed at the end).
  const pr = ws.prior;
  const depthWeighting = opts.depthWeighting !== false;
  const priorDepth = depthWeighting && Number.isFinite(pr[0]);
  for (let c = 0; c < C; c++) {
    const k = base + c * stride;
    const w = ow[k];
    if (w > 0) {
      ws.views[n++] = c;
      accumulateView(ws, c, ox[k], oy[k], priorDepth ? w / Math.max(depthOf(ws, c, pr), 1e-3) : w);
      ws.used[c] = 1;
    } else ws.used[c] = 0;
  }
  if (n < opts.minCameras || n < 2) return 0;
  const thr = ws.thresholdPx;
  if (opts.maxErrorPxPerCamera) for (let c = 0; c < C; c++) thr[c] = opts.maxErrorPxPerCamera[c];
  else thr.fill(opts.maxErrorPx);
  const ok = solveUsed(ws, n);
  let outlier = false;
  if (ok) {
    // Residuals and the outlier test in one pass; the mask of every view on the way.
    const X0 = ws.X[0],
      X1 = ws.X[1],
      X2 = ws.X[2],
      views = ws.views,
      res = ws.residualPx;
    let all = 0;
    for (let i = 0; i < n; i++) {
      const c = views[i],
        k = base + c * stride;
      const r = residualOf(ws, c, X0, X1, X2, ox[k], oy[k]);
      res[c] = r;
      if (r > thr[c]) outlier = true;
      all |= 1 << c;
    }
    // Early accept (most points): every view agrees and no refit is due — finishSolve would keep them all.
    if (!outlier && n > 2 && (!depthWeighting || priorDepth)) return all;
  }
  if (!ok || (outlier && opts.robust)) {
    if (!opts.robust) return 0;
    if (n <= 5) {
      if (!pairConsensus(ws, n, ox, oy, base, stride, opts)) return 0;
    } else {
      // Many views: remove the worst views one by one (fast). When that ends without an agreeing set
      // of minCameras — a confident wrong view skewed the first estimate, so good views looked worst
      // and went first — seed from every pair of views instead: one bad view cannot cost a point the
      // other views agree on.
      if (removeWorstViews(ws, n, ox, oy, base, stride, opts)) {
        const mask = finishSolve(ws, n, ox, oy, ow, base, stride, opts, depthWeighting, priorDepth);
        if (mask) return mask;
      }
      for (let i = 0; i < n; i++) {
        const c = ws.views[i],
          k = base + c * stride;
        accumulateView(ws, c, ox[k], oy[k], priorDepth ? ow[k] / Math.max(depthOf(ws, c, pr), 1e-3) : ow[k]);
      }
      if (!pairConsensus(ws, n, ox, oy, base, stride, opts)) return 0;
    }
  }
  return finishSolve(ws, n, ox, oy, ow, base, stride, opts, depthWeighting, priorDepth);
}

/**
 * The end of solvePoint once ws.used holds an agreeing set: refit with rows scaled by 1/depth, drop
 * views beyond their threshold, and check a two-view result (conditioning, prior). Returns the mask or 0.
 */
function finishSolve(
  ws: SolverWorkspace,
  n: number,
  ox: Float64Array,
  oy: Float64Array,
  ow: Float64Array,
  base: number,
  stride: number,
  opts: SolveOptions,
  depthWeighting: boolean,
  priorDepth: boolean,
): number {
  const thr = ws.thresholdPx,
    pr = ws.prior;
  // Final refit of the agreeing views with rows scaled by 1/depth (≈ geometric image error).
  let count = 0;
  for (let i = 0; i < n; i++) if (ws.used[ws.views[i]]) count++;
  if (count < opts.minCameras) return 0;
  if (depthWeighting && !priorDepth) {
    for (let i = 0; i < n; i++) {
      const c = ws.views[i];
      if (!ws.used[c]) continue;
      const z = depthOf(ws, c, ws.X);
      const k = base + c * stride;
      accumulateView(ws, c, ox[k], oy[k], ow[k] / Math.max(z, 1e-3));
    }
    const save0 = ws.X[0],
      save1 = ws.X[1],
      save2 = ws.X[2];
    if (!solveUsed(ws, n)) {
      ws.X[0] = save0;
      ws.X[1] = save1;
      ws.X[2] = save2;
    }
    computeResiduals(ws, n, ox, oy, base, stride);
  }
  let mask = 0;
  count = 0;
  for (let i = 0; i < n; i++) {
    const c = ws.views[i];
    if (!ws.used[c]) continue;
    if (opts.robust && ws.residualPx[c] > thr[c]) {
      ws.used[c] = 0;
      continue;
    }
    mask |= 1 << c;
    count++;
  }
  if (count < opts.minCameras) return 0;
  if (count === 2) {
    let a = -1,
      b = -1;
    for (let c = 0; c < ws.cameras; c++)
      if (mask & (1 << c)) {
        if (a < 0) a = c;
        else b = c;
      }
    if (Math.abs(rayCosine(ws, a, b, ws.X)) > MAX_PAIR_COSINE) return 0;
    // Two views cannot see an error along their epipolar line: check against the prior.

    if (Number.isFinite(pr[0]) && Math.hypot(ws.X[0] - pr[0], ws.X[1] - pr[1], ws.X[2] - pr[2]) > ws.priorGateM) return 0;
  }
  return mask;
}

/** Few views: try every pair, keep the largest set of views agreeing with it (ties: smallest error), refit twice. */
function pairConsensus(
  ws: SolverWorkspace,
  n: number,
  ox: Float64Array,
  oy: Float64Array,
  base: number,
  stride: number,
  opts: SolveOptions,
): boolean {
  const thr = ws.thresholdPx;
  let bestCount = 0,
    bestSum = Infinity,
    bestScore = -Infinity;
  const used = ws.used,
    best = ws.bestUsed;
  const prior = ws.prior;
  const hasPrior = Number.isFinite(prior[0]);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      for (let i = 0; i < n; i++) used[ws.views[i]] = 0;
      used[ws.views[a]] = 1;
      used[ws.views[b]] = 1;
      if (!solveUsed(ws, n)) continue;
      if (Math.abs(rayCosine(ws, ws.views[a], ws.views[b], ws.X)) > MAX_PAIR_COSINE) continue;
      computeResiduals(ws, n, ox, oy, base, stride);
      let count = 0,
        sum = 0;
      for (let i = 0; i < n; i++) {
        const r = ws.residualPx[ws.views[i]];
        if (r <= thr[ws.views[i]]) {
          count++;
          sum += r;
        }
      }
      // Far from the prior counts 1.5 views less; ties go to the nearest the prior when there
      // is one, else to the smallest residuals.
      let score = count;
      if (hasPrior) {
        sum = Math.hypot(ws.X[0] - prior[0], ws.X[1] - prior[1], ws.X[2] - prior[2]);
        if (sum > ws.priorGateM) score -= 1.5;
      }
      if (count >= 2 && (score > bestScore || (score === bestScore && sum < bestSum))) {
        bestScore = score;
        bestCount = count;
        bestSum = sum;
        for (let i = 0; i < n; i++) best[ws.views[i]] = ws.residualPx[ws.views[i]] <= thr[ws.views[i]] ? 1 : 0;
      }
    }
  }
  if (bestCount < opts.minCameras || bestCount < 2) return false;
  // Nothing agrees near where the point just was: better missing (and interpolated) than wrong.
  if (hasPrior && bestSum > ws.priorGateM) return false;
  for (let round = 0; round < 2; round++) {
    let count = 0;
    for (let i = 0; i < n; i++) {
      const c = ws.views[i];
      used[c] = best[c];
      count += best[c];
    }
    if (count < opts.minCameras || count < 2 || !solveUsed(ws, n)) return false;
    computeResiduals(ws, n, ox, oy, base, stride);
    for (let i = 0; i < n; i++) best[ws.views[i]] = ws.residualPx[ws.views[i]] <= thr[ws.views[i]] ? 1 : 0;
  }
  return true;
}

/** Many views: drop the worst view until all agree (or minCameras remain), then re-admit views that agree with the result. */
function removeWorstViews(
  ws: SolverWorkspace,
  n: number,
  ox: Float64Array,
  oy: Float64Array,
  base: number,
  stride: number,
  opts: SolveOptions,
): boolean {
  const thr = ws.thresholdPx;
  const used = ws.used,
    views = ws.views,
    res = ws.residualPx;
  let count = n;
  for (;;) {
    // Worst = largest residual relative to its camera's threshold; gross = beyond 3× the threshold.
    let worstC = -1,
      worst = 1,
      gross = 0;
    for (let i = 0; i < n; i++) {
      const c = views[i];
      if (!used[c]) continue;
      const r = res[c] / thr[c];
      if (r > worst) {
        worst = r;
        worstC = c;
      }
      if (r > 3) gross++;
    }
    if (worstC < 0) break;
    if (count <= Math.max(opts.minCameras, 2)) return false;
    // Gross outliers go together when they are a minority; else the worst alone.
    if (gross > 1 && 2 * gross < count && count - gross >= Math.max(opts.minCameras, 2)) {
      for (let i = 0; i < n; i++) if (used[views[i]] && res[views[i]] / thr[views[i]] > 3) used[views[i]] = 0;
      count -= gross;
    } else {
      used[worstC] = 0;
      count--;
    }
    if (!solveUsed(ws, n)) return false;
    computeResiduals(ws, n, ox, oy, base, stride);
  }
  let readmitted = false;
  for (let i = 0; i < n; i++) {
    const c = ws.views[i];
    if (!used[c] && ws.residualPx[c] <= thr[c]) {
      used[c] = 1;
      readmitted = true;
    }
  }
  if (readmitted) {
    if (!solveUsed(ws, n)) return false;
    computeResiduals(ws, n, ox, oy, base, stride);
    for (let i = 0; i < n; i++) {
      const c = ws.views[i];
      if (used[c] && ws.residualPx[c] > thr[c]) used[c] = 0;
    }
  }
  return true;
}
