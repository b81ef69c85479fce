// Puts one camera's 2D keypoints on another clock: for each target frame time, the keypoints at that
// instant, interpolated between the camera's two nearest frames by their own timestamps. This is how
// a camera that started 0.37 frame later, runs at 30 instead of 60 fps, or has a variable frame rate
// is brought onto the reference camera's frames. Pure (no I/O).
import type { PoseSequence2D } from '../core/types.ts';

export interface CameraClock {
  /** When the camera's first frame was taken, seconds on the reference clock (positive = started later). */
  startS: number;
  /** Clock-rate difference, parts per million: reference time = startS + local time × (1 + ratePpm·1e-6). Defaults to 0. */
  ratePpm?: number;
}

/**
 * The camera's keypoints at the target times (ms on the reference clock, from the reference's first
 * frame). Joints are interpolated linearly between the frames either side when both have them; a
 * joint seen on one side only is kept when the target is within a quarter of the interval of that
 * frame; the confidence is the lower of the two frames'. A person slot is followed by its track
 * id (same slot order when ids are unknown). Targets up to 0.45 of a frame interval before the
 * camera's first or after its last frame take that frame; further out they are empty (NaN).
 */
/** Targets up to this many frame intervals outside the camera's frames take its first or last frame. */
const EDGE_FRAMES = 0.45;

export function resampleSequence(seq: PoseSequence2D, clock: CameraClock, targetTimesMs: Float64Array, targetFps: number): PoseSequence2D {
  const { persons, joints, data, trackIds } = seq;
  const frames = targetTimesMs.length;
  const stride = joints * 3;
  const out = new Float32Array(frames * persons * stride).fill(NaN);
  const outIds = new Int32Array(frames * persons).fill(-1);
  const ts = seq.timestampsMs;
  const n = seq.frames;
  const t0 = n ? ts[0] : 0;
  const rate = 1 + (clock.ratePpm ?? 0) * 1e-6;
  const refT0 = frames ? targetTimesMs[0] : 0;
  // Almost half a typical frame interval at either end: a camera shifted by a fraction of a frame keeps its
  // first and last frames (held, the error of nearest-frame sampling), not an empty reference frame
  // that loses a person seen by two cameras at the end of the take.
  // Not exactly half: the reprojection refinement tries shifts on a grid of quarter and eighth frames,
  // and a bound on a grid point would let the last bits of a timestamp (WebCodecs µs vs ffmpeg's pts)
  // decide whether an end frame counts (the web app then differed from the CLI by 2.3 mm).
  const edgeMs = n > 1 ? (EDGE_FRAMES * (ts[n - 1] - t0)) / (n - 1) : 0;
  let i = 0;
  for (let k = 0; k < frames; k++) {
    // Local time (ms since the camera's first frame) of this reference instant.
    const local = (((targetTimesMs[k] - refT0) / 1000 - clock.startS) / rate) * 1000;
    if (n === 0 || local < -edgeMs || local > ts[n - 1] - t0 + edgeMs) continue;
    while (i < n - 2 && ts[i + 1] - t0 <= local) i++;
    const a = i;
    const b = Math.min(n - 1, i + 1);
    const ta = ts[a] - t0;
    const tb = ts[b] - t0;
    const w = b > a && tb > ta ? Math.min(1, Math.max(0, (local - ta) / (tb - ta))) : 0;
    for (let p = 0; p < persons; p++) {
      const id = trackIds[a * persons + p];
      // The same person in frame b: by track id, else the same slot.
      let q = p;
      if (id >= 0) {
        q = -1;
        for (let r = 0; r < persons; r++) if (trackIds[b * persons + r] === id) q = r;
      }
      const oa = (a * persons + p) * stride;
      const ob = q >= 0 ? (b * persons + q) * stride : -1;
      const oo = (k * persons + p) * stride;
      let any = false;
      for (let j = 0; j < stride; j += 3) {
        const ax = data[oa + j];
        const bx = ob >= 0 ? data[ob + j] : NaN;
        if (!Number.isNaN(ax) && !Number.isNaN(bx)) {
          out[oo + j] = ax + (bx - ax) * w;
          out[oo + j + 1] = data[oa + j + 1] + (data[ob + j + 1] - data[oa + j + 1]) * w;
          // The lower of the two frames' confidences (a point between two detections is as sure as the
          // less sure of them). Known: at w = 0 too, so a camera already on the reference's frames gets
          // the next frame's confidence where it is lower; interpolating instead moved the sync of the
          // lab recording's cam03 two frames towards its calibration's bias (a measured change for later).
          out[oo + j + 2] = Math.min(data[oa + j + 2], data[ob + j + 2]);
          any = true;
        } else if (!Number.isNaN(ax) && w <= 0.25) {
          out[oo + j] = ax;
          out[oo + j + 1] = data[oa + j + 1];
          out[oo + j + 2] = data[oa + j + 2];
          any = true;
        } else if (!Number.isNaN(bx) && w >= 0.75) {
          out[oo + j] = bx;
          out[oo + j + 1] = data[ob + j + 1];
          out[oo + j + 2] = data[ob + j + 2];
          any = true;
        }
      }
      if (any) outIds[k * persons + p] = id >= 0 ? id : w < 0.5 ? id : trackIds[b * persons + p];
    }
    // A person present only in frame b (entering the view) is not carried to a: it appears from the next frame on.
  }
  return { ...seq, fps: targetFps, frames, data: out, trackIds: outIds, timestampsMs: Float64Array.from(targetTimesMs) };
}
