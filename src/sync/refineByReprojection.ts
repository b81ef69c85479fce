// Sub-frame refinement of a camera's start: shift it by small fractions of a frame and keep the shift
// at which its keypoints agree best with the point the other cameras triangulate (lowest median
// reprojection error). Needs the calibration. Pure (no I/O).
//
// ref: OpenCap (Uhlrich et al., "OpenCap: Human movement dynamics from smartphone videos", PLOS Comput.
//      Biol. 2023) refines the video sync by the reprojection error over small time shifts; here the
//      shift is tried on a grid and the minimum placed by a parabola through its neighbours (J. O. Smith
//      III, "Spectral Audio Signal Processing", "Quadratic Interpolation of Spectral Peaks").
// ref: Hartley & Zisserman, Multiple View Geometry, 2nd ed., §12.2 (linear triangulation from the rows
//      x·p3ᵀ − p1ᵀ, y·p3ᵀ − p2ᵀ of each view, here solved in inhomogeneous least squares).
import type { CameraRig, PoseSequence2D } from '../core/types.ts';
import { lensForImage } from '../camera/imageSize.ts';
import { prepareCamera, undistortPoint, type PreparedCamera } from '../camera/project.ts';
import { clamp01 } from './crossCorrelate.ts';
import { resampleSequence } from './resampleSequence.ts';
import { smoothTracks } from './smoothTracks.ts';
import type { SignalEstimate } from './syncCameras.ts';
import { upperMedian } from '../core/stats.ts';

export interface RefineOptions {
  /** Keypoints scoring below this are ignored. Defaults to 0.3. */
  minScore?: number;
  /** Frames used (evenly spread). Defaults to 400. */
  maxFrames?: number;
  /** Largest shift tried either way, in frames of the camera. Defaults to 0.5. */
  rangeFrames?: number;
  /** Rounds over the cameras. Defaults to 3. */
  passes?: number;
}

/** Starts a refinement may move: those from a signal, and those no signal could place (tried as they are). */
const METHODS = new Set(['keypoints', 'audio', 'keypoints+audio', 'reprojection', 'unknown']);

/**
 * For each non-reference camera whose start came from a signal (not manual, not left out), the
 * refined start and a confidence (how much the error rises away from the minimum).
 */
export function refineByReprojection(
  sequences: PoseSequence2D[],
  rig: CameraRig,
  refIndex: number,
  current: Record<string, { startS: number; ratePpm: number; method: string }>,
  opts: RefineOptions = {},
): Record<string, SignalEstimate> {
  const minScore = opts.minScore ?? 0.3;
  const range = opts.rangeFrames ?? 0.5;
  const ref = sequences[refIndex];
  const C = sequences.length;
  const out: Record<string, SignalEstimate> = {};
  if (C < 2 || rig.cameras.length !== C) return out;
  const cams: (PreparedCamera | null)[] = sequences.map((s, i) => {
    const lens = s.imageWidth > 0 && s.imageHeight > 0 ? lensForImage(rig.cameras[i], s.imageWidth, s.imageHeight) : rig.cameras[i];
    return lens ? prepareCamera(lens) : null;
  });
  const maxFrames = opts.maxFrames ?? 400;
  const step = Math.max(1, Math.floor(ref.frames / maxFrames));
  const frameIdx: number[] = [];
  for (let f = 0; f < ref.frames; f += step) frameIdx.push(f);
  const times = Float64Array.from(frameIdx, (f) => ref.timestampsMs[f]);
  // Smoothed tracks: linear interpolation between two noisy frames averages their noise, which would
  // make half-frame shifts look better than whole ones; after a short zero-phase smoothing the noise
  // of neighbouring frames is alike, and the error depends on the shift alone.
  sequences = sequences.map((s) => smoothTracks(s));
  const est = new Map(sequences.map((s) => [s.camera, { ...current[s.camera] }]));
  const at = (s: PoseSequence2D, extraS = 0) =>
    resampleSequence(
      s,
      { startS: est.get(s.camera)!.startS - est.get(ref.camera)!.startS + extraS, ratePpm: est.get(s.camera)!.ratePpm },
      times,
      ref.fps,
    );
  const eligible = sequences.map((s, c) => c !== refIndex && !!cams[c] && METHODS.has(current[s.camera]?.method));
  // Each camera against the others as they stand, in turn; a few passes let the cameras settle together
  // (the reference stays put).
  for (let pass = 0; pass < (opts.passes ?? 3); pass++) {
    const norm = sequences.map((s, i) => normalised(at(s), cams[i], minScore));
    for (let c = 0; c < C; c++) {
      if (!eligible[c]) continue;
      const s = sequences[c];
      const others = [...Array(C).keys()].filter((i) => i !== c && cams[i]);
      if (others.length < 2) continue;
      const frameS = 1 / s.fps;
      const shifts: number[] = [];
      for (let k = -4; k <= 4; k++) shifts.push((k / 4) * range);
      const e = est.get(s.camera)!;
      const startAt = e.startS;
      let confidence = 0;
      // A minimum at the edge of the range: move there and look again, at most a frame in all: the
      // refinement places a start within a frame (sub-frame shifts); a least further away is a disagreement
      // with the signals, not a refinement. On the lab recording the reprojection error of cam03 is least
      // ~3 frames before where every signal and the lab's own sync put it (its calibration), and a
      // 2-frame allowance moved it there.
      for (let tries = 0; tries < 5; tries++) {
        const costs = shifts.map((d) =>
          medianError(
            norm,
            others,
            c,
            normalised(at(s, d * frameS), cams[c], minScore),
            cams as PreparedCamera[],
            ref.joints,
            times.length,
          ),
        );
        if (!costs.every(Number.isFinite)) break;
        let best = 0;
        for (let k = 1; k < costs.length; k++) if (costs[k] < costs[best]) best = k;
        const interior = best > 0 && best < costs.length - 1;
        if (!interior) {
          const next = e.startS + shifts[best] * frameS;
          if (Math.abs(next - startAt) > 1 * frameS + 1e-9) break;
          e.startS = next;
          continue;
        }
        const a = costs[best - 1],
          b = costs[best],
          d = costs[best + 1];
        const den = a - 2 * b + d;
        const frac = den > 0 ? Math.max(-0.5, Math.min(0.5, (0.5 * (a - d)) / den)) : 0;
        const ends = (costs[0] + costs[costs.length - 1]) / 2;
        const rise = (ends - costs[best]) / Math.max(costs[best], 1e-9);
        confidence = clamp01(rise / 0.15);
        e.startS += (shifts[best] + frac * (range / 4)) * frameS;
        break;
      }
      // Not found: back where it was.
      if (confidence === 0) e.startS = startAt;
      out[s.camera] = { startS: e.startS, confidence };
      norm[c] = normalised(at(s), cams[c], minScore);
    }
  }
  return out;
}

/** Per [frame][joint]: normalised undistorted coordinates and score of the subject (slot 0 / the main track), NaN when missing. */
function normalised(seq: PoseSequence2D, cam: PreparedCamera | null, minScore: number): Float64Array {
  const { frames, persons, joints, data, trackIds } = seq;
  const out = new Float64Array(frames * joints * 3).fill(NaN);
  if (!cam) return out;
  const tmp = new Float64Array(2);
  for (let f = 0; f < frames; f++) {
    let p = 0;
    if (persons > 1) {
      // The lowest track id present (the synthetic subject and most trackers' first person).
      let bestId = Infinity;
      for (let q = 0; q < persons; q++) {
        const id = trackIds[f * persons + q];
        if (id >= 0 && id < bestId) {
          bestId = id;
          p = q;
        }
      }
    }
    for (let j = 0; j < joints; j++) {
      const o = ((f * persons + p) * joints + j) * 3;
      if (!(data[o + 2] >= minScore) || !Number.isFinite(data[o])) continue;
      undistortPoint(cam, data[o], data[o + 1], tmp, 0);
      const w = (f * joints + j) * 3;
      out[w] = tmp[0];
      out[w + 1] = tmp[1];
      out[w + 2] = data[o + 2];
    }
  }
  return out;
}

/** Median pixel error of camera c's keypoints against the points triangulated from the `from` cameras. */
function medianError(
  norm: Float64Array[],
  from: number[],
  c: number,
  own: Float64Array,
  cams: PreparedCamera[],
  joints: number,
  frames: number,
): number {
  const errs: number[] = [];
  const A = new Float64Array(9);
  const b = new Float64Array(3);
  for (let f = 0; f < frames; f++) {
    for (let j = 0; j < joints; j++) {
      const w = (f * joints + j) * 3;
      if (!Number.isFinite(own[w])) continue;
      A.fill(0);
      b.fill(0);
      let views = 0;
      for (const i of from) {
        const n = norm[i];
        if (!Number.isFinite(n[w])) continue;
        addView(A, b, cams[i], n[w], n[w + 1], n[w + 2]);
        views++;
      }
      if (views < 2) continue;
      const X = solve3(A, b);
      if (!X) continue;
      // Compare in pixels: the measured normalised point and the projection, both through the pinhole.
      const cc = cams[c];
      const u = cc.fx * own[w] + cc.skew * own[w + 1] + cc.cx;
      const v = cc.fy * own[w + 1] + cc.cy;
      const pz = cc.R[6] * X[0] + cc.R[7] * X[1] + cc.R[8] * X[2] + cc.t[2];
      if (!(pz > 0)) continue;
      const pxu =
        cc.fx * ((cc.R[0] * X[0] + cc.R[1] * X[1] + cc.R[2] * X[2] + cc.t[0]) / pz) +
        cc.skew * ((cc.R[3] * X[0] + cc.R[4] * X[1] + cc.R[5] * X[2] + cc.t[1]) / pz) +
        cc.cx;
      const pyu = cc.fy * ((cc.R[3] * X[0] + cc.R[4] * X[1] + cc.R[5] * X[2] + cc.t[1]) / pz) + cc.cy;
      errs.push(Math.hypot(pxu - u, pyu - v));
    }
  }
  if (errs.length < 20) return NaN;
  return upperMedian(errs);
}

/** Adds one view's two linear equations (weighted by score) to the 3×3 normal equations. */
function addView(A: Float64Array, b: Float64Array, cam: PreparedCamera, x: number, y: number, w: number): void {
  const R = cam.R,
    t = cam.t;
  for (const [u, r] of [
    [x, 0],
    [y, 3],
  ] as const) {
    const a0 = u * R[6] - R[r],
      a1 = u * R[7] - R[r + 1],
      a2 = u * R[8] - R[r + 2];
    const rhs = -(u * t[2] - t[r / 3]);
    A[0] += w * a0 * a0;
    A[1] += w * a0 * a1;
    A[2] += w * a0 * a2;
    A[4] += w * a1 * a1;
    A[5] += w * a1 * a2;
    A[8] += w * a2 * a2;
    b[0] += w * a0 * rhs;
    b[1] += w * a1 * rhs;
    b[2] += w * a2 * rhs;
  }
  A[3] = A[1];
  A[6] = A[2];
  A[7] = A[5];
}

/** Solves the symmetric 3×3 system (Cramer's rule); null when singular. */
function solve3(A: Float64Array, b: Float64Array): [number, number, number] | null {
  const [a, bb, c, d, e, f, g, h, i] = A;
  const det = a * (e * i - f * h) - bb * (d * i - f * g) + c * (d * h - e * g);
  if (Math.abs(det) < 1e-18) return null;
  const x = (b[0] * (e * i - f * h) - bb * (b[1] * i - f * b[2]) + c * (b[1] * h - e * b[2])) / det;
  const y = (a * (b[1] * i - f * b[2]) - b[0] * (d * i - f * g) + c * (d * b[2] - b[1] * g)) / det;
  const z = (a * (e * b[2] - b[1] * h) - bb * (d * b[2] - b[1] * g) + b[0] * (d * h - e * g)) / det;
  return [x, y, z];
}
