// Short zero-phase smoothing of 2D keypoint tracks: detector jitter is frame-to-frame noise, human
// motion is slow next to it. Used before speeds are taken (differences amplify jitter) and before
// sub-frame shifts are compared (interpolating two noisy frames would average their noise). Pure.
import type { PoseSequence2D } from '../core/types.ts';

/** Triangle-window weights (7 frames) of the zero-phase smoothing. */
const TRIANGLE = [1, 2, 3, 4, 3, 2, 1];

/** A copy with each keypoint's x, y smoothed over ±3 frames of the same person (track id, or slot when unknown); joints missing in any of them are left as they are (or dropped, see opts). */
export function smoothTracks(seq: PoseSequence2D, opts: { dropUnsmoothed?: boolean } = {}): PoseSequence2D {
  // The sync smooths the same sequences for several purposes: made once per sequence and variant
  // (sequences are never modified in place).
  const key = opts.dropUnsmoothed ? 'drop' : 'keep';
  const cached = memo.get(seq)?.[key];
  if (cached) return cached;
  const result = smooth(seq, !!opts.dropUnsmoothed);
  memo.set(seq, { ...memo.get(seq), [key]: result });
  return result;
}

const memo = new WeakMap<PoseSequence2D, { drop?: PoseSequence2D; keep?: PoseSequence2D }>();

function smooth(seq: PoseSequence2D, dropUnsmoothed: boolean): PoseSequence2D {
  const { frames, persons, joints, data, trackIds } = seq;
  // dropUnsmoothed: keypoints that could not be smoothed (the first and last frames, gaps) become
  // missing, so raw jitter there does not stand out against the smoothed rest.
  const out = dropUnsmoothed ? new Float32Array(data.length).fill(NaN) : Float32Array.from(data);
  const half = 3;
  const slotOf = (f: number, id: number, p: number): number => {
    if (id < 0) return persons === 1 || trackIds[f * persons + p] < 0 ? p : -1;
    for (let q = 0; q < persons; q++) if (trackIds[f * persons + q] === id) return q;
    return -1;
  };
  const slots = new Int32Array(2 * half + 1);
  for (let f = half; f < frames - half; f++) {
    for (let p = 0; p < persons; p++) {
      const id = trackIds[f * persons + p];
      let ok = true;
      for (let k = -half; k <= half && ok; k++) ok = (slots[k + half] = persons === 1 && id < 0 ? 0 : slotOf(f + k, id, p)) >= 0;
      if (!ok) continue;
      for (let j = 0; j < joints; j++) {
        let sx = 0,
          sy = 0,
          sw = 0;
        for (let k = -half; k <= half; k++) {
          const o = (((f + k) * persons + slots[k + half]) * joints + j) * 3;
          const x = data[o];
          if (Number.isNaN(x)) {
            sw = 0;
            break;
          }
          const w = TRIANGLE[k + half];
          sx += w * x;
          sy += w * data[o + 1];
          sw += w;
        }
        if (sw === 0) continue;
        const o = ((f * persons + p) * joints + j) * 3;
        out[o] = sx / sw;
        out[o + 1] = sy / sw;
        out[o + 2] = data[o + 2];
      }
    }
  }
  return { ...seq, data: out };
}
