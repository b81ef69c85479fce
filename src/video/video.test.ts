import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../core/errors.ts';
import { findFfmpeg, npmFfmpegPath, passthroughFlags, whichSync, type FfmpegTools } from './ffmpeg.ts';
import { probeVideo } from './probe.ts';
import { decodeFrame, decodeFrames, packetTimes } from './decode.ts';
import { createVideoWriter } from './encode.ts';
import { blockMean, patternFrame, runFfmpeg, sharedVideosDir, writePatternVideo } from './testVideos.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'openmocap-video-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const systemTools = (): FfmpegTools | undefined => {
  try {
    return findFfmpeg({ prefer: 'system' });
  } catch {
    return undefined;
  }
};
const npmTools = (): FfmpegTools | undefined => {
  try {
    return findFfmpeg({ prefer: 'npm' });
  } catch {
    return undefined;
  }
};
const anyTools = systemTools() ?? npmTools();

async function collect(path: string, opts: Parameters<typeof decodeFrames>[1] = {}) {
  const frames = [];
  for await (const f of decodeFrames(path, opts)) frames.push(f);
  return frames;
}

async function expectUserError(p: Promise<unknown>, ...patterns: RegExp[]): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  const msg = (err as UserError).message;
  expect(msg).not.toContain('\n');
  for (const re of patterns) expect(msg).toMatch(re);
  return err as UserError;
}

describe('findFfmpeg', () => {
  it.skipIf(!whichSync('ffmpeg'))('prefers the system ffmpeg (with its ffprobe) when one is on PATH (skipped: no ffmpeg on PATH)', () => {
    const onPath = whichSync('ffmpeg');
    const tools = findFfmpeg({ pathEnv: process.env.PATH });
    expect(tools.source).toBe('system');
    expect(tools.ffmpeg).toBe(onPath);
    if (whichSync('ffprobe')) expect(tools.ffprobe).toBeDefined();
  });

  it.skipIf(!npmFfmpegPath())(
    'falls back to the npm binary, which has no ffprobe, when PATH has no ffmpeg (skipped: @ffmpeg-installer binary absent)',
    () => {
      const tools = findFfmpeg({ pathEnv: '' });
      expect(tools.source).toBe('npm');
      expect(tools.ffprobe).toBeUndefined();
      expect(existsSync(tools.ffmpeg)).toBe(true);
    },
  );

  it('throws a one-line UserError saying how to install ffmpeg when there is none', () => {
    let err: unknown;
    try {
      findFfmpeg({ pathEnv: '', allowNpm: false });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/ffmpeg not found.*install/);
  });
});

describe('a configured ffmpeg that does not run', () => {
  const broken: FfmpegTools = { ffmpeg: '/nonexistent/bin/ffmpeg', source: 'env' };

  it('probe, decode and encode fail with one-line UserErrors', async () => {
    const file = join(dir, 'exists.mp4');
    writeFileSync(file, 'x'.repeat(100));
    await expectUserError(probeVideo(file, { tools: broken }), /could not run \/nonexistent\/bin\/ffmpeg/, /install ffmpeg/);
    await expectUserError(collect(file, { tools: broken }), /could not run/);
    const w = createVideoWriter(join(dir, 'never.mp4'), { width: 8, height: 8, fps: 1, tools: broken });
    await new Promise((r) => setTimeout(r, 50));
    await expectUserError(w.write(new Uint8Array(8 * 8 * 3)), /never\.mp4/);
    await w.abort();
    expect(existsSync(join(dir, 'never.mp4'))).toBe(false);
  });

  it('OPENMOCAP_FFMPEG pointing at a missing file is a UserError naming the variable', () => {
    const saved = process.env.OPENMOCAP_FFMPEG;
    process.env.OPENMOCAP_FFMPEG = '/nonexistent/bin/ffmpeg';
    try {
      expect(() => findFfmpeg({ pathEnv: '' })).toThrow(/OPENMOCAP_FFMPEG=\/nonexistent\/bin\/ffmpeg is not an executable/);
    } finally {
      if (saved === undefined) delete process.env.OPENMOCAP_FFMPEG;
      else process.env.OPENMOCAP_FFMPEG = saved;
    }
  });
});

describe.skipIf(!anyTools)('encode → probe → decode round trip (skipped: no ffmpeg)', () => {
  const toolsets = [systemTools(), npmTools()].filter((t): t is FfmpegTools => !!t);

  it.each(
    toolsets.map((t) => [t.source, t] as const),
  )('with the %s ffmpeg: size, frame count, timestamps and pixels survive', async (_src, tools) => {
    const file = join(dir, `roundtrip-${tools.source}.mp4`);
    await writePatternVideo(file, { width: 64, height: 48, fps: 25, frames: 12, tools });
    const info = await probeVideo(file, { tools });
    expect(info).toMatchObject({ width: 64, height: 48, rotation: 0, codec: 'h264' });
    expect(info.fps).toBeCloseTo(25, 6);
    expect(info.frames).toBe(12);
    const frames = await collect(file, { tools });
    expect(frames.map((f) => f.index)).toEqual([...Array(12).keys()]);
    frames.forEach((f, i) => {
      expect(f.width).toBe(64);
      expect(f.height).toBe(48);
      expect(f.rgb.length).toBe(64 * 48 * 3);
      expect(f.timestampMs).toBeCloseTo(i * 40, 3);
      // The white corner block and the moving dark block are where they were drawn.
      expect(blockMean(f.rgb, 64, 1, 1, 6, 6)).toBeGreaterThan(230);
      expect(blockMean(f.rgb, 64, 9 + i, 21, 6, 6)).toBeLessThan(40);
      expect(blockMean(f.rgb, 64, 40, 36, 6, 6)).toBeGreaterThan(110);
    });
  });

  it.skipIf(!systemTools()?.ffprobe)(
    'probes the same information from `ffmpeg -i` as from ffprobe (skipped: no system ffprobe)',
    async () => {
      const tools = systemTools()!;
      const file = join(dir, 'probe-compare.mp4');
      await writePatternVideo(file, { width: 80, height: 60, fps: 30, frames: 15, tools });
      const a = await probeVideo(file, { tools });
      const b = await probeVideo(file, { tools, ffmpegOnly: true });
      expect(a.probedWith).toBe('ffprobe');
      expect(b.probedWith).toBe('ffmpeg');
      for (const k of ['width', 'height', 'rotation', 'codec', 'streamIndex'] as const) expect(b[k]).toEqual(a[k]);
      expect(b.fps).toBeCloseTo(a.fps, 3);
      expect(b.durationS).toBeCloseTo(a.durationS, 1);
      // ffmpeg alone counts the packets (demuxing only): the same exact count as ffprobe's nb_frames.
      expect(a.framesEstimated).toBe(false);
      expect(b.framesEstimated).toBe(false);
      expect(b.frames).toBe(15);
      expect(a.frames).toBe(15);
    },
  );

  it('reads and writes file names that look like URLs or options (take:1.mp4, -x.mp4)', async () => {
    for (const name of ['take:1.mp4', '-x.mp4']) {
      const file = join(dir, name);
      await writePatternVideo(file, { width: 32, height: 32, fps: 10, frames: 2, tools: anyTools });
      expect((await probeVideo(file, { tools: anyTools })).width).toBe(32);
      expect((await probeVideo(file, { tools: anyTools, ffmpegOnly: true })).width).toBe(32);
      expect(await collect(file, { tools: anyTools })).toHaveLength(2);
    }
  });

  it('pads odd sizes to even for yuv420p without moving pixels', async () => {
    const file = join(dir, 'odd.mp4');
    await writePatternVideo(file, { width: 65, height: 49, fps: 30, frames: 3, tools: anyTools });
    const f = await decodeFrame(file, 2, { tools: anyTools });
    expect([f.width, f.height]).toEqual([66, 50]);
    expect(blockMean(f.rgb, 66, 1, 1, 6, 6)).toBeGreaterThan(230);
    expect(blockMean(f.rgb, 66, 11, 21, 6, 6)).toBeLessThan(40);
  });

  it('honours startFrame, maxFrames and scale', async () => {
    const file = join(dir, 'range.mp4');
    await writePatternVideo(file, { width: 64, height: 48, fps: 20, frames: 20, tools: anyTools });
    const frames = await collect(file, { startFrame: 5, maxFrames: 4, tools: anyTools });
    expect(frames.map((f) => f.index)).toEqual([5, 6, 7, 8]);
    expect(frames.map((f) => Math.round(f.timestampMs))).toEqual([250, 300, 350, 400]);
    // The dark block of frame 5 starts at x = 13.
    expect(blockMean(frames[0]!.rgb, 64, 14, 21, 6, 6)).toBeLessThan(40);
    const capped = await collect(file, { maxSize: 32, maxFrames: 1, tools: anyTools });
    expect([capped[0]!.width, capped[0]!.height]).toEqual([32, 24]);
    const uncapped = await collect(file, { maxSize: 1000, maxFrames: 1, tools: anyTools });
    expect([uncapped[0]!.width, uncapped[0]!.height]).toEqual([64, 48]);
    const half = await collect(file, { scale: 0.5, maxFrames: 2, tools: anyTools });
    expect(half).toHaveLength(2);
    expect([half[0]!.width, half[0]!.height]).toEqual([32, 24]);
    expect(half[0]!.rgb.length).toBe(32 * 24 * 3);
    expect(blockMean(half[0]!.rgb, 32, 0, 0, 3, 3)).toBeGreaterThan(220);
  });

  it('everyNth emits frames startFrame, startFrame + n, … with the same pixels and times as a full decode', async () => {
    const tools = anyTools!;
    const file = join(dir, 'nth.mp4');
    const w = createVideoWriter(file, { width: 160, height: 32, fps: 30, tools, extraArgs: ['-g', '30'] });
    for (let i = 0; i < 40; i++) await w.write(patternFrame(160, 32, i));
    await w.close();
    const all = await collect(file, { tools });
    const every = await collect(file, { tools, everyNth: 7 });
    expect(every.map((f) => f.index)).toEqual([0, 7, 14, 21, 28, 35]);
    const late = await collect(file, { tools, everyNth: 5, startFrame: 12, maxFrames: 3, seek: 'never' });
    expect(late.map((f) => f.index)).toEqual([12, 17, 22]);
    for (const f of [...every, ...late]) {
      expect(f.timestampMs).toBeCloseTo(all[f.index]!.timestampMs, 3);
      expect(Buffer.from(f.rgb).equals(Buffer.from(all[f.index]!.rgb))).toBe(true);
    }
  });

  it('seeks straight to a late startFrame and returns exactly the frames a full decode returns', async () => {
    const tools = anyTools!;
    const file = join(dir, 'seekable.mp4');
    const w = createVideoWriter(file, { width: 320, height: 48, fps: 30, tools, extraArgs: ['-g', '30'] });
    for (let i = 0; i < 240; i++) await w.write(patternFrame(320, 48, i));
    await w.close();
    const times = await packetTimes(file, await probeVideo(file, { tools }), tools);
    expect(times).toHaveLength(240);
    expect(times![200]).toBeCloseTo(200 / 30, 6);
    let sawSeek = false;
    for (const start of [150, 201, 239]) {
      const fast: { index: number; timestampMs: number; rgb: Uint8Array }[] = [];
      for await (const f of decodeFrames(file, { tools, startFrame: start, maxFrames: 2 })) {
        if (fast.length === 0 && existsSync('/proc/self/cmdline')) {
          sawSeek ||= readdirSync('/proc').some((p) => {
            try {
              const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
              return cmd.includes('-ss') && cmd.some((a) => a.endsWith('seekable.mp4'));
            } catch {
              return false;
            }
          });
        }
        fast.push(f);
      }
      const slow = await collect(file, { tools, startFrame: start, maxFrames: 2, seek: 'never' });
      expect(fast.map((f) => f.index)).toEqual(slow.map((f) => f.index));
      expect(fast.map((f) => f.index)[0]).toBe(start);
      fast.forEach((f, i) => {
        expect(f.timestampMs).toBeCloseTo(slow[i]!.timestampMs, 2);
        expect(f.rgb).toEqual(slow[i]!.rgb);
      });
      // The moving block of frame `start` starts at x = 8 + start.
      expect(blockMean(fast[0]!.rgb, 320, 9 + start, 21, 6, 6)).toBeLessThan(40);
    }
    if (existsSync('/proc/self/cmdline')) expect(sawSeek).toBe(true);
  });

  it('seeks correctly in a variable-frame-rate video', async () => {
    const tools = anyTools!;
    const file = join(dir, 'vfr-long.mp4');
    // 150 frames at 30 fps (5 s), then 30 frames at 10 fps.
    runFfmpeg(tools.ffmpeg, [
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=96x64:rate=30',
      '-frames:v',
      '180',
      '-vf',
      "setpts='if(lt(N,150),N/30,5+(N-150)/10)/TB'",
      '-vsync',
      'passthrough',
      '-g',
      '20',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      '-video_track_timescale',
      '3000',
      file,
    ]);
    for (const start of [165, 175]) {
      const fast = await collect(file, { tools, startFrame: start, maxFrames: 3 });
      const slow = await collect(file, { tools, startFrame: start, maxFrames: 3, seek: 'never' });
      expect(fast.map((f) => f.index)).toEqual([start, start + 1, start + 2]);
      expect(fast.map((f) => Math.round(f.timestampMs))).toEqual(slow.map((f) => Math.round(f.timestampMs)));
      expect(fast[0]!.timestampMs).toBeGreaterThan(5000 + (start - 151) * 100 - 5);
      fast.forEach((f, i) => expect(f.rgb).toEqual(slow[i]!.rgb));
    }
  });

  // The committed fixture was written by ffmpeg 5.1 (see fixtures/README.md): 10 frames at 30 fps, then
  // 10 at 10 fps, H.264 with B-frames, MP4 with an edit list — as phones write variable frame rate.
  const VFR_FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'vfr-30fps-then-10fps.mp4');
  const VFR_TRUTH_MS = Array.from({ length: 20 }, (_, k) => (k < 10 ? k : 10 + (k - 10) * 3) * (1000 / 30));
  const eachTools = (): [string, FfmpegTools | undefined, string][] => [
    ['the npm ffmpeg (4.1)', npmTools(), '@ffmpeg-installer binary absent'],
    ['the system ffmpeg', systemTools(), 'no ffmpeg on PATH'],
  ];

  for (const [what, tools, why] of eachTools()) {
    it.skipIf(!tools)(`decodes every frame of a variable-frame-rate MP4 with its timestamp, with ${what} (skipped: ${why})`, async () => {
      const info = await probeVideo(VFR_FIXTURE, { tools });
      expect(info.frames).toBe(20);
      expect(info.framesEstimated).toBe(false);
      const frames = await collect(VFR_FIXTURE, { tools });
      expect(frames.map((f) => f.index)).toEqual([...Array(20).keys()]);
      frames.forEach((f, i) => expect(f.timestampMs).toBeCloseTo(VFR_TRUTH_MS[i]!, 3));
      // Frames from the middle of the slow part, as a seek would ask for them.
      const late = await collect(VFR_FIXTURE, { tools, startFrame: 15, maxFrames: 3 });
      expect(late.map((f) => Math.round(f.timestampMs))).toEqual(VFR_TRUTH_MS.slice(15, 18).map(Math.round));
      late.forEach((f, i) => expect(f.rgb).toEqual(frames[15 + i]!.rgb));
    });

    it.skipIf(!tools)(
      `keeps per-frame timestamps of variable-frame-rate videos it writes itself, with ${what} (skipped: ${why})`,
      async () => {
        // ffmpeg 4.1's MP4 muxer writes an edit list one or two frames short for variable-rate H.264
        // with B-frames (the last frames then are not shown by any player or ffprobe): with that
        // binary the MP4 is written without B-frames; Matroska is written as is.
        const tag = tools!.source;
        for (const [name, extra] of [
          [`vfr-${tag}.mp4`, ['-bf', '0', '-video_track_timescale', '3000']],
          [`vfr-${tag}.mkv`, []],
        ] as const) {
          const file = join(dir, name);
          runFfmpeg(tools!.ffmpeg, [
            '-f',
            'lavfi',
            '-i',
            'testsrc2=size=64x48:rate=30',
            '-frames:v',
            '20',
            '-vf',
            "setpts='if(lt(N,10),N,10+(N-10)*3)'",
            ...passthroughFlags(tools!.ffmpeg),
            '-c:v',
            'libx264',
            '-pix_fmt',
            'yuv420p',
            ...extra,
            file,
          ]);
          const frames = await collect(file, { tools });
          expect(frames).toHaveLength(20);
          // Matroska stores milliseconds.
          frames.forEach((f, i) => expect(Math.abs(f.timestampMs - VFR_TRUTH_MS[i]!)).toBeLessThan(0.6));
          const info = await probeVideo(file, { tools });
          if (!info.framesEstimated) expect(info.frames).toBe(20);
        }
      },
    );
  }

  it('reports timestamps from the start of the file when the container starts late', async () => {
    const tools = anyTools!;
    const plain = join(dir, 'offset-src.mp4');
    await writePatternVideo(plain, { width: 64, height: 48, fps: 25, frames: 5, tools });
    const late = join(dir, 'offset.mp4');
    runFfmpeg(tools.ffmpeg, ['-i', plain, '-c', 'copy', '-output_ts_offset', '10', late]);
    const info = await probeVideo(late, { tools });
    expect(info.startTimeS).toBeCloseTo(10, 3);
    const frames = await collect(late, { tools });
    expect(frames.map((f) => Math.round(f.timestampMs))).toEqual([0, 40, 80, 120, 160]);
  });

  it('applies rotation metadata and reports the size of the frames it emits', async () => {
    const tools = anyTools!;
    const plain = join(dir, 'unrotated.mp4');
    await writePatternVideo(plain, { width: 64, height: 48, fps: 30, frames: 3, tools });
    const rotated = join(dir, 'rotated.mp4');
    runFfmpeg(tools.ffmpeg, ['-i', plain, '-c', 'copy', '-metadata:s:v', 'rotate=90', rotated]);
    let info = await probeVideo(rotated, { tools });
    if (info.rotation === 0) {
      // ffmpeg ≥ 6 ignores the rotate tag; it has -display_rotation (counter-clockwise degrees) instead.
      runFfmpeg(tools.ffmpeg, ['-display_rotation', '-90', '-i', plain, '-c', 'copy', rotated]);
      info = await probeVideo(rotated, { tools });
    }
    expect([90, 270]).toContain(info.rotation);
    expect([info.width, info.height]).toEqual([48, 64]);
    expect([info.codedWidth, info.codedHeight]).toEqual([64, 48]);
    // Every ffmpeg (system, npm) and both probe paths agree, and decode frames of the reported size.
    for (const t of toolsets) {
      for (const ffmpegOnly of [false, true]) {
        const i2 = await probeVideo(rotated, { tools: t, ffmpegOnly });
        expect(i2.rotation).toBe(info.rotation);
        expect([i2.width, i2.height]).toEqual([48, 64]);
      }
      const f = await decodeFrame(rotated, 0, { tools: t });
      expect([f.width, f.height]).toEqual([48, 64]);
      // The white top-left block moves to the top-right (90° clockwise) or bottom-left (270°).
      const [bx, by] = info.rotation === 90 ? [48 - 7, 1] : [1, 64 - 7];
      expect(blockMean(f.rgb, 48, bx, by, 6, 6)).toBeGreaterThan(230);
      expect(blockMean(f.rgb, 48, 1, 1, 6, 6)).toBeLessThan(200);
    }
  });

  it.each([
    ['webm', ['-c:v', 'libvpx', '-b:v', '500k']],
    ['mkv', ['-c:v', 'libx264', '-pix_fmt', 'yuv420p']],
    ['mov', ['-c:v', 'libx264', '-pix_fmt', 'yuv444p']],
    ['avi', ['-c:v', 'mjpeg', '-q:v', '3', '-pix_fmt', 'yuvj420p']],
    ['hevc10.mov', ['-c:v', 'libx265', '-x265-params', 'log-level=error', '-pix_fmt', 'yuv420p10le', '-tag:v', 'hvc1']],
  ] as const)('decodes a .%s file completely', async (ext, codecArgs) => {
    const tools = anyTools!;
    const encoders = spawnSync(tools.ffmpeg, ['-hide_banner', '-encoders'], { encoding: 'utf8' }).stdout;
    const codec = codecArgs[codecArgs.indexOf('-c:v') + 1]!;
    if (!encoders.includes(` ${codec} `)) return void console.warn(`skip: this ffmpeg cannot encode ${codec} to make the test file`);
    const src = join(dir, `container-src-${ext}.mp4`);
    await writePatternVideo(src, { width: 96, height: 64, fps: 25, frames: 10, tools });
    const file = join(dir, `container.${ext}`);
    runFfmpeg(tools.ffmpeg, ['-i', src, ...codecArgs, file]);
    const info = await probeVideo(file, { tools });
    expect([info.width, info.height]).toEqual([96, 64]);
    expect(info.fps).toBeCloseTo(25, 1);
    expect(Math.abs(info.frames! - 10)).toBeLessThanOrEqual(1);
    const frames = await collect(file, { tools });
    expect(frames).toHaveLength(10);
    expect(frames[9]!.timestampMs).toBeCloseTo(360, 0);
    expect(blockMean(frames[9]!.rgb, 96, 1, 1, 6, 6)).toBeGreaterThan(200);
    expect(blockMean(frames[9]!.rgb, 96, 18, 29, 6, 6)).toBeLessThan(60);
  });

  it('ignores an audio stream placed before the video stream', async () => {
    const tools = anyTools!;
    const plain = join(dir, 'noaudio.mp4');
    await writePatternVideo(plain, { width: 64, height: 48, fps: 30, frames: 6, tools });
    const withAudio = join(dir, 'audio-first.mp4');
    runFfmpeg(tools.ffmpeg, [
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=440:duration=0.5',
      '-i',
      plain,
      '-map',
      '0:a',
      '-map',
      '1:v',
      '-c:v',
      'copy',
      '-c:a',
      'aac',
      withAudio,
    ]);
    const info = await probeVideo(withAudio, { tools });
    expect(info.streamIndex).toBe(1);
    const frames = await collect(withAudio, { tools });
    expect(frames).toHaveLength(6);
    expect(frames[5]!.width).toBe(64);
  });

  it('stops ffmpeg when the consumer breaks out early', async () => {
    const tools = anyTools!;
    const file = join(dir, 'long-for-break.mp4');
    await writePatternVideo(file, { width: 320, height: 240, fps: 30, frames: 90, tools });
    let n = 0;
    for await (const f of decodeFrames(file, { tools })) {
      expect(f.index).toBe(n);
      if (++n === 2) break;
    }
    // No ffmpeg process is left reading this file (Linux /proc check; the kill is synchronous, the exit is not).
    if (!existsSync('/proc/self/cmdline')) return;
    const alive = () =>
      readdirSync('/proc')
        .filter((p) => /^\d+$/.test(p))
        .some((p) => {
          try {
            return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(file) && !readFileSync(`/proc/${p}/stat`, 'utf8').includes(') Z');
          } catch {
            return false;
          }
        });
    for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(alive()).toBe(false);
  });

  it.skipIf(!existsSync('/proc/self/io'))(
    'applies back-pressure: ffmpeg waits while the consumer is busy (skipped: no /proc)',
    async () => {
      const tools = anyTools!;
      const file = join(dir, 'backpressure.mp4');
      const [w, h, n] = [320, 240, 60];
      await writePatternVideo(file, { width: w, height: h, fps: 30, frames: n, tools });
      const frameBytes = w * h * 3;
      const ffmpegPid = () =>
        readdirSync('/proc')
          .filter((p) => /^\d+$/.test(p))
          .find((p) => {
            try {
              const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
              return cmd.includes(file) && cmd.includes('rawvideo');
            } catch {
              return false;
            }
          });
      let written = -1;
      let count = 0;
      for await (const _f of decodeFrames(file, { tools })) {
        if (++count === 2) {
          // Stay busy long enough for an unthrottled ffmpeg to push the whole video (14 MB) out.
          await new Promise((r) => setTimeout(r, 1500));
          const pid = ffmpegPid();
          expect(pid).toBeDefined();
          written = Number(/wchar: (\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))![1]);
        }
      }
      expect(count).toBe(n);
      // Pipe buffers hold a few hundred kB at most; ffmpeg must not be far ahead of the consumer.
      expect(written).toBeGreaterThan(2 * frameBytes);
      expect(written).toBeLessThan(10 * frameBytes);
    },
  );

  it('writes atomically: nothing appears under the target name until close(), and abort() leaves nothing', async () => {
    const file = join(dir, 'atomic.mp4');
    const w = createVideoWriter(file, { width: 32, height: 32, fps: 10, tools: anyTools });
    await w.write(patternFrame(32, 32, 0));
    expect(existsSync(file)).toBe(false);
    await w.close();
    expect(statSync(file).size).toBeGreaterThan(0);
    const aborted = join(dir, 'aborted.mp4');
    const w2 = createVideoWriter(aborted, { width: 32, height: 32, fps: 10, tools: anyTools });
    await w2.write(patternFrame(32, 32, 0));
    await w2.abort();
    expect(readdirSync(dir).filter((f) => f.includes('aborted'))).toEqual([]);
  });

  it('rejects a frame of the wrong size', async () => {
    const w = createVideoWriter(join(dir, 'wrong.mp4'), { width: 32, height: 32, fps: 10, tools: anyTools });
    await expect(w.write(new Uint8Array(10))).rejects.toThrow(/expected 3072/);
    await w.abort();
  });
});

describe.skipIf(!anyTools)('unreadable videos give one-line errors naming the file (skipped: no ffmpeg)', () => {
  const toolsets = [systemTools(), npmTools()].filter((t): t is FfmpegTools => !!t);

  it.each(toolsets.map((t) => [t.source, t] as const))('missing, empty, random bytes, text (%s ffmpeg)', async (_s, tools) => {
    const missing = join(dir, 'nope.mp4');
    await expectUserError(probeVideo(missing, { tools }), /nope\.mp4/, /not found/);
    await expectUserError(collect(missing, { tools }), /nope\.mp4/, /not found/);
    const empty = join(dir, 'empty.mp4');
    writeFileSync(empty, '');
    await expectUserError(probeVideo(empty, { tools }), /empty\.mp4/, /empty/);
    const noise = join(dir, 'noise.mp4');
    const bytes = new Uint8Array(50_000);
    let s = 12345;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
    writeFileSync(noise, bytes);
    // Random bytes named .mp4: not a video, not "truncated" (ffmpeg's MP4 reader misses the index in both).
    await expectUserError(collect(noise, { tools }), /noise\.mp4 is not a video ffmpeg can read/);
    await expectUserError(probeVideo(noise, { tools }), /noise\.mp4 is not a video ffmpeg can read/);
    const text = join(dir, 'notes.mp4');
    writeFileSync(text, 'this is not a video\n'.repeat(100));
    await expectUserError(probeVideo(text, { tools }), /notes\.mp4 is not a video ffmpeg can read/);
    await expectUserError(collect(dir, { tools }), /folder/);
  });

  it('a video truncated mid-stream (index at the front) fails after the frames that exist', async () => {
    const tools = anyTools!;
    const full = join(dir, 'full.mp4');
    runFfmpeg(tools.ffmpeg, [
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=160x120:rate=30',
      '-frames:v',
      '60',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      '-movflags',
      '+faststart',
      full,
    ]);
    const bytes = readFileSync(full);
    const cut = join(dir, 'cut.mp4');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.5)));
    let decoded = 0;
    const err = await expectUserError(
      (async () => {
        for await (const _f of decodeFrames(cut, { tools })) decoded++;
      })(),
      /cut\.mp4/,
      /truncated|damaged/,
    );
    expect(err.message).toMatch(/copy it again|re-export/);
    expect(decoded).toBeGreaterThan(0);
    expect(decoded).toBeLessThan(60);
  });

  it('a complete video with a damaged packet decodes every frame (the decoder conceals the damage)', async () => {
    const tools = anyTools!;
    const full = join(dir, 'to-damage.mp4');
    runFfmpeg(tools.ffmpeg, [
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=160x120:rate=30',
      '-frames:v',
      '60',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      '-movflags',
      '+faststart',
      full,
    ]);
    const bytes = Buffer.from(readFileSync(full));
    const mid = bytes.length >> 1;
    for (let i = 0; i < 300; i++) bytes[mid + i] = (i * 37) & 255;
    const damaged = join(dir, 'damaged.mp4');
    writeFileSync(damaged, bytes);
    const frames = await collect(damaged, { tools });
    expect(frames).toHaveLength(60);
  });

  it('a video truncated before its index (moov at the end) is reported as truncated by probe', async () => {
    const tools = anyTools!;
    const noFaststart = join(dir, 'nofaststart.mp4');
    runFfmpeg(tools.ffmpeg, [
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=160x120:rate=30',
      '-frames:v',
      '30',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      noFaststart,
    ]);
    const bytes = readFileSync(noFaststart);
    const cut = join(dir, 'cut-nomoov.mp4');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expectUserError(probeVideo(cut, { tools }), /cut-nomoov\.mp4/, /truncated/);
    await expectUserError(probeVideo(cut, { tools, ffmpegOnly: true }), /cut-nomoov\.mp4/, /truncated/);
  });
});

const videos = sharedVideosDir();
describe.skipIf(!videos || !anyTools)('the real four-camera recording (skipped: ../shared/data or ffmpeg absent)', () => {
  it('probes all four cameras as 1080×1920 / 1088×1920 at 60 fps with 100 frames', async () => {
    const sizes: Record<string, [number, number]> = { cam01: [1080, 1920], cam02: [1080, 1920], cam03: [1088, 1920], cam04: [1088, 1920] };
    for (const [cam, size] of Object.entries(sizes)) {
      const info = await probeVideo(join(videos!, `${cam}.mp4`));
      expect([info.width, info.height]).toEqual(size);
      expect(info.fps).toBeCloseTo(60, 3);
      expect(info.frames).toBeGreaterThanOrEqual(100);
    }
  });

  it('decodes cam02 (VP9 with an audio stream) and cam03 (1088 wide) completely', async () => {
    for (const cam of ['cam02', 'cam03']) {
      let n = 0;
      let last = -1;
      for await (const f of decodeFrames(join(videos!, `${cam}.mp4`), { scale: 0.25 })) {
        expect(f.index).toBe(n++);
        expect(f.timestampMs).toBeGreaterThan(last);
        last = f.timestampMs;
        expect(f.rgb.length).toBe(f.width * f.height * 3);
      }
      expect(n).toBe(100);
      expect(last).toBeCloseTo(99 * (1000 / 60), 0);
    }
  });
});
