// The nominal frame rate of a video whose container gives none (a browser's MediaRecorder WebM: its
// 1 ms time base reads as 1000 fps) is measured from the frames' own timestamps, in probeVideo, the
// one place every command reads a video's rate. The files are made by the real ffmpeg at test time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFrames } from './decode.ts';
import { findFfmpeg, passthroughFlags, type FfmpegTools } from './ffmpeg.ts';
import { fpsFromTimestamps, IMPLAUSIBLE_FPS, probeVideo, rateImplausible } from './probe.ts';

const tools = ((): FfmpegTools | undefined => {
  try {
    return findFfmpeg({ prefer: 'system' });
  } catch {
    return undefined;
  }
})();
const hasVpx = !!tools && spawnSync(tools.ffmpeg, ['-hide_banner', '-encoders'], { encoding: 'utf8' }).stdout.includes('libvpx');
const skip = !tools ? 'ffmpeg is not installed' : !hasVpx ? 'this ffmpeg has no libvpx encoder' : '';

describe('fpsFromTimestamps', () => {
  it('takes the median interval, refined by the intervals near it; dropped frames and repeated times do not count', () => {
    // 30 fps with a dropped frame (a 66.7 ms gap) and a repeated timestamp.
    const t = [0, 1, 2, 4, 5, 5, 6, 7].map((k) => k / 30);
    expect(fpsFromTimestamps(t)).toBeCloseTo(30, 6);
    // Millisecond rounding of 30 fps (33/34 ms intervals) averages out.
    expect(fpsFromTimestamps(Array.from({ length: 61 }, (_, k) => Math.round((k * 1000) / 30) / 1000))).toBeCloseTo(30, 1);
    expect(fpsFromTimestamps([0.5])).toBeNaN();
    expect(fpsFromTimestamps([0.5, 0.5])).toBeNaN();
  });

  it('calls a missing, zero, time-base-like or guessed rate implausible', () => {
    expect(rateImplausible({ fps: 1000 })).toBe(true);
    expect(rateImplausible({ fps: IMPLAUSIBLE_FPS })).toBe(true);
    expect(rateImplausible({ fps: 0 })).toBe(true);
    expect(rateImplausible({ fps: NaN })).toBe(true);
    expect(rateImplausible({ fps: 100, fpsGuessed: true })).toBe(true);
    expect(rateImplausible({ fps: 240 })).toBe(false);
    expect(rateImplausible({ fps: 29.97, fpsGuessed: false })).toBe(false);
  });
});

describe.skipIf(!!skip)(`probeVideo on WebM files without a frame rate${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'openmocap-rate-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * VP8 WebM whose frame N is at the millisecond `ptsExpr` gives, with a 1 ms encoder time base and
   * `-r 1000`, so that, as in a MediaRecorder's file, ffprobe finds no average rate (avg_frame_rate
   * 0/0) and only guesses one from the timestamps (r_frame_rate: 1000/1 when they are irregular).
   */
  const makeWebm = (name: string, frames: number, ptsExpr: string): string => {
    const out = join(dir, name);
    const r = spawnSync(
      tools!.ffmpeg,
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-y',
        '-f',
        'lavfi',
        '-i',
        `testsrc2=size=96x64:rate=30:duration=${frames / 30}`,
        '-vf',
        `settb=1/1000,setpts='${ptsExpr}'`,
        ...passthroughFlags(tools!.ffmpeg),
        '-enc_time_base',
        '1:1000',
        '-r',
        '1000',
        '-c:v',
        'libvpx',
        '-b:v',
        '200k',
        out,
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    return out;
  };
  const decodedMs = async (file: string): Promise<number[]> => {
    const t: number[] = [];
    for await (const f of decodeFrames(file, { tools, maxSize: 32 })) t.push(f.timestampMs);
    return t;
  };

  it('a variable-frame-rate WebM (30 and 40 ms intervals): the rate from its timestamps, each frame keeps its own time', async () => {
    const file = makeWebm('vfr.webm', 30, 'N*35+if(mod(N\\,2)\\,-5\\,0)');
    for (const ffmpegOnly of [false, true]) {
      const info = await probeVideo(file, { tools, ffmpegOnly });
      expect(info.fpsSource, `ffmpegOnly ${ffmpegOnly}`).toBe('timestamps');
      // 15 intervals of 30 ms and 14 of 40 ms: median 30 ms, all within ±50 % of it → mean 34.83 ms.
      expect(info.fps).toBeCloseTo(1000 / ((15 * 30 + 14 * 40) / 29), 3);
      expect(info.frames).toBe(30);
      expect(info.framesEstimated).toBe(false);
    }
    const t = await decodedMs(file);
    expect(t).toEqual(Array.from({ length: 30 }, (_, k) => k * 35 - (k % 2 ? 5 : 0)));
  });

  it('a MediaRecorder-like WebM (irregular millisecond timestamps, 1k tbr): ~30 fps, not 1000', async () => {
    // Frames every 33.3 ms with a capture jitter of up to ±12 ms, rounded to the millisecond.
    const file = makeWebm('recorder.webm', 45, 'round(N*1000/30+12*sin(N*2.7))');
    // As ffmpeg reads a MediaRecorder's file: no average rate, the 1 ms time base as the rate guess.
    const raw = spawnSync(tools!.ffmpeg, ['-hide_banner', '-i', file], { encoding: 'utf8' }).stderr;
    expect(raw).toMatch(/Video: vp8.*, 1k tbr/);
    expect(raw).not.toMatch(/Video:.* fps/);
    for (const ffmpegOnly of [false, true]) {
      const info = await probeVideo(file, { tools, ffmpegOnly });
      expect(info.fpsSource, `ffmpegOnly ${ffmpegOnly}`).toBe('timestamps');
      expect(info.fps).toBeGreaterThan(29);
      expect(info.fps).toBeLessThan(31);
      expect(info.frames).toBe(45);
      expect(info.durationS).toBeGreaterThan(1.4);
      expect(info.durationS).toBeLessThan(1.6);
    }
    const t = await decodedMs(file);
    expect(t).toHaveLength(45);
    // Not an even grid: the decoder passes the recorded jitter through.
    expect(Math.max(...t.map((x, k) => Math.abs(x - (k * 1000) / 30)))).toBeGreaterThan(2);
  });

  it('a WebM with a real average rate keeps the container rate', async () => {
    const out = join(dir, 'cfr.webm');
    const r = spawnSync(
      tools!.ffmpeg,
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-y',
        '-f',
        'lavfi',
        '-i',
        'testsrc2=size=96x64:rate=25:duration=0.8',
        '-c:v',
        'libvpx',
        '-b:v',
        '200k',
        out,
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const info = await probeVideo(out, { tools });
    expect(info.fpsSource).toBe('container');
    expect(info.fps).toBe(25);
  });
});
