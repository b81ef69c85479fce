// Node-only: a video's sound track as mono PCM, through ffmpeg, and its onset envelope on the video's
// clock (seconds from the first video frame) for the sync stage.
import { spawn, spawnSync } from 'node:child_process';
import type { EvenSignal } from '../sync/crossCorrelate.ts';
import { onsetEnvelope } from '../sync/onsetEnvelope.ts';
import { findFfmpeg, type FfmpegTools } from './ffmpeg.ts';

export const AUDIO_RATE_HZ = 16000;

/** Mono float PCM at AUDIO_RATE_HZ of the first audio stream, or undefined when the video has none. */
export function readAudio(path: string, tools: FfmpegTools = findFfmpeg()): Promise<Float32Array | undefined> {
  return new Promise((resolve, reject) => {
    const p = spawn(tools.ffmpeg, [
      '-v',
      'error',
      '-nostdin',
      '-i',
      path,
      '-map',
      '0:a:0?',
      '-vn',
      '-ac',
      '1',
      '-ar',
      String(AUDIO_RATE_HZ),
      '-f',
      'f32le',
      'pipe:1',
    ]);
    const chunks: Buffer[] = [];
    let err = '';
    p.stdout.on('data', (c: Buffer) => chunks.push(c));
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    p.on('error', reject);
    p.on('close', (code) => {
      const buf = Buffer.concat(chunks);
      if (code !== 0 || buf.length < 4) {
        // No audio stream: ffmpeg has nothing to write.
        if (/does not contain any stream|matches no streams/i.test(err) || buf.length < 4) return resolve(undefined);
        return reject(new Error(`${path}: ffmpeg could not read the sound (${err.trim().split('\n')[0]})`));
      }
      const out = new Float32Array(buf.length >> 2);
      for (let i = 0; i < out.length; i++) out[i] = buf.readFloatLE(i * 4);
      resolve(out);
    });
  });
}

/**
 * Seconds from the video stream's start to the audio stream's (0 when unknown). With ffprobe, its
 * streams' start_time; with ffmpeg alone (the npm binary has no ffprobe), the earliest shown packet
 * time of each stream, demuxed together (streamStartsS).
 */
export function audioLeadS(path: string, tools: FfmpegTools): number {
  if (!tools.ffprobe) {
    const s = streamStartsS(path, tools);
    return s ? s.audioS - s.videoS : 0;
  }
  const r = spawnSync(tools.ffprobe, ['-v', 'error', '-show_entries', 'stream=codec_type,start_time', '-of', 'json', path], {
    encoding: 'utf8',
  });
  if (r.status !== 0) return 0;
  try {
    const streams = (JSON.parse(r.stdout) as { streams?: { codec_type?: string; start_time?: string }[] }).streams ?? [];
    const v = Number(streams.find((s) => s.codec_type === 'video')?.start_time);
    const a = Number(streams.find((s) => s.codec_type === 'audio')?.start_time);
    return Number.isFinite(v) && Number.isFinite(a) ? a - v : 0;
  } catch {
    return 0;
  }
}

/**
 * The first video and first audio stream's start times (seconds) with ffmpeg alone: both streams are
 * demuxed together without decoding (`-c copy -f framecrc`, so both get the same timestamp shift) and
 * each stream's earliest presentation time among the packets that are shown is taken (packets the
 * container marks as discarded — the edit list's pre-roll — are skipped, as ffprobe's start_time does).
 * Undefined without both streams or when ffmpeg fails.
 * ref: FFmpeg libavformat/framecrcenc.c (line format) and libavcodec/packet.h (AV_PKT_FLAG_DISCARD = 0x4).
 */
export function streamStartsS(path: string, tools: FfmpegTools): { videoS: number; audioS: number } | undefined {
  const r = spawnSync(
    tools.ffmpeg,
    ['-hide_banner', '-nostdin', '-loglevel', 'error', '-i', path, '-map', '0:v:0', '-map', '0:a:0', '-c', 'copy', '-f', 'framecrc', '-'],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (r.status !== 0 || !r.stdout) return undefined;
  const tb: number[] = [];
  const first = [Infinity, Infinity];
  for (const line of r.stdout.split('\n')) {
    const t = /^#tb (\d+): (\d+)\/(\d+)/.exec(line);
    if (t) tb[Number(t[1])] = Number(t[2]) / Number(t[3]);
    if (!/^[01],/.test(line)) continue;
    const f = line.split(',');
    const flags = /F=0x([0-9a-f]+)/i.exec(line);
    if (flags && (parseInt(flags[1]!, 16) & 4) !== 0) continue;
    const i = Number(f[0]),
      pts = Number(f[2]);
    if (Number.isFinite(pts) && pts < first[i]) first[i] = pts;
  }
  if (!tb[0] || !tb[1] || !Number.isFinite(first[0]) || !Number.isFinite(first[1])) return undefined;
  return { videoS: first[0] * tb[0], audioS: first[1] * tb[1] };
}

/** The video's onset envelope on its own clock (0 = first video frame), or undefined without sound. */
export async function readOnsetEnvelope(path: string, tools: FfmpegTools = findFfmpeg()): Promise<EvenSignal | undefined> {
  const pcm = await readAudio(path, tools);
  if (!pcm) return undefined;
  const env = onsetEnvelope(pcm, AUDIO_RATE_HZ);
  return { ...env, startS: env.startS + audioLeadS(path, tools) };
}
