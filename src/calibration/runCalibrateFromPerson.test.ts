import { mkdtempSync, mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMotion } from '../synthetic/motion.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { observe } from '../synthetic/observe.ts';
import { writePose2d } from '../io/pose2d.ts';
import { writeFileAtomic } from '../io/atomic.ts';
import { formatCalibrationToml, parseCalibrationToml } from '../formats/calibrationToml.ts';
import { compareRigs } from './compareRigs.ts';
import { runCalibrateFromPerson } from './runCalibrateFromPerson.node.ts';
import { fromPersonWarnings } from './fromPersonReport.ts';

describe('openmocap calibrate --from-person (runner)', () => {
  it('writes calibration.toml and a report with per-camera fit and coverage, the floor area covered, and how far apart the two halves of the take put the cameras', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omc-fp-'));
    const truth = generateMotion({ frames: 60, fps: 30, layout: 'coco17', seed: 3, kind: 'mixed' });
    const rig = makeRingRig(4, { width: 1280, height: 720 });
    const seqs = observe(truth, rig, { noisePx: 2, seed: 2 });
    for (const seq of seqs) writePose2d(dir, seq);
    // A fifth camera whose keypoints are empty (its video showed nobody): left out, with a warning.
    writePose2d(dir, { ...seqs[0], camera: 'cam05', data: new Float32Array(seqs[0].data.length).fill(Number.NaN) });
    // Videos that are not videos: every camera already has keypoints, so they must not be opened.
    mkdirSync(join(dir, 'videos'));
    for (const c of ['cam01', 'cam02', 'cam03', 'cam04', 'cam05']) writeFileSync(join(dir, 'videos', `${c}.mp4`), 'not a video');
    // Lens calibration only (positions zeroed): what `calibrate` writes from board photos.
    // cam05's lens was measured too: it must not be lost when cam05 is left out.
    const lenses = [...rig.cameras, { ...rig.cameras[0], name: 'cam05' }].map((c) => ({
      ...c,
      rotation: [0, 0, 0] as [number, number, number],
      translation: [0, 0, 0] as [number, number, number],
    }));
    writeFileAtomic(join(dir, 'calibration.toml'), formatCalibrationToml({ cameras: lenses }));
    // The board calibration's lens report, which says the positions are still needed.
    const boardReport = {
      session: dir,
      board: 'checkerboard',
      squareSizeMm: 60,
      intrinsics: [],
      extrinsics: [],
      worldFrame: null,
      extrinsicsErrorPx: null,
      warnings: [],
      missing: ['camera positions (extrinsics): film a ChArUco board …'],
    };
    writeFileAtomic(join(dir, 'calibration-report.json'), JSON.stringify(boardReport));
    const lines: string[] = [];
    const summary = await runCalibrateFromPerson(dir, { log: (l) => lines.push(l) });
    const settled = readFileSync(join(dir, 'calibration-report.md'), 'utf8');
    expect(settled).not.toMatch(/Still needed/);
    expect(settled).toMatch(/World frame: camera positions placed by "openmocap calibrate --from-person"/);
    expect(JSON.parse(readFileSync(join(dir, 'calibration-report.json'), 'utf8')).missing).toEqual([]);
    const out = parseCalibrationToml(readFileSync(summary.file, 'utf8'));
    expect(out.cameras.map((c) => c.name)).toEqual(['cam01', 'cam02', 'cam03', 'cam04']);
    expect(compareRigs(out, rig).maxRotationDiffDeg).toBeLessThan(0.5);
    const report = JSON.parse(readFileSync(join(dir, 'calibration-from-person-report.json'), 'utf8'));
    expect(report.cameras).toHaveLength(4);
    for (const c of report.cameras) {
      expect(c.keypoints).toBeGreaterThan(100);
      expect(c.medianErrorPx).toBeLessThan(4);
      expect(c.coverage).toBeGreaterThan(0.05);
    }
    // Each half is 30 frames of a different movement (walking in place, then a squat): a few degrees at most.
    expect(report.halves.maxRotationDiffDeg).toBeGreaterThan(0);
    expect(report.halves.maxRotationDiffDeg).toBeLessThan(3);
    // Walking in place: the person covers little floor, and the report says what to film.
    expect(report.areaCoveredM[0]).toBeLessThan(1);
    expect(report.warnings.map((w: { code: string }) => w.code)).toContain('small-area');
    expect(readFileSync(join(dir, 'calibration-from-person-report.md'), 'utf8')).toMatch(/walking through the whole space/);
    expect(summary.lines.join('\n')).toMatch(/halves of the take agree within/);
    expect(summary.lines.join('\n')).toMatch(/^lenses: from .*calibration\.toml$/m);
    expect(summary.lines.join('\n')).toMatch(/^world frame: origin on the floor/m);
    expect(report.warnings.find((w: { code: string }) => w.code === 'camera-left-out').message).toMatch(/^cam05 is left out: nobody/);
    expect(summary.lines.join('\n')).toMatch(/warning: cam05 is left out/);
    expect(summary.reportFile).toBe(join(dir, 'calibration-from-person-report.md'));
    const aside = parseCalibrationToml(readFileSync(join(dir, 'calibration-lenses-unplaced.toml'), 'utf8')).cameras;
    expect(aside.map((c) => [c.name, c.matrix[0]])).toEqual([['cam05', rig.cameras[0].matrix[0]]]);
    expect(summary.lines.join('\n')).toMatch(
      /warning: the lens calibration of cam05 \(not placed\) is kept in .*calibration-lenses-unplaced\.toml/,
    );
    expect(existsSync(join(dir, 'calibration-from-person-report.md'))).toBe(true);
  }, 300_000);

  it('pools the extra takes in calibration/person/<take>/ (the same cameras, even at half the size) and refuses a take at another size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omc-fp-takes-'));
    const rig = makeRingRig(4, { width: 1280, height: 720 });
    const here = generateMotion({ frames: 40, fps: 30, layout: 'coco17', seed: 5, kind: 'walk-in-place' });
    for (const seq of observe(here, rig, { noisePx: 1.5, seed: 4 })) writePose2d(dir, seq);
    // A second take with the person elsewhere on the floor, its videos at half the size.
    const there = generateMotion({ frames: 30, fps: 30, layout: 'coco17', seed: 6, kind: 'wave' });
    for (let i = 0; i < there.data.length; i += 3) {
      there.data[i] += 1.2;
      there.data[i + 1] -= 0.8;
    }
    const takeDir = join(dir, 'calibration', 'person', 'elsewhere');
    for (const seq of observe(there, rig, { noisePx: 1.5, seed: 7 })) {
      for (let i = 0; i < seq.data.length; i += 3) {
        seq.data[i] = (seq.data[i] + 0.5) / 2 - 0.5;
        seq.data[i + 1] = (seq.data[i + 1] + 0.5) / 2 - 0.5;
      }
      writePose2d(takeDir, { ...seq, imageWidth: 640, imageHeight: 360 });
    }
    const lenses = rig.cameras.map((c) => ({
      ...c,
      rotation: [0, 0, 0] as [number, number, number],
      translation: [0, 0, 0] as [number, number, number],
    }));
    writeFileAtomic(join(dir, 'calibration.toml'), formatCalibrationToml({ cameras: lenses }));
    const lines: string[] = [];
    const summary = await runCalibrateFromPerson(dir, { log: (l) => lines.push(l), settings: { person_check_halves: false } });
    expect(lines.join('\n')).toMatch(/takes pooled: .*videos \(40 frames\), .*elsewhere \(30 frames\)/);
    const out = parseCalibrationToml(readFileSync(summary.file, 'utf8'));
    expect(compareRigs(out, rig).maxRotationDiffDeg).toBeLessThan(0.5);
    const report = JSON.parse(readFileSync(join(dir, 'calibration-from-person-report.json'), 'utf8'));
    expect(report.frames).toBe(70);
    expect(report.takes.map((t: { frames: number }) => t.frames)).toEqual([40, 30]);
    // Both spots count as floor covered: 1.4 m apart.
    expect(report.areaCoveredM[0]).toBeGreaterThan(1);
    expect(readFileSync(summary.reportFile, 'utf8')).toMatch(/over 70 frames of 2 takes/);
    // A take whose videos are not a resized copy of the session's cannot be pooled.
    const odd = join(dir, 'calibration', 'person', 'odd');
    for (const seq of observe(there, rig, { noisePx: 1.5, seed: 8 })) writePose2d(odd, { ...seq, imageWidth: 1000, imageHeight: 720 });
    await expect(runCalibrateFromPerson(dir, { settings: { person_check_halves: false } })).rejects.toThrow(
      /odd: the video of cam01 is 1000×720 but in .*videos it is 1280×720; a take for the calibration must come from the same cameras/,
    );
  }, 300_000);

  it('warns when the halves disagree, a camera sees little of the person or fits badly, and not when the take is good', () => {
    const base = {
      session: 's',
      frames: 600,
      model: 'movenet-thunder',
      personHeightM: 1.75,
      reprojectionErrorPx: 3,
      keypoints3d: 5000,
      cameras: [
        {
          camera: 'cam01',
          keypoints: 900,
          medianErrorPx: 2.5,
          rmsErrorPx: 3,
          coverage: 0.4,
          positionM: [0, 0, 0] as [number, number, number],
        },
        {
          camera: 'cam02',
          keypoints: 800,
          medianErrorPx: 2.8,
          rmsErrorPx: 3,
          coverage: 0.35,
          positionM: [1, 0, 0] as [number, number, number],
        },
      ],
      areaCoveredM: [3.2, 2.1] as [number, number],
      worldFrame: 'w',
      candidates: [],
      halves: { maxRotationDiffDeg: 0.8, maxDistanceDiffPct: 1 },
    };
    expect(fromPersonWarnings(base)).toEqual([]);
    const bad = fromPersonWarnings({
      ...base,
      halves: { maxRotationDiffDeg: 4.2, maxDistanceDiffPct: 6 },
      cameras: [
        { ...base.cameras[0], coverage: 0.05 },
        { ...base.cameras[1], medianErrorPx: 14 },
      ],
    });
    expect(bad.map((w) => w.code)).toEqual(['halves-disagree', 'low-coverage', 'high-error']);
    expect(bad[2].message).toMatch(/cam02.*synchronised/);
  });
});

/** A session folder with the given files (relative path → content). */
function session(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'omc-fp-in-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const hasFfmpeg = (() => {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('calibrate --from-person stops within seconds, before finding the person, on inputs that cannot work', () => {
  const lens = (w: number, h: number, names = ['cam01', 'cam02']) =>
    formatCalibrationToml({
      cameras: names.map((name) => ({
        name,
        width: w,
        height: h,
        matrix: [1600, 0, w / 2, 0, 1600, h / 2, 0, 0, 1],
        distortions: [0, 0, 0, 0],
        rotation: [0, 0, 0] as [number, number, number],
        translation: [0, 0, 0] as [number, number, number],
        fisheye: false,
      })),
    });

  it('no videos: says where to put them, and the lens calibration is left as it was', async () => {
    const dir = session({ 'calibration.toml': lens(1088, 1920) });
    mkdirSync(join(dir, 'videos'));
    await expect(runCalibrateFromPerson(dir)).rejects.toThrow(
      /^--from-person: no videos in .*videos; put one synchronised video per camera there/,
    );
    expect(readFileSync(join(dir, 'calibration.toml'), 'utf8')).toBe(lens(1088, 1920));
    expect(existsSync(join(dir, 'pose2d'))).toBe(false);
  });

  it('board photos whose lens was never measured: says to run the board step first, not guess the lens', async () => {
    const dir = session({
      'calibration/intrinsics/cam02/a.jpg': 'x',
      'videos/cam01.mp4': 'x',
      'videos/cam02.mp4': 'x',
      'calibration.toml': lens(1088, 1920, ['cam01']),
    });
    await expect(runCalibrateFromPerson(dir)).rejects.toThrow(
      /intrinsics holds board photos or videos for cam02 but .*calibration\.toml has no lens for it: run "openmocap calibrate .*" \(without --from-person\) first/,
    );
  });

  it('one camera only: says that the positions need two cameras or more', async () => {
    const dir = session({ 'videos/cam01.mp4': 'x' });
    await expect(runCalibrateFromPerson(dir)).rejects.toThrow(/holds the video of one camera only \(cam01\).*2 cameras or more/);
    // An empty pose2d/ is no keypoints yet, not a reason to stop.
    mkdirSync(join(dir, 'pose2d'));
    await expect(runCalibrateFromPerson(dir)).rejects.toThrow(/holds the video of one camera only \(cam01\)/);
  });

  it('keypoints of one camera already in pose2d/: only the other videos are looked at', async () => {
    const truth = generateMotion({ frames: 5, fps: 30, layout: 'coco17', seed: 1, kind: 'mixed' });
    const dir = session({ 'videos/cam01.mp4': 'x', 'videos/cam02.mp4': 'x' });
    writePose2d(dir, observe(truth, makeRingRig(2, { width: 640, height: 480 }))[0]);
    // cam01 has keypoints, so its (broken) video is not opened; cam02's is, and its name is in the message.
    await expect(runCalibrateFromPerson(dir)).rejects.toThrow(/cam02\.mp4/);
  });

  it.skipIf(!hasFfmpeg)('lenses calibrated at another image size: names calibration.toml and the camera', async () => {
    const dir = session({ 'calibration.toml': lens(1088, 1920) });
    mkdirSync(join(dir, 'videos'));
    for (const c of ['cam01', 'cam02'])
      execFileSync('ffmpeg', [
        '-loglevel',
        'error',
        '-f',
        'lavfi',
        '-i',
        'color=black:s=64x128:r=10',
        '-frames:v',
        '3',
        '-pix_fmt',
        'yuv420p',
        join(dir, 'videos', `${c}.mp4`),
      ]);
    await expect(runCalibrateFromPerson(dir)).rejects.toThrow(
      /calibration\.toml: the lens of cam01 is calibrated for 1088×1920 images but its video is 64×128; film the board again/,
    );
    expect(readFileSync(join(dir, 'calibration.toml'), 'utf8')).toBe(lens(1088, 1920));
    expect(existsSync(join(dir, 'pose2d'))).toBe(false);
  });

  it('a bad or misspelt [calibration] key names mocap.toml (or the flag), the key and what to set', async () => {
    const videos = { 'videos/cam01.mp4': 'x', 'videos/cam02.mp4': 'x' };
    const run = (toml: string, settings = {}) =>
      runCalibrateFromPerson(session({ ...videos, 'mocap.toml': `[calibration]\n${toml}\n` }), { settings });
    await expect(run('person_height_m = 5')).rejects.toThrow(
      /mocap\.toml: calibration\.person_height_m must be ≤ 2\.5, got 5; set the height of the person/,
    );
    await expect(run('person_model = "x"')).rejects.toThrow(
      /mocap\.toml: calibration\.person_model must be one of .*"movenet-thunder".*, got "x"/,
    );
    await expect(run('person_check_halves = "yes"')).rejects.toThrow(/calibration\.person_check_halves must be true or false, got "yes"/);
    await expect(run('person_heigth_m = 1.8')).rejects.toThrow(
      /mocap\.toml: unknown setting calibration\.person_heigth_m \(did you mean calibration\.person_height_m\?\)/,
    );
    await expect(run('person_height_m = 1.8', { person_height_m: 4 })).rejects.toThrow(
      /^the command line \(--person-height\): calibration\.person_height_m must be ≤ 2\.5, got 4/,
    );
  });
});
