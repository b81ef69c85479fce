// Node-only: streams the frames of a video as RGB24 buffers from an ffmpeg child process.
// Frames arrive one at a time with back-pressure (ffmpeg blocks on the pipe while the consumer
// is busy), so a long video never sits in memory. Every decoded frame is passed through with its
// own presentation timestamp (variable frame rate safe), parsed from ffmpeg's `showinfo` filter.
import { spawn } from 'node:child_process';
import { UserError } from '../core/errors.ts';
import { ffmpegFileUrl, findFfmpeg, passthroughFlags, type FfmpegTools } from './ffmpeg.ts';
import { probeVideo, scanPackets, videoError, type VideoInfo } from './probe.ts';

export interface DecodedFrame {
  /** Frame number in the video, counting from 0 (startFrame counts too). */
  index: number;
  /** Presentation time, milliseconds from the start of the file. */
  timestampMs: number;
  width: number;
  height: number;
  /** Packed RGB24 pixels, row-major, length width·height·3. A fresh buffer per frame: keep it if you like. */
  rgb: Uint8Array;
}

export interface DecodeOptions {
  /** Scale factor applied after rotation, in (0, 1]. Defaults to 1 (full size). */
  scale?: number;
  /** Longest side of the emitted frames, pixels: frames larger than this are scaled down (combined with `scale`, the smaller wins). Defaults to no limit. */
  maxSize?: number;
  /** First frame to emit (earlier frames are decoded and discarded inside ffmpeg). Defaults to 0. */
  startFrame?: number;
  /** Stop after this many frames. Defaults to all. */
  maxFrames?: number;
  /**
   * Emit only every n-th frame from startFrame on (index startFrame, startFrame + n, …): the others
   * are decoded but dropped inside ffmpeg, before scaling, colour conversion and the pipe. Defaults to 1.
   */
  everyNth?: number;
  /**
   * How to reach startFrame: 'auto' seeks straight to it (through an index of the video's packet
   * timestamps, checked on the first frame) when it lies more than a few seconds in; 'never' decodes
   * and discards every earlier frame. Both give the same frames. Defaults to 'auto'.
   */
  seek?: 'auto' | 'never';
  /** ffmpeg decoder threads. Defaults to ffmpeg's choice (all cores). */
  threads?: number;
  /** ffmpeg to use; defaults to findFfmpeg(). */
  tools?: FfmpegTools;
  /** Result of probeVideo(path), if the caller already has it. */
  info?: VideoInfo;
}

/** The frame size ffmpeg announces for its rawvideo output, or null before the header appears. */
export function parseOutputSize(stderr: string): { width: number; height: number } | null {
  const at = stderr.indexOf('Output #0');
  if (at < 0) return null;
  const m = /Video: rawvideo[^\n]*?, (\d+)x(\d+)/.exec(stderr.slice(at));
  return m ? { width: Number(m[1]), height: Number(m[2]) } : null;
}

const SHOWINFO = /n:\s*(\d+)\s+pts:\s*(-?\d+)\s+pts_time:(\S+)/;
const TIMEBASE = /config in time_base: (\d+)\/(\d+)/;
/** Keep this much non-showinfo stderr for error messages. */
const STDERR_KEEP = 64 * 1024;
/** Messages meaning the input ended early. */
const TRUNCATED =
  /partial file|Truncating packet|error reading header|Invalid NAL unit size|Packet mismatch|stream \d+, offset 0x[0-9a-f]+: partial/i;

/**
 * Decodes the video at `path` to RGB24 frames, in display orientation (rotation metadata applied),
 * using only its first video stream (audio, subtitle and data streams are ignored).
 * Breaking out of the loop kills ffmpeg. Throws a one-line UserError naming the file when the
 * video is missing, unreadable, truncated, or yields no frames.
 */
export async function* decodeFrames(path: string, opts: DecodeOptions = {}): AsyncGenerator<DecodedFrame> {
  const tools = opts.tools ?? findFfmpeg();
  const info = opts.info ?? (await probeVideo(path, { tools }));
  const startFrame = Math.max(0, Math.floor(opts.startFrame ?? 0));
  if (startFrame > 0 && opts.seek !== 'never') {
    const times = await packetTimes(path, info, tools);
    const targetS = times && startFrame < times.length ? times[startFrame]! : NaN;
    if (targetS > SEEK_MIN_S) {
      // Seek to a little before the frame (ffmpeg decodes from the keyframe before that and drops
      // what precedes the seek point), then keep frames from the target time on.
      const seekS = Math.round((targetS - SEEK_MARGIN_S) * 1e6) / 1e6;
      const it = decodeOnce(path, opts, tools, info, startFrame, { seekS, fromS: targetS - seekS - 1e-4 });
      const first = await it.next();
      if (!first.done && Math.abs(first.value.timestampMs - targetS * 1000) < 0.5) {
        yield first.value;
        yield* it;
        return;
      }
      await it.return(undefined);
      // The index did not match the decoder's frames (e.g. an edit list): decode from the start.
    }
  }
  yield* decodeOnce(path, opts, tools, info, startFrame, undefined);
}

/** Seeks of less than this are done by decoding and discarding (not worth an index scan). */
const SEEK_MIN_S = 4;
const SEEK_MARGIN_S = 0.5;

/**
 * Presentation times (seconds from the start of the file, as decoded frames report them) of the
 * video stream's packets, sorted: entry i is frame i. Read by demuxing only (no decoding), cached
 * per file version. Null when they cannot be trusted (missing timestamps, count differing from
 * the container's exact frame count).
 */
export async function packetTimes(path: string, info: VideoInfo, tools: FfmpegTools): Promise<Float64Array | null> {
  const scan = await scanPackets(path, info.streamIndex, tools);
  if (!scan) return null;
  return info.framesEstimated || info.frames === undefined || info.frames === scan.ptsS.length ? scan.ptsS : null;
}

async function* decodeOnce(
  path: string,
  opts: DecodeOptions,
  tools: FfmpegTools,
  info: VideoInfo,
  startFrame: number,
  seek: { seekS: number; fromS: number } | undefined,
): AsyncGenerator<DecodedFrame> {
  let scale = opts.scale ?? 1;
  if (!(scale > 0 && scale <= 1)) throw new UserError(`decode scale must be in (0, 1], got ${scale}`);
  if (opts.maxSize !== undefined && opts.maxSize > 0) scale = Math.min(scale, opts.maxSize / Math.max(info.width, info.height));

  const filters: string[] = [];
  if (seek) filters.push(`select=gte(t\\,${seek.fromS.toFixed(6)})`);
  else if (startFrame > 0) filters.push(`select=gte(n\\,${startFrame})`);
  const nth = Math.max(1, Math.floor(opts.everyNth ?? 1));
  if (nth > 1) filters.push(`select=not(mod(n\\,${nth}))`);
  filters.push('showinfo=checksum=0');
  // Expressions use the (already rotated) input size, so the rotation is never guessed here.
  if (scale < 1) filters.push(`scale=max(1\\,trunc(iw*${scale}+0.5)):max(1\\,trunc(ih*${scale}+0.5)):flags=area`);

  const args = ['-hide_banner', '-nostdin', '-nostats'];
  if (opts.threads) args.push('-threads', String(opts.threads));
  // Input seeking: decoded timestamps then count from the seek point.
  if (seek) args.push('-ss', seek.seekS.toFixed(6));
  args.push('-i', ffmpegFileUrl(path), '-map', `0:${info.streamIndex}`, '-an', '-sn', '-dn', '-vf', filters.join(','));
  args.push(...passthroughFlags(tools.ffmpeg));
  if (opts.maxFrames !== undefined) args.push('-frames:v', String(Math.max(0, Math.floor(opts.maxFrames))));
  args.push('-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1');

  const child = spawn(tools.ffmpeg, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderrTail = '';
  let lineBuf = '';
  let header = '';
  let size: { width: number; height: number } | null = null;
  let timeBase: [number, number] | null = null;
  const ptsByN: number[] = [];
  let truncated = false;
  let exited = false;
  let exitCode: number | null = null;
  let spawnError: Error | null = null;
  let emitted = 0;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const waitForNews = () => new Promise<void>((r) => (wake = r));

  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    lineBuf += chunk;
    const lines = lineBuf.split(/\r?\n|\r/);
    lineBuf = lines.pop() ?? '';
    for (const line of lines) {
      const m = SHOWINFO.exec(line);
      if (m) {
        const pts = Number(m[2]);
        ptsByN[Number(m[1])] = timeBase ? (pts * timeBase[0]) / timeBase[1] : Number(m[3]);
        continue;
      }
      const tb = TIMEBASE.exec(line);
      if (tb) {
        if (!timeBase) timeBase = [Number(tb[1]), Number(tb[2])];
        continue;
      }
      if (/Parsed_showinfo/.test(line)) continue;
      if (TRUNCATED.test(line)) truncated = true;
      if (!size) {
        header += `${line}\n`;
        size = parseOutputSize(header);
      }
      stderrTail = `${stderrTail + line}\n`.slice(-STDERR_KEEP);
    }
    notify();
  });
  child.on('error', (err) => {
    spawnError = err;
    notify();
  });
  child.on('close', (code) => {
    exited = true;
    exitCode = code;
    notify();
  });

  const truncatedError = () =>
    new UserError(
      `${path}: the video is truncated or damaged (ffmpeg stopped after ${startFrame + emitted} frames); copy it again from the camera or re-export it`,
    );
  const failure = (): UserError => {
    if (spawnError) return new UserError(`could not run ffmpeg (${tools.ffmpeg}): ${spawnError.message}; reinstall ffmpeg`);
    if (truncated) return truncatedError();
    return videoError(path, stderrTail + lineBuf);
  };

  let finished = false;
  try {
    while (!size) {
      if (exited || spawnError) {
        if (exitCode === 0 && !spawnError)
          throw new UserError(`${path}: no video frames could be decoded (startFrame ${startFrame}); check the file and the frame range`);
        throw failure();
      }
      await waitForNews();
    }
    const { width, height } = size;
    const frameBytes = width * height * 3;
    let frame = new Uint8Array(frameBytes);
    let filled = 0;
    const fallbackDtMs = info.fps > 0 ? 1000 / info.fps : 0;

    const timestampOf = async (n: number): Promise<number> => {
      while (ptsByN[n] === undefined && !exited && !spawnError) await waitForNews();
      const s = ptsByN[n];
      if (s === undefined) return (startFrame + n) * fallbackDtMs;
      delete ptsByN[n];
      // ffmpeg (without -copyts) already shifts timestamps so that the file (or the seek point) is at 0.
      return (s + (seek?.seekS ?? 0)) * 1000;
    };

    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let off = 0;
      while (off < chunk.length) {
        const take = Math.min(frameBytes - filled, chunk.length - off);
        frame.set(chunk.subarray(off, off + take), filled);
        filled += take;
        off += take;
        if (filled === frameBytes) {
          const n = emitted;
          const timestampMs = await timestampOf(n);
          emitted++;
          const out = frame;
          frame = new Uint8Array(frameBytes);
          filled = 0;
          yield { index: startFrame + n * nth, timestampMs, width, height, rgb: out };
        }
      }
    }
    while (!exited && !spawnError) await waitForNews();
    finished = true;
    // A damaged packet inside an otherwise complete video is concealed by the decoder: only fail
    // when frames are missing (fewer than the container's exact count, or an unknown count).
    const wanted = opts.maxFrames !== undefined && emitted >= opts.maxFrames;
    const complete = wanted || (!info.framesEstimated && info.frames !== undefined && startFrame + emitted >= info.frames);
    if (truncated && !spawnError && !complete) throw truncatedError();
    if (spawnError || exitCode !== 0) throw failure();
    if (emitted === 0 && (opts.maxFrames ?? 1) > 0) {
      throw new UserError(
        `${path}: no video frames could be decoded${startFrame ? ` from frame ${startFrame} on` : ''}; check that the video is not empty or damaged`,
      );
    }
  } finally {
    if (!finished && !exited) {
      child.stdout.destroy();
      child.kill('SIGKILL');
    }
  }
}

/** Decodes one frame (default: the first) — convenient for previews and tests. */
export async function decodeFrame(
  path: string,
  index = 0,
  opts: Omit<DecodeOptions, 'startFrame' | 'maxFrames'> = {},
): Promise<DecodedFrame> {
  for await (const f of decodeFrames(path, { ...opts, startFrame: index, maxFrames: 1 })) return f;
  throw new UserError(`${path}: frame ${index} does not exist; the video is shorter`);
}
