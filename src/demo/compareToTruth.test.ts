import { describe, expect, it } from 'vitest';
import { generateMotion } from '../synthetic/motion.ts';
import { getLayout } from '../core/layouts.ts';
import { compareToTruth, formatTruthTable } from './compareToTruth.ts';

describe('compareToTruth', () => {
  const truth = generateMotion({ frames: 40, fps: 30, seed: 2 });
  const est = generateMotion({ frames: 40, fps: 30, seed: 2, layout: 'coco17' });
  const coco = getLayout('coco17');
  const nose = coco.indexOf.get('Nose')!;
  const wrist = coco.indexOf.get('LWrist')!;
  for (let f = 0; f < est.frames; f++) {
    est.data[(f * est.joints + nose) * 3 + 2] += 0.04; // a constant labelling offset, 40 mm up
    est.data[(f * est.joints + wrist) * 3] += f % 2 ? 0.01 : -0.01; // ±10 mm of jitter
  }
  est.data.fill(NaN, (3 * est.joints + wrist) * 3, (3 * est.joints + wrist) * 3 + 3); // one missing frame

  it('matches joints by name across layouts and reports error, offset and missing frames in mm', () => {
    const c = compareToTruth(est, truth);
    expect(c.joints.map((j) => j.name)).toEqual(coco.keypoints);
    const n = c.joints.find((j) => j.name === 'Nose')!;
    expect(n.medianMm).toBeCloseTo(40, 6);
    expect(n.offsetMm[2]).toBeCloseTo(40, 6);
    expect(n.medianAfterOffsetMm).toBeCloseTo(0, 6);
    const w = c.joints.find((j) => j.name === 'LWrist')!;
    expect(w.medianMm).toBeCloseTo(10, 6);
    expect(w.missing).toBe(1);
    expect(w.frames).toBe(39);
    expect(c.joints.find((j) => j.name === 'RKnee')!.meanMm).toBeCloseTo(0, 9);
    expect(c.completeness).toBeCloseTo(1 - 1 / (17 * 40), 9);
  });

  it('prints one line per joint and an overall line', () => {
    const text = formatTruthTable(compareToTruth(est, truth));
    expect(text.split('\n')).toHaveLength(1 + 17 + 1);
    expect(text).toMatch(/Nose\s+40\s+40\s+\+40/);
    expect(text).toMatch(/LWrist.*1 frame missing/);
  });
});
