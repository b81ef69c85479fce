// The internal carrier of Points3D between stages (output/points3d_raw.p3d, output/points3d.p3d):
// exact typed arrays (no rounding as in TRC), plus a JSON header for metadata such as the camera
// names behind cameraMask. Pure: bytes in, bytes out.
//
// Layout (little-endian): "OMP3D1\n\0" (8 bytes) · uint32 header length · header JSON (UTF-8) ·
// zero padding to a multiple of 8 · data Float64[frames·joints·3] · timestampsMs Float64[frames] ·
// reprojectionErrorPx Float32[frames·joints] · cameraMask Uint32[frames·joints].
import { UserError } from '../core/errors.ts';
import type { Points3D } from '../core/types.ts';

const MAGIC = 'OMP3D1\n\0';
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type TypedArrayKind = Float64ArrayConstructor | Float32ArrayConstructor | Uint32ArrayConstructor;

/** Copies a typed array's elements into bytes at `offset`, little-endian (one bulk copy on little-endian hosts). */
function writeLittleEndian(bytes: Uint8Array, offset: number, values: Float64Array | Float32Array | Uint32Array): void {
  const raw = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  if (LITTLE_ENDIAN) bytes.set(raw, offset);
  else
    for (let i = 0; i < raw.length; i += values.BYTES_PER_ELEMENT)
      for (let b = 0; b < values.BYTES_PER_ELEMENT; b++) bytes[offset + i + b] = raw[i + values.BYTES_PER_ELEMENT - 1 - b];
}

/** Fills a fresh (aligned) typed array from little-endian bytes at any offset (one bulk copy on little-endian hosts). */
function readLittleEndian(bytes: Uint8Array, offset: number, out: Float64Array | Float32Array | Uint32Array): void {
  const raw = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  if (LITTLE_ENDIAN) raw.set(bytes.subarray(offset, offset + raw.length));
  else
    for (let i = 0; i < raw.length; i += out.BYTES_PER_ELEMENT)
      for (let b = 0; b < out.BYTES_PER_ELEMENT; b++) raw[i + b] = bytes[offset + i + out.BYTES_PER_ELEMENT - 1 - b];
}

export interface Points3DFile {
  points: Points3D;
  /** Free-form metadata (camera names, gaps, warnings …), JSON-serialisable. */
  meta: Record<string, unknown>;
}

/** Encodes 3D points and free-form metadata as openmocap's own binary points3d file (decodePoints3dFile reads it back). */
export function encodePoints3dFile(points: Points3D, meta: Record<string, unknown> = {}): Uint8Array {
  const pieces = [...points3dFileChunks(points, meta)];
  const out = new Uint8Array(pieces.reduce((a, p) => a + p.length, 0));
  let off = 0;
  for (const p of pieces) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

/**
 * The bytes of encodePoints3dFile as consecutive pieces (header, then each section, as views of the
 * points' own arrays where they can be): what the session writes, without a second copy of the points.
 */
export function* points3dFileChunks(points: Points3D, meta: Record<string, unknown> = {}): Generator<Uint8Array> {
  const header = new TextEncoder().encode(
    JSON.stringify({ layout: points.layout, fps: points.fps, frames: points.frames, joints: points.joints, meta }),
  );
  const n = points.frames * points.joints;
  const headStart = 12;
  const bodyStart = Math.ceil((headStart + header.length) / 8) * 8;
  const head = new Uint8Array(bodyStart);
  head.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(head.buffer).setUint32(8, header.length, true);
  head.set(header, headStart);
  yield head;
  const piece = (values: ArrayLike<number>, count: number, Kind: TypedArrayKind): Uint8Array => {
    let typed: Float64Array | Float32Array | Uint32Array;
    if (values instanceof Kind && values.length === count) typed = values;
    else {
      typed = new Kind(count);
      for (let i = 0; i < count; i++) typed[i] = values[i];
    }
    if (LITTLE_ENDIAN) return new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
    const out = new Uint8Array(typed.byteLength);
    writeLittleEndian(out, 0, typed);
    return out;
  };
  yield piece(points.data, n * 3, Float64Array);
  yield piece(points.timestampsMs, points.frames, Float64Array);
  yield piece(points.reprojectionErrorPx, n, Float32Array);
  yield piece(points.cameraMask, n, Uint32Array);
}

/** A .p3d file's header and where its sections start; see decodePoints3dHead. */
export interface Points3dHead {
  head: { layout: string; fps: number; frames: number; joints: number; meta: Record<string, unknown> };
  /** Byte offset of the first section (data); the others follow (see the layout at the top). */
  bodyStart: number;
}

/**
 * Reads and checks a .p3d file's header from its first bytes (at least 12 + the header length) and the
 * file's total size: the same one-line UserErrors as decodePoints3dFile (naming `file`, ending with `fix`).
 */
export function decodePoints3dHead(
  bytes: Uint8Array,
  fileBytes: number,
  file = 'points3d file',
  fix = 'delete it and rerun the stage that writes it',
): Points3dHead {
  const fail = (problem: string): UserError => new UserError(`${file} ${problem}; ${fix}`);
  const magic = new TextDecoder().decode(bytes.subarray(0, 8));
  if (magic !== MAGIC) throw fail(fileBytes < 8 ? `is cut short (only ${fileBytes} bytes)` : 'is not an openmocap 3D points (.p3d) file');
  if (fileBytes < 12 || bytes.byteLength < 12) throw fail(`is cut short (only ${fileBytes} bytes)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headLen = view.getUint32(8, true);
  if (12 + headLen > fileBytes || 12 + headLen > bytes.byteLength)
    throw fail(`is cut short (${fileBytes} bytes, its header alone needs ${12 + headLen})`);
  let head: Points3dHead['head'];
  try {
    head = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headLen)));
  } catch {
    throw fail('has a damaged header');
  }
  const { frames, joints } = head;
  if (!(Number.isInteger(frames) && frames >= 0 && Number.isInteger(joints) && joints >= 0)) throw fail('has a damaged header');
  const n = frames * joints;
  const bodyStart = Math.ceil((12 + headLen) / 8) * 8;
  const expected = bodyStart + n * 24 + frames * 8 + n * 8;
  if (fileBytes !== expected)
    throw fail(
      fileBytes < expected
        ? `is cut short (${fileBytes} of ${expected} bytes)`
        : `has ${fileBytes - expected} bytes too many (${fileBytes}, expected ${expected})`,
    );
  return { head, bodyStart };
}

/**
 * Reads a .p3d file. A damaged one (not a .p3d, cut short, a broken header) is a one-line UserError
 * naming the file and ending with `fix` (what to do; the session layer names the command).
 */
export function decodePoints3dFile(
  bytes: Uint8Array,
  file = 'points3d file',
  fix = 'delete it and rerun the stage that writes it',
): Points3DFile {
  const h = decodePoints3dHead(bytes, bytes.byteLength, file, fix);
  const { frames, joints } = h.head;
  const n = frames * joints;
  let off = h.bodyStart;
  const take = <T extends Float64Array | Float32Array | Uint32Array>(out: T): T => {
    readLittleEndian(bytes, off, out);
    off += out.byteLength;
    return out;
  };
  const data = take(new Float64Array(n * 3));
  const timestampsMs = take(new Float64Array(frames));
  const reprojectionErrorPx = take(new Float32Array(n));
  const cameraMask = take(new Uint32Array(n));
  return {
    points: { layout: h.head.layout, fps: h.head.fps, frames, joints, data, reprojectionErrorPx, cameraMask, timestampsMs },
    meta: h.head.meta ?? {},
  };
}
