// Node-only: a detection chunk's result on the shared storage — the persons of frames
// [startFrame, startFrame + frames) of one camera and the tracker's state after the last one, which the
// next chunk carries on from. Written atomically; numbers are kept bit for bit (float arrays as base64
// of their bytes, non-finite numbers by name), so the stitched 2D equals a whole-video run's.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FramePersons } from '../detect/assembleSequence.ts';
import type { DetectState } from '../detect/detectPersons.ts';
import { writeFileAtomic } from '../io/atomic.ts';

export interface ChunkResult {
  camera: string;
  startFrame: number;
  frames: FramePersons[];
  state: DetectState;
}

/** Folder of a camera's chunks: output/.queue/<camera>-<fingerprint of its detect stage>/. */
export function chunkDir(sessionDir: string, camera: string, fingerprint: string): string {
  return join(sessionDir, 'output', '.queue', `${camera}-${fingerprint.slice(0, 16)}`);
}

export const chunkPath = (dir: string, index: number): string => join(dir, `chunk${String(index).padStart(5, '0')}.json`);

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Float32Array) return { $f32: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (typeof value === 'number' && !Number.isFinite(value)) return { $num: String(value) };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as { $f32?: string; $num?: string };
    if (typeof v.$f32 === 'string') {
      const b = Buffer.from(v.$f32, 'base64');
      return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
    }
    if (typeof v.$num === 'string') return Number(v.$num);
  }
  return value;
}

export function writeChunk(path: string, chunk: ChunkResult): void {
  writeFileAtomic(path, JSON.stringify(chunk, replacer));
}

/** The chunk at `path`, or undefined when it is not there (not done yet). */
export function readChunk(path: string): ChunkResult | undefined {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8'), reviver) as ChunkResult;
}
