// OpenSim / Pose2Sim TRC marker files: tab separated, metres, Y up.
//
//   PathFileType  4  (X/Y/Z)  <file name>
//   DataRate  CameraRate  NumFrames  NumMarkers  Units  OrigDataRate  OrigDataStartFrame  OrigNumFrames
//   60  60  100  26  m  60  1  100
//   Frame#  Time  RHip      RKnee …         (marker names as Pose2Sim's OpenSim marker sets, each followed by two empty cells)
//                 X1  Y1  Z1  X2  Y2  Z2 …
//   1  0.000000  x  y  z …                  (missing markers: empty cells)
//
// Axes: openmocap's world is the calibration's (usually Z up). With axes 'pose2sim' (the default) the
// file holds TRC (X, Y, Z) = world (Y, Z, X), Pose2Sim's mapping from a Z-up world to OpenSim's Y up.
// ref: OpenSim documentation, "Marker (.trc) Files"; Pose2Sim triangulation.py make_trc (conventions only).
import { getLayout, layoutNames } from '../core/layouts.ts';
import { UserError } from '../core/errors.ts';
import type { Points3D } from '../core/types.ts';

export type TrcAxes = 'pose2sim' | 'none';

/** Options of `formatTrc` and `writeTrc`. */
export interface FormatTrcOptions {
  /** Axis mapping; 'pose2sim' writes TRC X, Y, Z = world Y, Z, X (Y up). @defaultValue "pose2sim" */
  axes?: TrcAxes;
  /** File name written in the first header line. @defaultValue "points3d.trc" */
  fileName?: string;
  /** Marker names. @defaultValue the layout's keypoint names */
  markerNames?: string[];
  /** Decimal places for coordinates (metres; 6 = 1 µm). @defaultValue 6 */
  decimals?: number;
}

/** Parsed TRC contents, coordinates as in the file (see trcToWorld to undo an axis mapping). */
export interface TrcData {
  fileName: string;
  dataRate: number;
  cameraRate: number;
  units: string;
  markers: string[];
  frames: number;
  /** Frame numbers from the Frame# column. */
  frameNumbers: Int32Array;
  /** Times in milliseconds from the Time column. */
  timestampsMs: Float64Array;
  /** [frame][marker][x, y, z] in the file's units and axes; NaN for empty cells. */
  data: Float64Array;
}

const fmtNum = (v: number, decimals: number): string => (Number.isFinite(v) ? v.toFixed(decimals) : '');
/** Up to 6 decimals without trailing zeros: 60 → "60", 59.94 → "59.94". */
const fmtRate = (v: number): string => String(Number(v.toFixed(6)));

/** Formats 3D points as a TRC file (frames numbered from 1, time in seconds from the timestamps). */
export function formatTrc(points: Points3D, opts: FormatTrcOptions = {}): string {
  return [...trcChunks(points, opts)].join('');
}

/** Frames per chunk of trcChunks. */
const CHUNK_FRAMES = 1024;

/**
 * The same TRC as formatTrc, as consecutive text chunks (the header, then CHUNK_FRAMES rows each):
 * what the exporter writes, since an hour of points is longer than a JavaScript string may be.
 */
export function* trcChunks(points: Points3D, opts: FormatTrcOptions = {}): Generator<string> {
  const axes = opts.axes ?? 'pose2sim';
  const decimals = opts.decimals ?? 6;
  // By default markers are named and ordered as Pose2Sim's OpenSim marker sets (layouts.ts trcMarkers),
  // so its scaling and IK setups take the file as it is; given names keep the joints' order.
  const layout = opts.markerNames ? undefined : getLayout(points.layout);
  const names = opts.markerNames ?? layout!.trcNames;
  const order = layout ? layout.trcOrder : names.map((_, j) => j);
  if (names.length !== points.joints) throw new Error(`formatTrc: ${names.length} marker names for ${points.joints} joints`);
  const rate = fmtRate(points.fps);
  const lines: string[] = [
    `PathFileType\t4\t(X/Y/Z)\t${opts.fileName ?? 'points3d.trc'}`,
    'DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames',
    [rate, rate, points.frames, points.joints, 'm', rate, 1, points.frames].join('\t'),
    `Frame#\tTime\t${names.join('\t\t\t')}\t\t`,
    `\t\t${names.map((_, i) => `X${i + 1}\tY${i + 1}\tZ${i + 1}`).join('\t')}`,
  ];
  yield `${lines.join('\n')}\n`;
  lines.length = 0;
  const row = new Array<string>(2 + points.joints * 3);
  for (let f = 0; f < points.frames; f++) {
    row[0] = String(f + 1);
    row[1] = (points.timestampsMs[f] / 1000).toFixed(6);
    for (let j = 0; j < points.joints; j++) {
      const i = (f * points.joints + order[j]) * 3;
      const [x, y, z] = [points.data[i], points.data[i + 1], points.data[i + 2]];
      const missing = !(Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z));
      const out = axes === 'pose2sim' ? [y, z, x] : [x, y, z];
      for (let c = 0; c < 3; c++) row[2 + j * 3 + c] = missing ? '' : fmtNum(out[c], decimals);
    }
    lines.push(row.join('\t'));
    if (lines.length === CHUNK_FRAMES) {
      yield `${lines.join('\n')}\n`;
      lines.length = 0;
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

/**
 * Parses a TRC file (tab separated; blank lines skipped). Throws a one-line UserError naming `file`
 * and saying what is wrong.
 */
export function parseTrc(text: string, file = 'TRC file'): TrcData {
  const fail = (what: string): UserError =>
    new UserError(`${file} ${what}; export it again, or check it was written as a TRC (tab-separated) file`);
  const lines = text.split(/\r?\n/);
  if (lines.length < 5 || !lines[0].startsWith('PathFileType'))
    throw fail('is not a TRC file: its first line must start with PathFileType');
  const fileName = lines[0].split('\t')[3] ?? '';
  const keys = lines[1].split('\t');
  const vals = lines[2].split('\t');
  const field = (k: string): string => {
    const i = keys.indexOf(k);
    if (i < 0 || vals[i] === undefined) throw fail(`has no ${k} in its header`);
    return vals[i].trim();
  };
  const numMarkers = Number(field('NumMarkers'));
  const markers = lines[3]
    .split('\t')
    .slice(2)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (markers.length !== numMarkers)
    throw fail(`says ${field('NumMarkers').slice(0, 20)} markers in its header but names ${markers.length}`);
  const rows = lines.slice(5).filter((l) => l.trim().length > 0);
  const frames = rows.length;
  // Every value takes at least its tab: rows far shorter than the markers are a broken file, not
  // a reason to allocate frames × markers cells.
  if (frames * numMarkers * 3 > text.length) throw fail(`has ${frames} rows too short for ${numMarkers} markers`);
  const data = new Float64Array(frames * numMarkers * 3);
  const frameNumbers = new Int32Array(frames);
  const timestampsMs = new Float64Array(frames);
  rows.forEach((line, f) => {
    const cells = line.split('\t');
    frameNumbers[f] = Number(cells[0]);
    timestampsMs[f] = Number(cells[1]) * 1000;
    for (let k = 0; k < numMarkers * 3; k++) {
      const c = cells[2 + k];
      data[f * numMarkers * 3 + k] = c === undefined || c.trim() === '' ? NaN : Number(c);
    }
  });
  return {
    fileName,
    dataRate: Number(field('DataRate')),
    cameraRate: Number(field('CameraRate')),
    units: field('Units'),
    markers,
    frames,
    frameNumbers,
    timestampsMs,
    data,
  };
}

/** Undoes formatTrc's axis mapping: TRC (X, Y, Z) = world (Y, Z, X) → world (X, Y, Z) = TRC (Z, X, Y). */
export function trcToWorld(data: Float64Array, axes: TrcAxes = 'pose2sim'): Float64Array {
  if (axes === 'none') return data.slice();
  const out = new Float64Array(data.length);
  for (let i = 0; i < data.length; i += 3) {
    out[i] = data[i + 2];
    out[i + 1] = data[i];
    out[i + 2] = data[i + 1];
  }
  return out;
}

/**
 * The layout a TRC file's markers belong to, and the keypoint each column holds: files written by
 * formatTrc (Pose2Sim marker names and order) and older files in the layout's own order are both
 * recognised. Undefined when the markers are no layout's.
 */
export function layoutOfTrcMarkers(markers: string[]): { layout: string; keypointOfColumn: number[] } | undefined {
  for (const name of layoutNames()) {
    const l = getLayout(name);
    if (l.trcNames.length === markers.length && l.trcNames.every((k, i) => k === markers[i]))
      return { layout: name, keypointOfColumn: l.trcOrder };
    if (l.keypoints.length === markers.length && l.keypoints.every((k, i) => k === markers[i]))
      return { layout: name, keypointOfColumn: l.keypoints.map((_, i) => i) };
  }
  return undefined;
}
