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
import { toFixedFast } from './toFixedFast.ts';

export { toFixedFast };

export const POINTS_CSV_HEADER = 'frame,time,joint,x,y,z,reprojection_error_px,cameras';

/** Quotes a CSV cell when it needs it (RFC 4180). */
const cell = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Rows per chunk: each chunk is joined into one flat string while its pieces are still young garbage. */
const CHUNK_ROWS = 2048;

/**
 * Formats points as tidy CSV; `cameraNames[i]` names bit i of the camera mask.
 * Built in flat chunks of rows (not one array of every row): 26 joints × 10,000 frames used to keep
 * 260,000 concatenated row strings alive until the final join, and the garbage collector spent most
 * of the time copying them (see bench/formats.ts); numbers go through toFixedFast.
 */
export function formatPointsCsv(points: Points3D, cameraNames: string[], opts: { decimals?: number } = {}): string {
  return [...pointsCsvChunks(points, cameraNames, opts)].join('');
}

/**
 * The same CSV as formatPointsCsv, as consecutive text chunks of CHUNK_ROWS rows each: what the
 * exporter writes, since an hour of points (tens of millions of rows) is longer than a JavaScript
 * string may be.
 */
export function* pointsCsvChunks(points: Points3D, cameraNames: string[], opts: { decimals?: number } = {}): Generator<string> {
  const decimals = opts.decimals ?? 6;
  const names = getLayout(points.layout).keypoints.map(cell);
  const usedByMask = new Map<number, string>();
  const camerasCell = (mask: number): string => {
    let s = usedByMask.get(mask);
    if (s === undefined) {
      const used: string[] = [];
      for (let c = 0; c < cameraNames.length && c < 32; c++) if (mask & (1 << c)) used.push(cameraNames[c]);
      s = cell(used.join(';'));
      usedByMask.set(mask, s);
    }
    return s;
  };
  const { data, joints } = points;
  yield `${POINTS_CSV_HEADER}\n`;
  let rows: string[] = [];
  for (let f = 0; f < points.frames; f++) {
    const prefix = `${f},${(points.timestampsMs[f] / 1000).toFixed(6)},`;
    for (let j = 0; j < joints; j++) {
      const k = f * joints + j;
      const x = data[k * 3],
        y = data[k * 3 + 1],
        z = data[k * 3 + 2];
      if (!(Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z))) {
        rows.push(`${prefix}${names[j]},,,,,`);
      } else {
        const err = points.reprojectionErrorPx[k];
        rows.push(
          `${prefix}${names[j]},${toFixedFast(x, decimals)},${toFixedFast(y, decimals)},${toFixedFast(z, decimals)},${Number.isFinite(err) ? toFixedFast(err, 3) : ''},${camerasCell(points.cameraMask[k])}`,
        );
      }
      if (rows.length === CHUNK_ROWS) {
        yield `${rows.join('\n')}\n`;
        rows = [];
      }
    }
  }
  if (rows.length > 0) yield `${rows.join('\n')}\n`;
}
