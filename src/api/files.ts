// File-writing conveniences of the public API (Node): each writes atomically (io/atomic.ts), so a
// crash leaves the previous file intact.
import { writeFileAtomic } from '../io/atomic.ts';
import { trcChunks, type FormatTrcOptions } from '../formats/trc.ts';
import { encodeC3d, type EncodeC3dOptions } from '../formats/c3d.ts';
import { bvhChunks, type FormatBvhOptions } from '../formats/bvh.ts';
import type { FittedSkeleton } from '../skeleton/fitSkeleton.ts';
import type { Points3D } from '../core/types.ts';

/** Writes 3D points as a TRC file (OpenSim's marker format). Options as formatTrc (axes default 'pose2sim': Y up). */
export function writeTrc(path: string, points: Points3D, opts: FormatTrcOptions = {}): void {
  writeFileAtomic(path, trcChunks(points, opts));
}

/** Writes 3D points as a C3D file (biomechanics' binary marker format). */
export function writeC3d(path: string, points: Points3D, opts: EncodeC3dOptions = {}): void {
  writeFileAtomic(path, encodeC3d(points, opts));
}

/** Writes a fitted skeleton as a BVH file. */
export function writeBvh(path: string, skeleton: FittedSkeleton, opts: FormatBvhOptions = {}): void {
  writeFileAtomic(path, bvhChunks(skeleton, opts));
}
