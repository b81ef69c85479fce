// One model's body, another's feet: BlazePose's heels and big toes hung on MoveNet's ankles. Pure.
// MoveNet (COCO-17) has the better body on the real take but no feet; BlazePose has heels and toes but a
// worse body (docs/models.md). Each foot keeps BlazePose's shape (heel and toe relative to its own ankle)
// and is moved so that its ankle lies on MoveNet's. BlazePose's left and right are taken from whichever
// pairing puts its ankles nearer MoveNet's (a swapped BlazePose view would otherwise hang the right foot
// on the left ankle); a foot whose BlazePose ankle is far from MoveNet's (another leg, a lost track) is
// missing (score 0) rather than wrong.

/** COCO-17 ankles (left, right) and knees, and BlazePose-33 ankles, heels, foot indices (left, right). */
const COCO = { ankle: [15, 16], knee: [13, 14] } as const;
const BLAZE = { ankle: [27, 28], heel: [29, 30], toe: [31, 32] } as const;

/** Joints the fused layout (coco17feet) adds after COCO-17's 17, in its order: LHeel, RHeel, LBigToe, RBigToe. */
export const FEET_JOINTS = 4;

export interface FuseFeetOptions {
  /** A body or feet keypoint scoring below this is not used. Defaults to 0.2. */
  minScore?: number;
  /** A foot is dropped when its ankles (body vs feet model) are further apart than this × the body's
   * shank (knee → ankle); 0.35 × the shank when known, else never. Defaults to 0.35. */
  maxAnkleGap?: number;
}

const at = (kp: ArrayLike<number>, j: number) => [kp[j * 3], kp[j * 3 + 1], kp[j * 3 + 2]];
const dist = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/**
 * The four foot keypoints ([x, y, score] × LHeel, RHeel, LBigToe, RBigToe) for a COCO-17 body
 * `body` from a BlazePose-33 pose `feet` of the same person (both frame pixels). Score per point =
 * the lower of BlazePose's score for it and the body's ankle score; 0 (and NaN position) when missing.
 */
export function fuseFeet(body: ArrayLike<number>, feet: ArrayLike<number>, opts: FuseFeetOptions = {}): Float32Array {
  const minScore = opts.minScore ?? 0.2;
  const maxGap = opts.maxAnkleGap ?? 0.35;
  const out = new Float32Array(FEET_JOINTS * 3).fill(NaN);
  for (let k = 0; k < FEET_JOINTS; k++) out[k * 3 + 2] = 0;
  const bodyAnkle = COCO.ankle.map((j) => at(body, j));
  const feetAnkle = BLAZE.ankle.map((j) => at(feet, j));
  const okB = bodyAnkle.map((p) => p[2] >= minScore && Number.isFinite(p[0]) && Number.isFinite(p[1]));
  const okF = feetAnkle.map((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
  // Which BlazePose side goes on which body side: crossed when that is nearer for both ankles together.
  let crossed = false;
  if (okB[0] && okB[1] && okF[0] && okF[1]) {
    const asIs = dist(bodyAnkle[0], feetAnkle[0]) + dist(bodyAnkle[1], feetAnkle[1]);
    crossed = dist(bodyAnkle[0], feetAnkle[1]) + dist(bodyAnkle[1], feetAnkle[0]) < asIs;
  }
  for (let s = 0; s < 2; s++) {
    const f = crossed ? 1 - s : s;
    if (!okB[s] || !okF[f]) continue;
    const knee = at(body, COCO.knee[s]);
    const shank = knee[2] >= minScore ? dist(knee, bodyAnkle[s]) : Infinity;
    if (dist(bodyAnkle[s], feetAnkle[f]) > maxGap * shank) continue;
    const dx = bodyAnkle[s][0] - feetAnkle[f][0],
      dy = bodyAnkle[s][1] - feetAnkle[f][1];
    for (const [slot, j] of [
      [s, BLAZE.heel[f]],
      [2 + s, BLAZE.toe[f]],
    ]) {
      const p = at(feet, j);
      if (!(p[2] >= minScore) || !Number.isFinite(p[0])) continue;
      out.set([p[0] + dx, p[1] + dy, Math.min(p[2], bodyAnkle[s][2])], slot * 3);
    }
  }
  return out;
}

/** Fused feet ([x, y, score] × LHeel, RHeel, LBigToe, RBigToe) as offsets from the body's ankle of their side (score kept). */
export function feetRelativeToAnkles(body: ArrayLike<number>, feet: ArrayLike<number>): Float32Array {
  const out = new Float32Array(FEET_JOINTS * 3);
  for (let k = 0; k < FEET_JOINTS; k++) {
    const a = COCO.ankle[k % 2];
    out.set([feet[k * 3] - body[a * 3], feet[k * 3 + 1] - body[a * 3 + 1], feet[k * 3 + 2]], k * 3);
  }
  return out;
}

/**
 * The inverse of feetRelativeToAnkles on another frame's body: each foot's shape hung on this body's
 * ankle; score = the lower of the foot's and the ankle's (0 and NaN when the ankle is not confident).
 */
export function feetFromRelative(body: ArrayLike<number>, relative: ArrayLike<number>, minScore = 0.2): Float32Array {
  const out = new Float32Array(FEET_JOINTS * 3);
  for (let k = 0; k < FEET_JOINTS; k++) {
    const a = COCO.ankle[k % 2];
    const s = Math.min(relative[k * 3 + 2], body[a * 3 + 2]);
    if (s >= minScore && relative[k * 3 + 2] > 0) out.set([body[a * 3] + relative[k * 3], body[a * 3 + 1] + relative[k * 3 + 1], s], k * 3);
    else out.set([NaN, NaN, 0], k * 3);
  }
  return out;
}
