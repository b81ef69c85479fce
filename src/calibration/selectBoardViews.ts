// Choosing the board views of a calibration video worth solving with: frames spread over the whole
// video, minus blurred ones (the board moved while the shutter was open) and minus near-duplicates
// (the board held still, or the camera idle), which add no information but weight one pose heavily.
// Pure functions over typed arrays.

import type { GrayImage } from './grayImage.ts';
import type { BoardView } from './intrinsics.ts';
import { upperMedian } from '../core/stats.ts';

/**
 * Blur of the board in one view, as the standard deviation (pixels) of a Gaussian that would blur
 * a sharp edge that much: around each detected corner, the intensity range (contrast) divided by
 * the steepest gradient times √(2π) (a step of height C blurred by σ has slope C / (σ√(2π)));
 * the median over corners. The steepest gradient is taken along x and along y separately and the
 * blurrier of the two kept, so motion blur (which smears one direction only) counts fully.
 * A sharp, anti-aliased view gives ≈ 0.5–1 px; motion blur several px.
 * ref: edge-width blur estimation, e.g. Marziliano et al., "A no-reference perceptual blur metric", ICIP 2002.
 */
export function boardBlurPx(img: GrayImage, imagePoints: Float64Array): number {
  const n = imagePoints.length / 2;
  if (n === 0) return NaN;
  // Window: a third of the typical corner spacing (so it holds the edges meeting at the corner).
  const spacing = cornerSpacingPx(imagePoints);
  const half = Math.max(3, Math.min(12, Math.round(spacing / 3)));
  const { width: w, height: h, data } = img;
  const sigmas: number[] = [];
  for (let i = 0; i < n; i++) {
    const cx = Math.round(imagePoints[2 * i]);
    const cy = Math.round(imagePoints[2 * i + 1]);
    if (cx - half < 1 || cy - half < 1 || cx + half >= w - 1 || cy + half >= h - 1) continue;
    let lo = Infinity;
    let hi = -Infinity;
    let gxMax = 0;
    let gyMax = 0;
    for (let y = cy - half; y <= cy + half; y++) {
      for (let x = cx - half; x <= cx + half; x++) {
        const v = data[y * w + x];
        if (v < lo) lo = v;
        if (v > hi) hi = v;
        gxMax = Math.max(gxMax, Math.abs(0.5 * (data[y * w + x + 1] - data[y * w + x - 1])));
        gyMax = Math.max(gyMax, Math.abs(0.5 * (data[(y + 1) * w + x] - data[(y - 1) * w + x])));
      }
    }
    const g = Math.min(gxMax, gyMax);
    if (hi - lo < 10 || g <= 0) continue;
    sigmas.push((hi - lo) / (g * Math.sqrt(2 * Math.PI)));
  }
  if (sigmas.length === 0) return NaN;
  return upperMedian(sigmas);
}

/** Median distance from each corner to its nearest neighbour, pixels (Infinity for fewer than 2 corners). */
export function cornerSpacingPx(imagePoints: Float64Array): number {
  const n = imagePoints.length / 2;
  if (n < 2) return Infinity;
  const d: number[] = [];
  for (let i = 0; i < n; i++) {
    let m = Infinity;
    for (let j = 0; j < n; j++)
      if (j !== i) m = Math.min(m, Math.hypot(imagePoints[2 * i] - imagePoints[2 * j], imagePoints[2 * i + 1] - imagePoints[2 * j + 1]));
    d.push(m);
  }
  return upperMedian(d);
}

/** Mean image distance (pixels) between two views of the board, over the corners both show; Infinity when they cannot be compared. */
export function viewDistancePx(a: BoardView, b: BoardView): number {
  if (a.ids && b.ids) {
    const at = new Map<number, number>();
    a.ids.forEach((id, k) => at.set(id, k));
    let s = 0;
    let n = 0;
    b.ids.forEach((id, k) => {
      const j = at.get(id);
      if (j === undefined) return;
      s += Math.hypot(a.imagePoints[2 * j] - b.imagePoints[2 * k], a.imagePoints[2 * j + 1] - b.imagePoints[2 * k + 1]);
      n++;
    });
    return n >= 4 ? s / n : Infinity;
  }
  // Without corner ids (partial checkerboard grids): compare the corners of the points' bounding boxes.
  const box = (v: BoardView): number[] => {
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (let i = 0; i < v.imagePoints.length; i += 2) {
      x0 = Math.min(x0, v.imagePoints[i]);
      x1 = Math.max(x1, v.imagePoints[i]);
      y0 = Math.min(y0, v.imagePoints[i + 1]);
      y1 = Math.max(y1, v.imagePoints[i + 1]);
    }
    return [x0, y0, x1, y1];
  };
  if (a.imagePoints.length !== b.imagePoints.length) return Infinity;
  const p = box(a);
  const q = box(b);
  return (Math.hypot(p[0] - q[0], p[1] - q[1]) + Math.hypot(p[2] - q[2], p[3] - q[3])) / 2;
}

export interface CandidateView {
  view: BoardView;
  /** From boardBlurPx. */
  blurPx: number;
}

export interface SelectViewsOptions {
  width: number;
  height: number;
  /** A view is a duplicate when its corners lie within this share of the image diagonal of a kept view's. Defaults to 0.02. */
  duplicateShare?: number;
  /**
   * A view is blurred when its blur exceeds this many times the sharp views' blur (25th percentile)
   * and 1 px, both in pixels and relative to its corner spacing (a near board shows the same lens
   * softness over more pixels than a far one: on real photos edge width grows with square size, so
   * only a view blurred on both counts is dropped). Defaults to 2.
   */
  blurRatio?: number;
}

export interface SelectedViews {
  views: BoardView[];
  blurred: number;
  duplicates: number;
}

/**
 * Keeps the views worth calibrating with, in their original (time) order: drops blurred views
 * (relative to the sharpest views of the same video), then every view that nearly repeats one
 * already kept.
 */
export function selectBoardViews(candidates: CandidateView[], opts: SelectViewsOptions): SelectedViews {
  const ratio = opts.blurRatio ?? 2;
  const q25 = (xs: number[]): number => {
    const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
    return v.length ? v[Math.floor(0.25 * (v.length - 1))] : NaN;
  };
  const relBlur = candidates.map((c) => c.blurPx / cornerSpacingPx(c.view.imagePoints));
  const sharp = q25(candidates.map((c) => c.blurPx));
  const maxBlur = Math.max(1, ratio * sharp);
  const maxRel = ratio * q25(relBlur);
  const minMove = (opts.duplicateShare ?? 0.02) * Math.hypot(opts.width, opts.height);
  const kept: BoardView[] = [];
  let blurred = 0;
  let duplicates = 0;
  for (const [i, c] of candidates.entries()) {
    if (Number.isFinite(sharp) && c.blurPx > maxBlur && !(relBlur[i] <= maxRel)) {
      blurred++;
      continue;
    }
    if (kept.some((k) => viewDistancePx(k, c.view) < minMove)) {
      duplicates++;
      continue;
    }
    kept.push(c.view);
  }
  return { views: kept, blurred, duplicates };
}
