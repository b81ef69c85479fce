// Accuracy of reconstructed 3D points against known ground truth, per joint, in millimetres.
// Pure. Joints are matched by name, so an estimate in COCO-17 compares with HALPE-26 truth.
//
// Besides the error, each joint's mean signed offset is reported: pose networks label some
// keypoints away from the anatomical joint centre (nose, eyes and hips ≈ 4 cm higher), which is a
// labelling convention, not noise. `medianAfterOffsetMm` removes that constant offset to show the
// random part of the error.

import type { Points3D } from '../core/types.ts';
import { median } from '../core/stats.ts';
import { getLayout } from '../core/layouts.ts';
import { landmarksAsLayout } from '../analysis/anatomicalCorrection.ts';

export interface JointAccuracy {
  name: string;
  /** Frames where both estimate and truth exist. */
  frames: number;
  /** Frames where the truth exists but the estimate is missing. */
  missing: number;
  medianMm: number;
  meanMm: number;
  /** Mean signed offset estimate − truth, world axes, mm. */
  offsetMm: [number, number, number];
  /** Median error after subtracting offsetMm, mm. */
  medianAfterOffsetMm: number;
}

export interface TruthComparison {
  joints: JointAccuracy[];
  /** Over every compared joint and frame. */
  medianMm: number;
  meanMm: number;
  medianAfterOffsetMm: number;
  /** Fraction of truth points that have an estimate. */
  completeness: number;
}

/**
 * Compares `estimate` with `truth` frame by frame (frame i with frame i; the shorter length wins)
 * for every keypoint of the estimate's layout that the truth defines (landmarksAsLayout: by name, BlazePose's
 * foot index as the mid-point of big and small toe).
 */
export function compareToTruth(estimate: Points3D, truthAny: Points3D): TruthComparison {
  const truth = landmarksAsLayout(truthAny, estimate.layout);
  const le = getLayout(estimate.layout);
  const lt = getLayout(truth.layout);
  const frames = Math.min(estimate.frames, truth.frames);
  const joints: JointAccuracy[] = [];
  const all: number[] = [];
  const allAfter: number[] = [];
  let present = 0;
  let expected = 0;
  for (const [je, name] of le.keypoints.entries()) {
    const jt = lt.indexOf.get(name);
    if (jt === undefined) continue;
    const diffs: [number, number, number][] = [];
    let missing = 0;
    for (let f = 0; f < frames; f++) {
      const oe = (f * estimate.joints + je) * 3;
      const ot = (f * truth.joints + jt) * 3;
      const t = [truth.data[ot], truth.data[ot + 1], truth.data[ot + 2]];
      if (!t.every(Number.isFinite)) continue;
      const e = [estimate.data[oe], estimate.data[oe + 1], estimate.data[oe + 2]];
      if (!e.every(Number.isFinite)) {
        missing++;
        continue;
      }
      diffs.push([(e[0] - t[0]) * 1000, (e[1] - t[1]) * 1000, (e[2] - t[2]) * 1000]);
    }
    expected += diffs.length + missing;
    present += diffs.length;
    const err = diffs.map((d) => Math.hypot(d[0], d[1], d[2]));
    const offset: [number, number, number] = [0, 1, 2].map((k) =>
      diffs.length ? diffs.reduce((s, d) => s + d[k], 0) / diffs.length : NaN,
    ) as [number, number, number];
    const after = diffs.map((d) => Math.hypot(d[0] - offset[0], d[1] - offset[1], d[2] - offset[2]));
    all.push(...err);
    allAfter.push(...after);
    joints.push({
      name,
      frames: diffs.length,
      missing,
      medianMm: median(err),
      meanMm: err.length ? err.reduce((s, x) => s + x, 0) / err.length : NaN,
      offsetMm: offset,
      medianAfterOffsetMm: median(after),
    });
  }
  return {
    joints,
    medianMm: median(all),
    meanMm: all.length ? all.reduce((s, x) => s + x, 0) / all.length : NaN,
    medianAfterOffsetMm: median(allAfter),
    completeness: expected ? present / expected : 0,
  };
}

/** A plain-text table of the comparison (one joint per line), for the terminal. */
export function formatTruthTable(c: TruthComparison): string {
  const lines = ['joint        median   mean  offset z  (mm; offset = mean signed error, estimate − truth)'];
  for (const j of c.joints) {
    const miss = j.missing ? `  ${j.missing} frame${j.missing === 1 ? '' : 's'} missing` : '';
    lines.push(`${j.name.padEnd(11)} ${fmt(j.medianMm, 7)} ${fmt(j.meanMm, 6)} ${fmt(j.offsetMm[2], 9, true)}${miss}`);
  }
  lines.push(`${'all'.padEnd(11)} ${fmt(c.medianMm, 7)} ${fmt(c.meanMm, 6)}`);
  return lines.join('\n');
}

function fmt(x: number, width: number, signed = false): string {
  if (!Number.isFinite(x)) return '–'.padStart(width);
  const s = (signed && x > 0 ? '+' : '') + x.toFixed(0);
  return s.padStart(width);
}

export interface Pose2dAccuracy {
  camera: string;
  /** Frames where the sequence has a person. */
  detectedFrames: number;
  frames: number;
  /** Median / mean distance to the projected truth over every compared joint, pixels. */
  medianPx: number;
  meanPx: number;
  /** meanPx relative to the figure's projected height, percent. */
  meanPctOfHeight: number;
  /** Frames whose left/right-mirrored labelling fits the truth better than the labelling given. */
  swappedFrames: number;
}

/**
 * How well a 2D pose sequence (person slot 0 or the best-fitting slot) matches the truth projected
 * by `project` (world n×3 → pixels n×2), per camera. Joints are matched by name.
 */
export function comparePose2dToTruth(
  seq: import('../core/types.ts').PoseSequence2D,
  truth: Points3D,
  project: (xyz: ArrayLike<number>) => Float64Array,
): Pose2dAccuracy {
  const ls = getLayout(seq.layout);
  const lt = getLayout(truth.layout);
  const pairs = ls.keypoints.map((n, j) => [j, lt.indexOf.get(n) ?? -1, ls.mirror[j]] as const).filter(([, t]) => t >= 0);
  const frames = Math.min(seq.frames, truth.frames);
  const errs: number[] = [];
  let sumPct = 0;
  let nPct = 0;
  let detected = 0;
  let swapped = 0;
  for (let f = 0; f < frames; f++) {
    const uv = project(truth.data.subarray(f * truth.joints * 3, (f + 1) * truth.joints * 3));
    let top = Infinity,
      bottom = -Infinity;
    for (let j = 0; j < truth.joints; j++) {
      top = Math.min(top, uv[2 * j + 1]);
      bottom = Math.max(bottom, uv[2 * j + 1]);
    }
    // The person slot closest to the truth (bystanders never count).
    let best: number[] | undefined;
    let bestMirror: number[] = [];
    for (let p = 0; p < seq.persons; p++) {
      const d: number[] = [];
      const dm: number[] = [];
      for (const [js, jt, jm] of pairs) {
        const o = ((f * seq.persons + p) * seq.joints + js) * 3;
        const om = ((f * seq.persons + p) * seq.joints + jm) * 3;
        const x = seq.data[o],
          y = seq.data[o + 1];
        if (!Number.isFinite(x + y)) continue;
        d.push(Math.hypot(x - uv[2 * jt], y - uv[2 * jt + 1]));
        const xm = seq.data[om],
          ym = seq.data[om + 1];
        dm.push(Number.isFinite(xm + ym) ? Math.hypot(xm - uv[2 * jt], ym - uv[2 * jt + 1]) : Infinity);
      }
      if (!d.length) continue;
      if (!best || mean(d) < mean(best)) {
        best = d;
        bestMirror = dm;
      }
    }
    if (!best) continue;
    detected++;
    errs.push(...best);
    if (mean(bestMirror) < mean(best)) swapped++;
    if (bottom > top) {
      sumPct += (mean(best) / (bottom - top)) * 100;
      nPct++;
    }
  }
  return {
    camera: seq.camera,
    detectedFrames: detected,
    frames,
    medianPx: median(errs),
    meanPx: errs.length ? mean(errs) : NaN,
    meanPctOfHeight: nPct ? sumPct / nPct : NaN,
    swappedFrames: swapped,
  };
}

function mean(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}
