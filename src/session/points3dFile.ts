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
  else for (let i = 0; i < raw.length; i += values.BYTES_PER_ELEMENT) for (let b = 0; b < values.BYTES_PER_ELEMENT; b++) bytes[offset + i + b] = raw[i + values.BYTES_PER_ELEMENT - 1 - b];
}

/** Fills a fresh (aligned) typed array from little-endian bytes at any offset (one bulk copy on little-endian hosts). */
function readLittleEndian(bytes: Uint8Array, offset: number, out: Float64Array | Float32Array | Uint32Array): void {
  const raw = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  if (LITTLE_ENDIAN) raw.set(bytes.subarray(offset, offset + raw.length));
  else for (let i = 0; i < raw.length; i += out.BYTES_PER_ELEMENT) for (let b = 0; b < out.BYTES_PER_ELEMENT; b++) raw[i + b] = bytes[offset + i + out.BYTES_PER_ELEMENT - 1 - b];
}

export interface Points3DFile {
  points: Points3D;
  /** Free-form metadata (camera names, gaps, warnings …), JSON-serialisable. */
  meta: Record<string, unknown>;
}

export function encodePoints3dFile(points: Points3D, meta: Record<string, unknown> = {}): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({ layout: points.layout, fps: points.fps, frames: points.frames, joints: points.joints, meta }),
  );
  const n = points.frames * points.joints;
  const headStart = 12;
  const bodyStart = Math.ceil((headStart + header.length) / 8) * 8;
  const total = bodyStart + n * 3 * 8 + points.frames * 8 + n * 4 + n * 4;
  const out = new Uint8Array(total);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(8, header.length, true);
  out.set(header, headStart);
  let off = bodyStart;
  const put = (values: ArrayLike<number>, count: number, Kind: TypedArrayKind): void => {
    let typed: Float64Array | Float32Array | Uint32Array;
    if (values instanceof Kind && values.length === count) typed = values;
    else {
      typed = new Kind(count);
      for (let i = 0; i < count; i++) typed[i] = values[i];
    }
    writeLittleEndian(out, off, typed);
    off += count * Kind.BYTES_PER_ELEMENT;
  };
  put(points.data, n * 3, Float64Array);
  put(points.timestampsMs, points.frames, Float64Array);
  put(points.reprojectionErrorPx, n, Float32Array);
  put(points.cameraMask, n, Uint32Array);
  return out;
}

/**
 * Reads a .p3d file. A damaged one (not a .p3d, cut short, a broken header) is a one-line UserError
 * naming the file and ending with `fix` (what to do; the session layer names the command).
 */
export function decodePoints3dFile(bytes: Uint8Array, file = 'points3d file', fix = 'delete it and rerun the stage that writes it'): Points3DFile {
  const fail = (problem: string): UserError => new UserError(`${file} ${problem}; ${fix}`);
  const magic = new TextDecoder().decode(bytes.subarray(0, 8));
  if (magic !== MAGIC) throw fail(bytes.byteLength < 8 ? `is cut short (only ${bytes.byteLength} bytes)` : 'is not an openmocap 3D points (.p3d) file');
  if (bytes.byteLength < 12) throw fail(`is cut short (only ${bytes.byteLength} bytes)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headLen = view.getUint32(8, true);
  if (12 + headLen > bytes.byteLength) throw fail(`is cut short (${bytes.byteLength} bytes, its header alone needs ${12 + headLen})`);
  let head: { layout: string; fps: number; frames: number; joints: number; meta: Record<string, unknown> };
  try {
    head = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headLen)));
  } catch {
    throw fail('has a damaged header');
  }
  const { frames, joints } = head;
  if (!(Number.isInteger(frames) && frames >= 0 && Number.isInteger(joints) && joints >= 0)) throw fail('has a damaged header');
  const n = frames * joints;
  let off = Math.ceil((12 + headLen) / 8) * 8;
  const expected = off + n * 24 + frames * 8 + n * 8;
  if (bytes.byteLength !== expected)
    throw fail(bytes.byteLength < expected ? `is cut short (${bytes.byteLength} of ${expected} bytes)` : `has ${bytes.byteLength - expected} bytes too many (${bytes.byteLength}, expected ${expected})`);
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
    points: { layout: head.layout, fps: head.fps, frames, joints, data, reprojectionErrorPx, cameraMask, timestampsMs },
    meta: head.meta ?? {},
  };
}
