// Issue 14 item 9 (image sizes): a video at half the calibrated size must have its keypoints scaled,
// not be dropped. The lab recording's lenses are calibrated 1088 wide while two of its videos are
// 1080 wide (an encoder's resize); half of such a video is 540 × 960, factors 0.4963 × 0.5.
import { describe, expect, it } from 'vitest';
import { toResizedPixel } from '../camera/imageSize.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { observe } from '../synthetic/observe.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import type { PoseSequence2D } from '../core/types.ts';
import { triangulate } from './triangulate.ts';

const truth = generateMotion({ frames: 120, fps: 30, seed: 2 });
const rig = makeRingRig(4, { width: 1088, height: 1920, fovDeg: 40 });

/** The keypoints as seen in a copy of the video resized to width × height. */
function resized(seq: PoseSequence2D, width: number, height: number): PoseSequence2D {
  const sx = width / seq.imageWidth,
    sy = height / seq.imageHeight;
  const data = seq.data.slice();
  for (let i = 0; i < data.length; i += 3) {
    data[i] = toResizedPixel(data[i], sx);
    data[i + 1] = toResizedPixel(data[i + 1], sy);
  }
  return { ...seq, data, imageWidth: width, imageHeight: height };
}

describe('a camera whose video is a resized copy of the calibrated picture', () => {
  for (const [w, h] of [
    [544, 960],
    [540, 960],
    [1080, 1920],
    [2176, 3840],
  ]) {
    it(`${w}×${h} (lens calibrated 1088×1920): its keypoints are scaled and it is used for every point`, () => {
      const seqs = observe(truth, rig, { noisePx: 0.5, seed: 5 });
      seqs[2] = resized(seqs[2], w, h);
      const r = triangulate(seqs, rig);
      const n = r.points.frames * r.points.joints;
      let used = 0,
        sumMm = 0,
        solved = 0;
      for (let i = 0; i < n; i++) {
        if (r.points.cameraMask[i] & 0b100) used++;
        const d = Math.hypot(
          r.points.data[i * 3] - truth.data[i * 3],
          r.points.data[i * 3 + 1] - truth.data[i * 3 + 1],
          r.points.data[i * 3 + 2] - truth.data[i * 3 + 2],
        );
        if (Number.isFinite(d)) {
          sumMm += d * 1000;
          solved++;
        }
      }
      expect(used / n).toBeGreaterThan(0.98);
      expect(solved).toBe(n);
      expect(sumMm / solved).toBeLessThan(3);
      expect(r.warnings.map((x) => x.code)).toEqual(['image-size-scaled']);
    });
  }
});
