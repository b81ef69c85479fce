// Sync by sound when a video's sound track starts later than its picture (the audio stream's start
// time is not the video's): the offset must be read with ffmpeg alone too, since the npm fallback
// ffmpeg (4.1) has no ffprobe. This file runs the session with the fallback binary
// (OPENMOCAP_FFMPEG=npm, set before anything looks ffmpeg up; vitest runs each file in its own process).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCalibrationToml } from '../../src/formats/calibrationToml.ts';
import { writePose2d } from '../../src/io/pose2d.ts';
import { runProcess } from '../../src/session/process.ts';
import { makeUnsyncedTake, type UnsyncedCamera } from '../../src/synthetic/unsyncedTake.ts';
import { AUDIO_RATE_HZ, audioLeadS, readOnsetEnvelope, streamStartsS } from '../../src/video/audio.ts';
import { findFfmpeg, npmFfmpegPath, whichSync, type FfmpegTools } from '../../src/video/ffmpeg.ts';

process.env.OPENMOCAP_FFMPEG = 'npm';
const npm = npmFfmpegPath();
const system = whichSync('ffmpeg') && whichSync('ffprobe');
const why = npm ? '' : 'skipped: the npm fallback ffmpeg (@ffmpeg-installer) is absent';
const F = 1 / 60;
const CLAP_S = 3; // on the reference clock
/** Seconds by which each camera's sound track starts after its first frame. */
const AUDIO_LATE_S = [0, 0.45, 0, 0.8];
const CAMS: UnsyncedCamera[] = [
  { startS: 0, fps: 60, durationS: 6 },
  { startS: 0.8 + 0.37 * F, fps: 60, durationS: 6 },
  { startS: -0.5, fps: 60, durationS: 6 },
  { startS: 1.1 - 0.37 * F, fps: 60, durationS: 6 },
];
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'omc-sync-audio-late-'));
});
afterAll(() => {
  if (!process.env.KEEP) rmSync(root, { recursive: true, force: true });
});

/**
 * A tiny grey video whose sound track starts `lateS` after its picture (-itsoffset) and has a clap at
 * `clapS` seconds of the VIDEO's clock (so at clapS − lateS into the sound track). PCM sound: no encoder delay.
 */
function clapVideo(ffmpeg: string, path: string, durationS: number, clapS: number, lateS: number): void {
  const T = (clapS - lateS).toFixed(6);
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
      '-itsoffset',
      String(lateS),
      '-f',
      'lavfi',
      '-i',
      `aevalsrc=exprs='if(between(t\\,${T}\\,${T}+0.03)\\,(random(0)*2-1)*exp(-(t-${T})*150)\\,0)+0.002*(random(1)-0.5)':s=16000:d=${durationS - lateS}`,
      '-map',
      '0:v',
      '-map',
      '1:a',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-threads',
      '1',
      '-c:a',
      'pcm_s16le',
      path,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
}

/** Time (video clock) of the envelope's strongest onset. */
function onsetAt(env: { startS: number; rateHz: number; values: Float64Array }): number {
  let best = 0;
  for (let i = 1; i < env.values.length; i++) if (env.values[i] > env.values[best]) best = i;
  return env.startS + best / env.rateHz;
}

describe(`sync by sound when the sound track starts after the picture${why ? ` (${why})` : ''}`, () => {
  it.skipIf(!!why)(
    "reads the sound track's start with ffmpeg alone (npm 4.1, no ffprobe) as ffprobe does, and puts the clap at its video time",
    async () => {
      const tools: FfmpegTools[] = [findFfmpeg({ prefer: 'npm' })];
      if (system) tools.push(findFfmpeg({ prefer: 'system' }));
      expect(tools[0].ffprobe).toBeUndefined();
      const file = join(root, 'late.mkv');
      clapVideo(tools[0].ffmpeg, file, 4, 2, 0.5);
      const early = join(root, 'plain.mkv');
      clapVideo(tools[0].ffmpeg, early, 4, 2, 0);
      for (const t of tools) {
        expect(audioLeadS(file, t), t.source).toBeCloseTo(0.5, 3);
        expect(audioLeadS(early, t), t.source).toBeCloseTo(0, 3);
        const env = await readOnsetEnvelope(file, t);
        expect(Math.abs(onsetAt(env!) - 2), `${t.source}: clap found at ${onsetAt(env!).toFixed(3)} s of the video`).toBeLessThan(0.015);
      }
      const s = streamStartsS(file, tools[0])!;
      expect(s.audioS - s.videoS).toBeCloseTo(0.5, 3);
      expect(AUDIO_RATE_HZ).toBe(16000);
    },
    60_000,
  );

  it.skipIf(!!why)(
    "places every camera within 0.25 frame from the clap alone (subject still), with the npm ffmpeg, two cameras' sound starting late",
    async () => {
      expect(findFfmpeg()).toMatchObject({ source: 'npm' });
      expect(findFfmpeg().ffprobe).toBeUndefined();
      const dir = join(root, 'still');
      mkdirSync(join(dir, 'videos'), { recursive: true });
      const take = makeUnsyncedTake(CAMS, { still: true });
      for (const s of take.sequences) writePose2d(dir, s);
      writeFileSync(join(dir, 'calibration.toml'), formatCalibrationToml(take.rig));
      CAMS.forEach((c, i) =>
        clapVideo(findFfmpeg().ffmpeg, join(dir, 'videos', `cam0${i + 1}.mkv`), c.durationS, CLAP_S - c.startS, AUDIO_LATE_S[i]),
      );
      await runProcess(dir, { steps: ['sync'] });
      const sync = JSON.parse(readFileSync(join(dir, 'output/sync.json'), 'utf8'));
      const found: string[] = [];
      CAMS.forEach((c, i) => {
        if (i === 0) return;
        const cs = sync.cameras[`cam0${i + 1}`];
        found.push(`cam0${i + 1} ${((cs.start_s - c.startS) / F).toFixed(2)}`);
        expect(cs.method).toMatch(/^audio/);
        expect(Math.abs(cs.start_s - c.startS) / F, `cam0${i + 1}: found ${cs.start_s}, true ${c.startS}`).toBeLessThan(0.25);
      });
      console.log(`sync audio late (npm ffmpeg): error in frames ${found.join(', ')}`);
    },
    120_000,
  );
});
