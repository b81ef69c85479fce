// Flip test-time augmentation: the model runs on its input and on the input mirrored left–right; the
// mirrored run's keypoints are mirrored back (x → 1 − x) and relabelled left ↔ right, then the two are
// averaged. Pure (no tfjs): wraps any single-person PoseModel.
// ref: Xiao, Wu & Wei, "Simple Baselines for Human Pose Estimation and Tracking", ECCV 2018, §4 (flip
// test: the flipped image's heatmaps flipped back and averaged); here on keypoint coordinates.
import { getLayout } from '../core/layouts.ts';
import type { RawPose } from './modelSpecs.ts';
import type { PoseModel } from './poseModel.ts';

/** The input image (size²×3 RGB, row-major) mirrored left–right, into `out`. */
export function mirrorInput(input: Uint8Array, size: number, out: Uint8Array = new Uint8Array(input.length)): Uint8Array {
  for (let y = 0; y < size; y++) {
    const row = y * size * 3;
    for (let x = 0; x < size; x++) {
      const a = row + x * 3,
        b = row + (size - 1 - x) * 3;
      out[b] = input[a];
      out[b + 1] = input[a + 1];
      out[b + 2] = input[a + 2];
    }
  }
  return out;
}

/**
 * The mean of a pose and a pose found on the mirrored input (normalised [x, y, score] per joint):
 * the mirrored pose's joint mirror[j] read at x → 1 − x stands for joint j. Position = the mean of the
 * two, score = the mean of the two scores; a joint only one of them scores > 0 keeps that one.
 */
export function mergeFlipped(kp: Float32Array, flipped: Float32Array, mirror: readonly number[]): Float32Array {
  const out = new Float32Array(kp.length);
  for (let j = 0; j < kp.length / 3; j++) {
    const m = mirror[j] ?? j;
    const x2 = 1 - flipped[m * 3],
      y2 = flipped[m * 3 + 1],
      s2 = flipped[m * 3 + 2];
    const x1 = kp[j * 3],
      y1 = kp[j * 3 + 1],
      s1 = kp[j * 3 + 2];
    if (!(s2 > 0) || !Number.isFinite(x2)) out.set([x1, y1, s1], j * 3);
    else if (!(s1 > 0) || !Number.isFinite(x1)) out.set([x2, y2, s2], j * 3);
    else out.set([(x1 + x2) / 2, (y1 + y2) / 2, (s1 + s2) / 2], j * 3);
  }
  return out;
}

/** `model` with flip test-time augmentation (two inferences per input). Multi-person models are returned as they are. */
export function withFlipTest(model: PoseModel): PoseModel {
  if (model.spec.multiPerson) return model;
  const mirror = getLayout(model.spec.layout).mirror;
  const buf = new Uint8Array(model.spec.inputSize ** 2 * 3);
  return {
    spec: model.spec,
    dispose: () => model.dispose(),
    async estimate(input: Uint8Array): Promise<RawPose[]> {
      const [a] = await model.estimate(input);
      const [b] = await model.estimate(mirrorInput(input, model.spec.inputSize, buf));
      if (!a || !b) return a ? [a] : [];
      return [{ ...a, keypoints: mergeFlipped(a.keypoints, b.keypoints, mirror) }];
    },
  };
}
