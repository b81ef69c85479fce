// Sync on real footage: the shared four-camera lab recording, each camera's video trimmed by a known
// number of frames at its start (made here with ffmpeg, never committed), as if the cameras had been
// started by hand one after the other. Detections are cached in the OS temp folder by video content.
// Both the trimmed and the untrimmed copies are LOSSLESS (H.264 -qp 0, yuv420p kept): a trimmed
// video's frames are pixel-identical to the untrimmed video's (checked with framemd5), and the detector
// gives the same 2D on them after a frame or two (its crops are rounded onto a grid, detect/crop.ts
// snapCrop); a third run on the trimmed videos with the true trims given by hand separates the sync's
// error from the detector's.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePose2d } from '../../src/formats/pose2d.ts';
import { decodePoints3dFile } from '../../src/formats/points3dFile.ts';
import { codeVersion, runProcess } from '../../src/session/process.ts';
import { findFfmpeg } from '../../src/video/ffmpeg.ts';
import { ffmpegMissing, sharedDataDir, sharedVideosDir } from '../../src/video/testVideos.ts';

const videos = sharedVideosDir();
const noFfmpeg = ffmpegMissing();
const why = !videos ? 'skipped: ../shared/data is absent' : noFfmpeg ? `skipped: ${noFfmpeg}` : '';
/** Frames cut from the start of each camera's video (cam01 is the reference and keeps its frames). */
const TRIM = { cam01: 0, cam02: 4, cam03: 9, cam04: 2 } as const;
const FPS = 60;
const cacheDir = join(tmpdir(), 'openmocap-test-cache', 'detect');
let root: string | undefined;
afterAll(() => root && !process.env.KEEP && rmSync(root, { recursive: true, force: true }));

/** Detects the session's videos, reusing earlier detections of byte-identical videos. */
async function detectCached(dir: string): Promise<void> {
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(join(dir, 'pose2d'), { recursive: true });
  const key = (cam: string) => {
    const h = createHash('sha256')
      .update(readFileSync(join(dir, 'videos', `${cam}.mp4`)))
      .update(codeVersion('detect', 'video'))
      .digest('hex')
      .slice(0, 20);
    return join(cacheDir, `${h}.pose2d`);
  };
  const cams = Object.keys(TRIM);
  const missing = cams.filter((c) => !existsSync(key(c)));
  if (missing.length) {
    await runProcess(dir, { steps: ['detect'] });
    for (const c of cams) copyFileSync(join(dir, 'pose2d', `${c}.pose2d`), key(c));
  } else for (const c of cams) copyFileSync(key(c), join(dir, 'pose2d', `${c}.pose2d`)); // newer than the videos: adopted
}

function session(name: string): string {
  const dir = join(root!, name);
  mkdirSync(join(dir, 'videos'), { recursive: true });
  copyFileSync(join(sharedDataDir()!, 'pose2sim-demo/calibration/Calib_qualisys.toml'), join(dir, 'calibration.toml'));
  return dir;
}

const filtered = (dir: string) => decodePoints3dFile(new Uint8Array(readFileSync(join(dir, 'output/points3d.p3d'))), 'points3d.p3d').points;

describe(`sync on the real lab recording trimmed by known frame counts${why ? ` (${why})` : ''}`, () => {
  it.skipIf(!!why)(
    'finds each trim within 1 frame; the 3D after process is within 5 mm (median) of the untrimmed run',
    async () => {
      root = mkdtempSync(join(tmpdir(), 'omc-sync-real-'));
      const { ffmpeg } = findFfmpeg();
      const full = session('full');
      const trimmed = session('trimmed');
      const exact = session('exact');
      for (const [cam, n] of Object.entries(TRIM)) {
        // Lossless, from frame n on, timestamps from 0; one thread so the bytes (and the cache key) repeat.
        lossless(ffmpeg, join(videos!, `${cam}.mp4`), 0, join(full, 'videos', `${cam}.mp4`));
        lossless(ffmpeg, join(videos!, `${cam}.mp4`), n, join(trimmed, 'videos', `${cam}.mp4`));
        symlinkSync(join(trimmed, 'videos', `${cam}.mp4`), join(exact, 'videos', `${cam}.mp4`));
        // Pixel identity: trimmed frame k is untrimmed frame k + n.
        const a = frameMd5(ffmpeg, join(full, 'videos', `${cam}.mp4`)),
          b = frameMd5(ffmpeg, join(trimmed, 'videos', `${cam}.mp4`));
        expect(b.length, cam).toBe(a.length - n);
        expect(b, `${cam}: trimmed frames are not pixel-identical to the untrimmed ones`).toEqual(a.slice(n));
      }
      // The same trimmed videos with the true trims given by hand: isolates the pipeline from the estimate.
      writeFileSync(
        join(exact, 'mocap.toml'),
        `[sync]\nstart_s = { ${Object.entries(TRIM)
          .filter(([c]) => c !== 'cam01')
          .map(([c, n]) => `${c} = ${n / FPS}`)
          .join(', ')} }\n`,
      );
      await detectCached(full);
      await detectCached(trimmed);
      await detectCached(exact);
      // The detector does not depend on where a video starts: trimmed frame k has the 2D of untrimmed frame
      // k + n (every person, exactly) except in the first frames while the crops lock together.
      for (const [cam, n] of Object.entries(TRIM)) {
        const f = pose2d(full, cam),
          t = pose2d(trimmed, cam);
        let same = 0;
        for (let k = 0; k < t.frames; k++) if (samePeople(t, k, f, k + n)) same++;
        expect(same, `${cam}: ${same} of ${t.frames} trimmed frames have the untrimmed run's 2D`).toBeGreaterThanOrEqual(t.frames - 3);
      }
      await runProcess(full);
      const summary = await runProcess(trimmed);
      await runProcess(exact);
      expect(['adopted', 'skipped']).toContain(summary.stages.find((s) => s.stage.startsWith('detect'))?.status);
      // The untrimmed recording is synchronised (see ../shared/data/README.md): every camera is found within 1
      // frame of the reference (the issue's bound). With ffmpeg 5.1's frames it is found exactly in sync; with
      // the npm ffmpeg 4.1's (other pixels, other detections) one camera was placed 0.47 frame off instead.
      const base = JSON.parse(readFileSync(join(full, 'output/sync.json'), 'utf8'));
      for (const cam of ['cam02', 'cam03', 'cam04'])
        expect(
          Math.abs(base.cameras[cam].start_s * FPS),
          `${cam} of the untrimmed recording: ${JSON.stringify(base.cameras[cam])}`,
        ).toBeLessThan(1);
      // A camera trimmed by n frames started n frames later.
      const sync = JSON.parse(readFileSync(join(trimmed, 'output/sync.json'), 'utf8'));
      const found: Record<string, number> = {};
      for (const [cam, n] of Object.entries(TRIM)) {
        found[cam] = sync.cameras[cam].start_s * FPS;
        expect(Math.abs(found[cam] - n), `${cam}: found ${found[cam].toFixed(2)} frames, trimmed ${n}`).toBeLessThan(1);
        if (cam !== 'cam01') expect(sync.cameras[cam].confidence).toBeGreaterThanOrEqual(0.5);
      }
      // The reference keeps every frame, so frame f is the same instant in all runs.
      const a = filtered(full),
        b = filtered(trimmed),
        e = filtered(exact);
      expect(b.frames).toBe(a.frames);
      const first = Math.max(...Object.values(TRIM)) + 1;
      const median = medianMm(a, b, first),
        medianExact = medianMm(a, e, first),
        syncOnly = medianMm(e, b, first);
      // How far the 3D joints move in the estimate's error: median joint speed × each camera's offset error.
      const speeds: number[] = [];
      for (let f = first + 1; f < a.frames; f++)
        for (let j = 0; j < a.joints; j++) {
          const o = (f * a.joints + j) * 3,
            p = o - a.joints * 3;
          const v = Math.hypot(a.data[o] - a.data[p], a.data[o + 1] - a.data[p + 1], a.data[o + 2] - a.data[p + 2]) * FPS;
          if (Number.isFinite(v)) speeds.push(v);
        }
      speeds.sort((x, y) => x - y);
      const speed = speeds[speeds.length >> 1];
      const errFrames = Object.entries(TRIM).map(([c, n]) => Math.abs(found[c] - n));
      console.log(
        `sync real (lossless): trims found ${Object.entries(found)
          .map(([c, v]) => `${c} ${v.toFixed(2)}`)
          .join(
            ', ',
          )} frames; 3D median difference to the untrimmed run ${median.mm.toFixed(2)} mm over ${median.n} points; with the true trims given by hand ${medianExact.mm.toFixed(2)} mm; estimated vs true trims (same 2D) ${syncOnly.mm.toFixed(2)} mm; median joint speed ${speed.toFixed(2)} m/s × offset errors ${errFrames.map((x) => x.toFixed(2)).join('/')} frames = ${errFrames.map((x) => ((speed * x * 1000) / FPS).toFixed(1)).join('/')} mm`,
      );
      expect(median.n).toBeGreaterThan(1000);
      // The issue's bound: the 3D after process within 5 mm (median) of the untrimmed run on the overlapping frames.
      expect(median.mm).toBeLessThan(5);
      // What the sync itself changes (the same trimmed 2D with the estimated offsets against the true ones), and
      // what is left with the true offsets given by hand: the trimmed cameras miss the first frames, so the
      // first 3D frames and, through the zero-phase filter, their neighbours differ (1.4 mm measured; 4.2 mm
      // before the detector's crops were rounded onto a grid).
      expect(syncOnly.mm).toBeLessThan(5);
      expect(medianExact.mm).toBeLessThan(2.5);
    },
    900_000,
  );
});

function pose2d(dir: string, cam: string) {
  return decodePose2d(new Uint8Array(readFileSync(join(dir, 'pose2d', `${cam}.pose2d`))), `${cam}.pose2d`);
}

/** Every person found in frame `i` of `a` is found with exactly the same keypoints in frame `j` of `b`, and as many of them. */
function samePeople(a: ReturnType<typeof pose2d>, i: number, b: ReturnType<typeof pose2d>, j: number): boolean {
  const size = a.joints * 3;
  const people = (s: typeof a, f: number) => {
    const out: string[] = [];
    for (let p = 0; p < s.persons; p++)
      if (s.trackIds[f * s.persons + p] >= 0)
        out.push(Array.from(s.data.subarray((f * s.persons + p) * size, (f * s.persons + p + 1) * size)).join(','));
    return out.sort();
  };
  const x = people(a, i),
    y = people(b, j);
  return x.length > 0 && x.length === y.length && x.every((v, k) => v === y[k]);
}

/** Re-encodes `src` from frame `from` on, losslessly (H.264 -qp 0, yuv420p as decoded), timestamps from 0. */
function lossless(ffmpeg: string, src: string, from: number, dst: string): void {
  const r = spawnSync(
    ffmpeg,
    [
      '-v',
      'error',
      '-y',
      '-i',
      src,
      '-map',
      '0:v:0',
      '-vf',
      `select=gte(n\\,${from}),setpts=PTS-STARTPTS`,
      '-vsync',
      'passthrough',
      '-c:v',
      'libx264',
      '-qp',
      '0',
      '-preset',
      'ultrafast',
      '-threads',
      '1',
      '-pix_fmt',
      'yuv420p',
      dst,
    ],
    { encoding: 'utf8' },
  );
  expect(r.status, r.stderr).toBe(0);
}

/** MD5 of each decoded frame (framemd5, every frame as stored). */
function frameMd5(ffmpeg: string, file: string): string[] {
  const r = spawnSync(ffmpeg, ['-v', 'error', '-i', file, '-map', '0:v:0', '-vsync', 'passthrough', '-f', 'framemd5', '-'], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(',').pop()!.trim());
}

/** Median distance (mm) between two runs' filtered 3D points from frame `first` on, and how many points. */
function medianMm(a: ReturnType<typeof filtered>, b: ReturnType<typeof filtered>, first: number): { mm: number; n: number } {
  const d: number[] = [];
  for (let f = first; f < a.frames; f++)
    for (let j = 0; j < a.joints; j++) {
      const o = (f * a.joints + j) * 3;
      const dist = Math.hypot(a.data[o] - b.data[o], a.data[o + 1] - b.data[o + 1], a.data[o + 2] - b.data[o + 2]);
      if (Number.isFinite(dist)) d.push(dist * 1000);
    }
  d.sort((x, y) => x - y);
  return { mm: d[d.length >> 1], n: d.length };
}
