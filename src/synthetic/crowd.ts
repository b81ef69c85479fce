// Synthetic takes with several people: everyone walks back and forth on lines that cross in the
// middle of the capture volume (so paths cross and people hide each other in some views), one may
// enter late and leave early, and bystanders stand close to one camera, seen by no other. Known 3D
// truth per person, 2D detections per camera with occlusion, plus the scores the multi-person tests
// and benchmark quote (identity switches, coverage, error).

import type { CameraRig, Points3D, PoseSequence2D } from '../core/types.ts';
import { prepareCamera, projectPoint, cameraCenter } from '../camera/project.ts';
import { generateMotion, type MotionKind } from './motion.ts';
import { createRandom } from '../core/random.ts';

export interface CrowdOptions {
  people: number;
  frames: number;
  /** Defaults to 30. */
  fps?: number;
  /** Defaults to "halpe26". */
  layout?: string;
  /** Gaussian pixel noise per coordinate. Defaults to 1. */
  noisePx?: number;
  /** Probability that a keypoint is missed. Defaults to 0.02. */
  missRate?: number;
  /** People standing near one camera and seen by it alone. Defaults to 0. */
  bystanders?: number;
  /** A nearer person hides the keypoints of a farther one behind their box (and the whole person when most are hidden). Defaults to true. */
  occlusion?: boolean;
  /** The last person enters at a quarter of the take and leaves at three quarters. Defaults to false. */
  enterLeave?: boolean;
  /** Walking speed, m/s. Defaults to 0.8. */
  speedMps?: number;
  seed?: number;
}

export interface CrowdTake {
  /** Per person, the true 3D keypoints (NaN where the person is not in the scene). */
  truths: Points3D[];
  /** One sequence per camera; track id = person index (bystanders 100 + b). */
  sequences: PoseSequence2D[];
  /** [person][frame] number of cameras that detected the person. */
  seenBy: Uint8Array[];
}

/** Track id of bystander b. */
export const BYSTANDER_TRACK_ID = 100;

/** Builds a take of several people observed by a rig. */
export function makeCrowdTake(rig: CameraRig, opts: CrowdOptions): CrowdTake {
  const fps = opts.fps ?? 30;
  const { frames } = opts;
  const rng = createRandom(opts.seed ?? 1);
  const speed = opts.speedMps ?? 0.8;
  const kinds: MotionKind[] = ['walk-in-place', 'wave', 'mixed', 'squat'];
  const n = opts.people;
  const prepared = rig.cameras.map(prepareCamera);

  // Paths: lines through (nearly) the middle at spread angles; sinusoidal back-and-forth so people
  // cross. Phases drawn until nobody walks through anybody (centroids ≥ 0.6 m apart).
  const amplitude = 1.5;
  const omega = speed / amplitude;
  const angles = Array.from({ length: n }, (_, i) => (Math.PI * i) / n + 0.3 * rng.uniform());
  const offsets = Array.from({ length: n }, (_, i) => (i - (n - 1) / 2) * 0.25);
  let phases: number[] = [];
  const pos = (i: number, f: number, ph: number[]): [number, number] => {
    const s = amplitude * Math.sin(omega * (f / fps) + ph[i]);
    const a = angles[i];
    return [Math.cos(a) * s - Math.sin(a) * offsets[i], Math.sin(a) * s + Math.cos(a) * offsets[i]];
  };
  const present = (i: number, f: number): boolean => !(opts.enterLeave && i === n - 1 && (f < frames / 4 || f >= (3 * frames) / 4));
  for (let attempt = 0; attempt < 200; attempt++) {
    phases = Array.from({ length: n }, () => 2 * Math.PI * rng.uniform());
    let ok = true;
    for (let f = 0; f < frames && ok; f += 2) {
      for (let i = 0; i < n && ok; i++) {
        for (let k = i + 1; k < n && ok; k++) {
          if (!present(i, f) || !present(k, f)) continue;
          const [ax, ay] = pos(i, f, phases),
            [bx, by] = pos(k, f, phases);
          if (Math.hypot(ax - bx, ay - by) < 0.6) ok = false;
        }
      }
    }
    if (ok) break;
  }

  const truths: Points3D[] = [];
  for (let i = 0; i < n; i++) {
    const m = generateMotion({
      frames,
      fps,
      layout: opts.layout ?? 'halpe26',
      seed: 17 + 31 * i + (opts.seed ?? 1),
      kind: kinds[i % kinds.length],
    });
    for (let f = 0; f < frames; f++) {
      const [dx, dy] = pos(i, f, phases);
      for (let j = 0; j < m.joints; j++) {
        const o = (f * m.joints + j) * 3;
        if (!present(i, f)) {
          m.data[o] = m.data[o + 1] = m.data[o + 2] = NaN;
          continue;
        }
        m.data[o] += dx;
        m.data[o + 1] += dy;
      }
    }
    truths.push(m);
  }
  // Bystanders: 2 m in front of their camera, towards the side of its picture, seen by it alone.
  const bystanders: { camera: number; motion: Points3D }[] = [];
  for (let b = 0; b < (opts.bystanders ?? 0); b++) {
    const c = b % rig.cameras.length;
    const m = generateMotion({ frames, fps, layout: opts.layout ?? 'halpe26', seed: 900 + b, kind: 'wave' });
    const centre = cameraCenter(prepared[c]);
    const dir = [-centre[0], -centre[1]];
    const len = Math.hypot(dir[0], dir[1]) || 1;
    const side = b % 2 ? 0.8 : -0.8;
    const px = centre[0] + (dir[0] / len) * 2 - (dir[1] / len) * side,
      py = centre[1] + (dir[1] / len) * 2 + (dir[0] / len) * side;
    for (let k = 0; k < m.data.length; k += 3) {
      m.data[k] += px;
      m.data[k + 1] += py;
    }
    bystanders.push({ camera: c, motion: m });
  }

  const J = truths[0].joints;
  const seenBy = truths.map(() => new Uint8Array(frames));
  const uv = new Float64Array(2);
  const sequences = rig.cameras.map((cam, c): PoseSequence2D => {
    const pc = prepared[c];
    const mine = bystanders.filter((b) => b.camera === c).map((b) => b.motion);
    const all = [...truths, ...mine];
    const P = all.length;
    const slotsPerFrame = P;
    const data = new Float32Array(frames * slotsPerFrame * J * 3).fill(NaN);
    const trackIds = new Int32Array(frames * slotsPerFrame).fill(-1);
    const proj = new Float64Array(P * J * 2);
    const depth = new Float64Array(P);
    const box = new Float64Array(P * 4);
    for (let f = 0; f < frames; f++) {
      for (let p = 0; p < P; p++) {
        let x0 = Infinity,
          y0 = Infinity,
          x1 = -Infinity,
          y1 = -Infinity,
          zs = 0,
          nz = 0;
        for (let j = 0; j < J; j++) {
          const o = (f * J + j) * 3,
            d = all[p].data;
          const zc = pc.R[6] * d[o] + pc.R[7] * d[o + 1] + pc.R[8] * d[o + 2] + pc.t[2];
          projectPoint(pc, d[o], d[o + 1], d[o + 2], uv, 0);
          const inside = zc > 0.05 && uv[0] >= 0 && uv[0] < cam.width && uv[1] >= 0 && uv[1] < cam.height;
          proj[(p * J + j) * 2] = inside ? uv[0] : NaN;
          proj[(p * J + j) * 2 + 1] = inside ? uv[1] : NaN;
          if (inside) {
            x0 = Math.min(x0, uv[0]);
            x1 = Math.max(x1, uv[0]);
            y0 = Math.min(y0, uv[1]);
            y1 = Math.max(y1, uv[1]);
            zs += zc;
            nz++;
          }
        }
        depth[p] = nz ? zs / nz : Infinity;
        box.set([x0, y0, x1, y1], p * 4);
      }
      // Slots shuffled per frame, as detectors list people in no fixed order.
      const order = Array.from({ length: P }, (_, i) => i);
      for (let i = P - 1; i > 0; i--) {
        const k = rng.int(i + 1);
        [order[i], order[k]] = [order[k], order[i]];
      }
      for (let p = 0; p < P; p++) {
        const hidden = new Uint8Array(J);
        let visible = 0,
          total = 0;
        for (let j = 0; j < J; j++) {
          const x = proj[(p * J + j) * 2],
            y = proj[(p * J + j) * 2 + 1];
          if (Number.isNaN(x)) continue;
          total++;
          if (opts.occlusion !== false) {
            for (let q = 0; q < P; q++) {
              if (q === p || !(depth[q] < depth[p])) continue;
              const w = box[q * 4 + 2] - box[q * 4],
                h = box[q * 4 + 3] - box[q * 4 + 1];
              // The nearer body covers the middle of its box (arms stick out).
              if (x > box[q * 4] + 0.2 * w && x < box[q * 4 + 2] - 0.2 * w && y > box[q * 4 + 1] && y < box[q * 4 + 3] - 0.05 * h)
                hidden[j] = 1;
            }
          }
          if (!hidden[j]) visible++;
        }
        if (visible < 3 || visible < 0.4 * total) continue; // a detector does not report a person it barely sees
        const slot = order[p];
        trackIds[f * slotsPerFrame + slot] = p < n ? p : BYSTANDER_TRACK_ID + (p - n);
        if (p < n) seenBy[p][f]++;
        for (let j = 0; j < J; j++) {
          let x = proj[(p * J + j) * 2],
            y = proj[(p * J + j) * 2 + 1];
          if (Number.isNaN(x) || hidden[j]) continue;
          if (rng.uniform() < (opts.missRate ?? 0.02)) continue;
          x += (opts.noisePx ?? 1) * rng.normal();
          y += (opts.noisePx ?? 1) * rng.normal();
          const o = ((f * slotsPerFrame + slot) * J + j) * 3;
          data[o] = x;
          data[o + 1] = y;
          data[o + 2] = 0.6 + 0.4 * rng.uniform();
        }
      }
    }
    return {
      camera: cam.name,
      layout: truths[0].layout,
      imageWidth: cam.width,
      imageHeight: cam.height,
      fps,
      frames,
      persons: slotsPerFrame,
      joints: J,
      data,
      trackIds,
      timestampsMs: Float64Array.from(truths[0].timestampsMs),
      model: 'synthetic',
    };
  });
  return { truths, sequences, seenBy };
}

/** A camera's 2D keeping only one person's detections (that person "captured alone", same noise). */
export function alonePerson(seq: PoseSequence2D, trackId: number): PoseSequence2D {
  const J = seq.joints;
  const data = new Float32Array(seq.frames * J * 3).fill(NaN);
  const trackIds = new Int32Array(seq.frames).fill(-1);
  for (let f = 0; f < seq.frames; f++) {
    for (let p = 0; p < seq.persons; p++) {
      if (seq.trackIds[f * seq.persons + p] !== trackId) continue;
      data.set(seq.data.subarray((f * seq.persons + p) * J * 3, (f * seq.persons + p + 1) * J * 3), f * J * 3);
      trackIds[f] = trackId;
    }
  }
  return { ...seq, persons: 1, data, trackIds };
}

export interface CrowdScore {
  /** Changes of identity: an output person switching to another true person, or a true person to another output person. */
  switches: number;
  /** Per true person, the output person that follows them most (−1 = none). */
  matchedTo: number[];
  /**
   * Per true person, the share of the frames they are seen in by ≥ 2 cameras in which their output
   * person has them. Seen by ≥ 2 cameras: detected by two cameras or more and at least 3 of their
   * keypoints each detected by two of those cameras (two cameras that see different parts of a mostly
   * hidden person, sharing fewer than 3 keypoints, give no 3D skeleton: that person captured alone is
   * not triangulated there either).
   */
  coverage: number[];
  /** Per true person, mean 3D error (m) of their output person over the frames it has them. */
  errorM: number[];
  /** Output people that follow no true person. */
  spurious: number;
}

/** Mean distance (m) between two skeletons of frame f over the joints both have; NaN with fewer than 3. */
const skeletonDistance = (a: Points3D, b: Points3D, f: number): number => {
  let sum = 0,
    n = 0;
  for (let j = 0; j < a.joints; j++) {
    const o = (f * a.joints + j) * 3;
    const d = Math.hypot(a.data[o] - b.data[o], a.data[o + 1] - b.data[o + 1], a.data[o + 2] - b.data[o + 2]);
    if (Number.isFinite(d)) {
      sum += d;
      n++;
    }
  }
  return n >= 3 ? sum / n : NaN;
};

/** Keypoints of true person i detected by ≥ 2 cameras in frame f. */
function sharedKeypoints(take: CrowdTake, i: number, f: number): number {
  const J = take.truths[i].joints,
    count = new Int32Array(J);
  for (const q of take.sequences) {
    for (let p = 0; p < q.persons; p++) {
      if (q.trackIds[f * q.persons + p] !== i) continue;
      for (let j = 0; j < J; j++) if (Number.isFinite(q.data[((f * q.persons + p) * J + j) * 3])) count[j]++;
    }
  }
  let n = 0;
  for (let j = 0; j < J; j++) if (count[j] >= 2) n++;
  return n;
}

/** Scores output people against the truth: frame by frame, each output person is the true person within 0.3 m (mean over the joints). */
export function scoreCrowd(take: CrowdTake, outputs: Points3D[]): CrowdScore {
  const n = take.truths.length,
    frames = take.truths[0].frames;
  const assigned: number[][] = outputs.map(() => []);
  const counts = Array.from({ length: n }, () => new Int32Array(outputs.length));
  let switches = 0;
  const lastTrueOf = new Int32Array(outputs.length).fill(-1);
  const lastOutOf = new Int32Array(n).fill(-1);
  for (let f = 0; f < frames; f++) {
    outputs.forEach((o, k) => {
      let best = -1,
        bestD = 0.3;
      take.truths.forEach((t, i) => {
        const d = skeletonDistance(t, o, f);
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      });
      assigned[k][f] = best;
      if (best >= 0) {
        counts[best][k]++;
        if (lastTrueOf[k] >= 0 && lastTrueOf[k] !== best) switches++;
        if (lastOutOf[best] >= 0 && lastOutOf[best] !== k) switches++;
        lastTrueOf[k] = best;
        lastOutOf[best] = k;
      }
    });
  }
  const matchedTo = counts.map((row) => {
    let b = -1,
      m = 0;
    row.forEach((v, k) => {
      if (v > m) {
        m = v;
        b = k;
      }
    });
    return b;
  });
  const coverage: number[] = [],
    errorM: number[] = [];
  for (let i = 0; i < n; i++) {
    let seen = 0,
      covered = 0,
      sum = 0,
      cnt = 0;
    const k = matchedTo[i];
    for (let f = 0; f < frames; f++) {
      if (take.seenBy[i][f] < 2 || sharedKeypoints(take, i, f) < 3) continue;
      seen++;
      if (k >= 0 && assigned[k][f] === i) covered++;
    }
    if (k >= 0) {
      const o = outputs[k],
        t = take.truths[i];
      for (let f = 0; f < frames; f++) {
        if (assigned[k][f] !== i) continue;
        for (let j = 0; j < t.joints; j++) {
          const q = (f * t.joints + j) * 3;
          const d = Math.hypot(o.data[q] - t.data[q], o.data[q + 1] - t.data[q + 1], o.data[q + 2] - t.data[q + 2]);
          if (Number.isFinite(d)) {
            sum += d;
            cnt++;
          }
        }
      }
    }
    coverage.push(seen ? covered / seen : 1);
    errorM.push(cnt ? sum / cnt : NaN);
  }
  const spurious = outputs.filter((_, k) => !matchedTo.includes(k)).length;
  return { switches, matchedTo, coverage, errorM, spurious };
}
