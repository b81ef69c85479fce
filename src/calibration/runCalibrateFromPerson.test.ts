import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
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
    for (const seq of observe(truth, rig, { noisePx: 2, seed: 2 })) writePose2d(dir, seq);
    // Lens calibration only (positions zeroed): what `calibrate` writes from board photos.
    writeFileAtomic(join(dir, 'calibration.toml'), formatCalibrationToml({ cameras: rig.cameras.map((c) => ({ ...c, rotation: [0, 0, 0], translation: [0, 0, 0] })) }));
    const lines: string[] = [];
    const summary = await runCalibrateFromPerson(dir, { log: (l) => lines.push(l) });
    const out = parseCalibrationToml(readFileSync(summary.file, 'utf8'));
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
    expect(existsSync(join(dir, 'calibration-from-person-report.md'))).toBe(true);
  }, 300_000);

  it('warns when the halves disagree, a camera sees little of the person or fits badly, and not when the take is good', () => {
    const base = {
      session: 's', frames: 600, model: 'movenet-thunder', personHeightM: 1.75, reprojectionErrorPx: 3, keypoints3d: 5000,
      cameras: [
        { camera: 'cam01', keypoints: 900, medianErrorPx: 2.5, rmsErrorPx: 3, coverage: 0.4, positionM: [0, 0, 0] as [number, number, number] },
        { camera: 'cam02', keypoints: 800, medianErrorPx: 2.8, rmsErrorPx: 3, coverage: 0.35, positionM: [1, 0, 0] as [number, number, number] },
      ],
      areaCoveredM: [3.2, 2.1] as [number, number], worldFrame: 'w', candidates: [], halves: { maxRotationDiffDeg: 0.8, maxDistanceDiffPct: 1 },
    };
    expect(fromPersonWarnings(base)).toEqual([]);
    const bad = fromPersonWarnings({
      ...base,
      halves: { maxRotationDiffDeg: 4.2, maxDistanceDiffPct: 6 },
      cameras: [{ ...base.cameras[0], coverage: 0.05 }, { ...base.cameras[1], medianErrorPx: 14 }],
    });
    expect(bad.map((w) => w.code)).toEqual(['halves-disagree', 'low-coverage', 'high-error']);
    expect(bad[2].message).toMatch(/cam02.*synchronised/);
  });
});
