// A camera's subject speed profile: how fast the subject's 2D keypoints move, frame to frame, on the
// camera's own clock (each frame's own timestamp, so variable frame rates are handled). Cameras that
// film the same motion see the same rises and falls of speed at the same instants; cross-correlating
// these profiles finds when each camera started. Pure (no I/O).
import type { PoseSequence2D } from '../core/types.ts';
import type { EvenSignal } from './crossCorrelate.ts';
import { smoothTracks } from './smoothTracks.ts';
import { upperMedian } from '../core/stats.ts';

export interface SpeedProfileOptions {
  /** Keypoints scoring below this are ignored. Defaults to 0.3. */
  minScore?: number;
}

/** The person slot followed in each frame (-1 = none): the most often seen track, else slot 0 / the nearest to the previous one. */
export function subjectSlots(seq: PoseSequence2D, minScore = 0.3): Int32Array {
  const { frames, persons, joints, data, trackIds } = seq;
  const slots = new Int32Array(frames).fill(-1);
  const counts = new Map<number, number>();
  for (let i = 0; i < trackIds.length; i++) if (trackIds[i] >= 0) counts.set(trackIds[i], (counts.get(trackIds[i]) ?? 0) + 1);
  let main = -1;
  for (const [id, n] of counts) if (main < 0 || n > counts.get(main)! || (n === counts.get(main)! && id < main)) main = id;
  const centre = (f: number, p: number): [number, number, number] => {
    let sx = 0,
      sy = 0,
      n = 0;
    for (let j = 0; j < joints; j++) {
      const o = ((f * persons + p) * joints + j) * 3;
      if (data[o + 2] >= minScore && Number.isFinite(data[o])) {
        sx += data[o];
        sy += data[o + 1];
        n++;
      }
    }
    return [sx / n, sy / n, n];
  };
  let prev: [number, number] | null = null;
  for (let f = 0; f < frames; f++) {
    let chosen = -1;
    if (main >= 0) for (let p = 0; p < persons; p++) if (trackIds[f * persons + p] === main) chosen = p;
    if (chosen < 0 && (main < 0 || persons === 1)) {
      let bestD = Infinity;
      for (let p = 0; p < persons; p++) {
        const [x, y, n] = centre(f, p);
        if (n === 0) continue;
        const d = prev ? Math.hypot(x - prev[0], y - prev[1]) : p;
        if (d < bestD) {
          bestD = d;
          chosen = p;
        }
      }
    }
    if (chosen >= 0) {
      const [x, y, n] = centre(f, chosen);
      if (n > 0) prev = [x, y];
      else chosen = -1;
    }
    slots[f] = chosen;
  }
  return slots;
}

/**
 * Per-interval subject speed (of the smoothed tracks), in subject sizes per second, at the midpoint of each pair of
 * consecutive frames (seconds since the camera's first frame). NaN where the subject is not seen in
 * both frames. The mean over the keypoints seen in both frames, the fastest 10 % left out (a
 * keypoint that jumps to a wrong place is not motion).
 */
export function speedSamples(input: PoseSequence2D, opts: SpeedProfileOptions = {}): { timesS: Float64Array; speed: Float64Array } {
  const minScore = opts.minScore ?? 0.3;
  // Smoothed first: differences of raw detections are mostly jitter (on the real lab recording the
  // correlation peak of two cameras rises from 0.36 to 0.74 and lands within 0.3 frame of the truth).
  const seq = smoothTracks(input, { dropUnsmoothed: true });
  const { frames, persons, joints, data } = seq;
  const slots = subjectSlots(seq, minScore);
  const t0 = frames ? seq.timestampsMs[0] : 0;
  const n = Math.max(0, frames - 1);
  const timesS = new Float64Array(n);
  const speed = new Float64Array(n).fill(NaN);
  const size = subjectSizePx(seq, slots, minScore);
  const v: number[] = [];
  for (let f = 0; f < n; f++) {
    const ta = (seq.timestampsMs[f] - t0) / 1000;
    const tb = (seq.timestampsMs[f + 1] - t0) / 1000;
    timesS[f] = (ta + tb) / 2;
    const pa = slots[f];
    const pb = slots[f + 1];
    const dt = tb - ta;
    if (pa < 0 || pb < 0 || !(dt > 0)) continue;
    v.length = 0;
    for (let j = 0; j < joints; j++) {
      const oa = ((f * persons + pa) * joints + j) * 3;
      const ob = (((f + 1) * persons + pb) * joints + j) * 3;
      if (!(data[oa + 2] >= minScore && data[ob + 2] >= minScore)) continue;
      const d = Math.hypot(data[ob] - data[oa], data[ob + 1] - data[oa + 1]);
      if (Number.isFinite(d)) v.push(d);
    }
    if (v.length < 3) continue;
    v.sort((a, b) => a - b);
    const keep = Math.max(1, Math.ceil(v.length * 0.9));
    let s = 0;
    for (let i = 0; i < keep; i++) s += v[i];
    speed[f] = s / keep / dt / size;
  }
  return { timesS, speed };
}

/**
 * Per-keypoint speed profiles (subject sizes per second, smoothed tracks) on an even grid at rateHz,
 * seconds since the camera's first frame: one channel per keypoint seen in at least half the frames.
 * Each keypoint's speed rises and falls at its own instants (an arm lifts while the legs stay), so the
 * mean of their correlation curves peaks more sharply than the correlation of the summed speed.
 * Keyed by joint index so that two cameras' channels can be paired.
 */
export function jointSpeedProfiles(seq: PoseSequence2D, rateHz: number, opts: SpeedProfileOptions = {}): Map<number, EvenSignal> {
  const key = `${rateHz}/${opts.minScore ?? 0.3}`;
  let bySeq = jointProfiles.get(seq);
  if (!bySeq) jointProfiles.set(seq, (bySeq = new Map()));
  const hit = bySeq.get(key);
  if (hit) return hit;
  const minScore = opts.minScore ?? 0.3;
  const sm = smoothTracks(seq, { dropUnsmoothed: true });
  const { frames, persons, joints, data } = sm;
  const slots = subjectSlots(sm, minScore);
  const size = subjectSizePx(sm, slots, minScore);
  const t0 = frames ? sm.timestampsMs[0] : 0;
  const n = Math.max(0, frames - 1);
  const timesS = new Float64Array(n);
  for (let f = 0; f < n; f++) timesS[f] = (sm.timestampsMs[f] + sm.timestampsMs[f + 1] - 2 * t0) / 2000;
  const out = new Map<number, EvenSignal>();
  for (let j = 0; j < joints; j++) {
    const v = new Float64Array(n).fill(NaN);
    let seen = 0;
    for (let f = 0; f < n; f++) {
      const pa = slots[f],
        pb = slots[f + 1];
      const dt = (sm.timestampsMs[f + 1] - sm.timestampsMs[f]) / 1000;
      if (pa < 0 || pb < 0 || !(dt > 0)) continue;
      const oa = ((f * persons + pa) * joints + j) * 3,
        ob = (((f + 1) * persons + pb) * joints + j) * 3;
      if (!(data[oa + 2] >= minScore && data[ob + 2] >= minScore)) continue;
      const d = Math.hypot(data[ob] - data[oa], data[ob + 1] - data[oa + 1]);
      if (Number.isFinite(d)) {
        v[f] = d / dt / size;
        seen++;
      }
    }
    if (seen >= Math.max(3, n / 2)) out.set(j, toEvenSignal(timesS, v, rateHz));
  }
  bySeq.set(key, out);
  return out;
}

const jointProfiles = new WeakMap<PoseSequence2D, Map<string, Map<number, EvenSignal>>>();

/** Median over frames of the diagonal of the box around the subject's keypoints, pixels (1 if unknown). */
function subjectSizePx(seq: PoseSequence2D, slots: Int32Array, minScore: number): number {
  const sizes: number[] = [];
  const { persons, joints, data } = seq;
  for (let f = 0; f < seq.frames; f += Math.max(1, Math.floor(seq.frames / 500))) {
    const p = slots[f];
    if (p < 0) continue;
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (let j = 0; j < joints; j++) {
      const o = ((f * persons + p) * joints + j) * 3;
      if (!(data[o + 2] >= minScore)) continue;
      x0 = Math.min(x0, data[o]);
      x1 = Math.max(x1, data[o]);
      y0 = Math.min(y0, data[o + 1]);
      y1 = Math.max(y1, data[o + 1]);
    }
    if (x1 > x0) sizes.push(Math.hypot(x1 - x0, y1 - y0));
  }
  return sizes.length ? upperMedian(sizes) : 1;
}

/**
 * Samples irregular (time, value) pairs onto an even grid from 0 at rateHz by linear interpolation
 * (NaN across unknown samples and outside the data).
 */
export function toEvenSignal(timesS: Float64Array, values: Float64Array, rateHz: number): EvenSignal {
  const last = timesS.length ? timesS[timesS.length - 1] : 0;
  const n = timesS.length ? Math.floor(last * rateHz + 1e-9) + 1 : 0;
  const out = new Float64Array(n).fill(NaN);
  let i = 0;
  for (let k = 0; k < n; k++) {
    const t = k / rateHz;
    while (i < timesS.length - 2 && timesS[i + 1] <= t) i++;
    if (timesS.length === 1) {
      if (Math.abs(t - timesS[0]) < 1e-9) out[k] = values[0];
      continue;
    }
    const ta = timesS[i];
    const tb = timesS[i + 1];
    if (t < ta - 1e-9 || t > tb + 1e-9) continue;
    const w = tb > ta ? (t - ta) / (tb - ta) : 0;
    out[k] = values[i] * (1 - w) + values[i + 1] * w; // NaN if either side is unknown
  }
  return { startS: 0, rateHz, values: out };
}

/** The camera's speed profile on an even grid at rateHz, seconds since its first frame. */
export function speedProfile(seq: PoseSequence2D, rateHz: number, opts: SpeedProfileOptions = {}): EvenSignal {
  // The reference camera's profile is wanted once per other camera: made once (sequences are never modified in place).
  const key = `${rateHz}/${opts.minScore ?? 0.3}`;
  let bySeq = profiles.get(seq);
  if (!bySeq) profiles.set(seq, (bySeq = new Map()));
  const hit = bySeq.get(key);
  if (hit) return hit;
  const { timesS, speed } = speedSamples(seq, opts);
  const out = toEvenSignal(timesS, speed, rateHz);
  bySeq.set(key, out);
  return out;
}

const profiles = new WeakMap<PoseSequence2D, Map<string, EvenSignal>>();
