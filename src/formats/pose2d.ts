// The project's compact per-camera 2D keypoint format, `pose2d/<camera>.pose2d`.
//
// Layout (all numbers little-endian, every section 8-byte aligned):
//
//   offset 0   8 bytes   magic "OMPOSE2D"
//   offset 8   uint32    header length H in bytes (UTF-8 JSON, padded with spaces to 8-byte alignment)
//   offset 12  uint32    reserved (0)
//   offset 16  H bytes   JSON header: { format, version, camera, layout, model, imageWidth, imageHeight,
//                        fps, frames, persons, joints, sections }
//   then       float32   data       frames·persons·joints·3   [frame][person][joint][x, y, score]
//              int32     trackIds   frames·persons            (padded to 8 bytes)
//              float64   timestampsMs frames
//
// The header repeats each section's byte offset and length, so a reader can check them against the
// shape fields; decode refuses anything inconsistent with a UserError naming the file.
import { UserError } from '../core/errors.ts';
import { canonicalLayoutName, getLayout, layoutNames } from '../core/layouts.ts';
import type { PoseSequence2D } from '../core/types.ts';

export const POSE2D_MAGIC = 'OMPOSE2D';
/** Current version written; decode accepts versions ≤ this. */
export const POSE2D_VERSION = 1;
/** File extension (with dot). */
export const POSE2D_EXTENSION = '.pose2d';

const PREFIX_BYTES = 16;

interface Section {
  offset: number;
  bytes: number;
}

interface Pose2dHeader {
  format: 'openmocap-pose2d';
  version: number;
  camera: string;
  layout: string;
  model: string | null;
  imageWidth: number;
  imageHeight: number;
  fps: number;
  frames: number;
  persons: number;
  joints: number;
  sections: { data: Section; trackIds: Section; timestampsMs: Section };
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function sectionsFor(start: number, frames: number, persons: number, joints: number): Pose2dHeader['sections'] {
  const dataBytes = frames * persons * joints * 3 * 4;
  const trackBytes = frames * persons * 4;
  const tsBytes = frames * 8;
  const data = { offset: start, bytes: dataBytes };
  const trackIds = { offset: align8(start + dataBytes), bytes: trackBytes };
  const timestampsMs = { offset: align8(trackIds.offset + trackBytes), bytes: tsBytes };
  return { data, trackIds, timestampsMs };
}

function checkShape(seq: PoseSequence2D): void {
  const { frames, persons, joints } = seq;
  for (const [k, v] of Object.entries({ frames, persons, joints })) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`encodePose2d: ${k} must be a non-negative integer, got ${v}`);
  }
  if (seq.data.length !== frames * persons * joints * 3)
    throw new Error(
      `encodePose2d: data has ${seq.data.length} values, expected frames·persons·joints·3 = ${frames * persons * joints * 3}`,
    );
  if (seq.trackIds.length !== frames * persons)
    throw new Error(`encodePose2d: trackIds has ${seq.trackIds.length} values, expected ${frames * persons}`);
  if (seq.timestampsMs.length !== frames)
    throw new Error(`encodePose2d: timestampsMs has ${seq.timestampsMs.length} values, expected ${frames}`);
}

/** Encodes one camera's 2D keypoints into the `.pose2d` byte format. */
export function encodePose2d(seq: PoseSequence2D): Uint8Array {
  checkShape(seq);
  const base = {
    format: 'openmocap-pose2d' as const,
    version: POSE2D_VERSION,
    camera: seq.camera,
    layout: seq.layout,
    model: seq.model ?? null,
    imageWidth: seq.imageWidth,
    imageHeight: seq.imageHeight,
    fps: seq.fps,
    frames: seq.frames,
    persons: seq.persons,
    joints: seq.joints,
  };
  // The header length depends on the section offsets, which depend on the header length:
  // iterate until the padded length is stable (at most a couple of rounds).
  let headerBytes = 0;
  let json = '';
  for (let round = 0; round < 4; round++) {
    const sections = sectionsFor(PREFIX_BYTES + headerBytes, seq.frames, seq.persons, seq.joints);
    json = JSON.stringify({ ...base, sections } satisfies Pose2dHeader);
    const needed = align8(new TextEncoder().encode(json).length);
    if (needed <= headerBytes) break;
    headerBytes = needed;
  }
  const sections = sectionsFor(PREFIX_BYTES + headerBytes, seq.frames, seq.persons, seq.joints);
  const total = sections.timestampsMs.offset + sections.timestampsMs.bytes;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(POSE2D_MAGIC), 0);
  view.setUint32(8, headerBytes, true);
  view.setUint32(12, 0, true);
  const headerUtf8 = new TextEncoder().encode(json);
  out.fill(0x20, PREFIX_BYTES, PREFIX_BYTES + headerBytes);
  out.set(headerUtf8, PREFIX_BYTES);
  if (LITTLE_ENDIAN) {
    out.set(new Uint8Array(seq.data.buffer, seq.data.byteOffset, seq.data.byteLength), sections.data.offset);
    out.set(new Uint8Array(seq.trackIds.buffer, seq.trackIds.byteOffset, seq.trackIds.byteLength), sections.trackIds.offset);
    out.set(
      new Uint8Array(seq.timestampsMs.buffer, seq.timestampsMs.byteOffset, seq.timestampsMs.byteLength),
      sections.timestampsMs.offset,
    );
  } else {
    seq.data.forEach((v, i) => view.setFloat32(sections.data.offset + i * 4, v, true));
    seq.trackIds.forEach((v, i) => view.setInt32(sections.trackIds.offset + i * 4, v, true));
    seq.timestampsMs.forEach((v, i) => view.setFloat64(sections.timestampsMs.offset + i * 8, v, true));
  }
  return out;
}

function corrupt(file: string, what: string): UserError {
  return new UserError(`${file} is not a valid .pose2d file (${what}); delete it and rerun "openmocap detect" to recreate it`);
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Bytes of a `.pose2d` file's prefix (magic, header length, reserved). */
export const POSE2D_PREFIX_BYTES = PREFIX_BYTES;

/**
 * From a `.pose2d` file's first POSE2D_PREFIX_BYTES bytes: the length of prefix + header, i.e. how
 * many bytes decodePose2dHeader needs. UserError naming `file` when it is not a pose2d file.
 */
export function pose2dHeadLength(prefix: Uint8Array, file = 'pose2d file'): number {
  if (prefix.length < PREFIX_BYTES) throw corrupt(file, `only ${prefix.length} bytes`);
  const magic = new TextDecoder().decode(prefix.subarray(0, 8));
  if (magic !== POSE2D_MAGIC) throw corrupt(file, 'wrong magic bytes');
  return PREFIX_BYTES + new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength).getUint32(8, true);
}

/** A `.pose2d` file's description, without its keypoints: shape, metadata and where each section lies. */
export type Pose2dHead = Omit<PoseSequence2D, 'data' | 'trackIds' | 'timestampsMs'> & { sections: Pose2dHeader['sections'] };

/**
 * Reads and checks a `.pose2d` file's header from its first bytes (`head`, at least
 * pose2dHeadLength of them) and its total size, as decodePose2d does: a UserError naming `file`
 * when the header is unreadable, from a newer version, or does not match the file's size.
 */
export function decodePose2dHeader(head: Uint8Array, fileBytes: number, file = 'pose2d file'): Pose2dHead {
  const headLength = pose2dHeadLength(head, file);
  if (headLength > fileBytes || headLength > head.length) throw corrupt(file, 'truncated header');
  let h: Pose2dHeader;
  try {
    h = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(PREFIX_BYTES, headLength)));
  } catch {
    throw corrupt(file, 'unreadable header');
  }
  if (typeof h !== 'object' || h === null || h.format !== 'openmocap-pose2d') throw corrupt(file, 'unknown header format');
  if (typeof h.version !== 'number' || h.version < 1) throw corrupt(file, `bad version ${String(h.version)}`);
  if (h.version > POSE2D_VERSION)
    throw new UserError(
      `${file} was written by a newer openmocap (pose2d version ${h.version}, this one reads ≤ ${POSE2D_VERSION}); update openmocap`,
    );
  if (typeof h.camera !== 'string' || typeof h.layout !== 'string') throw corrupt(file, 'camera or layout missing');
  for (const k of ['frames', 'persons', 'joints', 'imageWidth', 'imageHeight'] as const) {
    if (!isCount(h[k])) throw corrupt(file, `${k} is ${String(h[k])}`);
  }
  const layout = canonicalLayoutName(h.layout);
  if (!layout) throw corrupt(file, `unknown keypoint layout "${h.layout}" (known: ${layoutNames().join(', ')})`);
  if (h.joints !== getLayout(layout).keypoints.length)
    throw corrupt(file, `${h.joints} joints per person, but layout ${h.layout} has ${getLayout(layout).keypoints.length}`);
  if (typeof h.fps !== 'number' || !Number.isFinite(h.fps) || h.fps < 0) throw corrupt(file, `fps is ${String(h.fps)}`);
  const expected = sectionsFor(headLength, h.frames, h.persons, h.joints);
  for (const name of ['data', 'trackIds', 'timestampsMs'] as const) {
    const s = h.sections?.[name];
    if (!s || s.offset !== expected[name].offset || s.bytes !== expected[name].bytes)
      throw corrupt(file, `section ${name} does not match frames=${h.frames} persons=${h.persons} joints=${h.joints}`);
  }
  const end = expected.timestampsMs.offset + expected.timestampsMs.bytes;
  if (fileBytes < end) throw corrupt(file, `truncated: ${fileBytes} bytes, expected ${end}`);
  if (fileBytes > end) throw corrupt(file, `${fileBytes - end} unexpected trailing bytes`);
  const out: Pose2dHead = {
    camera: h.camera,
    layout: h.layout,
    imageWidth: h.imageWidth,
    imageHeight: h.imageHeight,
    fps: h.fps,
    frames: h.frames,
    persons: h.persons,
    joints: h.joints,
    sections: expected,
  };
  if (typeof h.model === 'string') out.model = h.model;
  return out;
}

/**
 * Decodes a `.pose2d` file. Throws a UserError naming `file` when the bytes are truncated,
 * not a pose2d file, from a newer version, or internally inconsistent.
 */
export function decodePose2d(bytes: Uint8Array, file = 'pose2d file'): PoseSequence2D {
  const { sections: expected, ...h } = decodePose2dHeader(bytes, bytes.length, file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n3 = h.frames * h.persons * h.joints * 3;
  const data = new Float32Array(n3);
  const trackIds = new Int32Array(h.frames * h.persons);
  const timestampsMs = new Float64Array(h.frames);
  if (LITTLE_ENDIAN) {
    // Copy into fresh (aligned) buffers: the input may sit at any byte offset.
    new Uint8Array(data.buffer).set(bytes.subarray(expected.data.offset, expected.data.offset + expected.data.bytes));
    new Uint8Array(trackIds.buffer).set(bytes.subarray(expected.trackIds.offset, expected.trackIds.offset + expected.trackIds.bytes));
    new Uint8Array(timestampsMs.buffer).set(
      bytes.subarray(expected.timestampsMs.offset, expected.timestampsMs.offset + expected.timestampsMs.bytes),
    );
  } else {
    for (let i = 0; i < data.length; i++) data[i] = view.getFloat32(expected.data.offset + i * 4, true);
    for (let i = 0; i < trackIds.length; i++) trackIds[i] = view.getInt32(expected.trackIds.offset + i * 4, true);
    for (let i = 0; i < timestampsMs.length; i++) timestampsMs[i] = view.getFloat64(expected.timestampsMs.offset + i * 8, true);
  }
  // Times must be numbers that go forward: a NaN or a step back would reach the exports' Time columns.
  for (let f = 0; f < timestampsMs.length; f++) {
    if (!Number.isFinite(timestampsMs[f])) throw corrupt(file, `timestamp of frame ${f} is ${timestampsMs[f]}`);
    if (f > 0 && timestampsMs[f] < timestampsMs[f - 1])
      throw corrupt(file, `timestamps go backwards at frame ${f}: ${timestampsMs[f - 1]} ms, then ${timestampsMs[f]} ms`);
  }
  const seq: PoseSequence2D = {
    camera: h.camera,
    layout: h.layout,
    imageWidth: h.imageWidth,
    imageHeight: h.imageHeight,
    fps: h.fps,
    frames: h.frames,
    persons: h.persons,
    joints: h.joints,
    data,
    trackIds,
    timestampsMs,
  };
  if (typeof h.model === 'string') seq.model = h.model;
  return seq;
}
