// Pose model output decoding: a loaded tfjs graph model + one square RGB input → raw poses. Pure
// (no file system): the graph and the tfjs instance come from the host — Node's wasm backend
// (models.ts) or a browser worker (web/, WebGPU / WebGL / wasm).
import type * as tfCore from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import { UserError } from '../core/errors.ts';
import type { ModelSpec, RawPose } from './modelSpecs.ts';

export interface PoseModel {
  readonly spec: ModelSpec;
  /** Runs the model on one inputSize²×3 RGB image (row-major, 0–255). */
  estimate(input: Uint8Array): Promise<RawPose[]>;
  dispose(): void;
}

/** Wraps a loaded graph model of `spec` (run on `tf`'s current backend) as a PoseModel. */
export function createPoseModel(spec: ModelSpec, graph: GraphModel, tf: Pick<typeof tfCore, 'tensor4d'>): PoseModel {
  const name = spec.name;
  const size = spec.inputSize;
  const joints = spec.joints;
  const int32 = new Int32Array(size * size * 3);

  if (spec.name.startsWith('movenet')) {
    // ref: MoveNet model card (TF Hub movenet/singlepose, movenet/multipose): int32 RGB input,
    // output [y, x, score] per joint normalised to the input; multipose adds [yMin, xMin, yMax, xMax, score].
    const estimate = async (input: Uint8Array): Promise<RawPose[]> => {
      int32.set(input);
      const t = tf.tensor4d(int32, [1, size, size, 3], 'int32');
      const out = graph.execute(t) as tfCore.Tensor;
      const v = (await out.data()) as Float32Array;
      t.dispose();
      out.dispose();
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
    };
    return { spec, estimate, dispose: () => graph.dispose() };
  }
  const float = new Float32Array(size * size * 3);
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

  if (spec.name === 'blazepose-detector') {
    // ref: MediaPipe pose_detection (SSD, 224² input, anchors on strides 8/16/32/32/32, two per layer;
    // per anchor: score logit, box cx cy w h, then 4 keypoints: hip centre, body-circle point, shoulder
    // centre, upper-body-circle point), MediaPipe pose_detection_cpu.pbtxt and BlazePose paper (Bazarevsky et al., 2020).
    const anchors: number[] = [];
    const strides = [8, 16, 32, 32, 32];
    for (let layer = 0; layer < strides.length; ) {
      let perCell = 0, last = layer;
      while (last < strides.length && strides[last] === strides[layer]) [perCell, last] = [perCell + 2, last + 1];
      const cells = Math.ceil(size / strides[layer]);
      for (let y = 0; y < cells; y++) for (let x = 0; x < cells; x++) for (let a = 0; a < perCell; a++) anchors.push((x + 0.5) / cells, (y + 0.5) / cells);
      layer = last;
    }
    const estimate = async (input: Uint8Array): Promise<RawPose[]> => {
      for (let i = 0; i < input.length; i++) float[i] = input[i] / 127.5 - 1;
      const t = tf.tensor4d(float, [1, size, size, 3]);
      const out = graph.execute(t) as tfCore.Tensor;
      const v = (await out.data()) as Float32Array;
      t.dispose();
      out.dispose();
      const stride = 13;
      const cands: { score: number; region: [number, number, number]; rotationRad: number; box: [number, number, number, number] }[] = [];
      for (let a = 0; a * stride < v.length; a++) {
        const o = a * stride;
        const score = sigmoid(v[o]);
        if (score < 0.5) continue;
        const ax = anchors[a * 2], ay = anchors[a * 2 + 1];
        const cx = v[o + 1] / size + ax, cy = v[o + 2] / size + ay, w = v[o + 3] / size, h = v[o + 4] / size;
        const hx = v[o + 5] / size + ax, hy = v[o + 6] / size + ay; // hip centre
        const rx = v[o + 7] / size + ax, ry = v[o + 8] / size + ay; // body-circle point
        const side = 2 * Math.hypot(rx - hx, ry - hy) * 1.25;
        // The hip centre → body-circle point vector is the body's incline: it points up in the crop.
        const rotationRad = Math.atan2(rx - hx, -(ry - hy));
        cands.push({ score, region: [hx, hy, side], rotationRad, box: [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2] });
      }
      cands.sort((p, q) => q.score - p.score);
      const kept: typeof cands = [];
      for (const c of cands) {
        const overlaps = kept.some((k) => {
          const iw = Math.min(k.box[2], c.box[2]) - Math.max(k.box[0], c.box[0]);
          const ih = Math.min(k.box[3], c.box[3]) - Math.max(k.box[1], c.box[1]);
          if (iw <= 0 || ih <= 0) return false;
          const inter = iw * ih;
          const union = (k.box[2] - k.box[0]) * (k.box[3] - k.box[1]) + (c.box[2] - c.box[0]) * (c.box[3] - c.box[1]) - inter;
          return inter / union > 0.3;
        });
        if (!overlaps) kept.push(c);
        if (kept.length >= 10) break;
      }
      return kept.map((c) => ({ keypoints: new Float32Array(0), score: c.score, box: c.box, region: c.region, regionRotationRad: c.rotationRad }));
    };
    return { spec, estimate, dispose: () => graph.dispose() };
  }

  if (spec.layout === 'blazepose33') {
    // ref: MediaPipe BlazePose GHUM 3D landmark model card: RGB in [0, 1], output ld_3d = 39 landmarks ×
    // [x, y, z, visibility, presence] in input pixels (33 body landmarks + 6 auxiliary), poseflag = person score.
    const estimate = async (input: Uint8Array): Promise<RawPose[]> => {
      for (let i = 0; i < input.length; i++) float[i] = input[i] / 255;
      const t = tf.tensor4d(float, [1, size, size, 3]);
      const [ld, flag, w3] = graph.execute(t, ['ld_3d', 'output_poseflag', 'world_3d']) as tfCore.Tensor[];
      const v = (await ld.data()) as Float32Array;
      const personScore = ((await flag.data()) as Float32Array)[0];
      // world_3d: 39 landmarks × [x, y, z] metres, hip-centred (the model card's "world landmarks"); the first 33 are the body.
      const world = ((await w3.data()) as Float32Array).slice(0, joints * 3);
      t.dispose();
      ld.dispose();
      flag.dispose();
      w3.dispose();
      const kp = new Float32Array(joints * 3);
      for (let j = 0; j < joints; j++) {
        kp[j * 3] = v[j * 5] / size;
        kp[j * 3 + 1] = v[j * 5 + 1] / size;
        kp[j * 3 + 2] = sigmoid(v[j * 5 + 3]) * personScore;
      }
      return [{ keypoints: kp, score: personScore, world }];
    };
    return { spec, estimate, dispose: () => graph.dispose() };
  }
  throw new UserError(`pose model "${name}" is not supported`);
}
