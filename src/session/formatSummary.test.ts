import { describe, expect, it } from 'vitest';
import { createProgressRenderer, formatSummary } from './formatSummary.ts';
import type { ProcessSummary } from './process.ts';

describe('progress and summary text', () => {
  it('prints one line per tenth for each camera when stderr is not a terminal', () => {
    const render = createProgressRenderer({ tty: false, now: () => 0 });
    const out: string[] = [];
    out.push(render({ type: 'stage-start', stage: 'detect:cam01', index: 0, count: 2 }));
    out.push(render({ type: 'stage-start', stage: 'detect:cam02', index: 1, count: 2 }));
    for (let i = 1; i <= 20; i++) {
      out.push(render({ type: 'progress', stage: 'detect:cam01', fraction: i / 20 }));
      out.push(render({ type: 'progress', stage: 'detect:cam02', fraction: i / 20 }));
    }
    const lines = out.join('').trim().split('\n');
    expect(lines.filter((l) => l.startsWith('detect:cam01'))).toHaveLength(11); // 0 %, 10 %, …, 100 %
    expect(lines.filter((l) => l.startsWith('detect:cam02'))).toHaveLength(11); // 0 %, 10 %, …, 100 %
  });

  it('says a stage failed without repeating the error (the CLI prints it once)', () => {
    const render = createProgressRenderer({ tty: false, now: () => 0 });
    render({ type: 'stage-start', stage: 'triangulate', index: 4, count: 8 });
    const line = render({
      type: 'stage-end',
      index: 4,
      count: 8,
      outcome: {
        stage: 'triangulate',
        status: 'failed',
        durationMs: 5,
        outputs: [],
        error: 'no calibration in s: put calibration.toml there',
      },
    });
    expect(line).toBe('[5/8] triangulate: failed\n');
    // A camera's detection fails alone: say that the others go on and where the reason will be.
    const cam = render({
      type: 'stage-end',
      index: 1,
      count: 8,
      outcome: { stage: 'detect:cam02', status: 'failed', durationMs: 5, outputs: [], error: 'x' },
    });
    expect(cam).toBe('[2/8] detect:cam02: failed (the other cameras carry on; the reason is printed when they are done)\n');
  });

  it("prints a stage's warning on a line of its own, clearing a redrawn progress line first", () => {
    const message = 'camera cam03 was left out: nobody found in any of the 20 frames of videos/cam03.mp4';
    expect(createProgressRenderer({ tty: false })({ type: 'warning', stage: 'detect:cam03', message })).toBe(`warning: ${message}\n`);
    expect(createProgressRenderer({ tty: true })({ type: 'warning', stage: 'detect:cam03', message })).toBe(
      `\r\x1b[Kwarning: ${message}\n`,
    );
  });

  it('says why a stage runs again, and nothing for a first run', () => {
    const render = createProgressRenderer({ tty: false, now: () => 0 });
    render({ type: 'stage-start', stage: 'detect:cam01', index: 0, count: 6 });
    expect(render({ type: 'stage-run', stage: 'detect:cam01', reason: 'first run', index: 0, count: 6 })).toBe('');
    expect(render({ type: 'stage-run', stage: 'detect:cam01', reason: "openmocap's code for this step changed", index: 0, count: 6 })).toBe(
      "[1/6] detect:cam01: running again (openmocap's code for this step changed)\n",
    );
  });

  it('closes with the figures a user needs and the files written', () => {
    const s: ProcessSummary = {
      session: 's',
      frames: 100,
      fps: 60,
      cameras: ['cam01', 'cam02'],
      layout: 'coco17',
      medianReprojectionErrorPx: 5.69,
      reprojectionErrorOfSubject: 0.0123,
      gaps: 2,
      gapFrames: 13,
      medianBoneCv: 0.069,
      completeness: 0.99,
      verdict: {
        level: 'fair',
        headline: 'Usable with care',
        reasons: ['✗ bones stretch'],
        checks: [{ ok: false, text: 'bones stretch' }],
      },
      stages: [
        { stage: 'triangulate', status: 'ran', durationMs: 608 },
        { stage: 'filter', status: 'skipped', durationMs: 1 },
      ],
      files: ['output/points3d.trc', 'output/report.html'],
      notes: [],
      warnings: [],
    };
    const text = formatSummary(s, 1234, 'my-session');
    expect(text).toContain('1 stage run, 1 up to date, 1.2 s in total');
    expect(text).toMatch(/reprojection error\s+median 5\.69 px \(1\.2 % of the subject's size in the image\)/);
    expect(text).toMatch(/gaps\s+2 left unfilled \(13 joint-frames\)/);
    expect(text).toMatch(/bone-length CV\s+median 6\.9 %/);
    expect(text).toContain('FAIR: Usable with care');
    expect(text).toContain('open my-session/output/report.html');
    expect(formatSummary(s, 1, 'my session')).toContain("open 'my session/output/report.html' in a browser");
  });

  it('lists a camera left out once, in the verdict, and the other warnings after the notes', () => {
    const leftOut = 'camera cam03 was left out: nobody found in any of the 20 frames of s/videos/cam03.mp4';
    const s: ProcessSummary = {
      session: 's',
      frames: 20,
      fps: 30,
      cameras: ['cam01', 'cam02', 'cam04'],
      layout: 'coco17',
      medianReprojectionErrorPx: 2.2,
      reprojectionErrorOfSubject: 0.009,
      gaps: 0,
      gapFrames: 0,
      medianBoneCv: 0.03,
      completeness: 1,
      verdict: {
        level: 'good',
        headline: 'Trust this capture from the cameras used',
        reasons: [`✗ ${leftOut}`],
        checks: [{ ok: false, text: leftOut }],
      },
      stages: [],
      files: [],
      notes: [],
      warnings: [
        { code: 'camera-sees-nobody', message: leftOut },
        { code: 'frame-count-mismatch', message: 'cameras have different frame counts' },
      ],
    };
    const text = formatSummary(s, 1, 's');
    expect(text.split(leftOut)).toHaveLength(2);
    expect(text).toContain(`                         ✗ ${leftOut}`);
    expect(text).toContain('  warning: cameras have different frame counts');
  });
});
