// Sync by sound: each camera's video carries a clap (a short decaying noise burst) at the same instant
// of the reference clock, i.e. at a different time into each video. Videos made here with ffmpeg.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCalibrationToml } from '../../src/formats/calibrationToml.ts';
import { writePose2d } from '../../src/io/pose2d.ts';
import { runProcess } from '../../src/session/process.ts';
import { makeUnsyncedTake, type UnsyncedCamera } from '../../src/synthetic/unsyncedTake.ts';
import { findFfmpeg } from '../../src/video/ffmpeg.ts';
import { ffmpegMissing } from '../../src/video/testVideos.ts';

const noFfmpeg = ffmpegMissing();
const F = 1 / 60;
const CLAP_S = 3; // on the reference clock
const CAMS: UnsyncedCamera[] = [
  { startS: 0, fps: 60, durationS: 6 },
  { startS: 0.8 + 0.37 * F, fps: 60, durationS: 6 },
  { startS: -0.5, fps: 60, durationS: 6 },
  { startS: 1.1 - 0.37 * F, fps: 60, durationS: 6 },
];
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'omc-sync-audio-'));
});
afterAll(() => {
  if (!process.env.KEEP) rmSync(root, { recursive: true, force: true });
});

/** A tiny grey video with a clap at `clapS` seconds into it and faint noise elsewhere (PCM sound, so no encoder delay). */
function clapVideo(path: string, durationS: number, clapS: number): void {
  const { ffmpeg } = findFfmpeg();
  const T = clapS.toFixed(6);
  const r = spawnSync(
    ffmpeg,
    [
      '-v',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      `color=c=gray:s=64x48:r=60:d=${durationS}`,
      '-f',
      'lavfi',
      '-i',
      `aevalsrc=exprs='if(between(t\\,${T}\\,${T}+0.03)\\,(random(0)*2-1)*exp(-(t-${T})*150)\\,0)+0.002*(random(1)-0.5)':s=16000:d=${durationS}`,
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-threads',
      '1',
      '-c:a',
      'pcm_s16le',
      '-shortest',
      path,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
}

function session(name: string, still: boolean): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'videos'), { recursive: true });
  const take = makeUnsyncedTake(CAMS, { still });
  for (const s of take.sequences) writePose2d(dir, s);
  writeFileSync(join(dir, 'calibration.toml'), formatCalibrationToml(take.rig));
  CAMS.forEach((c, i) => clapVideo(join(dir, 'videos', `cam0${i + 1}.mkv`), c.durationS, CLAP_S - c.startS));
  return dir;
}

describe(`sync by the sound of a clap${noFfmpeg ? ` (skipped: ${noFfmpeg})` : ''}`, () => {
  it.skipIf(!!noFfmpeg)(
    'places every camera within 0.25 frame from the clap alone when the subject stands still',
    async () => {
      const dir = session('still', true);
      await runProcess(dir, { steps: ['sync'] });
      const sync = JSON.parse(readFileSync(join(dir, 'output/sync.json'), 'utf8'));
      CAMS.forEach((c, i) => {
        const cs = sync.cameras[`cam0${i + 1}`];
        if (i === 0) return;
        expect(cs.method).toMatch(/^audio/);
        expect(cs.signals.keypoints.confidence).toBeLessThan(0.5);
        expect(cs.signals.audio.confidence).toBeGreaterThanOrEqual(0.5);
        expect(Math.abs(cs.start_s - c.startS) / F).toBeLessThan(0.25);
      });
    },
    120_000,
  );

  it.skipIf(!!noFfmpeg)(
    'combines the clap with the keypoints when the subject moves',
    async () => {
      const dir = session('moving', false);
      await runProcess(dir, { steps: ['sync'] });
      const sync = JSON.parse(readFileSync(join(dir, 'output/sync.json'), 'utf8'));
      CAMS.forEach((c, i) => {
        if (i === 0) return;
        const cs = sync.cameras[`cam0${i + 1}`];
        expect(cs.method).toMatch(/^keypoints\+audio/);
        expect(Math.abs(cs.start_s - c.startS) / F).toBeLessThan(0.25);
        expect(Math.abs(cs.signals.audio.start_s - c.startS) / F).toBeLessThan(0.25);
      });
    },
    120_000,
  );
});
