// C3D writer (and a reader for tests) following the C3D file format specification.
// ref: C3D.ORG, "The C3D File Format – A Technical User Guide" (header, parameter section, group and
//      parameter records, floating-point 3D data with the residual / camera-mask word).
//
// File = 512-byte blocks: [header][parameter section][3D data]. Numbers little-endian, processor type
// Intel (84). Points are stored as floats (POINT:SCALE < 0), in millimetres by default, in the
// calibration's world axes (Z up, the usual C3D convention). Per point and frame four floats:
// X, Y, Z and a word that, as a signed 16-bit integer, holds the camera mask in its high byte (bits for
// the first 7 cameras) and the residual / |POINT:SCALE| in its low byte; −1 marks an invalid point and
// 0 a processed (filtered/interpolated) one. openmocap stores the mean reprojection error in *pixels*
// as the residual (there is no 3D residual to give); the OPENMOCAP:RESIDUAL_UNITS parameter says so.

import { UserError } from '../core/errors.ts';
import { getLayout } from '../core/layouts.ts';
import type { Points3D } from '../core/types.ts';

const BLOCK = 512;
const PROCESSOR_INTEL = 84;

/** Options of `encodeC3d` and `writeC3d`. */
export interface EncodeC3dOptions {
  /** Marker labels. @defaultValue the layout's keypoint names */
  labels?: string[];
  /** Units of the stored coordinates ('mm' is what most C3D software expects). @defaultValue "mm" */
  units?: 'mm' | 'm';
  /** Camera names (bit i of the camera mask), stored in OPENMOCAP:CAMERAS. @defaultValue none (no OPENMOCAP:CAMERAS) */
  cameraNames?: string[];
  /**
   * True for filtered or interpolated points: by the C3D convention their residual word is 0 (valid
   * but not measured); false stores residual = reprojection error, camera bits = cameras used.
   * @defaultValue false
   */
  processed?: boolean;
}

type ParamValue = { type: -1; dims: number[]; value: string[] | string } | { type: 1 | 2 | 4; dims: number[]; value: number[] };

interface ParamSpec {
  name: string;
  description?: string;
  param: ParamValue;
}

const ascii = (s: string): number[] =>
  [...s].map((ch) => {
    const c = ch.charCodeAt(0);
    return c < 128 ? c : 63; // '?'
  });

/** Serialises one parameter record's payload after the name: type, dims, data. */
function paramBody(p: ParamValue): number[] {
  const out: number[] = [p.type & 0xff, p.dims.length, ...p.dims];
  if (p.type === -1) {
    const strings = Array.isArray(p.value) ? p.value : [p.value];
    const width = p.dims[0] ?? 0;
    for (const s of strings) out.push(...ascii(s.slice(0, width).padEnd(width, ' ')));
  } else {
    const buf = new DataView(new ArrayBuffer(p.value.length * p.type));
    p.value.forEach((v, i) => {
      if (p.type === 1) buf.setUint8(i, v);
      else if (p.type === 2) buf.setInt16(i * 2, v, true);
      else buf.setFloat32(i * 4, v, true);
    });
    out.push(...new Uint8Array(buf.buffer));
  }
  return out;
}

function charArray(strings: string[]): ParamValue {
  const width = Math.max(1, ...strings.map((s) => s.length));
  return { type: -1, dims: [width, strings.length], value: strings };
}
const charScalar = (s: string): ParamValue => ({ type: -1, dims: [s.length], value: s });
const int16 = (v: number): ParamValue => ({ type: 2, dims: [], value: [v] });
const float32 = (v: number): ParamValue => ({ type: 4, dims: [], value: [v] });

/** Builds the parameter section (with its 4-byte header), padded to whole blocks. */
function parameterSection(groups: { name: string; description: string; params: ParamSpec[] }[]): Uint8Array {
  const bytes: number[] = [0x01, 0x50, 0, PROCESSOR_INTEL];
  const records: number[][] = [];
  groups.forEach((g, gi) => {
    const id = gi + 1;
    const gName = ascii(g.name.toUpperCase());
    const gDesc = ascii(g.description).slice(0, 255);
    records.push([gName.length, -id & 0xff, ...gName, 0, 0, gDesc.length, ...gDesc]);
    for (const p of g.params) {
      const name = ascii(p.name.toUpperCase());
      const desc = ascii(p.description ?? '').slice(0, 255);
      records.push([name.length, id, ...name, 0, 0, ...paramBody(p.param), desc.length, ...desc]);
    }
  });
  for (const rec of records) {
    // Offset word sits after the name: bytes [2 + nameLen, 3 + nameLen]; it counts from its own start
    // to the next record. The last record also points past itself, at zero bytes (name length 0): readers
    // that stop on a zero name length (py-c3d) and readers that follow offsets (ezc3d, BTK) both end there.
    const at = 2 + rec[0];
    const next = rec.length - at;
    rec[at] = next & 0xff;
    rec[at + 1] = (next >> 8) & 0xff;
    bytes.push(...rec);
  }
  bytes.push(0, 0); // terminator: name length 0, group id 0
  const blocks = Math.ceil(bytes.length / BLOCK);
  if (blocks > 255) throw new Error('encodeC3d: parameter section too large');
  bytes[2] = blocks;
  const out = new Uint8Array(blocks * BLOCK);
  out.set(bytes);
  return out;
}

/** Longest capture a C3D file can state exactly: POINT:FRAMES / POINT:LONG_FRAMES are 32-bit floats (24-bit integers). */
export const C3D_MAX_FRAMES = 2 ** 24 - 1;
/** The header's frame fields are 16-bit: from this count on, the count lives in the parameters only. */
const HEADER_MAX_FRAME = 65535;

/**
 * The frame-count parameters, following the C3D User Guide, appendix "The C3D frame count":
 * - POINT:FRAMES is an unsigned 16-bit integer below 65535 frames and a float from 65535 on ("Writing
 *   the C3D frame count": the default method);
 * - from 65535 frames on, POINT:LONG_FRAMES (float, C-Motion) and TRIAL:ACTUAL_START_FIELD /
 *   ACTUAL_END_FIELD (two 16-bit words each, low word first, Vicon) hold the same count, for readers that
 *   follow those conventions ("Maintaining C3D frame count compatibility"); the TRIAL pair is written for
 *   every file (first frame 1, last frame = count);
 * - the header's frame range (words 4 and 5) is 1…count, or 1…65535 past that (same section).
 */
function frameCountParams(frames: number): { point: ParamSpec[]; trial: ParamSpec[] } {
  const long = frames >= HEADER_MAX_FRAME;
  const words = (n: number): number[] => [n & 0xffff, Math.floor(n / 65536) & 0xffff].map((v) => (v > 32767 ? v - 65536 : v));
  return {
    point: [
      { name: 'FRAMES', description: 'number of frames', param: long ? float32(frames) : int16(frames > 32767 ? frames - 65536 : frames) },
      ...(long ? [{ name: 'LONG_FRAMES', description: 'number of frames (float)', param: float32(frames) }] : []),
    ],
    trial: [
      { name: 'ACTUAL_START_FIELD', description: 'first frame (low word, high word)', param: { type: 2, dims: [2], value: words(1) } },
      { name: 'ACTUAL_END_FIELD', description: 'last frame (low word, high word)', param: { type: 2, dims: [2], value: words(frames) } },
    ],
  };
}

/**
 * Encodes 3D points as a C3D file (see the file header for the layout), up to C3D_MAX_FRAMES frames.
 * Header and parameters agree as the User Guide requires and readers check (see checkC3d in
 * c3dCheck.ts): point count = POINT:USED, scale = POINT:SCALE, rate = POINT:RATE, data start =
 * POINT:DATA_START, analog samples per frame = ANALOG:RATE / POINT:RATE, analog words per frame =
 * ANALOG:USED × samples per frame, frame range and frame count parameters as in frameCountParams.
 */
export function encodeC3d(points: Points3D, opts: EncodeC3dOptions = {}): Uint8Array {
  const labels = opts.labels ?? getLayout(points.layout).keypoints;
  if (labels.length !== points.joints) throw new Error(`encodeC3d: ${labels.length} labels for ${points.joints} points`);
  if (points.joints > 255) throw new Error('encodeC3d: more than 255 points');
  if (points.frames > C3D_MAX_FRAMES)
    throw new UserError(
      `C3D export: ${points.frames} frames is more than a C3D file can count (${C3D_MAX_FRAMES}); export TRC or CSV instead, or split the capture`,
    );
  const units = opts.units ?? 'mm';
  const k = units === 'mm' ? 1000 : 1;
  let maxAbs = 0;
  for (const v of points.data) if (Number.isFinite(v)) maxAbs = Math.max(maxAbs, Math.abs(v * k));
  // The spec asks for a real scale even in float files: max coordinate / 32000 (its sign only flags floats).
  const scaleAbs = maxAbs > 0 ? maxAbs / 32000 : 1;
  const scale = -Math.fround(scaleAbs);
  const rate = Math.fround(points.fps);
  // No analog channels. ANALOG:RATE = POINT:RATE × samples per frame (User Guide, ANALOG:RATE), so one
  // (empty) analog sample per frame: header word 10 = 1, header word 3 = ANALOG:USED × 1 = 0.
  const analogPerFrame = 1;
  const analogUsed = 0;
  const frameCount = frameCountParams(points.frames);

  const build = (dataStart: number): Uint8Array =>
    parameterSection([
      {
        name: 'POINT',
        description: '3D point parameters',
        params: [
          { name: 'USED', description: 'number of points per frame', param: int16(points.joints) },
          { name: 'SCALE', description: 'negative: float data; |scale| scales residuals', param: float32(scale) },
          { name: 'RATE', description: 'frames per second', param: float32(rate) },
          { name: 'DATA_START', description: 'first block of 3D data', param: int16(dataStart) },
          ...frameCount.point,
          { name: 'UNITS', description: 'coordinate units', param: charScalar(units) },
          { name: 'LABELS', description: 'point labels', param: charArray(labels) },
          { name: 'DESCRIPTIONS', description: 'point descriptions', param: charArray(labels.map((l) => `${l} (${points.layout})`)) },
        ],
      },
      {
        name: 'ANALOG',
        description: 'no analog data',
        params: [
          { name: 'USED', param: int16(analogUsed) },
          { name: 'RATE', param: float32(rate * analogPerFrame) },
          { name: 'GEN_SCALE', param: float32(1) },
          { name: 'SCALE', param: { type: 4, dims: [0], value: [] } },
          { name: 'OFFSET', param: { type: 2, dims: [0], value: [] } },
          { name: 'LABELS', param: charArray([]) },
          { name: 'DESCRIPTIONS', param: charArray([]) },
          { name: 'UNITS', param: charArray([]) },
        ],
      },
      {
        name: 'TRIAL',
        description: 'trial frame range',
        params: frameCount.trial,
      },
      {
        name: 'OPENMOCAP',
        description: 'written by openmocap',
        params: [
          { name: 'LAYOUT', description: 'keypoint layout', param: charScalar(points.layout) },
          { name: 'RESIDUAL_UNITS', description: 'point residuals are mean reprojection errors in pixels', param: charScalar('px') },
          ...(opts.cameraNames?.length
            ? [{ name: 'CAMERAS', description: 'camera mask bit order', param: charArray(opts.cameraNames) }]
            : []),
        ],
      },
    ]);
  // DATA_START depends on the parameter section's size, which does not depend on DATA_START's value.
  const params = build(2 + build(0).length / BLOCK);
  const dataStart = 2 + params.length / BLOCK;
  const dataBytes = points.frames * points.joints * 16;
  const total = (dataStart - 1) * BLOCK + Math.ceil(dataBytes / BLOCK) * BLOCK;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);

  // Header block (words are 16-bit, numbered from 1 as in the User Guide).
  out[0] = 2; // word 1: parameter section's first block
  out[1] = 0x50; //        and the C3D key
  view.setUint16(2, points.joints, true); // word 2 = POINT:USED
  view.setUint16(4, analogUsed * analogPerFrame, true); // word 3: analog measurements per 3D frame
  view.setUint16(6, 1, true); // word 4: first frame
  view.setUint16(8, Math.min(points.frames, HEADER_MAX_FRAME), true); // word 5: last frame (16-bit; see frameCountParams)
  view.setUint16(10, 0, true); // word 6: max interpolation gap
  view.setFloat32(12, scale, true); // words 7-8 = POINT:SCALE
  view.setUint16(16, dataStart, true); // word 9 = POINT:DATA_START
  view.setUint16(18, analogPerFrame, true); // word 10 = ANALOG:RATE / POINT:RATE
  view.setFloat32(20, rate, true); // words 11-12 = POINT:RATE

  out.set(params, BLOCK);

  // 3D data.
  let o = (dataStart - 1) * BLOCK;
  for (let f = 0; f < points.frames; f++) {
    for (let j = 0; j < points.joints; j++) {
      const i = f * points.joints + j;
      const x = points.data[i * 3] * k,
        y = points.data[i * 3 + 1] * k,
        z = points.data[i * 3 + 2] * k;
      let word: number;
      if (!(Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z))) {
        view.setFloat32(o, 0, true);
        view.setFloat32(o + 4, 0, true);
        view.setFloat32(o + 8, 0, true);
        word = -1;
      } else {
        view.setFloat32(o, x, true);
        view.setFloat32(o + 4, y, true);
        view.setFloat32(o + 8, z, true);
        if (opts.processed) word = 0;
        else {
          const err = points.reprojectionErrorPx[i];
          const residual = Number.isFinite(err) ? Math.min(255, Math.max(1, Math.round(err / scaleAbs))) : 1;
          const cams = points.cameraMask[i] & 0x7f;
          word = (cams << 8) | residual;
        }
      }
      view.setFloat32(o + 12, word, true);
      o += 16;
    }
  }
  return out;
}

/** One decoded parameter. */
export interface C3dParameter {
  group: string;
  name: string;
  type: number;
  dims: number[];
  /** Numbers for numeric types, strings (one per last-dimension entry) for character data. */
  value: number[] | string[];
}

/** A decoded C3D file: marker labels, rate and points. */
export interface C3dData {
  labels: string[];
  rate: number;
  firstFrame: number;
  frames: number;
  units: string;
  scale: number;
  /** [frame][point][x, y, z] in the file's units; NaN for invalid points. */
  points: Float64Array;
  /** [frame][point] residual (low byte × |scale|); −1 invalid, 0 processed. */
  residuals: Float64Array;
  /** [frame][point] camera bits (high byte). */
  cameraMasks: Uint8Array;
  /** Every parameter, keyed "GROUP:NAME". */
  parameters: Map<string, C3dParameter>;
}

/**
 * The frame count by the User Guide's rules ("Reading the frame count"): POINT:FRAMES (16-bit unsigned
 * or float) unless it is 65535, then POINT:LONG_FRAMES, else TRIAL:ACTUAL_END_FIELD − ACTUAL_START_FIELD
 * + 1 (32-bit values of two 16-bit words, low word first), else 65535; the header's range without FRAMES.
 */
function frameCountOf(parameters: Map<string, C3dParameter>, headerCount: number): number {
  const first = (key: string): number | undefined => {
    const p = parameters.get(key);
    if (!p || typeof p.value[0] !== 'number') return undefined;
    return p.type === 2 ? (p.value[0] as number) & 0xffff : (p.value[0] as number);
  };
  const word32 = (key: string): number | undefined => {
    const v = parameters.get(key)?.value;
    return v && v.length >= 2 && typeof v[0] === 'number' ? ((v[0] as number) & 0xffff) + ((v[1] as number) & 0xffff) * 65536 : undefined;
  };
  const frames = first('POINT:FRAMES');
  if (frames === undefined) return headerCount;
  if (frames !== 65535) return Math.round(frames);
  const long = first('POINT:LONG_FRAMES');
  if (long !== undefined) return Math.round(long);
  const start = word32('TRIAL:ACTUAL_START_FIELD');
  const end = word32('TRIAL:ACTUAL_END_FIELD');
  if (start !== undefined && end !== undefined) return Math.max(0, end - start + 1);
  return 65535;
}

/** Parameter data types by the User Guide: −1 character, 1 byte, 2 16-bit integer, 4 float; the size of one element. */
const TYPE_BYTES = new Map([
  [-1, 1],
  [1, 1],
  [2, 2],
  [4, 4],
]);

/**
 * Decodes an Intel-format C3D file's header, parameters and 3D points (integer or float). Every
 * offset and count is checked against the bytes present before anything is read or allocated, so
 * memory follows the file's size; a damaged file gives a one-line UserError naming `fileName`.
 */
export function decodeC3d(bytes: Uint8Array, fileName = 'C3D file'): C3dData {
  const fail = (what: string): never => {
    throw new UserError(`${fileName}: not a readable C3D file (${what}); re-export it from the program that wrote it`);
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 2 * BLOCK) fail(`too short: ${bytes.length} bytes, a header and a parameter block need ${2 * BLOCK}`);
  if (bytes[1] !== 0x50) fail('the second byte is not the C3D key 0x50');
  const paramStart = (bytes[0] - 1) * BLOCK;
  if (paramStart < BLOCK || paramStart + 4 > bytes.length) fail(`the parameter section's block ${bytes[0]} is not in the file`);
  const proc = bytes[paramStart + 3];
  if (proc !== PROCESSOR_INTEL) fail(`processor type ${proc}; only Intel (84) files are read`);
  // The section's declared length; records are read only inside it and inside the bytes present.
  const paramEnd = paramStart + bytes[paramStart + 2] * BLOCK;
  if (paramEnd > bytes.length) fail(`the parameter section declares ${bytes[paramStart + 2]} blocks but the file ends inside it`);

  // ref: C3D.ORG, "The C3D File Format – A Technical User Guide", chapter "The Parameter Section":
  // after the 4-byte section header come group and parameter records, each
  //   byte 1   name length (negative: locked), byte 2 group id (negative: a group, positive: a
  //            parameter of that group), the name, then a signed 16-bit offset from the offset word
  //            itself to the next record (0: this is the last record);
  //   parameters then hold the data type (−1 character, 1 byte, 2 integer, 4 float), the number of
  //            dimensions (0…7, 0 = a scalar), one unsigned byte per dimension, the data (the product
  //            of the dimensions × the type's size), the description length and the description.
  // A record's data lies between its offset word and the next record, so a next record can only lie
  // further on: the walk moves strictly forward (a backward or zero-length step is an error), so it
  // ends after at most one step per byte of the section, and nothing is read past the section's end.
  const groups = new Map<number, string>();
  const raw: { groupId: number; name: string; shown: string; type: number; dims: number[]; pos: number; at: number; end: number }[] = [];
  let pos = paramStart + 4;
  while (pos + 2 <= paramEnd) {
    const nameLen = Math.abs(view.getInt8(pos));
    const id = view.getInt8(pos + 1);
    if (nameLen === 0) break;
    const offPos = pos + 2 + nameLen;
    if (offPos + 2 > paramEnd) fail(`the parameter record at byte ${pos} runs past the end of the parameter section`);
    const name = String.fromCharCode(...bytes.subarray(pos + 2, offPos));
    // Names are letters, digits and underscores (User Guide); a damaged one is not quoted in messages.
    const shown = /^[A-Za-z0-9_]{1,32}$/.test(name) ? `${name} ` : '';
    const next = view.getInt16(offPos, true);
    const nextPos = offPos + next;
    if (next !== 0 && nextPos <= offPos + 1)
      fail(`the parameter record ${shown}at byte ${pos} points back to byte ${nextPos} for the next record`);
    // A record ends where the next begins (or, for the last, at the section's end).
    const end = next === 0 ? paramEnd : Math.min(nextPos, paramEnd);
    if (id < 0) groups.set(-id, name);
    else {
      if (offPos + 4 > end) fail(`the parameter record ${shown}at byte ${pos} is cut short`);
      const type = view.getInt8(offPos + 2);
      const nd = bytes[offPos + 3];
      if (!TYPE_BYTES.has(type)) fail(`parameter ${shown}at byte ${pos} has data type ${type}, not −1, 1, 2 or 4`);
      if (nd > 7) fail(`parameter ${shown}at byte ${pos} has ${nd} dimensions, at most 7 are allowed`);
      const at = offPos + 4 + nd;
      if (at > end) fail(`the parameter record ${shown}at byte ${pos} is cut short`);
      raw.push({ groupId: id, name, shown, type, dims: [...bytes.subarray(offPos + 4, at)], pos, at, end });
    }
    if (next === 0 || nextPos > paramEnd) break;
    pos = nextPos;
  }
  const parameters = new Map<string, C3dParameter>();
  for (const r of raw) {
    const group = groups.get(r.groupId) ?? `#${r.groupId}`;
    const key = `${group}:${r.name}`;
    const groupShown = /^[A-Za-z0-9_#]{1,32}$/.test(group) ? group : '?';
    const count = r.dims.reduce((a, b) => a * b, 1);
    // Character data: dims[0] characters per string, one string per entry of the other dimensions.
    const width = r.type === -1 ? (r.dims[0] ?? 1) : 1;
    const entries = r.type === -1 ? r.dims.slice(1).reduce((a, b) => a * b, 1) : count;
    const room = r.end - r.at;
    // Checked before anything is allocated: the data must fit in its record, and the entries may not
    // outnumber the record's bytes (zero-width strings take no bytes, yet each is an entry). Records
    // do not overlap, so all values together stay within the section's size.
    if (count * TYPE_BYTES.get(r.type)! > room || entries > r.end - r.pos)
      fail(
        `parameter ${r.shown ? `${groupShown}:${r.shown}` : ''}at byte ${r.pos} declares ${r.dims.join(' × ') || '1'} values of ${TYPE_BYTES.get(r.type)} byte(s) but its record holds ${room} bytes`,
      );
    let value: number[] | string[];
    if (r.type === -1) {
      value = Array.from({ length: entries }, (_, i) =>
        String.fromCharCode(...bytes.subarray(r.at + i * width, r.at + (i + 1) * width)).trimEnd(),
      );
    } else {
      value = Array.from({ length: count }, (_, i) =>
        r.type === 1 ? bytes[r.at + i] : r.type === 2 ? view.getInt16(r.at + i * 2, true) : view.getFloat32(r.at + i * 4, true),
      );
    }
    parameters.set(key, { group, name: r.name, type: r.type, dims: r.dims, value });
  }
  const num = (key: string): number | undefined => {
    const p = parameters.get(key);
    return p && typeof p.value[0] === 'number' ? (p.value[0] as number) : undefined;
  };

  // Header words (User Guide, "The header section"); parameters take precedence where both exist.
  const nPoints = view.getUint16(2, true);
  const analogPerFrame = view.getUint16(4, true);
  const firstFrame = view.getUint16(6, true);
  const lastFrame = view.getUint16(8, true);
  const scale = num('POINT:SCALE') ?? view.getFloat32(12, true);
  const dataStartParam = num('POINT:DATA_START');
  const dataStart = dataStartParam === undefined ? view.getUint16(16, true) : dataStartParam & 0xffff; // an unsigned word
  const rate = num('POINT:RATE') ?? view.getFloat32(20, true);
  const frames = frameCountOf(parameters, Math.max(0, lastFrame - firstFrame + 1));
  const used = num('POINT:USED');
  if (used !== undefined && used !== nPoints) fail(`POINT:USED is ${used} but the header says ${nPoints} points`);
  const labelsParam = parameters.get('POINT:LABELS')?.value;
  const labels = labelsParam?.every((l) => typeof l === 'string') ? (labelsParam as string[]) : [];
  if (!Number.isSafeInteger(frames) || frames < 0 || frames > C3D_MAX_FRAMES)
    fail(`the frame count ${frames} is not a count of 0…${C3D_MAX_FRAMES} frames`);
  const float = scale < 0;
  const wordBytes = float ? 4 : 2;
  const frameBytes = (nPoints * 4 + analogPerFrame) * wordBytes;
  const start = (dataStart - 1) * BLOCK;
  if (start < paramEnd) fail(`the 3D data starts at block ${dataStart}, inside the header or the parameter section`);
  // Memory follows the bytes present: frames × points values only when the file holds them.
  if (start + frames * frameBytes > bytes.length) fail(`${frames} frames declared but the data section is truncated`);
  const points = new Float64Array(frames * nPoints * 3);
  const residuals = new Float64Array(frames * nPoints);
  const cameraMasks = new Uint8Array(frames * nPoints);
  const read = (o: number): number => (float ? view.getFloat32(o, true) : view.getInt16(o, true));
  for (let f = 0; f < (nPoints > 0 ? frames : 0); f++) {
    for (let j = 0; j < nPoints; j++) {
      const o = start + f * frameBytes + j * 4 * wordBytes;
      const word = Math.round(read(o + 3 * wordBytes));
      const i = f * nPoints + j;
      if (word < 0) {
        points.fill(NaN, i * 3, i * 3 + 3);
        residuals[i] = -1;
        continue;
      }
      const m = float ? 1 : Math.abs(scale);
      points[i * 3] = read(o) * m;
      points[i * 3 + 1] = read(o + wordBytes) * m;
      points[i * 3 + 2] = read(o + 2 * wordBytes) * m;
      residuals[i] = (word & 0xff) * Math.abs(scale);
      cameraMasks[i] = (word >> 8) & 0x7f;
    }
  }
  const unitsParam = parameters.get('POINT:UNITS')?.value[0];
  return {
    labels,
    rate,
    firstFrame,
    frames,
    units: typeof unitsParam === 'string' ? unitsParam : '',
    scale,
    points,
    residuals,
    cameraMasks,
    parameters,
  };
}
