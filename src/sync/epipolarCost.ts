// How well a camera's keypoints, placed in time by a candidate start, agree with the reference
// camera's: the median distance of each keypoint from the epipolar line of the same keypoint in the
// reference view, in pixels. Needs no third camera and no other camera's start, so every candidate
// start can be judged on its own. Pure (no I/O).
//
// ref: Hartley & Zisserman, Multiple View Geometry, 2nd ed., §9.6 (essential matrix E = [t]ₓR of two
//      calibrated views, x'ᵀE x = 0 for normalised image points) and §11.4.3 (distance of a point
//      from its epipolar line l = E x: |x'·l| / √(l₁² + l₂²)).
import type { Camera, PoseSequence2D } from '../core/types.ts';
import { lensForImage } from '../camera/imageSize.ts';
import { prepareCamera, undistortPoint, type PreparedCamera } from '../camera/project.ts';
import { resampleSequence } from './resampleSequence.ts';
import { smoothTracks } from './smoothTracks.ts';
import { upperMedian } from '../core/stats.ts';

export interface EpipolarJudge {
  /**
   * Median epipolar distance (pixels of the camera) with the camera's first frame at startS on the
   * reference clock (NaN if too few keypoints compare), and how many keypoints were compared.
   */
  cost(startS: number, ratePpm?: number): { px: number; compared: number };
}

const prepared = (seq: PoseSequence2D, cam: Camera): PreparedCamera | null => {
  const lens = seq.imageWidth > 0 && seq.imageHeight > 0 ? lensForImage(cam, seq.imageWidth, seq.imageHeight) : cam;
  return lens ? prepareCamera(lens) : null;
};

/** Judge of candidate starts for `seq` (camera `cam`) against the reference sequence and camera. */
export function epipolarJudge(
  ref: PoseSequence2D,
  refCam: Camera,
  seq: PoseSequence2D,
  cam: Camera,
  opts: { minScore?: number; maxFrames?: number } = {},
): EpipolarJudge | null {
  const minScore = opts.minScore ?? 0.3;
  const pr = prepared(ref, refCam);
  const pc = prepared(seq, cam);
  if (!pr || !pc) return null;
  // Relative pose reference → camera: R = Rc·Rrᵀ, t = tc − R·tr; E = [t]ₓ R.
  const Rr = pr.R,
    Rc = pc.R;
  const R = new Float64Array(9);
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) R[i * 3 + j] = Rc[i * 3] * Rr[j * 3] + Rc[i * 3 + 1] * Rr[j * 3 + 1] + Rc[i * 3 + 2] * Rr[j * 3 + 2];
  const t = [0, 1, 2].map((i) => pc.t[i] - (R[i * 3] * pr.t[0] + R[i * 3 + 1] * pr.t[1] + R[i * 3 + 2] * pr.t[2]));
  const tx = [0, -t[2], t[1], t[2], 0, -t[0], -t[1], t[0], 0];
  const E = new Float64Array(9);
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) E[i * 3 + j] = tx[i * 3] * R[j] + tx[i * 3 + 1] * R[3 + j] + tx[i * 3 + 2] * R[6 + j];
  const maxFrames = opts.maxFrames ?? 400;
  const step = Math.max(1, Math.floor(ref.frames / maxFrames));
  const frames: number[] = [];
  for (let f = 0; f < ref.frames; f += step) frames.push(f);
  const times = Float64Array.from(frames, (f) => ref.timestampsMs[f]);
  const refNorm = subjectNormalised(resampleSequence(smoothTracks(ref), { startS: 0 }, times, ref.fps), pr, minScore);
  const smooth = smoothTracks(seq);
  const J = ref.joints;
  return {
    cost(startS: number, ratePpm = 0): { px: number; compared: number } {
      const n = subjectNormalised(resampleSequence(smooth, { startS, ratePpm }, times, ref.fps), pc, minScore);
      const d: number[] = [];
      for (let k = 0; k < frames.length * J; k++) {
        const x = refNorm[k * 2],
          y = refNorm[k * 2 + 1];
        const u = n[k * 2],
          v = n[k * 2 + 1];
        if (!(Number.isFinite(x) && Number.isFinite(u))) continue;
        const l0 = E[0] * x + E[1] * y + E[2];
        const l1 = E[3] * x + E[4] * y + E[5];
        const l2 = E[6] * x + E[7] * y + E[8];
        const den = Math.hypot(l0, l1);
        if (den > 0) d.push((Math.abs(u * l0 + v * l1 + l2) / den) * pc.fx);
      }
      if (d.length < 20) return { px: NaN, compared: d.length };
      return { px: upperMedian(d), compared: d.length };
    },
  };
}

/** [frame][joint] normalised undistorted x, y of the subject (the lowest track id, else slot 0); NaN when missing. */
function subjectNormalised(seq: PoseSequence2D, cam: PreparedCamera, minScore: number): Float64Array {
  const { frames, persons, joints, data, trackIds } = seq;
  const out = new Float64Array(frames * joints * 2).fill(NaN);
  const tmp = new Float64Array(2);
  for (let f = 0; f < frames; f++) {
    let p = 0;
    let bestId = Infinity;
    for (let q = 0; q < persons; q++) {
      const id = trackIds[f * persons + q];
      if (id >= 0 && id < bestId) {
        bestId = id;
        p = q;
      }
    }
    for (let j = 0; j < joints; j++) {
      const o = ((f * persons + p) * joints + j) * 3;
      if (!(data[o + 2] >= minScore) || !Number.isFinite(data[o])) continue;
      undistortPoint(cam, data[o], data[o + 1], tmp, 0);
      out[(f * joints + j) * 2] = tmp[0];
      out[(f * joints + j) * 2 + 1] = tmp[1];
    }
  }
  return out;
}
