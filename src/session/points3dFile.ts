// The internal carrier of Points3D between stages (output/points3d_raw.p3d, output/points3d.p3d):
// exact typed arrays (no rounding as in TRC), plus a JSON header for metadata such as the camera
// names behind cameraMask. Pure: bytes in, bytes out.
//
// Layout (little-endian): "OMP3D1\n\0" (8 bytes) · uint32 header length · header JSON (UTF-8) ·
// zero padding to a multiple of 8 · data Float64[frames·joints·3] · timestampsMs Float64[frames] ·
// reprojectionErrorPx Float32[frames·joints] · cameraMask Uint32[frames·joints].
import type { Points3D } from '../core/types.ts';

const MAGIC = 'OMP3D1\n\0';

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
  for (let i = 0; i < n * 3; i++, off += 8) view.setFloat64(off, points.data[i], true);
  for (let i = 0; i < points.frames; i++, off += 8) view.setFloat64(off, points.timestampsMs[i], true);
  for (let i = 0; i < n; i++, off += 4) view.setFloat32(off, points.reprojectionErrorPx[i], true);
  for (let i = 0; i < n; i++, off += 4) view.setUint32(off, points.cameraMask[i], true);
  return out;
}

export function decodePoints3dFile(bytes: Uint8Array, file = 'points3d file'): Points3DFile {
  const magic = new TextDecoder().decode(bytes.subarray(0, 8));
  if (magic !== MAGIC) throw new Error(`${file} is not an openmocap Points3D file; delete it and rerun the stage that writes it`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headLen = view.getUint32(8, true);
  const head = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headLen))) as {
    layout: string; fps: number; frames: number; joints: number; meta: Record<string, unknown>;
  };
  const { frames, joints } = head;
  const n = frames * joints;
  let off = Math.ceil((12 + headLen) / 8) * 8;
  const expected = off + n * 24 + frames * 8 + n * 8;
  if (bytes.byteLength !== expected) throw new Error(`${file} is truncated (${bytes.byteLength} of ${expected} bytes); delete it and rerun`);
  const data = new Float64Array(n * 3);
  for (let i = 0; i < n * 3; i++, off += 8) data[i] = view.getFloat64(off, true);
  const timestampsMs = new Float64Array(frames);
  for (let i = 0; i < frames; i++, off += 8) timestampsMs[i] = view.getFloat64(off, true);
  const reprojectionErrorPx = new Float32Array(n);
  for (let i = 0; i < n; i++, off += 4) reprojectionErrorPx[i] = view.getFloat32(off, true);
  const cameraMask = new Uint32Array(n);
  for (let i = 0; i < n; i++, off += 4) cameraMask[i] = view.getUint32(off, true);
  return {
    points: { layout: head.layout, fps: head.fps, frames, joints, data, reprojectionErrorPx, cameraMask, timestampsMs },
    meta: head.meta ?? {},
  };
}
