// Node-only helpers that make small real test videos with ffmpeg (used by the video tests and by
// other modules' tests that need a video file). Nothing here is a stand-in: every file is a real
// encoded video written by ffmpeg.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVideoWriter } from './encode.ts';
import { findFfmpeg, type FfmpegTools } from './ffmpeg.ts';

/** Why no ffmpeg can be used here ('' when one can): tests that need it skip with this reason. */
export function ffmpegMissing(): string {
  try {
    findFfmpeg();
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

/** `../shared/data` beside the repository, or undefined when absent. */
export function sharedDataDir(): string | undefined {
  const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/data');
  return existsSync(dir) ? dir : undefined;
}

/** The real four-camera recording's videos folder, or undefined when the shared data is absent. */
export function sharedVideosDir(): string | undefined {
  const d = sharedDataDir();
  const v = d && resolve(d, 'pose2sim-demo/single-person/videos');
  return v && existsSync(v) ? v : undefined;
}

/**
 * A test pattern frame: mid-grey background, a white 8×8 block at the top-left corner
 * and a frame-dependent dark square that moves right by one pixel per frame.
 */
export function patternFrame(width: number, height: number, frame: number): Uint8Array {
  const rgb = new Uint8Array(width * height * 3).fill(128);
  const fill = (x0: number, y0: number, w: number, h: number, v: number) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
        const i = (y * width + x) * 3;
        rgb[i] = rgb[i + 1] = rgb[i + 2] = v;
      }
    }
  };
  fill(0, 0, 8, 8, 255);
  fill(8 + frame, Math.floor(height / 2) - 4, 8, 8, 16);
  return rgb;
}

/** Writes `frames` pattern frames to an MP4 with the project's own encoder. */
export async function writePatternVideo(
  path: string,
  opts: { width: number; height: number; fps: number; frames: number; tools?: FfmpegTools },
): Promise<void> {
  const w = createVideoWriter(path, { width: opts.width, height: opts.height, fps: opts.fps, crf: 10, tools: opts.tools });
  for (let i = 0; i < opts.frames; i++) await w.write(patternFrame(opts.width, opts.height, i));
  await w.close();
}

/** Runs ffmpeg synchronously, throwing with its stderr when it fails. */
export function runFfmpeg(ffmpeg: string, args: string[]): void {
  const r = spawnSync(ffmpeg, ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ffmpeg ${args.join(' ')} failed: ${r.stderr}`);
}

/** Mean brightness of a w×h block of an RGB frame. */
export function blockMean(rgb: Uint8Array, width: number, x0: number, y0: number, w: number, h: number): number {
  let sum = 0;
  for (let y = y0; y < y0 + h; y++)
    for (let x = x0; x < x0 + w; x++) {
      const i = (y * width + x) * 3;
      sum += rgb[i]! + rgb[i + 1]! + rgb[i + 2]!;
    }
  return sum / (3 * w * h);
}
