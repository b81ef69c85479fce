import { describe, expect, it } from 'vitest';
import { generateMotion } from '../synthetic/motion.ts';
import { getLayout } from '../core/layouts.ts';
import { comparePose2dToTruth, compareToTruth, formatTruthTable } from './compareToTruth.ts';

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

describe('comparePose2dToTruth', () => {
  const truth = generateMotion({ frames: 6, fps: 30, seed: 5 });
  const coco = getLayout('coco17');
  // A "camera" that looks down the world Y axis: pixel = 200·(x, −z) + (320, 400).
  const project = (xyz: ArrayLike<number>): Float64Array => {
    const out = new Float64Array((xyz.length / 3) * 2);
    for (let i = 0; i < xyz.length / 3; i++) {
      out[2 * i] = 320 + 200 * xyz[3 * i];
      out[2 * i + 1] = 400 - 200 * xyz[3 * i + 2];
    }
    return out;
  };
  const seqFrom = (mirror: boolean[], offsetPx: number) => {
    const data = new Float32Array(6 * 17 * 3).fill(NaN);
    const halpe = getLayout('halpe26');
    for (let f = 0; f < 6; f++) {
      if (f === 5) continue; // nobody found in the last frame
      const uv = project(truth.data.subarray(f * truth.joints * 3, (f + 1) * truth.joints * 3));
      coco.keypoints.forEach((name, j) => {
        const src = mirror[f] ? coco.keypoints[coco.mirror[j]] : name;
        const t = halpe.indexOf.get(src)!;
        data.set([uv[2 * t] + offsetPx, uv[2 * t + 1], 0.8], (f * 17 + j) * 3);
      });
    }
    return {
      camera: 'cam01',
      layout: 'coco17',
      imageWidth: 640,
      imageHeight: 480,
      fps: 30,
      frames: 6,
      persons: 1,
      joints: 17,
      data,
      trackIds: new Int32Array(6),
      timestampsMs: new Float64Array(6),
    };
  };

  it('measures the pixel error, the share of body height and the frames found', () => {
    const a = comparePose2dToTruth(seqFrom([false, false, false, false, false, false], 3), truth, project);
    expect(a.detectedFrames).toBe(5);
    expect(a.frames).toBe(6);
    expect(a.medianPx).toBeCloseTo(3, 5);
    expect(a.meanPctOfHeight).toBeGreaterThan(0.5); // 3 px of a ≈ 350 px tall body
    expect(a.meanPctOfHeight).toBeLessThan(1.2);
    expect(a.swappedFrames).toBe(0);
  });

  it('counts frames whose left and right are swapped', () => {
    const a = comparePose2dToTruth(seqFrom([false, true, true, false, false, false], 0), truth, project);
    expect(a.swappedFrames).toBe(2);
  });
});
