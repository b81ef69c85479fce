// Tidy CSV of 3D points: one row per frame and joint, ready for pandas / R / a spreadsheet.
//
//   frame,time,joint,x,y,z,reprojection_error_px,cameras
//   0,0.000000,Nose,0.123456,-0.654321,1.612345,1.84,cam01;cam02;cam04
//
// frame counts from 0 (the video frame index), time is in seconds, x y z in metres in the
// calibration's world axes (no axis mapping), cameras lists the cameras used, separated by ";".
// A missing point has empty x, y, z, error and cameras.
import { getLayout } from '../core/layouts.ts';
import type { Points3D } from '../core/types.ts';

export const POINTS_CSV_HEADER = 'frame,time,joint,x,y,z,reprojection_error_px,cameras';

/** Quotes a CSV cell when it needs it (RFC 4180). */
const cell = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Formats points as tidy CSV; `cameraNames[i]` names bit i of the camera mask. */
export function formatPointsCsv(points: Points3D, cameraNames: string[], opts: { decimals?: number } = {}): string {
  const decimals = opts.decimals ?? 6;
  const names = getLayout(points.layout).keypoints.map(cell);
  const out: string[] = [POINTS_CSV_HEADER];
  for (let f = 0; f < points.frames; f++) {
    const time = (points.timestampsMs[f] / 1000).toFixed(6);
    for (let j = 0; j < points.joints; j++) {
      const k = f * points.joints + j;
      const [x, y, z] = [points.data[k * 3], points.data[k * 3 + 1], points.data[k * 3 + 2]];
      if (!(Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z))) {
        out.push(`${f},${time},${names[j]},,,,,`);
        continue;
      }
      const err = points.reprojectionErrorPx[k];
      const used: string[] = [];
      const mask = points.cameraMask[k];
      for (let c = 0; c < cameraNames.length && c < 32; c++) if (mask & (1 << c)) used.push(cameraNames[c]);
      out.push(
        `${f},${time},${names[j]},${x.toFixed(decimals)},${y.toFixed(decimals)},${z.toFixed(decimals)},${Number.isFinite(err) ? err.toFixed(3) : ''},${cell(used.join(';'))}`,
      );
    }
  }
  return out.join('\n') + '\n';
}
