// Node-only: writes RGB24 frames to an H.264 (yuv420p) MP4 through an ffmpeg child process.
// The video goes to a temporary file beside the target and is renamed over it on close(), so a
// crash or an abort never leaves half a video under the final name.
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../core/errors.ts';
import { ffmpegFileUrl, findFfmpeg, type FfmpegTools } from './ffmpeg.ts';

export interface VideoWriterOptions {
  width: number;
  height: number;
  /** Frames per second (may be fractional, e.g. 29.97). */
  fps: number;
  /** x264 constant rate factor: 0 lossless … 51 worst. Defaults to 18 (visually lossless). */
  crf?: number;
  /** x264 preset. Defaults to "veryfast". */
  preset?: string;
  /** Extra ffmpeg output arguments placed before the file name (e.g. metadata). */
  extraArgs?: string[];
  tools?: FfmpegTools;
}

export interface VideoWriter {
  /** Appends one frame (RGB24, width·height·3 bytes). Resolves when ffmpeg has room for more. */
  write(rgb: Uint8Array): Promise<void>;
  /** Finishes the file and renames it into place. Rejects with a UserError if ffmpeg failed. */
  close(): Promise<void>;
  /** Stops ffmpeg and deletes the temporary file; the target is left untouched. */
  abort(): Promise<void>;
  /** Frames written so far. */
  readonly frames: number;
}

/**
 * Opens an H.264 MP4 writer. Odd sizes are padded by one pixel (yuv420p needs even sizes) with
 * black on the right/bottom edge, so pixel coordinates are unchanged.
 */
export function createVideoWriter(path: string, opts: VideoWriterOptions): VideoWriter {
  const { width, height, fps } = opts;
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) {
    throw new UserError(`video size must be positive whole pixels, got ${width}×${height} (writing ${path})`);
  }
  if (!(fps > 0)) throw new UserError(`video frame rate must be > 0, got ${fps} (writing ${path})`);
  const tools = opts.tools ?? findFfmpeg();
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp.mp4`);
  const frameBytes = width * height * 3;
  const args = [
    '-hide_banner',
    '-nostdin',
    '-nostats',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    '-s',
    `${width}x${height}`,
    '-framerate',
    String(fps),
    '-i',
    'pipe:0',
    '-vf',
    'pad=ceil(iw/2)*2:ceil(ih/2)*2:0:0:black',
    '-c:v',
    'libx264',
    '-preset',
    opts.preset ?? 'veryfast',
    '-crf',
    String(opts.crf ?? 18),
    '-pix_fmt',
    'yuv420p',
    '-movflags',
    '+faststart',
    ...(opts.extraArgs ?? []),
    '-f',
    'mp4',
    ffmpegFileUrl(tmp),
  ];
  const child = spawn(tools.ffmpeg, args, { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  let failed: Error | null = null;
  let frames = 0;
  let closing = false;
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-8192)));
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', (err) => {
      failed = err;
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  child.stdin.on('error', (err) => {
    failed ??= err;
  });
  const ffmpegError = () =>
    new UserError(
      `${path}: ffmpeg could not encode the video (${stderr.trim().split('\n').pop() || failed?.message || 'it exited early'}); check free disk space and that ffmpeg has libx264`,
    );

  return {
    get frames() {
      return frames;
    },
    async write(rgb: Uint8Array): Promise<void> {
      if (closing) throw new Error(`video writer for ${path} is closed`);
      if (rgb.length !== frameBytes) {
        throw new Error(`frame has ${rgb.length} bytes, expected ${frameBytes} (${width}×${height} RGB24) for ${path}`);
      }
      if (failed || child.exitCode !== null) throw ffmpegError();
      frames++;
      if (!child.stdin.write(rgb)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            child.stdin.off('drain', done);
            child.off('close', done);
            resolve();
          };
          child.stdin.on('drain', done);
          child.on('close', done);
        });
        if (failed || child.exitCode !== null) throw ffmpegError();
      }
    },
    async close(): Promise<void> {
      closing = true;
      child.stdin.end();
      const code = await exited;
      if (code !== 0 || failed) {
        rmSync(tmp, { force: true });
        throw ffmpegError();
      }
      if (frames === 0) {
        rmSync(tmp, { force: true });
        throw new Error(`no frames were written to ${path}`);
      }
      renameSync(tmp, path);
    },
    async abort(): Promise<void> {
      closing = true;
      child.stdin.destroy();
      child.kill('SIGKILL');
      await exited;
      rmSync(tmp, { force: true });
    },
  };
}
