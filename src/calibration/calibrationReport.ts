// The calibration report: what `openmocap calibrate` found per camera (views, reprojection error,
// how much of the image the detected corners cover), where the world frame was put, warnings and
// what is still missing — as data (JSON) and as a short Markdown page for people. Pure.
import type { Warning } from '../core/errors.ts';
import type { IntrinsicsReport } from './intrinsicsReport.ts';

export interface CameraIntrinsicsReport extends IntrinsicsReport {
  /** The photos folder or video the views came from. */
  source: string;
  /** Photos or video frames looked at. */
  looked: number;
  /** Views with the board found. */
  found: number;
  /** Views skipped as blurred / as near-repeats of a kept view (videos only). */
  blurred: number;
  duplicates: number;
  width: number;
  height: number;
  focalPx: [number, number];
  principalPointPx: [number, number];
}

export interface CameraExtrinsicsReport {
  camera: string;
  source: string;
  /** Synchronised frames in which the camera saw the board (and its pose could be used). */
  views: number;
  /** Of those, frames in which another camera saw the board too (these place the camera). */
  sharedViews: number;
  reprojectionErrorPx: number;
  /** Share of an 8×8 grid of image cells holding a detected board corner (0..1). */
  coverage: number;
  /** Camera centre in the world frame, metres. */
  positionM: [number, number, number];
}

export interface CalibrationReport {
  session: string;
  /** e.g. "ChArUco board 7×5 squares, DICT_4X4_250". */
  board: string;
  squareSizeMm: number;
  intrinsics: CameraIntrinsicsReport[];
  extrinsics: CameraExtrinsicsReport[];
  /** Where the world frame is, in words (null without extrinsics). */
  worldFrame: string | null;
  /** RMS reprojection error of the bundle adjustment over all cameras, pixels (null without extrinsics). */
  extrinsicsErrorPx: number | null;
  warnings: Warning[];
  missing: string[];
}

const pct = (x: number): string => `${(x * 100).toFixed(0)} %`;
const px = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '–');

/** The report as Markdown: one table per stage, then the world frame, warnings and what is missing. */
export function formatCalibrationReport(r: CalibrationReport): string {
  const out: string[] = [`# Calibration report — ${r.session}`, '', `Board: ${r.board}, squares ${r.squareSizeMm} mm.`, ''];
  if (r.intrinsics.length) {
    out.push(
      '## Intrinsics (lens of each camera)',
      '',
      '| camera | source | looked | board found | used | skipped blurred / repeats | reprojection px | coverage | max tilt | focal px | principal point px |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const c of r.intrinsics) {
      out.push(
        `| ${c.camera} | ${c.source} | ${c.looked} | ${c.found} | ${c.views} | ${c.blurred} / ${c.duplicates} | ${px(c.reprojectionErrorPx)} | ${pct(c.coverage)} | ${c.maxTiltDeg.toFixed(0)}° | ` +
          `${c.focalPx[0].toFixed(1)}, ${c.focalPx[1].toFixed(1)} | ${c.principalPointPx[0].toFixed(1)}, ${c.principalPointPx[1].toFixed(1)} |`,
      );
    }
    out.push(
      '',
      'Reprojection error under 0.5 px is good, over 1 px suspect. Coverage is the share of the image (8×8 cells) where a corner was detected: aim for over 50 %, including the edges and corners.',
      '',
    );
  }
  if (r.extrinsics.length) {
    out.push(
      '## Extrinsics (camera positions)',
      '',
      `Bundle adjustment over all cameras and board poses: ${px(r.extrinsicsErrorPx ?? NaN)} px RMS.`,
      '',
      '| camera | source | board frames | shared with another camera | reprojection px | coverage | position x, y, z (m) |',
      '|---|---|---:|---:|---:|---:|---|',
    );
    for (const e of r.extrinsics) {
      out.push(
        `| ${e.camera} | ${e.source} | ${e.views} | ${e.sharedViews} | ${px(e.reprojectionErrorPx)} | ${pct(e.coverage)} | ${e.positionM.map((v) => v.toFixed(3)).join(', ')} |`,
      );
    }
    out.push('');
  }
  if (r.worldFrame) out.push(`World frame: ${r.worldFrame}.`, '');
  if (r.warnings.length) {
    out.push('## Warnings', '');
    for (const w of r.warnings) out.push(`- ${w.message}`);
    out.push('');
  }
  if (r.missing.length) {
    out.push('## Still needed', '');
    for (const m of r.missing) out.push(`- ${m}`);
    out.push('');
  }
  return out.join('\n');
}
