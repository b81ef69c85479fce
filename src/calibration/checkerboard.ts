// Checkerboard inner-corner detector: saddle-point candidates at a coarse scale, grid growth
// from a seed with perspective-aware prediction and a quadrant (X-junction) test, canonical
// ordering, then sub-pixel refinement at full resolution.
//
// ref: Geiger, Moosmann, Car, Schuster, "Automatic camera and range sensor calibration using a
//      single shot", ICRA 2012 (corner candidates + grid growing with structure checks).
// ref: Chen & Zhang, "X-corner detection using the Hessian matrix" / Lucchese & Mitra,
//      "Using saddle points for subpixel feature detection in camera calibration targets", 2002
//      (saddle response −det H of the smoothed image).
// ref: Förstner & Gülch, "A fast operator for detection and precise location of distinct points,
//      corners and centres of circular features", 1987 — the gradient-orthogonality sub-pixel
//      estimate that OpenCV's cornerSubPix iterates.

import { downscale, gaussianBlur, gradients, sampleBilinear, type GrayImage } from './grayImage.ts';

export interface CheckerboardOptions {
  /** Inner corners [along a row, along a column], e.g. [4, 7]. The board may appear in either orientation. */
  innerCorners: [number, number];
  /** Longest side, in pixels, of the downscaled image used for the coarse search. Defaults to 1000. */
  searchSizePx?: number;
  /** Gaussian scales (in downscaled pixels) tried in turn; larger ones tolerate more blur. Defaults to [1.5, 3]. */
  sigmasPx?: number[];
  /** Sub-pixel refinement iterations. Defaults to 30. */
  subPixIterations?: number;
  /**
   * Also return a partial grid (at least 3×3 corners and half the board) when the full board is not
   * visible. Fine for intrinsics, where any metric planar grid will do; its corners then cannot be
   * matched across cameras. Defaults to false.
   */
  allowPartial?: boolean;
}

export interface CheckerboardCorners {
  /** Corners along a row (= innerCorners[0], fewer for a partial grid). */
  cols: number;
  /** Corners along a column (= innerCorners[1], fewer for a partial grid). */
  rows: number;
  /** True when only part of the board was found (see allowPartial). */
  partial: boolean;
  /** rows·cols·2 pixel coordinates, row-major; the board's x axis runs along a row, y down the columns. */
  corners: Float64Array;
  /** Mean grey-level difference between the board's dark and light squares near the corners. */
  contrast: number;
}

interface Level {
  img: GrayImage; // smoothed, downscaled
  resp: Float32Array; // saddle response (positive at X-junctions)
  w: number;
  h: number;
}

interface Cand {
  x: number;
  y: number;
  r: number;
  e1: [number, number];
  e2: [number, number];
}

/**
 * Finds the inner corners of a checkerboard, or returns null when the full grid is not visible.
 * Corners are ordered consistently: the grid is right-handed in the image, and when the board has
 * an odd total number of inner rows + columns the first cell (corners 0, 1, cols, cols+1) is dark.
 */
export function findCheckerboardCorners(img: GrayImage, opts: CheckerboardOptions): CheckerboardCorners | null {
  const [cols, rows] = opts.innerCorners;
  if (!(cols >= 2 && rows >= 2)) throw new Error(`innerCorners must be at least 2×2, got ${cols}×${rows}`);
  const searchSize = opts.searchSizePx ?? 1000;
  const factor = Math.max(1, Math.round(Math.max(img.width, img.height) / searchSize));
  const small = downscale(img, factor);
  let partial: CheckerboardCorners | null = null;
  for (const sigma of opts.sigmasPx ?? [1.5, 3]) {
    const level = saddleResponse(small, sigma);
    const cands = candidates(level, sigma);
    const grid = growBestGrid(level, cands, cols, rows, sigma, opts.allowPartial ?? false);
    if (!grid) continue;
    if (grid.partial && partial && partial.rows * partial.cols >= grid.rows * grid.cols) continue;
    // Map to full resolution: downscaled pixel centre (x + 0.5)·f − 0.5.
    const n = grid.pts.length / 2;
    const full = new Float64Array(n * 2);
    for (let i = 0; i < n * 2; i++) full[i] = (grid.pts[i] + 0.5) * factor - 0.5;
    const minStep = minGridStep(full, grid.cols, grid.rows);
    const halfWin = Math.max(2, Math.min(15, Math.round(0.3 * minStep)));
    const refined = refineCornersSubPix(img, full, halfWin, opts.subPixIterations ?? 30);
    let ok = true;
    for (let i = 0; i < n; i++) {
      const d = Math.hypot(refined[2 * i] - full[2 * i], refined[2 * i + 1] - full[2 * i + 1]);
      if (!(d < Math.max(2 * factor, 0.5 * halfWin))) ok = false;
    }
    if (!ok) continue;
    const found = { cols: grid.cols, rows: grid.rows, corners: refined, contrast: grid.contrast, partial: grid.partial };
    if (!grid.partial) return found;
    partial = found;
  }
  return partial;
}

/** Smallest distance between grid neighbours. */
function minGridStep(pts: Float64Array, cols: number, rows: number): number {
  let m = Infinity;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      if (c + 1 < cols) m = Math.min(m, Math.hypot(pts[2 * i + 2] - pts[2 * i], pts[2 * i + 3] - pts[2 * i + 1]));
      if (r + 1 < rows) {
        const j = i + cols;
        m = Math.min(m, Math.hypot(pts[2 * j] - pts[2 * i], pts[2 * j + 1] - pts[2 * i + 1]));
      }
    }
  }
  return m;
}

function saddleResponse(small: GrayImage, sigma: number): Level {
  const img = gaussianBlur(small, sigma);
  const { width: w, height: h, data: s } = img;
  const resp = new Float32Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const ixx = s[i + 1] - 2 * s[i] + s[i - 1];
      const iyy = s[i + w] - 2 * s[i] + s[i - w];
      const ixy = 0.25 * (s[i + w + 1] - s[i + w - 1] - s[i - w + 1] + s[i - w - 1]);
      // −det H, minus a share of trace² so that noisy straight edges (one large eigenvalue) do
      // not pass for corners; X-junctions have eigenvalues of opposite sign and trace ≈ 0
      // (edges meeting at ≥ 32° survive).
      const tr = ixx + iyy;
      const r = ixy * ixy - ixx * iyy - 0.1 * tr * tr;
      resp[i] = r > 0 ? r : 0;
    }
  }
  return { img, resp, w, h };
}

function candidates(level: Level, sigma: number): Cand[] {
  const { resp, w, h } = level;
  const rad = Math.max(2, Math.round(1.5 * sigma));
  let max = 0;
  for (let i = 0; i < resp.length; i++) if (resp[i] > max) max = resp[i];
  if (max <= 0) return [];
  const thr = 2e-3 * max;
  const found: { x: number; y: number; r: number }[] = [];
  const border = rad + 2;
  for (let y = border; y < h - border; y++) {
    for (let x = border; x < w - border; x++) {
      const v = resp[y * w + x];
      if (v < thr) continue;
      let isMax = true;
      for (let dy = -rad; dy <= rad && isMax; dy++) {
        const row = (y + dy) * w;
        for (let dx = -rad; dx <= rad; dx++) {
          const u = resp[row + x + dx];
          if (u > v || (u === v && (dy < 0 || (dy === 0 && dx < 0)))) {
            isMax = false;
            break;
          }
        }
      }
      if (isMax) found.push({ x, y, r: v });
    }
  }
  found.sort((a, b) => b.r - a.r);
  const kept = found.slice(0, 800);
  const { gx, gy } = gradients(level.img);
  return kept.map((c) => {
    const [e1, e2] = edgeDirections(gx, gy, w, h, c.x, c.y, Math.max(4, Math.round(3 * sigma + 2)));
    return { ...c, e1, e2 };
  });
}

/** Two dominant edge directions around (x, y) from a magnitude-weighted gradient-orientation histogram. */
function edgeDirections(
  gx: Float32Array,
  gy: Float32Array,
  w: number,
  h: number,
  x: number,
  y: number,
  rad: number,
): [[number, number], [number, number]] {
  const bins = 36;
  const hist = new Float64Array(bins);
  for (let dy = -rad; dy <= rad; dy++) {
    const yy = y + dy;
    if (yy < 0 || yy >= h) continue;
    for (let dx = -rad; dx <= rad; dx++) {
      const xx = x + dx;
      if (xx < 0 || xx >= w) continue;
      const i = yy * w + xx;
      const m = Math.hypot(gx[i], gy[i]);
      if (m === 0) continue;
      let a = Math.atan2(gy[i], gx[i]);
      if (a < 0) a += Math.PI;
      if (a >= Math.PI) a -= Math.PI;
      hist[Math.min(bins - 1, Math.floor((a / Math.PI) * bins))] += m;
    }
  }
  const sm = new Float64Array(bins);
  for (let i = 0; i < bins; i++) sm[i] = hist[(i + bins - 1) % bins] + 2 * hist[i] + hist[(i + 1) % bins];
  let p1 = 0;
  for (let i = 1; i < bins; i++) if (sm[i] > sm[p1]) p1 = i;
  let p2 = -1;
  for (let i = 0; i < bins; i++) {
    const d = Math.min(Math.abs(i - p1), bins - Math.abs(i - p1));
    if (d < 4) continue;
    if (sm[i] < sm[(i + bins - 1) % bins] || sm[i] < sm[(i + 1) % bins]) continue;
    if (p2 < 0 || sm[i] > sm[p2]) p2 = i;
  }
  if (p2 < 0) p2 = (p1 + bins / 2) % bins;
  const ang = (p: number): number => {
    const a = sm[(p + bins - 1) % bins];
    const b = sm[p];
    const c = sm[(p + 1) % bins];
    const den = a - 2 * b + c;
    const off = den !== 0 ? (0.5 * (a - c)) / den : 0;
    // Edge direction is perpendicular to the gradient.
    return ((p + 0.5 + off) / bins) * Math.PI + Math.PI / 2;
  };
  const a1 = ang(p1);
  const a2 = ang(p2);
  return [
    [Math.cos(a1), Math.sin(a1)],
    [Math.cos(a2), Math.sin(a2)],
  ];
}

/** Intensity pattern at an X-junction given the local grid steps a (along a row) and b (down a column). */
function quadrantPolarity(level: Level, px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const { img, w, h } = level;
  const f = 0.3;
  const s = (ux: number, uy: number): number => {
    let acc = 0;
    for (const [ox, oy] of [
      [0, 0],
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ]) {
      acc += sampleBilinear(img.data, w, h, px + f * ux + ox, py + f * uy + oy);
    }
    return acc / 5;
  };
  const d1a = s(ax + bx, ay + by);
  const d1b = s(-ax - bx, -ay - by);
  const d2a = s(ax - bx, ay - by);
  const d2b = s(-ax + bx, -ay + by);
  const contrast = 0.5 * (d1a + d1b) - 0.5 * (d2a + d2b);
  const minContrast = 6;
  // Both cells of one diagonal must be clearly lighter than both of the other: an L-shaped corner
  // (three light cells, e.g. the board's outer corners on its white margin) fails this.
  const margin = 0.25 * Math.abs(contrast);
  if (contrast > minContrast && Math.min(d1a, d1b) - Math.max(d2a, d2b) > margin) return contrast;
  if (-contrast > minContrast && Math.min(d2a, d2b) - Math.max(d1a, d1b) > margin) return contrast;
  return 0;
}

interface Grid {
  partial: boolean;
  cols: number;
  rows: number;
  pts: Float64Array;
  contrast: number;
}

/** Grid under construction: g[r][c] = [x, y, polarity]. */
type Cell = [number, number, number];

function growBestGrid(level: Level, cands: Cand[], cols: number, rows: number, sigma: number, allowPartial: boolean): Grid | null {
  const maxDim = Math.max(cols, rows);
  let best: Cell[][] | null = null;
  const tries = Math.min(cands.length, 400);
  const used = new Set<number>();
  for (let s = 0; s < tries; s++) {
    if (used.has(s)) continue;
    const g = seedGrid(level, cands, s, sigma);
    if (!g) continue;
    const grown = grow(level, cands, g, maxDim, sigma);
    if (!grown) continue;
    const R = grown.length;
    const C = grown[0].length;
    for (const row of grown) for (const cell of row) markUsed(cands, cell, used);
    if ((R === rows && C === cols) || (R === cols && C === rows)) return orderGrid(level, grown, cols, rows, false);
    const fits = (R <= rows && C <= cols) || (R <= cols && C <= rows);
    if (fits && R >= 3 && C >= 3 && 2 * R * C >= rows * cols && (!best || R * C > best.length * best[0].length)) best = grown;
  }
  if (allowPartial && best) {
    const R = best.length;
    const C = best[0].length;
    // Orient the partial grid so that it fits inside the board's rows × cols.
    return R <= rows && C <= cols ? orderGrid(level, best, C, R, true) : orderGrid(level, best, R, C, true);
  }
  return null;
}

function markUsed(cands: Cand[], cell: Cell, used: Set<number>): void {
  for (let i = 0; i < cands.length; i++) {
    if (Math.abs(cands[i].x - cell[0]) < 1.5 && Math.abs(cands[i].y - cell[1]) < 1.5) used.add(i);
  }
}

function neighbourAlong(cands: Cand[], s: number, vx: number, vy: number, minDist: number): number {
  const c = cands[s];
  let best = -1;
  let bestCost = Infinity;
  for (let i = 0; i < cands.length; i++) {
    if (i === s) continue;
    const dx = cands[i].x - c.x;
    const dy = cands[i].y - c.y;
    const along = dx * vx + dy * vy;
    if (along < minDist) continue;
    const perp = Math.abs(dx * vy - dy * vx);
    if (perp > 0.3 * along) continue;
    const cost = along + 3 * perp;
    if (cost < bestCost) {
      bestCost = cost;
      best = i;
    }
  }
  return best;
}

function seedGrid(level: Level, cands: Cand[], s: number, sigma: number): Cell[][] | null {
  const c = cands[s];
  const minDist = 3 * sigma;
  for (const [s1, s2] of [
    [1, 1],
    [-1, 1],
    [1, -1],
    [-1, -1],
  ]) {
    const i1 = neighbourAlong(cands, s, s1 * c.e1[0], s1 * c.e1[1], minDist);
    const i2 = neighbourAlong(cands, s, s2 * c.e2[0], s2 * c.e2[1], minDist);
    if (i1 < 0 || i2 < 0) continue;
    const a: [number, number] = [cands[i1].x - c.x, cands[i1].y - c.y];
    const b: [number, number] = [cands[i2].x - c.x, cands[i2].y - c.y];
    const la = Math.hypot(a[0], a[1]);
    const lb = Math.hypot(b[0], b[1]);
    if (la > 2.5 * lb || lb > 2.5 * la) continue;
    const diag = findNear(level, cands, c.x + a[0] + b[0], c.y + a[1] + b[1], 0.3 * Math.min(la, lb), sigma);
    if (!diag) continue;
    const p00 = quadrantPolarity(level, c.x, c.y, a[0], a[1], b[0], b[1]);
    const p01 = quadrantPolarity(level, cands[i1].x, cands[i1].y, a[0], a[1], b[0], b[1]);
    const p10 = quadrantPolarity(level, cands[i2].x, cands[i2].y, a[0], a[1], b[0], b[1]);
    const p11 = quadrantPolarity(level, diag[0], diag[1], a[0], a[1], b[0], b[1]);
    if (!(p00 * p01 < 0 && p00 * p10 < 0 && p00 * p11 > 0)) continue;
    return [
      [
        [c.x, c.y, p00],
        [cands[i1].x, cands[i1].y, p01],
      ],
      [
        [cands[i2].x, cands[i2].y, p10],
        [diag[0], diag[1], p11],
      ],
    ];
  }
  return null;
}

/**
 * Nearest candidate within radius of (x, y); when none, the strongest saddle response inside the
 * radius (corners weakened by glare or blur fall below the candidate threshold but keep their shape).
 */
function findNear(level: Level, cands: Cand[], x: number, y: number, radius: number, sigma: number): [number, number] | null {
  let best = -1;
  let bestD = radius;
  for (let i = 0; i < cands.length; i++) {
    const d = Math.hypot(cands[i].x - x, cands[i].y - y);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  if (best >= 0) return [cands[best].x, cands[best].y];
  const { resp, w, h } = level;
  const r = Math.ceil(radius);
  const cx = Math.round(x);
  const cy = Math.round(y);
  const margin = Math.max(2, Math.round(sigma));
  let bx = -1;
  let by = -1;
  let bv = 0;
  for (let yy = cy - r; yy <= cy + r; yy++) {
    if (yy < margin || yy >= h - margin) continue;
    for (let xx = cx - r; xx <= cx + r; xx++) {
      if (xx < margin || xx >= w - margin) continue;
      if ((xx - x) ** 2 + (yy - y) ** 2 > radius * radius) continue;
      const v = resp[yy * w + xx];
      if (v > bv) {
        bv = v;
        bx = xx;
        by = yy;
      }
    }
  }
  if (bx < 0) return null;
  // Reject a maximum on the window's rim (a stronger structure outside, not a corner here).
  if ((bx - x) ** 2 + (by - y) ** 2 > 0.8 * radius * radius) return null;
  return [bx, by];
}

const transpose = (g: Cell[][]): Cell[][] => g[0].map((_, c) => g.map((row) => row[c]));
const flipRows = (g: Cell[][]): Cell[][] => [...g].reverse();

/** Grows the grid on all four sides while every cell of the new row/column is found. */
function grow(level: Level, cands: Cand[], start: Cell[][], maxDim: number, sigma: number): Cell[][] | null {
  let g = start;
  let changed = true;
  while (changed) {
    changed = false;
    // Expand downwards on g, upwards on flipped g, and the same on the transposes.
    for (let side = 0; side < 4; side++) {
      let view = side % 2 === 1 ? flipRows(g) : g;
      if (side >= 2) view = side === 2 ? transpose(g) : flipRows(transpose(g));
      const row = expandDown(level, cands, view, sigma);
      if (!row) continue;
      view = [...view, row];
      g = side === 0 ? view : side === 1 ? flipRows(view) : side === 2 ? transpose(view) : transpose(flipRows(view));
      changed = true;
      if (g.length > maxDim || g[0].length > maxDim) return null;
    }
  }
  return g;
}

function expandDown(level: Level, cands: Cand[], g: Cell[][], sigma: number): Cell[] | null {
  const R = g.length;
  const C = g[0].length;
  const out: Cell[] = [];
  for (let c = 0; c < C; c++) {
    const p1 = g[R - 1][c];
    const p2 = g[R - 2][c];
    let sx = p1[0] - p2[0];
    let sy = p1[1] - p2[1];
    if (R >= 3) {
      const p3 = g[R - 3][c];
      const l0 = Math.hypot(p2[0] - p3[0], p2[1] - p3[1]);
      const ratio = Math.min(1.4, Math.max(0.7, Math.hypot(sx, sy) / l0));
      sx *= ratio;
      sy *= ratio;
    }
    const step = Math.hypot(sx, sy);
    const hit = findNear(level, cands, p1[0] + sx, p1[1] + sy, 0.3 * step, sigma);
    if (!hit) return null;
    // Local steps along the row (a) and down the column (b) at the new corner.
    const nb = c + 1 < C ? g[R - 1][c + 1] : g[R - 1][c - 1];
    let ax = nb[0] - p1[0];
    let ay = nb[1] - p1[1];
    if (c + 1 >= C) {
      ax = -ax;
      ay = -ay;
    }
    const bx = hit[0] - p1[0];
    const by = hit[1] - p1[1];
    const pol = quadrantPolarity(level, hit[0], hit[1], ax, ay, bx, by);
    const prevPol = quadrantPolarity(level, p1[0], p1[1], ax, ay, bx, by);
    if (pol === 0 || pol * prevPol >= 0) return null;
    for (const o of out) if (Math.hypot(o[0] - hit[0], o[1] - hit[1]) < 0.3 * step) return null;
    out.push([hit[0], hit[1], pol]);
  }
  // Neighbours in the new row alternate in polarity too.
  for (let c = 1; c < C; c++) if (out[c][2] * out[c - 1][2] >= 0) return null;
  return out;
}

/** Puts the grid in the canonical order described on findCheckerboardCorners. */
function orderGrid(level: Level, grid: Cell[][], cols: number, rows: number, partial: boolean): Grid {
  let g = grid;
  if (!(g.length === rows && g[0].length === cols)) g = transpose(g);
  const P = (r: number, c: number): Cell => g[r][c];
  const cross = (): number => {
    const a = [P(0, 1)[0] - P(0, 0)[0], P(0, 1)[1] - P(0, 0)[1]];
    const b = [P(1, 0)[0] - P(0, 0)[0], P(1, 0)[1] - P(0, 0)[1]];
    return a[0] * b[1] - a[1] * b[0];
  };
  if (cross() < 0) g = g.map((row) => [...row].reverse());
  const firstCellBrightness = (): number => {
    const p = P(0, 0);
    const a = [P(0, 1)[0] - p[0], P(0, 1)[1] - p[1]];
    const b = [P(1, 0)[0] - p[0], P(1, 0)[1] - p[1]];
    return quadrantPolarity(level, p[0], p[1], a[0], a[1], b[0], b[1]);
  };
  if ((rows + cols) % 2 === 1) {
    if (firstCellBrightness() > 0) g = [...g].reverse().map((row) => [...row].reverse());
  } else if (P(0, 0)[0] + P(0, 0)[1] > P(rows - 1, cols - 1)[0] + P(rows - 1, cols - 1)[1]) {
    g = [...g].reverse().map((row) => [...row].reverse());
  }
  const pts = new Float64Array(rows * cols * 2);
  let contrast = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      pts[2 * (r * cols + c)] = g[r][c][0];
      pts[2 * (r * cols + c) + 1] = g[r][c][1];
      contrast += Math.abs(g[r][c][2]);
    }
  }
  return { partial, cols, rows, pts, contrast: contrast / (rows * cols) };
}

/**
 * Iterative sub-pixel corner refinement: each corner moves to the point q minimising
 * Σ w·(gᵢ·(q − pᵢ))² over a (2·halfWin+1)² window, i.e. where the image gradients in the
 * window are orthogonal to the vectors from the corner (Förstner; the idea behind OpenCV's cornerSubPix).
 * Samples are taken at sub-pixel positions (bilinear) and weighted by a Gaussian of the offset.
 */
export function refineCornersSubPix(img: GrayImage, corners: ArrayLike<number>, halfWin: number, iterations = 30): Float64Array {
  const { width: w, height: h } = img;
  const { gx, gy } = gradients(img);
  const out = Float64Array.from(corners);
  const n = out.length / 2;
  const s2 = 2 * (0.5 * halfWin) ** 2;
  for (let k = 0; k < n; k++) {
    let x = out[2 * k];
    let y = out[2 * k + 1];
    for (let it = 0; it < iterations; it++) {
      let a = 0;
      let b = 0;
      let c = 0;
      let bx = 0;
      let by = 0;
      for (let dy = -halfWin; dy <= halfWin; dy++) {
        for (let dx = -halfWin; dx <= halfWin; dx++) {
          const px = x + dx;
          const py = y + dy;
          const wt = Math.exp(-(dx * dx + dy * dy) / s2);
          const gxx = sampleBilinear(gx, w, h, px, py);
          const gyy = sampleBilinear(gy, w, h, px, py);
          const gxx2 = wt * gxx * gxx;
          const gxy = wt * gxx * gyy;
          const gyy2 = wt * gyy * gyy;
          a += gxx2;
          b += gxy;
          c += gyy2;
          bx += gxx2 * px + gxy * py;
          by += gxy * px + gyy2 * py;
        }
      }
      const det = a * c - b * b;
      if (!(Math.abs(det) > 1e-9)) break;
      const nx = (c * bx - b * by) / det;
      const ny = (a * by - b * bx) / det;
      const moved = Math.hypot(nx - x, ny - y);
      x = nx;
      y = ny;
      if (moved < 1e-3) break;
    }
    out[2 * k] = x;
    out[2 * k + 1] = y;
  }
  return out;
}
