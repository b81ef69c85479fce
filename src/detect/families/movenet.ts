// MoveNet (COCO-17): single-person Lightning (192²) and Thunder (256²), and MultiPose (256², up to 6 people).
// ref: MoveNet model card (TF Hub movenet/singlepose, movenet/multipose): int32 RGB input,
// output [y, x, score] per joint normalised to the input; multipose adds [yMin, xMin, yMax, xMax, score].
import type * as tfCore from '@tensorflow/tfjs-core';
import { cropAroundKeypoints } from '../crop.ts';
import type { ModelFamily, ModelSpec, RawPose } from './types.ts';

export const MOVENET_NAMES = ['movenet-lightning', 'movenet-thunder', 'movenet-multipose'] as const;

const specs: ModelSpec[] = [
  { name: 'movenet-lightning', layout: 'coco17', joints: 17, inputSize: 192, multiPerson: false, files: ['movenet-lightning'] },
  { name: 'movenet-thunder', layout: 'coco17', joints: 17, inputSize: 256, multiPerson: false, files: ['movenet-thunder'] },
  { name: 'movenet-multipose', layout: 'coco17', joints: 17, inputSize: 256, multiPerson: true, files: ['movenet-multipose'] },
];

/** Decodes MoveNet's output vector (per person: joints × [y, x, score], then for MultiPose a box and score). */
export function decodeMoveNet(v: Float32Array, spec: ModelSpec): RawPose[] {
  const joints = spec.joints;
  const perPerson = spec.multiPerson ? 56 : joints * 3;
  const poses: RawPose[] = [];
  for (let p = 0; p * perPerson < v.length; p++) {
    const base = p * perPerson;
    const kp = new Float32Array(joints * 3);
    let sum = 0;
    for (let j = 0; j < joints; j++) {
      kp[j * 3] = v[base + j * 3 + 1];
      kp[j * 3 + 1] = v[base + j * 3];
      kp[j * 3 + 2] = v[base + j * 3 + 2];
      sum += kp[j * 3 + 2];
    }
    if (spec.multiPerson) {
      const b = base + joints * 3;
      poses.push({ keypoints: kp, score: v[b + 4], box: [v[b + 1], v[b], v[b + 3], v[b + 2]] });
    } else {
      poses.push({ keypoints: kp, score: sum / joints });
    }
  }
  return poses;
}

export const movenet: ModelFamily = {
  id: 'movenet',
  specs,
  decoder(spec, graph, tf) {
    const size = spec.inputSize;
    const int32 = new Int32Array(size * size * 3);
    return async (input) => {
      int32.set(input);
      const t = tf.tensor4d(int32, [1, size, size, 3], 'int32');
      const out = graph.execute(t) as tfCore.Tensor;
      const v = (await out.data()) as Float32Array;
      t.dispose();
      out.dispose();
      return decodeMoveNet(v, spec);
    };
  },
  // An axis-aligned padded box around the person (MoveNet's training crops).
  cropper: (_spec, padding) => (pose, minScore) => cropAroundKeypoints(pose.keypoints, { padding, minScore }),
};
