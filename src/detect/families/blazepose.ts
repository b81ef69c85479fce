// BlazePose GHUM (33 landmarks, with heels and toes): the person detector (SSD with anchors and NMS)
// and the landmark models lite / full / heavy on a crop aligned to the body.
// ref: Bazarevsky et al., "BlazePose: On-device Real-time Body Pose tracking", CVPR Workshops 2020;
// MediaPipe pose graphs as documented (pose_detection: 224² SSD, strides 8/16/32/32/32, 2 anchors per
// layer, sigmoid scores, NMS at IoU 0.3; pose_landmark_by_roi: 256² RGB in [0, 1], 33 landmarks + 6
// auxiliary, heatmap refinement with a 7×7 kernel where the heatmap is ≥ 0.5 confident;
// pose_landmarks_to_roi: RoI from auxiliary landmarks 33 (centre) and 34 (scale and rotation),
// side 2 × their distance × 1.25, turned so that 33 → 34 points up).
import type * as tfCore from '@tensorflow/tfjs-core';
import { rotatedCropAroundHips, rotationFromUpVector, type Crop } from '../crop.ts';
import { nonMaxSuppression, type Box } from './nms.ts';
import { ssdAnchorCentres } from './ssdAnchors.ts';
import type { ModelFamily, ModelSpec, RawPose } from './types.ts';

export const BLAZEPOSE_NAMES = ['blazepose-lite', 'blazepose-full', 'blazepose-heavy'] as const;

const landmarkSpec = (name: string): ModelSpec => ({
  name,
  layout: 'blazepose33',
  joints: 33,
  inputSize: 256,
  multiPerson: false,
  files: [name],
});
const specs: ModelSpec[] = [
  ...BLAZEPOSE_NAMES.map(landmarkSpec),
  // Finds people (a box and a body circle per person, no keypoints); BlazePose's first stage.
  { name: 'blazepose-detector', layout: 'blazepose33', joints: 0, inputSize: 224, multiPerson: true, files: ['blazepose-detector'] },
];

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Values per anchor in the detector's output: score logit, box cx cy w h, 4 keypoints × (x, y). */
const DETECTOR_STRIDE = 13;

export interface DetectorDecodeOptions {
  anchors: Float32Array;
  inputSize: number;
  minScore?: number;
  iouThreshold?: number;
  maxCount?: number;
}

/**
 * Decodes the person detector's raw output: per anchor a box and the alignment keypoints (hip centre,
 * a point on the body circle). The region is the body circle around the hip centre (side = 2 × radius
 * × 1.25), turned so that hip centre → circle point points up.
 */
export function decodePoseDetections(v: Float32Array, o: DetectorDecodeOptions): RawPose[] {
  const size = o.inputSize;
  const cands: { score: number; box: Box; region: [number, number, number]; rotationRad: number }[] = [];
  for (let a = 0; a * DETECTOR_STRIDE < v.length && a * 2 < o.anchors.length; a++) {
    const b = a * DETECTOR_STRIDE;
    const score = sigmoid(v[b]);
    if (score < (o.minScore ?? 0.5)) continue;
    const ax = o.anchors[a * 2],
      ay = o.anchors[a * 2 + 1];
    const cx = v[b + 1] / size + ax,
      cy = v[b + 2] / size + ay,
      w = v[b + 3] / size,
      h = v[b + 4] / size;
    const hx = v[b + 5] / size + ax,
      hy = v[b + 6] / size + ay; // hip centre
    const rx = v[b + 7] / size + ax,
      ry = v[b + 8] / size + ay; // body-circle point
    const side = 2 * Math.hypot(rx - hx, ry - hy) * 1.25;
    cands.push({
      score,
      box: [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2],
      region: [hx, hy, side],
      rotationRad: rotationFromUpVector(rx - hx, ry - hy),
    });
  }
  return nonMaxSuppression(cands, o.iouThreshold ?? 0.3, o.maxCount ?? 10).map((c) => ({
    keypoints: new Float32Array(0),
    score: c.score,
    box: c.box,
    region: c.region,
    regionRotationRad: c.rotationRad,
  }));
}

export interface Heatmap {
  data: Float32Array;
  height: number;
  width: number;
  channels: number;
}

/**
 * Moves each keypoint (normalised [x, y, score], in place) to the sigmoid-weighted mean position of
 * its heatmap channel in a kernel×kernel window around it, when the window's peak is ≥ minConfidence.
 * Positions are cell centres ((col + ½) / width); points off the heatmap are left as they are.
 */
export function refineFromHeatmap(kp: Float32Array, hm: Heatmap, kernel = 7, minConfidence = 0.5): Float32Array {
  const { data, height: H, width: W, channels: C } = hm;
  const half = (kernel - 1) >> 1;
  const joints = Math.min(kp.length / 3, C);
  for (let j = 0; j < joints; j++) {
    const col = Math.floor(kp[j * 3] * W),
      row = Math.floor(kp[j * 3 + 1] * H);
    if (!(col >= 0 && col < W && row >= 0 && row < H)) continue;
    let sum = 0,
      sx = 0,
      sy = 0,
      peak = 0;
    for (let r = Math.max(0, row - half); r < Math.min(H, row + half + 1); r++) {
      for (let c = Math.max(0, col - half); c < Math.min(W, col + half + 1); c++) {
        const w = sigmoid(data[(r * W + c) * C + j]);
        sum += w;
        sx += (c + 0.5) * w;
        sy += (r + 0.5) * w;
        if (w > peak) peak = w;
      }
    }
    if (peak >= minConfidence && sum > 0) {
      kp[j * 3] = sx / sum / W;
      kp[j * 3 + 1] = sy / sum / H;
    }
  }
  return kp;
}

/**
 * Refine landmark positions from the heatmap output, as MediaPipe does? Off: measured on the real take
 * (bench/models.ts, BlazePose full, 4 × 30 frames) it did not help — body / feet reprojection 15.5 / 15.8 px
 * with it against 14.5 / 15.4 px without (cell-corner positions as MediaPipe's calculator: 15.9 / 19.3 px
 * with the body-circle crop).
 */
const HEATMAP_REFINEMENT = false;

/** Landmarks the network gives beyond the 33 of the layout: 33 and 34 align the next frame's RoI. */
const LANDMARK_COUNT = 39;

/**
 * Decodes the landmark model's outputs: ld_3d (39 × [x, y, z, visibility, presence] in input pixels),
 * the person flag, and (optional) the heatmap refining x and y. Score per landmark = visibility × person flag.
 */
export function decodePoseLandmarks(ld: Float32Array, personScore: number, inputSize: number, heatmap?: Heatmap): RawPose {
  const all = new Float32Array(LANDMARK_COUNT * 3);
  for (let j = 0; j < LANDMARK_COUNT; j++) {
    all[j * 3] = ld[j * 5] / inputSize;
    all[j * 3 + 1] = ld[j * 5 + 1] / inputSize;
    all[j * 3 + 2] = sigmoid(ld[j * 5 + 3]) * personScore;
  }
  if (heatmap) refineFromHeatmap(all, heatmap);
  return { keypoints: all.slice(0, 33 * 3), score: personScore, auxiliary: all.slice(33 * 3, 35 * 3) };
}

/**
 * MediaPipe's tracking RoI from the auxiliary landmarks (frame pixels, [x, y, score] × 2):
 * centre on the first, side 2 × the distance to the second × 1.25, turned so that first → second points up.
 */
export function roiFromAuxiliary(aux: ArrayLike<number>, scale = 1.25): Crop | undefined {
  const dx = aux[3] - aux[0],
    dy = aux[4] - aux[1];
  const r = Math.hypot(dx, dy);
  if (!(r > 0)) return undefined;
  return { cx: aux[0], cy: aux[1], size: 2 * r * scale, rotationRad: rotationFromUpVector(dx, dy) };
}

/** Hip and shoulder joints of the 33-landmark layout (left, right). */
const TORSO = { hips: [23, 24] as [number, number], shoulders: [11, 12] as [number, number] };

export const blazepose: ModelFamily = {
  id: 'blazepose',
  specs,
  decoder(spec, graph, tf) {
    const size = spec.inputSize;
    const float = new Float32Array(size * size * 3);
    if (spec.name === 'blazepose-detector') {
      const anchors = ssdAnchorCentres({ inputSize: size, strides: [8, 16, 32, 32, 32], anchorsPerLayer: 2 });
      return async (input) => {
        for (let i = 0; i < input.length; i++) float[i] = input[i] / 127.5 - 1;
        const t = tf.tensor4d(float, [1, size, size, 3]);
        const out = graph.execute(t) as tfCore.Tensor;
        const v = (await out.data()) as Float32Array;
        t.dispose();
        out.dispose();
        return decodePoseDetections(v, { anchors, inputSize: size });
      };
    }
    return async (input) => {
      for (let i = 0; i < input.length; i++) float[i] = input[i] / 255;
      const t = tf.tensor4d(float, [1, size, size, 3]);
      const outputs = ['ld_3d', 'output_poseflag', 'world_3d', ...(HEATMAP_REFINEMENT ? ['activation_heatmap'] : [])];
      const [ld, flag, w3, hm] = graph.execute(t, outputs) as tfCore.Tensor[];
      const v = (await ld.data()) as Float32Array;
      const personScore = ((await flag.data()) as Float32Array)[0];
      // world_3d: 39 landmarks × [x, y, z] metres, hip-centred (the model card's "world landmarks"); the first 33 are the body.
      const world = ((await w3.data()) as Float32Array).slice(0, spec.joints * 3);
      w3.dispose();
      let heatmap: Heatmap | undefined;
      if (hm) {
        const [, H, W, C] = hm.shape;
        heatmap = { data: (await hm.data()) as Float32Array, height: H, width: W, channels: C };
        hm.dispose();
      }
      t.dispose();
      ld.dispose();
      flag.dispose();
      return [{ ...decodePoseLandmarks(v, personScore, size, heatmap), world }];
    };
  },
  // Tracking as MediaPipe does: the RoI from the previous frame's alignment landmarks 33–34
  // (roiFromAuxiliary, scale 1.25); the body circle around the hips turned upright (hips → shoulders
  // up) when there are none (a track started from a finder's keypoints), and always for lite.
  // Measured on the real take (bench/models.ts, 4 cameras, body / feet median reprojection, L/R swaps):
  // - full, 30 frames: alignment RoI 14.5 / 15.4 px (scale 1.15: 15.3 / 18.1; 1.35: 14.6 / 17.2; 1.5
  //   loses the subject); body circle × 2.2 (the previous rule) 15.8 / 18.3 px.
  // - full, 100 frames: alignment RoI 18.5 / 20.1 px, 7.4 % swaps; body circle 17.7 / 19.2 px, 10.0 %.
  // - lite, 100 frames: alignment RoI 31.4 / 35.3 px, 14.5 % swaps; body circle 25.8 / 26.7 px, 10.2 %.
  // - heavy, 100 frames: alignment RoI 13.7 / 15.9 px, no swaps.
  cropper: (spec) => {
    const aligned = spec.name !== 'blazepose-lite';
    return (pose, minScore) =>
      (aligned && pose.auxiliary ? roiFromAuxiliary(pose.auxiliary) : undefined) ??
      rotatedCropAroundHips(pose.keypoints, TORSO, { minScore: Math.max(minScore, 0.5), factor: 2.2 });
  },
  uprightCrops: true,
  // Its own detector is tuned for people close to the camera and misses the small, full-body people of
  // a lab recording: search with MoveNet Lightning.
  defaultFinder: 'movenet-lightning',
};
