// Node-only: reads a video's size, frame rate, rotation and length. Uses ffprobe when it exists,
// else parses the stream summary that `ffmpeg -i` prints (the npm ffmpeg ships no ffprobe).
import { spawn } from 'node:child_process';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../core/errors.ts';
import { ffmpegFileUrl, findFfmpeg, type FfmpegTools } from './ffmpeg.ts';
import { median as medianOf } from '../core/stats.ts';

export interface VideoInfo {
  /** Display width in pixels, after applying the rotation metadata (= width of decoded frames). */
  width: number;
  /** Display height in pixels, after rotation. */
  height: number;
  /** Width and height as stored in the stream, before rotation. */
  codedWidth: number;
  codedHeight: number;
  /**
   * Nominal (average) frame rate, frames per second: the container's average rate, or, when it gives
   * none or an implausible one (a WebM's 1 ms time base read as 1000 fps), measured from the frames'
   * own timestamps (see fpsFromTimestamps; fpsSource says which).
   */
  fps: number;
  /** Where fps comes from: the container's average rate, or the frames' timestamps (rateFromTimestamps). */
  fpsSource?: 'container' | 'timestamps';
  /** True when the container gives no average rate, only a guess (ffprobe's r_frame_rate, ffmpeg's tbr). */
  fpsGuessed?: boolean;
  /** Number of video frames: exact when the container says so, else duration × fps (see framesEstimated). */
  frames?: number;
  /** True when `frames` is an estimate from duration × fps. */
  framesEstimated: boolean;
  /** Clockwise rotation, degrees (0, 90, 180, 270), that a player applies for display. */
  rotation: 0 | 90 | 180 | 270;
  durationS: number;
  /** Container start time, seconds (decoded frame timestamps are relative to it: the file starts at 0). */
  startTimeS: number;
  /** Video codec name, e.g. "h264", "vp9". */
  codec: string;
  /** Absolute index of the chosen video stream in the file (for `-map 0:<index>`). */
  streamIndex: number;
  /** Which tool produced this information. */
  probedWith: 'ffprobe' | 'ffmpeg';
}

export interface ProbeOptions {
  /** ffmpeg/ffprobe to use; defaults to findFfmpeg(). */
  tools?: FfmpegTools;
  /** Ignore ffprobe even when present (parse `ffmpeg -i` instead). */
  ffmpegOnly?: boolean;
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (err) => reject(new UserError(`could not run ${cmd} (${err.message}); install ffmpeg or fix OPENMOCAP_FFMPEG`)));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Throws a UserError when the path does not name a readable, non-empty file. */
export function assertVideoFile(path: string): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new UserError(`${path}: video file not found; check the path (videos go in <session>/videos/)`);
  }
  if (st.isDirectory()) throw new UserError(`${path}: is a folder, not a video file; give the path of a video file`);
  if (st.size === 0) throw new UserError(`${path}: the video file is empty (0 bytes); copy it again from the camera`);
}

// ISO base media (MP4/MOV) files are a sequence of boxes: 4 bytes of size, then the box type.
// ref: ISO/IEC 14496-12 (ISO base media file format) §4.2; Apple QuickTime File Format (wide, pnot).
const MP4_BOX_TYPES = new Set(['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide', 'pnot', 'uuid', 'styp', 'sidx', 'moof', 'pdin', 'meta']);

/** Whether the file starts like an MP4/MOV file (a known top-level box type at bytes 4–7). */
export function startsLikeMp4(path: string): boolean {
  const head = Buffer.alloc(8);
  let n = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      n = readSync(fd, head, 0, 8, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  return n === 8 && MP4_BOX_TYPES.has(head.toString('latin1', 4, 8));
}

/** Turns ffmpeg/ffprobe error output for `path` into a one-line UserError. */
export function videoError(path: string, stderr: string): UserError {
  const name = basename(path);
  // ffmpeg guesses the MP4 reader from the .mp4 name and then misses the index whatever the bytes are:
  // only a file that starts like an MP4 is a truncated one.
  if (/moov atom not found/i.test(stderr) && startsLikeMp4(path)) {
    return new UserError(
      `${path}: the video is truncated or was not finished recording (no index/moov atom); copy it again from the camera or re-export it`,
    );
  }
  if (
    /moov atom not found|Invalid data found when processing input|could not find codec parameters|EBML header parsing failed|Failed to read frame size/i.test(
      stderr,
    )
  ) {
    return new UserError(
      `${path} is not a video ffmpeg can read (invalid data); check that ${name} is the camera's video file and not damaged, or copy it again`,
    );
  }
  if (/Permission denied/i.test(stderr)) return new UserError(`${path}: permission denied; make the video file readable`);
  if (/No such file or directory/i.test(stderr)) return new UserError(`${path}: video file not found; check the path`);
  const last = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^(Input|Output|Stream|Duration|Metadata|frame=)/.test(l))
    .pop();
  return new UserError(`${path}: ffmpeg could not read the video (${last ?? 'unknown error'}); check that the file is a complete video`);
}

const normaliseRotation = (clockwiseDeg: number): VideoInfo['rotation'] => {
  const r = (((Math.round(clockwiseDeg / 90) * 90) % 360) + 360) % 360;
  return r as VideoInfo['rotation'];
};

const parseRate = (s: string | undefined): number => {
  if (!s) return NaN;
  const [n, d] = s.split('/').map(Number);
  if (d === undefined) return Number(n);
  return d ? n! / d : NaN;
};

function finish(info: Omit<VideoInfo, 'width' | 'height' | 'frames' | 'framesEstimated'> & { frames?: number }): VideoInfo {
  const swap = info.rotation === 90 || info.rotation === 270;
  let frames = info.frames;
  let framesEstimated = false;
  if ((frames === undefined || !(frames > 0)) && info.durationS > 0 && info.fps > 0) {
    frames = Math.round(info.durationS * info.fps);
    framesEstimated = true;
  }
  return {
    ...info,
    width: swap ? info.codedHeight : info.codedWidth,
    height: swap ? info.codedWidth : info.codedHeight,
    frames: frames !== undefined && frames > 0 ? frames : undefined,
    framesEstimated,
  };
}

interface FfprobeStream {
  index: number;
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  nb_frames?: string;
  duration?: string;
  start_time?: string;
  tags?: Record<string, string>;
  side_data_list?: { side_data_type?: string; rotation?: number }[];
  disposition?: { attached_pic?: number };
}

/** Parses `ffprobe -show_streams -show_format -of json` output. Exported for tests. */
export function parseFfprobeJson(path: string, json: string): VideoInfo {
  const doc = JSON.parse(json) as { streams?: FfprobeStream[]; format?: { duration?: string; start_time?: string } };
  const video = (doc.streams ?? []).find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic && s.width);
  if (!video) throw new UserError(`${path}: contains no video stream; give a video file`);
  let rotation = 0;
  const dm = video.side_data_list?.find((d) => typeof d.rotation === 'number');
  // The display matrix rotation is counter-clockwise; the legacy "rotate" tag is clockwise.
  if (dm) rotation = -dm.rotation!;
  else if (video.tags?.rotate) rotation = Number(video.tags.rotate);
  let fps = parseRate(video.avg_frame_rate);
  const fpsGuessed = !(fps > 0);
  if (fpsGuessed) fps = parseRate(video.r_frame_rate);
  const durationS = Number(video.duration ?? doc.format?.duration ?? NaN);
  const nb = video.nb_frames !== undefined ? Number(video.nb_frames) : undefined;
  return finish({
    codedWidth: video.width!,
    codedHeight: video.height!,
    fps,
    fpsGuessed,
    frames: nb,
    rotation: normaliseRotation(rotation),
    durationS,
    startTimeS: Number(doc.format?.start_time ?? video.start_time ?? 0) || 0,
    codec: video.codec_name ?? 'unknown',
    streamIndex: video.index,
    probedWith: 'ffprobe',
  });
}

/** Parses the stream summary printed by `ffmpeg -i <file>` on stderr. Exported for tests. */
export function parseFfmpegInfo(path: string, stderr: string): VideoInfo {
  const lines = stderr.split(/\r?\n/);
  const dur = /Duration: (\d+):(\d+):([\d.]+)(?:, start: (-?[\d.]+))?/.exec(stderr);
  const durationS = dur ? Number(dur[1]) * 3600 + Number(dur[2]) * 60 + Number(dur[3]) : NaN;
  const startTimeS = dur?.[4] ? Number(dur[4]) : 0;
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*Stream #\d+:(\d+)(?:\[0x[0-9a-f]+\])?(?:\([^)]*\))?: Video: (.*)$/.exec(lines[i]!);
    if (!m || /attached pic/.test(m[2]!)) continue;
    const rest = m[2]!;
    const size = /(?:^|, )(\d{1,5})x(\d{1,5})(?=[ ,]|$)/.exec(rest);
    if (!size) continue;
    const avgM = /([\d.]+)(k?) fps/.exec(rest);
    const fpsM = avgM ?? /([\d.]+)(k?) tbr/.exec(rest);
    const fps = fpsM ? Number(fpsM[1]) * (fpsM[2] ? 1000 : 1) : NaN;
    let rotation = 0;
    let haveDisplayMatrix = false;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (/^\s*Stream #/.test(l) || /^\S/.test(l)) break;
      const dm = /displaymatrix: rotation of (-?[\d.]+) degrees/.exec(l);
      if (dm) {
        rotation = -Number(dm[1]);
        haveDisplayMatrix = true;
      }
      const tag = /^\s*rotate\s*:\s*(-?\d+)/.exec(l);
      if (tag && !haveDisplayMatrix) rotation = Number(tag[1]);
    }
    return finish({
      codedWidth: Number(size[1]),
      codedHeight: Number(size[2]),
      fps,
      fpsGuessed: !avgM,
      rotation: normaliseRotation(rotation),
      durationS,
      startTimeS,
      codec: /^(\w+)/.exec(rest)?.[1] ?? 'unknown',
      streamIndex: Number(m[1]),
      probedWith: 'ffmpeg',
    });
  }
  if (/Input #0/.test(stderr)) throw new UserError(`${path}: contains no video stream; give a video file`);
  throw videoError(path, stderr);
}

/**
 * Reads the size (after rotation), frame rate, rotation, duration and frame count of a video.
 * Throws a one-line UserError naming the file when it is missing, truncated, or not a video.
 */
export async function probeVideo(path: string, opts: ProbeOptions = {}): Promise<VideoInfo> {
  assertVideoFile(path);
  const tools = opts.tools ?? findFfmpeg();
  let info: VideoInfo;
  let scan: PacketScan | null = null;
  if (tools.ffprobe && !opts.ffmpegOnly) {
    const r = await run(tools.ffprobe, ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', ffmpegFileUrl(path)]);
    if (r.code !== 0) throw videoError(path, r.stderr);
    info = parseFfprobeJson(path, r.stdout);
  } else {
    const r = await run(tools.ffmpeg, ['-hide_banner', '-nostdin', '-i', ffmpegFileUrl(path)]);
    info = parseFfmpegInfo(path, r.stderr);
    // `ffmpeg -i` prints no frame count: count the stream's packets instead (demuxing only), so that
    // a machine with the npm ffmpeg alone knows the exact length as ffprobe's nb_frames tells it.
    scan = await scanPackets(path, info.streamIndex, tools);
    if (scan) info = { ...info, frames: scan.ptsS.length, framesEstimated: false };
  }
  if (!rateImplausible(info)) return { ...info, fpsSource: 'container' };
  // A browser's recording (MediaRecorder WebM) stores no frame rate: its 1 ms time base reads as
  // 1000 fps, its length as unknown. Its frames carry their own times: measure the rate from them.
  scan ??= await scanPackets(path, info.streamIndex, tools);
  const measured = scan ? fpsFromTimestamps(scan.ptsS) : NaN;
  if (!(measured > 0)) return { ...info, fpsSource: 'container' };
  const ptsS = scan!.ptsS;
  const durationS = info.durationS > 0 ? info.durationS : ptsS[ptsS.length - 1]! - ptsS[0]! + 1 / measured;
  return { ...info, fps: measured, fpsSource: 'timestamps', frames: ptsS.length, framesEstimated: false, durationS };
}

/** Rates at or above this are a time base read as a frame rate (Matroska/WebM: 1 ms → 1000), not a camera's. */
export const IMPLAUSIBLE_FPS = 500;

/** Whether a probed frame rate cannot be the video's: missing, zero, a time base (≥ IMPLAUSIBLE_FPS), or only a guess. */
export function rateImplausible(info: Pick<VideoInfo, 'fps' | 'fpsGuessed'>): boolean {
  return !(info.fps > 0) || info.fps >= IMPLAUSIBLE_FPS || info.fpsGuessed === true;
}

/**
 * A nominal frame rate from frame timestamps (seconds, sorted): the median interval between
 * consecutive frames, refined by the mean of the intervals within ±50 % of it (so the millisecond
 * rounding of a WebM's timestamps averages out, and a dropped frame or a repeated timestamp does not
 * count). NaN with fewer than two distinct timestamps.
 */
export function fpsFromTimestamps(ptsS: ArrayLike<number>): number {
  const d: number[] = [];
  for (let i = 1; i < ptsS.length; i++) {
    const dt = ptsS[i]! - ptsS[i - 1]!;
    if (dt > 0) d.push(dt);
  }
  if (!d.length) return NaN;
  const median = medianOf(d);
  const near = d.filter((x) => x >= 0.5 * median && x <= 1.5 * median);
  return 1 / (near.reduce((a, b) => a + b, 0) / near.length);
}

export interface PacketScan {
  /** Presentation times (seconds, as decoded frames report them) of the packets that are shown, sorted: entry i is frame i. */
  ptsS: Float64Array;
}

const packetScanCache = new Map<string, PacketScan | null>();

/**
 * Demuxes (no decoding) the video stream `streamIndex` of `path` and lists its packets' presentation
 * times, skipping the packets the container marks as not shown (the edit list's discard flag, and
 * negative times: decoder pre-roll). Cached per file version. Null when the timestamps are missing
 * or ffmpeg fails. Works with every ffmpeg (the npm one has no ffprobe).
 */
export async function scanPackets(path: string, streamIndex: number, tools: FfmpegTools): Promise<PacketScan | null> {
  let key: string;
  try {
    const st = statSync(path);
    key = `${tools.ffmpeg}|${path}|${st.size}|${st.mtimeMs}|${streamIndex}`;
  } catch {
    return null;
  }
  if (packetScanCache.has(key)) return packetScanCache.get(key)!;
  const out = await new Promise<string>((resolve) => {
    const child = spawn(
      tools.ffmpeg,
      [
        '-hide_banner',
        '-nostdin',
        '-loglevel',
        'error',
        '-i',
        ffmpegFileUrl(path),
        '-map',
        `0:${streamIndex}`,
        '-c',
        'copy',
        '-f',
        'framecrc',
        '-',
      ],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    let text = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (text += d));
    child.on('error', () => resolve(''));
    child.on('close', (code) => resolve(code === 0 ? text : ''));
  });
  // framecrc lines: "stream, dts, pts, duration, size, crc[, F=0x<flags>]"; flag 0x4 = AV_PKT_FLAG_DISCARD.
  // ref: FFmpeg libavformat/framecrcenc.c and libavcodec/packet.h (AV_PKT_FLAG_DISCARD).
  let tb: number | null = null;
  const pts: number[] = [];
  let ok = out.length > 0;
  for (const line of out.split('\n')) {
    const t = /^#tb \d+: (\d+)\/(\d+)/.exec(line);
    if (t) tb = Number(t[1]) / Number(t[2]);
    if (!/^\d/.test(line)) continue;
    const fields = line.split(',');
    const p = Number(fields[2]);
    const flags = /F=0x([0-9a-f]+)/i.exec(line);
    if (flags && (parseInt(flags[1]!, 16) & 4) !== 0) continue;
    if (!Number.isFinite(p)) ok = false;
    else if (p >= 0) pts.push(p);
  }
  const scan =
    ok && tb && pts.length > 0
      ? {
          ptsS: Float64Array.from(
            pts.sort((a, b) => a - b),
            (p) => p * tb!,
          ),
        }
      : null;
  packetScanCache.set(key, scan);
  return scan;
}
