// Frame-to-frame identity for detected people. Pure: the state is a value passed in and returned.
// Association is greedy by a keypoint similarity (OKS-like, scaled by the person's size) with a
// box-IoU fallback; unmatched detections start new tracks with fresh ids.
// ref: Ruggero Ronchi & Perona, "Benchmarking and Error Diagnosis in Multi-Instance Pose Estimation", ICCV 2017 (OKS);
//      Xiao, Wu & Wei, "Simple Baselines for Human Pose Estimation and Tracking", ECCV 2018 (greedy pose matching).
import { keypointBox } from './crop.ts';

/** A person found in one frame, keypoints in frame pixels. */
export interface PersonPose {
  /** [x, y, score] per joint, frame pixels. */
  keypoints: Float32Array;
  /** Mean keypoint score in [0, 1]. */
  score: number;
}

export interface TrackedPerson extends PersonPose {
  trackId: number;
  /** Model-specific extra points in frame pixels ([x, y, score] each) its crop rule may use. */
  auxiliary?: Float32Array;
  /** A fused model's last feet (fuseFeet.ts feetRelativeToAnkles) and the frames since the feet model ran. */
  feetShape?: Float32Array;
  feetAge?: number;
}

/** Box-overlap ratio of two keypoint boxes (0 when either is undefined). */
export function boxIou(a?: [number, number, number, number], b?: [number, number, number, number]): number {
  if (!a || !b) return 0;
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  const union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
  return union > 0 ? inter / union : 0;
}

/**
 * Keypoint similarity of two poses of the same layout, in [0, 1]: mean over joints confident in
 * both of exp(−d² / (2 (κ·s)²)) with s the larger box diagonal and κ = 0.1.
 */
export function poseSimilarity(a: ArrayLike<number>, b: ArrayLike<number>, minScore = 0.2): number {
  const ba = keypointBox(a, minScore, 1),
    bb = keypointBox(b, minScore, 1);
  if (!ba || !bb) return 0;
  const s = Math.max(Math.hypot(ba[2] - ba[0], ba[3] - ba[1]), Math.hypot(bb[2] - bb[0], bb[3] - bb[1]), 1);
  const k2 = 2 * (0.1 * s) ** 2;
  let sum = 0,
    n = 0;
  for (let j = 0; j < a.length; j += 3) {
    if (!(a[j + 2] >= minScore && b[j + 2] >= minScore)) continue;
    const d2 = (a[j] - b[j]) ** 2 + (a[j + 1] - b[j + 1]) ** 2;
    sum += Math.exp(-d2 / k2);
    n++;
  }
  return n ? sum / n : 0;
}

/** Matching score used for association: the better of keypoint similarity and box IoU. */
export function matchScore(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return Math.max(poseSimilarity(a, b), boxIou(keypointBox(a, 0.2), keypointBox(b, 0.2)));
}

/**
 * Greedy one-to-one assignment of detections to previous poses by descending matchScore,
 * keeping pairs scoring ≥ minMatch. Returns, per detection, the index of the matched previous pose or −1.
 */
export function associate(previous: ArrayLike<number>[], detections: ArrayLike<number>[], minMatch = 0.3): number[] {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < previous.length; i++) {
    for (let j = 0; j < detections.length; j++) {
      const s = matchScore(previous[i], detections[j]);
      if (s >= minMatch) pairs.push([s, i, j]);
    }
  }
  pairs.sort((p, q) => q[0] - p[0]);
  const usedPrev = new Set<number>();
  const result = new Array<number>(detections.length).fill(-1);
  for (const [, i, j] of pairs) {
    if (usedPrev.has(i) || result[j] !== -1) continue;
    usedPrev.add(i);
    result[j] = i;
  }
  return result;
}

/**
 * Removes near-duplicate poses (two crops that converged on the same person), keeping the
 * earlier one in the list (callers list older tracks first).
 */
export function suppressDuplicates<T extends PersonPose>(poses: T[], maxSimilarity = 0.5): T[] {
  const kept: T[] = [];
  for (const p of poses) {
    if (kept.every((k) => poseSimilarity(k.keypoints, p.keypoints) < maxSimilarity)) kept.push(p);
  }
  return kept;
}
