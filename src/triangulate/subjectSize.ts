// The subject's apparent size in each camera over time, for outlier thresholds that scale with
// it: a pose detector's error grows with the person's size in the image (the network sees a
// crop resized to a fixed input), so a fixed pixel threshold is too strict for a near person and
// too lax for a far one.
//
// Size = the longer side of the box around the subject's confident 2D keypoints, trimmed by one
// keypoint at each side (a single wrong keypoint far from the body does not inflate it), then a
// running median over ±SIZE_WINDOW_FRAMES frames sampled every SIZE_STEP_FRAMES (several wrong
// keypoints in a few frames do not either). Pure: no I/O.

import type { Pose2DInput } from '../core/types.ts';
import { FrameWindow } from '../core/frameWindow.ts';

/** Half-width of the running median over time, frames. */
export const SIZE_WINDOW_FRAMES = 15;
/** Spacing of the samples in that window, frames. */
export const SIZE_STEP_FRAMES = 5;

/**
 * Size (px, calibration pixels) of the subject in frame f of camera c at [f·C + c]; NaN when the
 * camera does not see the subject with at least 4 keypoints in the window.
 * selection[f·C + c] is the person slot used as the subject (−1 = none); pixelScale[2c], [2c + 1] convert
 * 2D-keypoint pixels to calibration pixels. The keypoints are read through `window`, frame by frame.
 */
export function subjectSizePx(
  sequences: Pose2DInput[],
  selection: Int32Array,
  frames: number,
  minScore: number,
  pixelScale: ArrayLike<number>,
  window: FrameWindow = new FrameWindow(sequences),
): Float64Array {
  const C = sequences.length;
  const raw = new Float64Array(frames * C).fill(NaN);
  for (let f = 0; f < frames; f++) {
    window.ensure(f);
    for (let c = 0; c < C; c++) {
      const q = sequences[c];
      if (f >= q.frames) continue;
      const J = q.joints,
        data = window.data[c];
      const slot = selection[f * C + c];
      if (slot < 0) continue;
      // Second smallest and second largest coordinate in one pass.
      let x0 = Infinity,
        x1 = Infinity,
        X0 = -Infinity,
        X1 = -Infinity;
      let y0 = Infinity,
        y1 = Infinity,
        Y0 = -Infinity,
        Y1 = -Infinity;
      let n = 0;
      const o0 = window.offset(f, q.persons, slot, J, 0);
      for (let j = 0; j < J; j++) {
        const o = o0 + 3 * j;
        const u = data[o],
          v = data[o + 1],
          score = data[o + 2];
        if (!(score >= minScore && score <= 1e3) || !Number.isFinite(u) || !Number.isFinite(v)) continue;
        n++;
        if (u < x0) {
          x1 = x0;
          x0 = u;
        } else if (u < x1) x1 = u;
        if (u > X0) {
          X1 = X0;
          X0 = u;
        } else if (u > X1) X1 = u;
        if (v < y0) {
          y1 = y0;
          y0 = v;
        } else if (v < y1) y1 = v;
        if (v > Y0) {
          Y1 = Y0;
          Y0 = v;
        } else if (v > Y1) Y1 = v;
      }
      if (n < 4) continue;
      raw[f * C + c] = Math.max((X1 - x1) * pixelScale[2 * c], (Y1 - y1) * pixelScale[2 * c + 1]);
    }
  }
  // Running median over ±SIZE_WINDOW_FRAMES, sampled every SIZE_STEP_FRAMES frames (7 samples: a
  // burst of bad frames shorter than the step spoils at most one of them).
  const out = new Float64Array(frames * C).fill(NaN);
  const win = new Float64Array(2 * Math.floor(SIZE_WINDOW_FRAMES / SIZE_STEP_FRAMES) + 1);
  for (let c = 0; c < C; c++) {
    for (let f = 0; f < frames; f++) {
      let n = 0;
      for (let g = f - SIZE_WINDOW_FRAMES; g <= f + SIZE_WINDOW_FRAMES; g += SIZE_STEP_FRAMES) {
        if (g < 0 || g >= frames) continue;
        const v = raw[g * C + c];
        if (Number.isNaN(v)) continue;
        // Insertion sort as the samples arrive.
        let i = n++;
        while (i > 0 && win[i - 1] > v) {
          win[i] = win[i - 1];
          i--;
        }
        win[i] = v;
      }
      if (n === 0) continue;
      const m = n >> 1;
      out[f * C + c] = n % 2 ? win[m] : (win[m - 1] + win[m]) / 2;
    }
  }
  return out;
}
