// Quality figures and warnings for an intrinsic calibration: how much of the image the detected
// corners cover, how tilted the views were, how well the parameters are pinned down.
import type { Warning } from '../core/errors.ts';
import { rotationMatrix } from '../camera/project.ts';
import type { BoardView, IntrinsicsResult } from './intrinsics.ts';

export interface IntrinsicsReport {
  camera: string;
  views: number;
  reprojectionErrorPx: number;
  /** Share of an 8×8 grid of image cells holding at least one detected corner (0..1). */
  coverage: number;
  /** Largest angle between the board normal and the optical axis over the views, degrees. */
  maxTiltDeg: number;
  warnings: Warning[];
}

/** Fraction of cells of a cells×cells grid over the image that hold at least one point. */
export function imageCoverage(views: BoardView[], width: number, height: number, cells = 8): number {
  const hit = new Uint8Array(cells * cells);
  for (const v of views) {
    for (let i = 0; i < v.imagePoints.length; i += 2) {
      const cx = Math.floor((v.imagePoints[i] / width) * cells);
      const cy = Math.floor((v.imagePoints[i + 1] / height) * cells);
      if (cx >= 0 && cy >= 0 && cx < cells && cy < cells) hit[cy * cells + cx] = 1;
    }
  }
  return hit.reduce((a, b) => a + b, 0) / (cells * cells);
}

export function intrinsicsReport(
  camera: string,
  views: BoardView[],
  result: IntrinsicsResult,
  width: number,
  height: number,
  minViews: number,
): IntrinsicsReport {
  const warnings: Warning[] = [];
  const coverage = imageCoverage(views, width, height);
  let maxTiltDeg = 0;
  for (const p of result.poses) {
    const R = rotationMatrix(p.rvec);
    // Board normal (board z axis) in camera coordinates is R's third column.
    maxTiltDeg = Math.max(maxTiltDeg, (Math.acos(Math.min(1, Math.abs(R[8]))) * 180) / Math.PI);
  }
  if (views.length < minViews) {
    warnings.push({
      code: 'few-views',
      message: `${camera}: only ${views.length} views of the board (want ≥ ${minViews}); film it from more positions`,
    });
  }
  if (result.reprojectionErrorPx > 1) {
    warnings.push({
      code: 'high-reprojection-error',
      message: `${camera}: reprojection error ${result.reprojectionErrorPx.toFixed(2)} px (want < 1); check the board is flat and the square size/corner settings match it`,
    });
  }
  if (coverage < 0.35) {
    warnings.push({
      code: 'low-coverage',
      message: `${camera}: detected corners cover only ${(coverage * 100).toFixed(0)} % of the image; hold the board near the image corners and edges too (lens distortion is strongest there)`,
    });
  }
  if (maxTiltDeg < 20) {
    warnings.push({
      code: 'no-tilt',
      message: `${camera}: the board was never tilted more than ${maxTiltDeg.toFixed(0)}° from facing the camera; add views tilted by 30–45° so the focal length is well constrained`,
    });
  }
  const [sfx, , scx, scy] = result.stdDevPx;
  const f = result.matrix[0];
  if (sfx / f > 0.01 || scx > 0.03 * width || scy > 0.03 * height) {
    warnings.push({
      code: 'poorly-constrained',
      message: `${camera}: poorly constrained (σ focal ${sfx.toFixed(1)} px, σ principal point ${scx.toFixed(1)}, ${scy.toFixed(1)} px); add views at other distances and angles`,
    });
  }
  return { camera, views: views.length, reprojectionErrorPx: result.reprojectionErrorPx, coverage, maxTiltDeg, warnings };
}
