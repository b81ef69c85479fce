// The sync stage's algorithm: when did each camera start, on the reference camera's clock, and does its
// clock run fast or slow? Signals: the subject's 2D keypoint speed (always), the sound (onset
// envelopes, when the videos have it), and a refinement over small sub-frame shifts that minimises the
// multi-camera reprojection error (when a calibration is given). Each says how sure it is; the
// estimates are combined by confidence, and a low-confidence result is never applied silently. Pure.
import type { Warning } from '../core/errors.ts';
import type { CameraRig, PoseSequence2D } from '../core/types.ts';
import {
  clamp01,
  crossCorrelate,
  localMaxima,
  peakOf,
  type CorrelateOptions,
  type CorrelationPeak,
  type EvenSignal,
} from './crossCorrelate.ts';
import { epipolarJudge } from './epipolarCost.ts';
import { normaliseCameraName } from '../core/matchCameras.ts';
import { refineByReprojection } from './refineByReprojection.ts';
import { personTracks } from './personTracks.ts';
import { resampleSequence } from './resampleSequence.ts';
import { jointSpeedProfiles, speedProfile } from './speedProfile.ts';

export type SyncMethod = 'auto' | 'keypoints' | 'audio' | 'none';
export type SignalName = 'keypoints' | 'audio' | 'reprojection';

/** One signal's answer for one camera. */
export interface SignalEstimate {
  startS: number;
  confidence: number;
  /** Clock drift found over the take (keypoints/audio on takes over a minute). */
  ratePpm?: number;
  /** Other starts the signal found plausible (its next-best correlation peaks), for the geometric check. */
  alternativesS?: number[];
}

/** Result for one camera (the shape of output/sync.json's cameras entries, plus the per-signal estimates). */
export interface CameraSync {
  /** When the camera's first frame was taken, seconds on the reference clock (positive = started later). */
  startS: number;
  /** Clock-rate correction, parts per million (reference time = startS + local time × (1 + ratePpm·1e-6)). */
  ratePpm: number;
  /** 0…1: how sure the applied value is. */
  confidence: number;
  /**
   * What gave the applied value: keypoints, audio, keypoints+audio (each possibly +reprojection),
   * reprojection (the frames as they are, confirmed and refined by the reprojection error), manual,
   * in-sync, none (sync.method = "none"), unknown (no signal was sure enough: left at 0), reference.
   */
  method: string;
  signals: Partial<Record<SignalName, SignalEstimate>>;
}

/** What `syncCameras` found: per camera, its start and clock rate against the reference, and how sure it is. */
export interface SyncResult {
  reference: string;
  cameras: Record<string, CameraSync>;
  /**
   * True when nothing needs resampling: same clocks, and every offset within 0.2 frame, not found, or
   * within a frame where the frames as they are fit the reference view as well. The 2D is used as it is.
   */
  inSync: boolean;
  warnings: Warning[];
}

/** Options of `syncCameras` (the [sync] section of mocap.toml). */
export interface SyncOptions {
  /** Which signals to use; 'auto' uses every signal available and skips cameras already in sync. @defaultValue "auto" */
  method?: SyncMethod;
  /** Search window for the start offset, ± seconds. @defaultValue 10 */
  windowS?: number;
  /** Reference camera's name. @defaultValue the camera with the highest frame rate (first by name on a tie) */
  reference?: string;
  /** Manual start_s per camera (overrides every estimate). @defaultValue none */
  startS?: Record<string, number>;
  /** Estimates below this confidence are not applied (the camera is left as it is, with a warning). @defaultValue 0.5 */
  minConfidence?: number;
  /** Keypoints scoring below this are ignored. @defaultValue 0.3 */
  minScore?: number;
}

/** What `syncCameras` compares: the cameras' 2D keypoints, optionally their sound and the calibration. */
export interface SyncInput {
  sequences: PoseSequence2D[];
  /** Per camera, its sound's onset envelope on the camera's clock (startS = the audio's start relative to the first frame); undefined = no sound. */
  audio?: (EvenSignal | undefined)[];
  /** The calibration (rig.cameras[i] ↔ sequences[i]) enables the reprojection refinement. */
  rig?: CameraRig;
}

export const LOW_CONFIDENCE_ADVICE = 'clap once in view of every camera at the start';
/** Offsets smaller than this share of a frame count as "already in sync". */
const IN_SYNC_FRAMES = 0.2;
/**
 * An estimate this many frames or less from 0 leaves a camera as it is when its frames as they are fit
 * the reference view as well (the geometry decides). On the lab's synchronised 100-frame recording the
 * keypoint estimates of the untrimmed videos are 0.35/1.37/1.50 frames (the six camera pairs agree
 * among themselves within 0.9 frame): a short take's speed peaks are good to a frame and a half.
 */
const AS_IS_FRAMES = 2;
/** Takes longer than this get a clock-drift estimate. */
const DRIFT_MIN_S = 60;

const norm = normaliseCameraName;

/** Index of the reference camera (see SyncOptions.reference). */
export function referenceIndex(sequences: PoseSequence2D[], reference?: string): number {
  if (reference !== undefined) {
    const i = sequences.findIndex((s) => s.camera === reference || norm(s.camera) === norm(reference));
    if (i >= 0) return i;
    return -1;
  }
  let best = 0;
  for (let i = 1; i < sequences.length; i++) if (sequences[i].fps > sequences[best].fps * 1.001) best = i;
  return best;
}

/** Whether a camera's frames are evenly spaced at its nominal rate (no variable frame rate). */
function evenFrames(seq: Pick<PoseSequence2D, 'fps' | 'frames' | 'timestampsMs'>): boolean {
  const ts = seq.timestampsMs;
  const dt = 1000 / seq.fps;
  for (let f = 1; f < seq.frames; f++) if (Math.abs(ts[f] - ts[0] - f * dt) > 0.05 * dt) return false;
  return true;
}

/** Whether the cameras' frames already share one clock (same rate, evenly spaced), so index = instant once the offsets are 0. */
export function sameClocks(sequences: Pick<PoseSequence2D, 'fps' | 'frames' | 'timestampsMs'>[]): boolean {
  const fps = sequences[0]?.fps;
  return sequences.every((s) => Math.abs(s.fps - fps) <= 1e-3 * fps && evenFrames(s));
}

/**
 * Keypoint-speed estimate of a camera's start against the reference, with drift on long takes: the
 * subject's summed speed searched over the whole window (its peak's margin over rivals is the
 * confidence), then placed by the mean correlation of each keypoint's own speed within ±0.5 s of it.
 * On the lab recording trimmed by 4/9/2 frames (100 frames, a balancing trial, the same 2D on the
 * common frames), the six camera pairs' errors were 1.4/2.5/0.7/0.9/0.2/2.6 frames with the summed
 * speed alone and 0.5/0.3/1.4/0.2/0.7/0.1 with the per-keypoint curves (the vertical speed, as Pose2Sim
 * uses, 0.9 on average with confidences ~0.3).
 */
export function estimateByKeypoints(
  ref: PoseSequence2D,
  cam: PoseSequence2D,
  windowS: number,
  minScore = 0.3,
): SignalEstimate & { profile: EvenSignal; refProfile: EvenSignal } {
  const gridHz = Math.min(240, 2 * Math.max(ref.fps, cam.fps));
  const a = speedProfile(ref, gridHz, { minScore });
  const b = speedProfile(cam, gridHz, { minScore });
  const ja = jointSpeedProfiles(ref, gridHz, { minScore }),
    jb = jointSpeedProfiles(cam, gridHz, { minScore });
  const both = [...ja.keys()].filter((j) => jb.has(j));
  const fine = both.length >= 3 ? { a: both.map((j) => ja.get(j)!), b: both.map((j) => jb.get(j)!) } : undefined;
  return { ...estimateOffset(a, b, windowS, fine), profile: b, refProfile: a };
}

/**
 * The start of `cam` on `ref`'s clock placed by the per-keypoint speed curves alone, searched within
 * ±halfS of `aroundS` (both cameras' clocks start at their first frames). NaN when they cannot compare.
 */
function fineOffset(ref: PoseSequence2D, cam: PoseSequence2D, gridHz: number, aroundS: number, halfS: number, minScore: number): number {
  const ja = jointSpeedProfiles(ref, gridHz, { minScore }),
    jb = jointSpeedProfiles(cam, gridHz, { minScore });
  const both = [...ja.keys()].filter((j) => jb.has(j));
  if (both.length < 3) return NaN;
  const a = both.map((j) => ja.get(j)!),
    b = both.map((j) => jb.get(j)!);
  const shorter = Math.min(a[0].values.length, b[0].values.length);
  const c0 = Math.round(aroundS * gridHz),
    h = Math.ceil(halfS * gridHz);
  const peak = correlateChannels(a, b, c0 - h, c0 + h, {
    minOverlap: Math.max(16, Math.ceil(0.35 * shorter)),
    weighOverlap: false,
    weighBySpread: true,
  });
  return peak.lag / gridHz;
}

/**
 * Every pair of cameras placed against each other, not only against the reference, and the starts that
 * agree best with all pairs (least squares, the reference fixed at 0): each camera's error then averages
 * over C − 1 comparisons instead of resting on one. Cameras are those whose keypoint start is known;
 * pairs within ±0.25 s of what the current starts predict. Up to 8 cameras (28 pairs); beyond, each
 * camera is paired with the reference and its two neighbours in order.
 * On the lab recording trimmed by 4/9/2 frames: 0.02/0.84/1.53 frames off against the reference alone,
 * 0.13/0.42/0.97 from all six pairs.
 */
function consistentStarts(sequences: PoseSequence2D[], r: number, starts: Map<number, number>, minScore: number): Map<number, number> {
  const idx = [r, ...[...starts.keys()].filter((c) => c !== r)];
  if (idx.length < 3) return starts;
  const gridHz = Math.min(240, 2 * Math.max(...idx.map((c) => sequences[c].fps)));
  const at = (c: number) => (c === r ? 0 : starts.get(c)!);
  const pairs: [number, number, number][] = [];
  for (let x = 0; x < idx.length; x++)
    for (let y = x + 1; y < idx.length; y++) {
      if (idx.length > 8 && x !== 0 && y - x > 2) continue;
      const i = idx[x],
        j = idx[y];
      const d = fineOffset(sequences[i], sequences[j], gridHz, at(j) - at(i), 0.25, minScore);
      if (Number.isFinite(d)) pairs.push([x, y, d]);
    }
  // Normal equations over the unknowns x_1 … x_{n-1} (x_0 = the reference = 0).
  const n = idx.length - 1;
  const N = new Float64Array(n * n),
    v = new Float64Array(n);
  for (const [x, y, d] of pairs) {
    // x_y − x_x = d
    if (y > 0) {
      N[(y - 1) * n + (y - 1)] += 1;
      v[y - 1] += d;
    }
    if (x > 0) {
      N[(x - 1) * n + (x - 1)] += 1;
      v[x - 1] -= d;
    }
    if (x > 0 && y > 0) {
      N[(x - 1) * n + (y - 1)] -= 1;
      N[(y - 1) * n + (x - 1)] -= 1;
    }
  }
  const sol = solveSymmetric(N, v, n);
  if (!sol) return starts;
  const out = new Map(starts);
  for (let k = 0; k < n; k++) if (Number.isFinite(sol[k])) out.set(idx[k + 1], sol[k]);
  return out;
}

/** Solves N x = v (n×n, symmetric positive definite) by Cholesky; null when not positive definite. */
function solveSymmetric(N: Float64Array, v: Float64Array, n: number): Float64Array | null {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = N[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      if (i === j) {
        if (!(s > 1e-12)) return null;
        L[i * n + i] = Math.sqrt(s);
      } else L[i * n + j] = s / L[j * n + j];
    }
  const y = new Float64Array(n),
    x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = v[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * y[k];
    y[i] = s / L[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= L[k * n + i] * x[k];
    x[i] = s / L[i * n + i];
  }
  return x;
}

/** The (weighted) mean of several correlation curves over the same lags (over the curves defined there; NaN where less than half the weight is). */
function meanCurve(peaks: CorrelationPeak[], weights?: number[]): Float64Array {
  const out = new Float64Array(peaks[0].curve.length);
  const w = weights ?? peaks.map(() => 1);
  const total = w.reduce((x, y) => x + y, 0);
  for (let k = 0; k < out.length; k++) {
    let s = 0,
      n = 0;
    peaks.forEach((p, i) => {
      if (Number.isFinite(p.curve[k])) {
        s += w[i] * p.curve[k];
        n += w[i];
      }
    });
    out[k] = n * 2 >= total && n > 0 ? s / n : NaN;
  }
  return out;
}

/** Standard deviation of a signal's known samples (0 when fewer than two). */
function spread(x: EvenSignal): number {
  let s = 0,
    ss = 0,
    n = 0;
  for (const v of x.values)
    if (!Number.isNaN(v)) {
      s += v;
      ss += v * v;
      n++;
    }
  return n > 1 ? Math.sqrt(Math.max(0, ss / n - (s / n) ** 2)) : 0;
}

/** Cross-correlates every channel pair and takes the peak of the mean curve. */
function correlateChannels(
  a: EvenSignal[],
  b: EvenSignal[],
  lagMin: number,
  lagMax: number,
  opts: CorrelateOptions & { weighBySpread?: boolean },
): CorrelationPeak {
  const peaks = a.map((x, i) => crossCorrelate(x.values, b[i].values, lagMin, lagMax, opts));
  // Weighed by how much each channel varies in both signals: a keypoint that barely moves correlates its noise.
  const w = opts.weighBySpread ? a.map((x, i) => spread(x) * spread(b[i])) : undefined;
  return peaks.length === 1 ? peaks[0] : peakOf(meanCurve(peaks, w), lagMin);
}

/**
 * Start of signal b's clock on signal a's clock (even signals at one rate, startS = when sample 0 is
 * on each own clock; several channels = their correlation curves averaged), searched over ±windowS;
 * with a drift fit over windows when b lasts over a minute. `fine` (paired channels on the same clocks
 * and rate) places the peak within ±0.5 s of the coarse one instead of a and b themselves.
 */
export function estimateOffset(
  aIn: EvenSignal | EvenSignal[],
  bIn: EvenSignal | EvenSignal[],
  windowS: number,
  fineIn?: { a: EvenSignal[]; b: EvenSignal[] },
): SignalEstimate {
  const as = Array.isArray(aIn) ? aIn : [aIn];
  const bs = Array.isArray(bIn) ? bIn : [bIn];
  const a = as[0],
    b = bs[0];
  const R = a.rateHz;
  const base = a.startS - b.startS;
  const shorter = Math.min(a.values.length, b.values.length);
  // A lag must compare at least a third of the shorter signal: tiny overlaps correlate by chance.
  const minOverlap = Math.max(16, Math.ceil(0.35 * shorter));
  const W = Math.round(windowS * R);
  // Coarse to fine: the whole window at ≤ 20 Hz (block means), then ±0.5 s around its peak at the
  // full rate. Confidence and alternatives come from the coarse search over the whole window.
  const k = Math.max(1, Math.floor(R / 20));
  const coarse = correlateChannels(
    as.map((x) => decimate(x, k)),
    bs.map((x) => decimate(x, k)),
    -Math.ceil(W / k),
    Math.ceil(W / k),
    { minOverlap: Math.max(8, Math.ceil(minOverlap / k)) },
  );
  if (!Number.isFinite(coarse.lag)) return { startS: NaN, confidence: 0, ratePpm: 0 };
  const around = Math.round(0.5 * R);
  const c0 = Math.round(coarse.lag * k);
  // The fine search reads the plain correlation: the overlap weighting would pull the peak towards lag 0
  // (on the 100-frame lab clip every trim came out 0.4–1.1 frame short with it).
  const fine = correlateChannels(fineIn?.a ?? as, fineIn?.b ?? bs, c0 - around, c0 + around, {
    minOverlap,
    weighOverlap: false,
    weighBySpread: !!fineIn,
  });
  const global = { ...fine, confidence: coarse.confidence, lag: Number.isFinite(fine.lag) ? fine.lag : coarse.lag * k };
  let startS = base + global.lag / R;
  const alternativesS = localMaxima(coarse.curve, coarse.lagMin, 6).map((l) => base + (l * k) / R);
  let ratePpm = 0;
  const durationS = b.values.length / R;
  if (durationS > DRIFT_MIN_S && global.confidence > 0) {
    // Local offsets over 20 s windows every 10 s, searched ±0.5 s around the global one, then a
    // weighted line through them: offset(t) = start + drift·t.
    const win = Math.round(20 * R);
    const step = Math.round(10 * R);
    const around = Math.round(0.5 * R);
    const L0 = Math.round(global.lag);
    const pts: { t: number; lag: number; w: number }[] = [];
    for (let from = 0; from + win <= b.values.length; from += step) {
      const local = correlateChannels(as, bs, L0 - around, L0 + around, { from, to: from + win, minOverlap: Math.round(win * 0.8) });
      if (Number.isFinite(local.lag) && local.confidence >= 0.3)
        pts.push({ t: (from + win / 2) / R, lag: local.lag / R, w: local.confidence });
    }
    if (pts.length >= 3) {
      let sw = 0,
        st = 0,
        sl = 0;
      for (const p of pts) {
        sw += p.w;
        st += p.w * p.t;
        sl += p.w * p.lag;
      }
      const mt = st / sw,
        ml = sl / sw;
      let stt = 0,
        stl = 0;
      for (const p of pts) {
        stt += p.w * (p.t - mt) ** 2;
        stl += p.w * (p.t - mt) * (p.lag - ml);
      }
      const slope = stt > 0 ? stl / stt : 0;
      startS = base + ml - slope * mt;
      ratePpm = Math.round(slope * 1e6 * 10) / 10;
    }
  }
  return { startS, confidence: global.confidence, ratePpm, alternativesS };
}

/** Block means of k samples (NaN-aware): the signal at rate/k. */
function decimate(x: EvenSignal, k: number): EvenSignal {
  if (k <= 1) return x;
  const n = Math.floor(x.values.length / k);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0,
      m = 0;
    for (let j = i * k; j < i * k + k; j++)
      if (!Number.isNaN(x.values[j])) {
        s += x.values[j];
        m++;
      }
    out[i] = m ? s / m : NaN;
  }
  // Block i covers samples ik … ik + k − 1: its centre is (k − 1)/2 samples after sample ik.
  return { startS: x.startS + (k - 1) / 2 / x.rateHz, rateHz: x.rateHz / k, values: out };
}

/** Runs the sync: per camera, each signal's estimate, the combined value, and whether anything needs resampling. */
/** Tracks seen in at least this share of a camera's frames may be the person the sync follows. */
const CANDIDATE_TRACK_SHARE = 0.3;

/** Track ids seen in at least CANDIDATE_TRACK_SHARE of the frames, most seen first. */
function candidateTracks(seq: PoseSequence2D): number[] {
  const seen = new Map<number, number>();
  for (const id of seq.trackIds) if (id >= 0) seen.set(id, (seen.get(id) ?? 0) + 1);
  return [...seen]
    .filter(([, n]) => n >= CANDIDATE_TRACK_SHARE * seq.frames)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([id]) => id);
}

/** The largest number of people detected in one frame (slots with a keypoint scored above 0). */
function mostPeopleInAFrame(seq: Pick<PoseSequence2D, 'frames' | 'persons' | 'joints' | 'data'>): number {
  let most = 0;
  for (let f = 0; f < seq.frames; f++) {
    let n = 0;
    for (let p = 0; p < seq.persons; p++) {
      const o = (f * seq.persons + p) * seq.joints * 3;
      for (let j = 0; j < seq.joints; j++)
        if (seq.data[o + j * 3 + 2] > 0) {
          n++;
          break;
        }
    }
    if (n > most) most = n;
  }
  return most;
}

/** The sequence with one person slot: track `id` where it is seen, nobody elsewhere. */
function onlyTrack(seq: PoseSequence2D, id: number): PoseSequence2D {
  const { frames, persons, joints } = seq;
  const size = joints * 3;
  const data = new Float32Array(frames * size).fill(NaN);
  const trackIds = new Int32Array(frames).fill(-1);
  for (let f = 0; f < frames; f++)
    for (let p = 0; p < persons; p++)
      if (seq.trackIds[f * persons + p] === id) {
        data.set(seq.data.subarray((f * persons + p) * size, (f * persons + p + 1) * size), f * size);
        trackIds[f] = id;
      }
  return { ...seq, persons: 1, data, trackIds };
}

/**
 * Which person each camera's sync follows when it tracks several people through the take (a second
 * actor, a bystander): the same person in every camera, or the speed profiles compare two people's
 * motions and give a confident wrong start. Every pairing of a reference track with each camera's
 * tracks is tried; with a calibration the pairing whose keypoints then lie closest to the reference's
 * epipolar lines wins (summed over the cameras for the reference's track), else the most confident
 * correlation. Cameras with one candidate track are left as they are (but judge the reference's choice). On the lab's two-people take
 * (people tracked in both cameras of three of the four) the keypoints otherwise placed two cameras
 * 0.66 s and 0.20 s off with confidence 0.64 and 1.
 */
function followOnePerson(
  sequences0: PoseSequence2D[],
  r: number,
  windowS: number,
  rig: CameraRig | undefined,
  minScore?: number,
): PoseSequence2D[] {
  // People, not track ids: a tracker can hand one person's id on to another (personTracks.ts).
  // At most one person in any frame of every camera (a single-person take): nothing to pair. Counted
  // from the detections, not the slots, so that empty slots (the web app keeps max_persons) change nothing.
  if (sequences0.every((q) => mostPeopleInAFrame(q) <= 1)) return sequences0;
  const sequences = sequences0.map(personTracks);
  const cands = sequences.map(candidateTracks);
  if (cands.every((c) => c.length <= 1)) return sequences0;
  let best: { score: number; seqs: PoseSequence2D[] } | undefined;
  for (const refId of cands[r].length ? cands[r] : [-1]) {
    const ref = refId >= 0 && cands[r].length > 1 ? onlyTrack(sequences[r], refId) : sequences[r];
    let total = 0;
    const seqs = sequences.map((seq, c) => {
      if (c === r) return ref;
      let pick: { score: number; seq: PoseSequence2D } | undefined;
      // A camera with one candidate still scores the reference's choice of person.
      for (const id of cands[c].length > 1 ? cands[c] : [-1]) {
        const one = id >= 0 ? onlyTrack(seq, id) : seq;
        const k = estimateByKeypoints(ref, one, windowS, minScore);
        const judge = rig ? epipolarJudge(ref, rig.cameras[r], one, rig.cameras[c], { minScore }) : null;
        const px = judge && Number.isFinite(k.startS) ? judge.cost(k.startS).px : NaN;
        const score = Number.isFinite(px) ? px : -k.confidence;
        if (!pick || score < pick.score) pick = { score, seq: one };
      }
      total += pick!.score;
      return pick!.seq;
    });
    if (!best || total < best.score) best = { score: total, seqs };
  }
  return best!.seqs;
}

/** Finds each camera's start offset (and clock rate) against a reference camera from the 2D keypoints, the sound and, with a calibration, the reprojection error (docs/sync.md). */
export function syncCameras(input: SyncInput, opts: SyncOptions = {}): SyncResult {
  const sequences0 = input.sequences;
  const method = opts.method ?? 'auto';
  const windowS = opts.windowS ?? 10;
  const minConfidence = opts.minConfidence ?? 0.5;
  const warnings: Warning[] = [];
  let r = referenceIndex(sequences0, opts.reference);
  if (r < 0) {
    warnings.push({
      code: 'sync-reference',
      message: `sync.reference "${opts.reference}" is none of the cameras (${sequences0.map((s) => s.camera).join(', ')}); using ${sequences0[referenceIndex(sequences0)].camera}`,
    });
    r = referenceIndex(sequences0);
  }
  // The same person in every camera (when some track several people through the take).
  const sequences = method === 'none' ? sequences0 : followOnePerson(sequences0, r, windowS, input.rig, opts.minScore);
  const ref = sequences[r];
  const manual = new Map(Object.entries(opts.startS ?? {}).map(([k, v]) => [norm(k), v]));
  const cameras: Record<string, CameraSync> = {};
  /** Low-confidence warnings, raised unless the reprojection refinement places the camera after all. */
  const pending = new Map<string, string>();
  /** Cameras whose frames as they are fit the reference view as well as the estimate (see checkCandidates). */
  const asIs = new Set<string>();
  cameras[ref.camera] = { startS: manual.get(norm(ref.camera)) ?? 0, ratePpm: 0, confidence: 1, method: 'reference', signals: {} };
  for (let c = 0; c < sequences.length; c++) {
    if (c === r) continue;
    const cam = sequences[c];
    const signals: CameraSync['signals'] = {};
    if (method === 'auto' || method === 'keypoints') {
      const k = estimateByKeypoints(ref, cam, windowS, opts.minScore);
      signals.keypoints = { startS: k.startS, confidence: k.confidence, ratePpm: k.ratePpm, alternativesS: k.alternativesS };
    }
    if ((method === 'auto' || method === 'audio') && input.audio?.[c] && input.audio?.[r]) {
      signals.audio = estimateOffset(input.audio[r]!, input.audio[c]!, windowS);
    }
    const chosen = manual.has(norm(cam.camera))
      ? { startS: manual.get(norm(cam.camera))!, ratePpm: 0, confidence: 1, method: 'manual' }
      : method === 'none'
        ? { startS: 0, ratePpm: 0, confidence: 1, method: 'none' }
        : combine(signals, cam, minConfidence, warnings, pending);
    cameras[cam.camera] = { ...chosen, signals };
  }
  if (method === 'auto' || method === 'keypoints') {
    // The keypoint starts made consistent over every pair of cameras (same-clock takes without drift).
    const known = new Map<number, number>();
    sequences.forEach((s, c) => {
      const k = cameras[s.camera].signals.keypoints;
      if (c !== r && k && Number.isFinite(k.startS) && k.confidence >= minConfidence && !k.ratePpm) known.set(c, k.startS);
    });
    const agreed = consistentStarts(sequences, r, known, opts.minScore ?? 0.3);
    for (const [c, startS] of agreed) {
      const cs = cameras[sequences[c].camera];
      cs.signals.keypoints!.startS = startS;
      if (cs.method === 'keypoints') cs.startS = startS;
    }
  }
  if (input.rig && method !== 'none') {
    // Geometry judges the candidate starts (each signal's best and next-best, and "as they are"): the
    // one whose keypoints lie on the reference's epipolar lines wins when it clearly beats the rest.
    for (let c = 0; c < sequences.length; c++) {
      const cs = cameras[sequences[c].camera];
      if (c !== r && MOVABLE.has(cs.method))
        checkCandidates(
          cs,
          sequences[c],
          ref,
          input.rig,
          r,
          c,
          minConfidence,
          pending,
          { add: (cam, fits) => fits && asIs.add(cam) },
          opts.minScore,
        );
    }
    // Refinement: small sub-frame shifts that lower the multi-camera reprojection error.
    const refined = refineByReprojection(sequences, input.rig, r, Object.fromEntries(sequences.map((s) => [s.camera, cameras[s.camera]])), {
      minScore: opts.minScore,
    });
    for (const [name, est] of Object.entries(refined)) {
      const cs = cameras[name];
      cs.signals.reprojection = { startS: est.startS, confidence: est.confidence };
      if (est.confidence < minConfidence) continue;
      if (cs.method === 'unknown') {
        // No signal found the start, but the frames as they are agree across the cameras within a frame.
        cs.method = 'reprojection';
        cs.confidence = est.confidence;
      } else if (cs.method !== 'reprojection' && !cs.method.endsWith('+reprojection')) cs.method += '+reprojection';
      cs.startS = est.startS;
    }
  }
  for (const [name, message] of pending) if (cameras[name].method === 'unknown') warnings.push({ code: 'sync-low-confidence', message });
  // Already in sync: same clocks and every applied offset within a fraction of a frame.
  const frameS = 1 / ref.fps;
  const small = Object.entries(cameras).every(([name, cs]) =>
    cs.method === 'manual' ? cs.startS === 0 : (Math.abs(cs.startS) < IN_SYNC_FRAMES * frameS || asIs.has(name)) && cs.ratePpm === 0,
  );
  const inSync = sameClocks(sequences) && small;
  if (inSync && method !== 'none')
    for (const cs of Object.values(cameras))
      if (cs.method !== 'reference' && cs.method !== 'none' && cs.method !== 'manual' && cs.method !== 'unknown') {
        cs.startS = 0;
        cs.method = 'in-sync';
      }
  for (const cs of Object.values(cameras)) {
    cs.startS = round(cs.startS, 6);
    cs.confidence = round(cs.confidence, 3);
  }
  return { reference: ref.camera, cameras, inSync, warnings };
}

/** Methods whose start the calibration may still check and move. */
const MOVABLE = new Set(['keypoints', 'audio', 'keypoints+audio', 'unknown']);

/**
 * Judges a camera's candidate starts by the epipolar distance to the reference view. Keeps the
 * signals' choice when geometry agrees (raising its confidence), switches to another candidate when
 * geometry clearly prefers it, and leaves it alone when geometry cannot tell.
 */
function checkCandidates(
  cs: CameraSync,
  seq: PoseSequence2D,
  ref: PoseSequence2D,
  rig: CameraRig,
  r: number,
  c: number,
  minConfidence: number,
  pendingFor: Map<string, string>,
  asIsFits: { add(camera: string, fits: boolean): void },
  minScore?: number,
): void {
  const judge = epipolarJudge(ref, rig.cameras[r], seq, rig.cameras[c], { minScore });
  if (!judge) return;
  const frameS = 1 / Math.min(seq.fps, ref.fps);
  const cands: { startS: number; from: string }[] = [];
  const add = (startS: number | undefined, from: string) => {
    if (startS === undefined || !Number.isFinite(startS)) return;
    if (!cands.some((x) => Math.abs(x.startS - startS) < frameS)) cands.push({ startS, from });
  };
  if (cs.method !== 'unknown') add(cs.startS, cs.method);
  add(cs.signals.audio?.startS, 'audio');
  add(cs.signals.keypoints?.startS, 'keypoints');
  for (const a of cs.signals.audio?.alternativesS ?? []) add(a, 'audio');
  for (const a of cs.signals.keypoints?.alternativesS ?? []) add(a, 'keypoints');
  add(0, 'reprojection');
  if (cands.length < 2) return;
  const judged = cands.map((x) => judge.cost(x.startS, cs.ratePpm));
  // A start that leaves the two videos overlapping much less than another is not comparable (a
  // median over a few frames can be low by chance): only candidates with ≥ 60 % of the best overlap count.
  const most = Math.max(...judged.map((j) => j.compared));
  const costs = judged.map((j) => (j.compared >= 0.6 * most ? j.px : NaN));
  let best = -1;
  for (let i = 0; i < costs.length; i++) if (Number.isFinite(costs[i]) && (best < 0 || costs[i] < costs[best])) best = i;
  if (best < 0) return;
  let second = Infinity;
  // Rivals are candidates 3 or more frames away: nearer ones are the same alignment, give or take
  // (nearestMinimum places it exactly).
  for (let i = 0; i < costs.length; i++)
    if (i !== best && Number.isFinite(costs[i]) && Math.abs(cands[i].startS - cands[best].startS) >= 3 * frameS)
      second = Math.min(second, costs[i]);
  // Sure when the runner-up lies twice as far from the epipolar lines as the winner (half sure at
  // 1.5×): calibration errors and slow motion make nearby starts differ by 20–30 % on real footage.
  const geo = Number.isFinite(second) ? clamp01(second / Math.max(costs[best], 1e-9) - 1) : 0;
  const own = cs.method !== 'unknown' ? costs[0] : NaN;
  if (Number.isFinite(own) && (own <= 1.15 * costs[best] || Math.abs(cands[best].startS - cs.startS) < 3 * frameS)) {
    // Geometry agrees with the signals (their start fits about as well as any, or the best fit is the
    // same alignment give or take a frame or two: no rival; nearestMinimum places it).
    cs.confidence = Math.max(cs.confidence, Math.abs(cands[best].startS - cs.startS) < frameS ? geo : 0);
  } else if (geo >= minConfidence) {
    cs.startS = cands[best].startS;
    cs.method = cands[best].from === 'keypoints+audio' ? 'keypoints+audio' : cands[best].from.split('+')[0];
    cs.confidence = geo;
  } else if (cs.method !== 'unknown') {
    // The signals' start fits the reference view clearly worse than another: not sure after all.
    pendingFor.set(
      seq.camera,
      `sync: for ${seq.camera} the ${cs.method} say ${fmtS(cs.startS)}, but its keypoints then fit the reference camera's worse than at ${fmtS(cands[best].startS)}; left as it is — ${LOW_CONFIDENCE_ADVICE}, or set [sync] start_s.${seq.camera} in mocap.toml`,
    );
    cs.startS = 0;
    cs.confidence = Math.min(cs.confidence, geo);
    cs.method = 'unknown';
  }
  if (cs.method === 'unknown') return;
  if (cs.ratePpm !== 0) {
    // A drift from the speed profiles may be a view effect (the subject turning changes how each
    // camera sees the speed): kept only when it fits the reference view better than no drift with
    // the same alignment mid-take.
    const midS = seq.frames > 1 ? (seq.timestampsMs[seq.frames - 1] - seq.timestampsMs[0]) / 2000 : 0;
    const steady = cs.startS + cs.ratePpm * 1e-6 * midS;
    if (judge.cost(steady, 0).px <= judge.cost(cs.startS, cs.ratePpm).px) {
      cs.startS = steady;
      cs.ratePpm = 0;
    }
  }
  // Fine placement by geometry needs motion to judge by (a still subject fits any shift alike, up to
  // noise): only when the speed profiles matched.
  if ((cs.signals.keypoints?.confidence ?? 0) >= minConfidence) cs.startS = nearestMinimum(judge, cs.startS, cs.ratePpm, 1 / seq.fps);
  // Frames as they are (start 0) within AS_IS_FRAMES of the estimate and fitting the reference view as
  // well: the camera may be in sync (keypoint timing on real footage is good to a frame or so, no better).
  if (Math.abs(cs.startS) < AS_IS_FRAMES / seq.fps && cs.ratePpm === 0)
    asIsFits.add(seq.camera, judge.cost(0).px <= 1.02 * judge.cost(cs.startS).px);
}

/**
 * The start within ±2 frames of `startS` where the epipolar distance is least (quarter-frame steps,
 * a least-squares parabola within a frame of the best); `startS` itself when the least is at the edge.
 */
function nearestMinimum(judge: NonNullable<ReturnType<typeof epipolarJudge>>, startS: number, ratePpm: number, frameS: number): number {
  const steps = 8;
  const costs: number[] = [];
  for (let k = -steps; k <= steps; k++) costs.push(judge.cost(startS + (k / 4) * frameS, ratePpm).px);
  if (!costs.every(Number.isFinite)) return startS;
  let best = 0;
  for (let k = 1; k < costs.length; k++) if (costs[k] < costs[best]) best = k;
  if (best === 0 || best === costs.length - 1) return startS;
  // A flat curve (a still subject) says nothing: the least there is noise. Move only when the ends of
  // the range fit at least 5 % worse.
  if ((costs[0] + costs[costs.length - 1]) / 2 < 1.05 * costs[best]) return startS;
  // A parabola fitted (least squares) to the costs within a frame of the least, not through three points:
  // the epipolar distance moves in small steps as keypoints cross the median, and three points follow them.
  const lo = Math.max(0, best - 4),
    hi = Math.min(costs.length - 1, best + 4);
  const frac = parabolaVertex(costs.slice(lo, hi + 1), lo - best);
  return startS + ((best - steps + (frac ?? 0)) / 4) * frameS;
}

/**
 * Where the least-squares parabola through (k0 + i, y[i]) has its least, within ±1 of 0; undefined when
 * the fit is not convex. ref: ordinary least squares on the basis 1, x, x² (normal equations, Cramer's rule).
 */
function parabolaVertex(y: number[], k0: number): number | undefined {
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    t0 = 0,
    t1 = 0,
    t2 = 0;
  y.forEach((v, i) => {
    const x = k0 + i;
    s0++;
    s1 += x;
    s2 += x * x;
    s3 += x ** 3;
    s4 += x ** 4;
    t0 += v;
    t1 += x * v;
    t2 += x * x * v;
  });
  const det = s0 * (s2 * s4 - s3 * s3) - s1 * (s1 * s4 - s3 * s2) + s2 * (s1 * s3 - s2 * s2);
  if (!(Math.abs(det) > 1e-12)) return undefined;
  const b = (s0 * (t1 * s4 - s3 * t2) - t0 * (s1 * s4 - s3 * s2) + s2 * (s1 * t2 - t1 * s2)) / det;
  const c = (s0 * (s2 * t2 - t1 * s3) - s1 * (s1 * t2 - t1 * s2) + t0 * (s1 * s3 - s2 * s2)) / det;
  if (!(c > 0)) return undefined;
  return Math.max(-1, Math.min(1, -b / (2 * c)));
}

/** Picks or blends the signals' estimates for one camera; a low-confidence camera is left at 0 with a warning. */
function combine(
  signals: CameraSync['signals'],
  cam: PoseSequence2D,
  minConfidence: number,
  warnings: Warning[],
  pending: Map<string, string>,
): Omit<CameraSync, 'signals'> {
  const k = signals.keypoints;
  const a = signals.audio;
  const okK = k && Number.isFinite(k.startS) && k.confidence >= minConfidence ? k : undefined;
  const okA = a && Number.isFinite(a.startS) && a.confidence >= minConfidence ? a : undefined;
  const frameS = 1 / cam.fps;
  if (okK && okA) {
    if (Math.abs(okK.startS - okA.startS) <= 1.5 * frameS) {
      // Sound resolves a few milliseconds, keypoints a fraction of a frame: weight by confidence and precision.
      const wk = okK.confidence,
        wa = okA.confidence * 4;
      return {
        startS: (okK.startS * wk + okA.startS * wa) / (wk + wa),
        ratePpm: okA.ratePpm || okK.ratePpm || 0,
        confidence: Math.max(okK.confidence, okA.confidence),
        method: 'keypoints+audio',
      };
    }
    const win = okA.confidence >= okK.confidence ? okA : okK;
    const name = win === okA ? 'audio' : 'keypoints';
    warnings.push({
      code: 'sync-disagree',
      message: `sync: for ${cam.camera} the keypoints say ${fmtS(okK.startS)} and the sound says ${fmtS(okA.startS)}; using the ${name} (more confident); check the aligned speed plot in the report, or set [sync] start_s.${cam.camera}`,
    });
    return { startS: win.startS, ratePpm: win.ratePpm ?? 0, confidence: clamp01(win.confidence * 0.5), method: name };
  }
  const one = okK ?? okA;
  if (one)
    return { startS: one.startS, ratePpm: one.ratePpm ?? 0, confidence: one.confidence, method: one === okK ? 'keypoints' : 'audio' };
  const best = [k, a].filter((s): s is SignalEstimate => !!s).sort((x, y) => y.confidence - x.confidence)[0];
  const what =
    !k && !a
      ? 'no signal to sync on'
      : `the best guess (${best && Number.isFinite(best.startS) ? fmtS(best.startS) : 'none'}) has confidence ${(best?.confidence ?? 0).toFixed(2)}${a ? '' : ' and the video has no sound'}`;
  pending.set(
    cam.camera,
    `sync: could not tell when ${cam.camera} started (${what}: the subject barely moves or moves the same way over and over); its frames are used as they are, assuming the cameras started together — ${LOW_CONFIDENCE_ADVICE}, or set [sync] start_s.${cam.camera} in mocap.toml`,
  );
  return { startS: 0, ratePpm: 0, confidence: best?.confidence ?? 0, method: 'unknown' };
}

const fmtS = (s: number): string => `${s >= 0 ? '+' : ''}${s.toFixed(3)} s`;
const round = (x: number, d: number): number => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);

/**
 * The cameras' 2D keypoints on the reference camera's frames (sequences unchanged when they already
 * share its clock and every offset is 0). Needed whenever clocks differ, even without offsets: a 30 fps
 * camera beside 60 fps ones, or a variable-frame-rate phone.
 */
/** Whether applySync would leave the sequences as they are: every camera on the reference's clock and frames. */
export function syncIsIdentity(
  sequences: Pick<PoseSequence2D, 'camera' | 'fps' | 'frames' | 'timestampsMs'>[],
  sync: { reference: string; cameras: Record<string, { startS: number; ratePpm: number }> } | undefined,
): boolean {
  const r = sync ? referenceIndex(sequences as PoseSequence2D[], sync.reference) : referenceIndex(sequences as PoseSequence2D[]);
  const ref = sequences[r < 0 ? referenceIndex(sequences as PoseSequence2D[]) : r];
  const clockOf = (s: { camera: string }) => {
    if (!sync) return { startS: 0, ratePpm: 0 };
    const key = Object.keys(sync.cameras).find((k) => k === s.camera || norm(k) === norm(s.camera));
    return key ? sync.cameras[key] : { startS: 0, ratePpm: 0 };
  };
  const refClock = clockOf(ref);
  return (
    sequences.every((s) => {
      const c = clockOf(s);
      return c.startS === refClock.startS && !c.ratePpm;
    }) && sameClocks(sequences)
  );
}

export function applySync(
  sequences: PoseSequence2D[],
  sync: { reference: string; cameras: Record<string, { startS: number; ratePpm: number }> } | undefined,
): PoseSequence2D[] {
  const r = sync ? referenceIndex(sequences, sync.reference) : referenceIndex(sequences);
  const ref = sequences[r < 0 ? referenceIndex(sequences) : r];
  const clockOf = (s: PoseSequence2D) => {
    if (!sync) return { startS: 0, ratePpm: 0 };
    const key = Object.keys(sync.cameras).find((k) => k === s.camera || norm(k) === norm(s.camera));
    return key ? sync.cameras[key] : { startS: 0, ratePpm: 0 };
  };
  const refClock = clockOf(ref);
  const identity = sequences.every((s) => {
    const c = clockOf(s);
    return c.startS === refClock.startS && !c.ratePpm;
  });
  if (identity && sameClocks(sequences)) return sequences;
  // The reference's own start_s (a manual value) shifts everyone alike.
  return sequences.map((s) => {
    const c = clockOf(s);
    return resampleSequence(s, { startS: c.startS - refClock.startS, ratePpm: c.ratePpm }, ref.timestampsMs, ref.fps);
  });
}
