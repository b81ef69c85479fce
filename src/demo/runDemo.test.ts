// End to end: build the demo session, run the whole pipeline on it, compare with the truth.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ffmpegMissing } from '../video/testVideos.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'openmocap-rundemo-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// ffmpeg ships with the npm dependencies; should it be broken, the video parts skip with the reason.
const noFfmpeg = ffmpegMissing();

const quiet = { out: () => undefined, err: () => undefined, tty: false };

describe('openmocap demo end to end', () => {
  it('recovers the truth from projected keypoints within a few millimetres', async () => {
    const { runDemo } = await import('./runDemo.ts');
    let text = '';
    const r = await runDemo(join(tempDir(), 'demo'), { frames: 30, keypointsOnly: true, ...quiet, out: (s) => (text += s) });
    expect(r.input).toBe('keypoints');
    expect(r.filtered.completeness).toBeGreaterThan(0.98);
    expect(r.filtered.medianMm).toBeLessThan(15);
    expect(text).toMatch(/projected ground-truth keypoints/);
    expect(text).toMatch(/openmocap view /);
    expect(text).toMatch(/report\.html/);
  }, 120_000);

  it.skipIf(!!noFfmpeg)(
    `sees the rendered figure with the pose model and recovers the truth from the videos${noFfmpeg ? ` — skipped: ${noFfmpeg}` : ''}`,
    async () => {
      const { runDemo } = await import('./runDemo.ts');
      const dir = join(tempDir(), 'demo');
      let text = '';
      const r = await runDemo(dir, { frames: 24, ...quiet, out: (s) => (text += s) });
      expect(r.input).toBe('video');
      expect(r.fellBack).toBe(false);
      expect(r.model).toBe('movenet-lightning');
      for (const cam of r.pose2d) {
        expect(cam.detectedFrames).toBe(24);
        expect(cam.meanPctOfHeight).toBeLessThan(6);
      }
      expect(r.filtered.completeness).toBeGreaterThan(0.9);
      expect(r.filtered.medianMm).toBeLessThan(60);
      expect(text).toMatch(/rendered videos.*movenet-lightning/);
      const saved = JSON.parse(readFileSync(join(dir, 'ground_truth', 'accuracy.json'), 'utf8')) as { filtered: { medianMm: number } };
      expect(saved.filtered.medianMm).toBeCloseTo(r.filtered.medianMm, 6);

      // Run again demanding the impossible of the pose model: the videos are kept (nothing to
      // render or detect), then the demo falls back to projected keypoints and says so.
      let again = '';
      let progress = '';
      const r2 = await runDemo(dir, {
        frames: 24,
        ...quiet,
        out: (s) => (again += s),
        err: (s) => (progress += s),
        minimum: { detectedFraction: 1, meanPctOfHeight: 0.01 },
      });
      expect(progress).toMatch(/already holds this exact session; keeping its videos/);
      expect(progress).toMatch(/detect:cam01: up to date, skipped/);
      expect(progress).toMatch(/did not see the rendered figure well enough .*falling back to projected keypoints/);
      expect(r2.fellBack).toBe(true);
      expect(r2.input).toBe('keypoints');
      expect(again).toMatch(/projected ground-truth keypoints.*fallback: the pose model could not see the rendered figure/);
      expect(r2.filtered.medianMm).toBeLessThan(15);
    },
    400_000,
  );

  it('refuses a folder that is not a demo session', async () => {
    const { runDemo } = await import('./runDemo.ts');
    const dir = tempDir();
    mkdirSync(join(dir, 'videos'));
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    await expect(runDemo(dir, { frames: 5, keypointsOnly: true, ...quiet })).rejects.toThrow(/not an openmocap demo folder/);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('openmocap demo command line', () => {
  it('rejects a bad --frames with one line naming the option', async () => {
    const { main } = await import('../cli/main.ts');
    const errs: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => {
      errs.push(String(s));
      return true;
    }) as typeof process.stderr.write;
    try {
      expect(await main(['demo', join(tempDir(), 'x'), '--frames', 'lots'])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    expect(errs.join('')).toMatch(/^openmocap: --frames must be a whole number ≥ 2, got "lots"\n$/);
  });
});
