import { describe, expect, it } from 'vitest';
import { getLayout } from '../core/layouts.ts';
import { getModelSpec } from './modelSpecs.ts';
import { mergeFlipped, mirrorInput, withFlipTest } from './flipTest.ts';
import type { PoseModel } from './poseModel.ts';

describe('flip test-time augmentation', () => {
  it('mirrors an image left–right, pixel by pixel', () => {
    const img = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]); // 2 × 2 RGB
    expect(Array.from(mirrorInput(img, 2))).toEqual([4, 5, 6, 1, 2, 3, 10, 11, 12, 7, 8, 9]);
  });

  it('reads the mirrored pose back as x → 1 − x with left and right swapped, and averages', () => {
    const mirror = getLayout('coco17').mirror;
    const kp = new Float32Array(17 * 3);
    const flipped = new Float32Array(17 * 3);
    // Truth: LKnee (13) at (0.30, 0.6), RKnee (14) at (0.50, 0.6). The mirrored image shows the left knee at
    // x = 0.70 labelled "RKnee" by a model that reads body sides from the image.
    kp.set([0.32, 0.6, 0.8, 0.5, 0.62, 0.6], 13 * 3);
    flipped.set([0.5, 0.58, 0.4, 0.72, 0.6, 0.9], 13 * 3); // flipped "LKnee" = true RKnee mirrored; "RKnee" = true LKnee
    const out = mergeFlipped(kp, flipped, mirror);
    expect(out[13 * 3]).toBeCloseTo((0.32 + 0.28) / 2, 6);
    expect(out[13 * 3 + 1]).toBeCloseTo(0.6, 6);
    expect(out[13 * 3 + 2]).toBeCloseTo((0.8 + 0.9) / 2, 6);
    expect(out[14 * 3]).toBeCloseTo(0.5, 6);
    expect(out[14 * 3 + 1]).toBeCloseTo(0.6, 6);
    // A joint the flipped run does not see keeps the plain run's value.
    expect(out[0 * 3 + 2]).toBe(0);
  });

  it('a model that is exactly mirror-symmetric gives the same pose with and without the flip test', async () => {
    const spec = getModelSpec('movenet-lightning');
    const mirror = getLayout('coco17').mirror;
    // A "model" that finds the brightest column per joint pair: symmetric by construction.
    const fake: PoseModel = {
      spec,
      dispose() {},
      async estimate(input) {
        let best = 0,
          bx = 0;
        for (let x = 0; x < spec.inputSize; x++) if (input[x * 3] > best) [best, bx] = [input[x * 3], x];
        const kp = new Float32Array(17 * 3);
        for (let j = 0; j < 17; j++)
          kp.set([(bx + 0.5) / spec.inputSize + (mirror[j] > j ? -0.01 : mirror[j] < j ? 0.01 : 0), 0.5, 0.9], j * 3);
        return [{ keypoints: kp, score: 0.9 }];
      },
    };
    const img = new Uint8Array(spec.inputSize ** 2 * 3);
    img[40 * 3] = 255;
    const [plain] = await fake.estimate(img);
    const [flipped] = await withFlipTest(fake).estimate(img);
    for (let k = 0; k < plain.keypoints.length; k++) expect(flipped.keypoints[k]).toBeCloseTo(plain.keypoints[k], 5);
  });
});
