// Sync end to end on rendered video: the demo's rendered session (a synthetic figure filmed by four
// cameras, known motion), with two cameras' videos trimmed by known frame counts with ffmpeg, goes
// through `process` (pose model, sync, triangulation) and is compared with the untrimmed session.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Points3D } from '../../src/core/types.ts';
import { buildDemoSession } from '../../src/demo/buildDemoSession.ts';
import { compareToTruth } from '../../src/demo/compareToTruth.ts';
import { decodePoints3dFile } from '../../src/formats/points3dFile.ts';
import { runProcess } from '../../src/session/process.ts';
import { findFfmpeg } from '../../src/video/ffmpeg.ts';
import { ffmpegMissing } from '../../src/video/testVideos.ts';

const noFfmpeg = ffmpegMissing();
const TRIM: Record<string, number> = { cam02: 5, cam04: 2 };
const FPS = 30;
let root: string | undefined;
afterAll(() => root && rmSync(root, { recursive: true, force: true }));

/** Frames [from, to) of a point set. */
const slice = (p: Points3D, from: number, to: number): Points3D => ({
  ...p,
  frames: to - from,
  data: p.data.subarray(from * p.joints * 3, to * p.joints * 3),
  reprojectionErrorPx: p.reprojectionErrorPx.subarray(from * p.joints, to * p.joints),
  cameraMask: p.cameraMask.subarray(from * p.joints, to * p.joints),
  timestampsMs: p.timestampsMs.subarray(from, to),
});

/** Mean 3D error (mm) against the truth over frames [from, to), joints matched by name (the pose model's layout is not the truth's). */
const errorMm = (p: Points3D, truth: Points3D, from: number, to: number): number =>
  compareToTruth(slice(p, from, to), slice(truth, from, to)).meanMm;

describe(`sync on rendered videos with trimmed starts${noFfmpeg ? ` (skipped: ${noFfmpeg})` : ''}`, () => {
  it.skipIf(!!noFfmpeg)(
    'finds the trims within 0.25 frame and the 3D error stays within 10 % of the untrimmed session',
    async () => {
      root = mkdtempSync(join(tmpdir(), 'omc-sync-rendered-'));
      const demo = await buildDemoSession(join(root, 'full'), { frames: 120 });
      const trimmed = join(root, 'trimmed');
      cpSync(demo.dir, trimmed, { recursive: true });
      rmSync(join(trimmed, 'output'), { recursive: true, force: true });
      const { ffmpeg } = findFfmpeg();
      for (const [cam, n] of Object.entries(TRIM)) {
        const r = spawnSync(
          ffmpeg,
          [
            '-v',
            'error',
            '-y',
            '-i',
            join(demo.dir, 'videos', `${cam}.mp4`),
            '-vf',
            `select=gte(n\\,${n}),setpts=PTS-STARTPTS`,
            '-vsync',
            'passthrough',
            '-c:v',
            'libx264',
            '-crf',
            '12',
            '-preset',
            'veryfast',
            '-threads',
            '1',
            '-pix_fmt',
            'yuv420p',
            join(trimmed, 'videos', `${cam}.mp4`),
          ],
          { encoding: 'utf8' },
        );
        expect(r.status, r.stderr).toBe(0);
      }
      await runProcess(demo.dir);
      // The untrimmed cameras' detections are the same: kept (newer than their videos, same model).
      mkdirSync(join(trimmed, 'pose2d'), { recursive: true });
      for (const cam of ['cam01', 'cam03'])
        copyFileSync(join(demo.dir, 'pose2d', `${cam}.pose2d`), join(trimmed, 'pose2d', `${cam}.pose2d`));
      await runProcess(trimmed);
      const full = JSON.parse(readFileSync(join(demo.dir, 'output/sync.json'), 'utf8'));
      for (const cam of ['cam02', 'cam03', 'cam04']) expect(full.cameras[cam].start_s).toBe(0);
      const sync = JSON.parse(readFileSync(join(trimmed, 'output/sync.json'), 'utf8'));
      const found = Object.fromEntries(Object.keys(TRIM).map((cam) => [cam, sync.cameras[cam].start_s * FPS]));
      const raw = (dir: string) => decodePoints3dFile(new Uint8Array(readFileSync(join(dir, 'output/points3d_raw.p3d'))), 'raw').points;
      const from = 6,
        to = 118;
      const err = errorMm(raw(trimmed), demo.truth, from, to);
      const errFull = errorMm(raw(demo.dir), demo.truth, from, to);
      console.log(
        `sync rendered: trims found ${Object.entries(found)
          .map(([c, v]) => `${c} ${v.toFixed(2)}`)
          .join(', ')} frames (trimmed ${Object.values(TRIM).join(', ')}; signals ${Object.keys(TRIM)
          .map(
            (c) =>
              `${c} ${sync.cameras[c].method} ${Object.entries(sync.cameras[c].signals ?? {})
                .map(([k, v]) => `${k} ${((v as { start_s: number }).start_s * FPS).toFixed(2)}`)
                .join(' ')}`,
          )
          .join('; ')}); 3D error ${err.toFixed(1)} mm vs ${errFull.toFixed(1)} mm untrimmed`,
      );
      for (const [cam, n] of Object.entries(TRIM)) expect(Math.abs(found[cam] - n), cam).toBeLessThan(0.25);
      expect(err).toBeLessThanOrEqual(errFull * 1.1);
    },
    900_000,
  );
});
