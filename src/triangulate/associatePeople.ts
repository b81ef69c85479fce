// Several people at once: which detection of which camera belongs to which 3D person, frame by
// frame, with identities kept through the whole take. Pure (no I/O, no clock).
//
// Per frame:
//  1. Every 3D person being followed is predicted forward (constant velocity of its centroid).
//  2. Each camera's detections are given to the predicted people by ONE minimum-cost assignment per
//     camera (Hungarian on the median reprojection error of the detection against the predicted
//     skeleton, as labelled or left/right mirrored), gated. The people act as the clusters of the
//     multi-view matching, so the correspondences are cycle-consistent by construction: a detection
//     belongs to at most one person and a person takes at most one detection per camera.
//  3. Each person is triangulated from its views; views that disagree with the result are let go.
//  4. Detections left over are clustered into new people across cameras (two-view hypotheses that
//     reproject, extended to every camera), and each new person is either re-identified with a
//     person lost earlier (Hungarian on position reachable since then and bone lengths) or born.
// People not seen for a while stop being predicted but stay re-identifiable for the whole take.
// ref: J. Dong, W. Jiang, Q. Huang, H. Bao, X. Zhou, "Fast and Robust Multi-Person 3D Pose Estimation
//      from Multiple Views", CVPR 2019 — cross-view affinity from the camera geometry and matching
//      that is consistent over all views; here the consistency comes from the tracked 3D people
//      (a 4D-association-style formulation: Y. Zhang et al., "4D Association Graph for Realtime
//      Multi-Person Motion Capture Using Multiple Video Cameras", CVPR 2020) and the leftovers are
//      clustered by reprojection of pairwise triangulations.

import type { CameraRig, Pose2DInput } from '../core/types.ts';
import { FrameWindow } from '../core/frameWindow.ts';
import { getLayout } from '../core/layouts.ts';
import { cameraCenter, projectPoint, type PreparedCamera } from '../camera/project.ts';
import type { TriangulateSettings } from './triangulateSettings.ts';
import { Geometry, type Candidate, type Person3D } from './selectSubject.ts';
import { medianInPlace, upperMedian } from '../core/stats.ts';
import { assignMinCost } from './hungarian.ts';

/** One 3D person over the take. */
export interface AssociatedPerson {
  /** 1-based number, in order of first appearance: the person's identity in every output. */
  id: number;
  /** [frame][camera] person slot of this person's detection, −1 = not seen (length frames × cameras). */
  selection: Int32Array;
  /** [frame] cameras the person was triangulated from in the association (0 = absent). */
  views: Uint8Array;
  /** First and last frame the person was seen in. */
  firstFrame: number;
  lastFrame: number;
  /** Frames the person was seen in by ≥ 2 cameras. */
  framesSeen: number;
  /** Times the person was re-identified after being lost (not seen for longer than the prediction horizon). */
  reidentified: number;
}

export interface AssociationResult {
  people: AssociatedPerson[];
  /** Tracks too short to be people (fewer frames than the minimum) that were dropped. */
  droppedTracks: number;
}

/** A new person must be seen by at least this share of the cameras filming where they stand (and by 2). */
const MIN_VIEW_SHARE = 0.4;
/** A new person's twin bones (left and right) differ by at most this share in length (median over the pairs). */
const MAX_ASYMMETRY = 0.2;
/** Each view of a new person seen by two cameras only has at least this share of its keypoints within max_reprojection_error_px of the person. */
const MIN_AGREEMENT = 0.75;
/** A detection at most this many times larger or smaller than the predicted person in that view can be them. */
const MAX_SIZE_RATIO = 1.25;
/** … and whose keypoints spread at most this many times wider or narrower than the predicted person's (the pose changes the spread from frame to frame, bones do not). */
const MAX_SPREAD_RATIO = 1.5;
/** A track whose rough skeletons' bones vary more than this (median CV) is not one body. */
const MAX_BONE_CV = 0.2;
/** A new person within this mean joint distance (m) of someone followed in the same frame is them. */
const DUPLICATE_M = 0.3;
/** The predicted motion of a person's body is capped at this speed (m/s). */
const MAX_SPEED_MPS = 3;
/** A person back after a long absence has bones within this share of their lengths before (median over the bones). */
const MAX_BONE_MISMATCH = 0.15;
/** No person's joints span more than this (m; the longest distance between two joints, median over the frames): wrist to ankle of a tall person reaching up is about 2.3 m. */
const MAX_SPAN_M = 2.4;
/** A person back after a long absence is confirmed by this many frames in a row (gaps within the prediction horizon). */
const CONFIRM_FRAMES = 5;
/** Discovery of new people runs at least every this many frames (and whenever a camera has new leftovers). */
const DISCOVER_EVERY = 5;

/** A detection the per-camera assignment gave a person, and whether it is left/right mirrored. */
interface Chosen {
  c: number;
  cand: Candidate;
  mirrored: boolean;
  cost: number;
}

/** A person's skeleton from fewer joints than this (each seen by ≥ 2 of their views) is followed, not triangulated. */
const MIN_TRIANGULATED = 3;
/** Detections are keyed camera × SLOT_KEY + slot. */
const SLOT_KEY = 1 << 16;

interface Track {
  frames: number[];
  slots: Int32Array[];
  views: number[];
  skel: Float64Array;
  centroid: [number, number, number];
  /** Centroid velocity, metres per frame. */
  velocity: [number, number, number];
  last: number;
  /** Running sums of each bone's length and their counts. */
  boneSum: Float64Array;
  boneSq: Float64Array;
  boneCount: Int32Array;
  reidentified: number;
  /** [camera] slot of the detection the person had in the frame `last` (−1 = none). */
  lastSlots: Int32Array;
  /** [camera] the chain of detections (see `continuing`) the person was last seen by there, and in which frame (−1 = never). */
  chain: Int32Array;
  chainFrame: Int32Array;
  /** Most cameras the person was seen by in one frame, and the summed count of cameras filming where they stood. */
  maxViews: number;
  filmingSum: number;
  /** Per frame, the longest distance between two joints of the skeleton (m). */
  spans: number[];
}

export interface AssociateOptions {
  /** "all" or the most people to keep (the longest seen). */
  people: 'all' | number;
  /** Tracks seen in fewer frames are dropped. Defaults to min(10, frames / 4). */
  minFrames?: number;
}

/** Follows every person seen by ≥ 2 cameras through the take. */
export function associatePeople(
  sequences: Pose2DInput[],
  rig: CameraRig,
  prepared: PreparedCamera[],
  s: TriangulateSettings,
  opts: AssociateOptions,
  pixelScale: ArrayLike<number> = new Float64Array(2 * sequences.length).fill(1),
  window: FrameWindow = new FrameWindow(sequences),
): AssociationResult {
  const C = rig.cameras.length;
  const frames = Math.max(0, ...sequences.map((q) => q.frames));
  const fps = sequences[0]?.fps || 30;
  const layout = getLayout(sequences[0].layout);
  const bones = layout.boneIndices;
  const J = layout.keypoints.length;
  const ctx = new Geometry(sequences, prepared, s, pixelScale, window);
  const gatePx = ctx.gatePx;
  const focal = prepared.map((pc) => (pc.fx + pc.fy) / 2);
  /**
   * How far (px, median over the keypoints) a detection may be from where a person projects: twice
   * the triangulation's outlier threshold, max_reprojection_error_px or max_reprojection_error_ratio
   * × the detection's size (longer side of its keypoint box), whichever is larger — detectors err
   * in proportion to the person's size in the picture.
   */
  const gateOf = (c: number, cand: Candidate): number => {
    const [x0, y0, x1, y1] = candBox(cand);
    return Math.max(gatePx, 2 * s.max_reprojection_error_ratio * Math.max(x1 - x0, y1 - y0) * focal[c]);
  };
  /** Normalised-image box [x0, y0, x1, y1] of a detection's keypoints. */
  const candBox = (cand: Candidate): number[] => {
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (let j = 0; j < J; j++) {
      if (!(cand.w[j] > 0)) continue;
      x0 = Math.min(x0, cand.x[j]);
      x1 = Math.max(x1, cand.x[j]);
      y0 = Math.min(y0, cand.y[j]);
      y1 = Math.max(y1, cand.y[j]);
    }
    return [x0, y0, x1, y1];
  };
  /** Frames a person is still predicted and matched in every camera after last being seen. */
  const horizon = Math.max(s.max_gap_frames, Math.round(fps / 2)) + 1;
  /** How far a person can have gone in df frames (m): walking-to-running speed, plus a margin. */
  const reach = (df: number): number => Math.min(0.35 + (2.5 * df) / fps, 4);
  const tracks: Track[] = [];
  /** A skeleton projected into camera c, normalised image coordinates [j][x, y] (NaN where unknown or behind). */
  const proj = new Float64Array(2 * J),
    errs = new Float64Array(J);
  const projectInto = (c: number, skel: Float64Array, out: Float64Array): void => {
    const pc = prepared[c];
    for (let j = 0; j < J; j++) {
      const X = skel[3 * j],
        Y = skel[3 * j + 1],
        Z = skel[3 * j + 2];
      const z = pc.R[6] * X + pc.R[7] * Y + pc.R[8] * Z + pc.t[2];
      if (!(z > 1e-6)) {
        out[2 * j] = NaN;
        out[2 * j + 1] = NaN;
        continue;
      }
      out[2 * j] = (pc.R[0] * X + pc.R[1] * Y + pc.R[2] * Z + pc.t[0]) / z;
      out[2 * j + 1] = (pc.R[3] * X + pc.R[4] * Y + pc.R[5] * Z + pc.t[1]) / z;
    }
  };
  /** Median distance (px) of a detection's keypoints from a projected skeleton, as labelled or mirrored; Infinity with fewer than 3 in common. */
  const fitProjected = (c: number, cand: Candidate, p: Float64Array, mirrored: boolean): number => {
    let n = 0;
    for (let j = 0; j < J; j++) {
      const jj = mirrored ? layout.mirror[j] : j;
      if (!(cand.w[jj] > 0) || Number.isNaN(p[2 * j])) continue;
      errs[n++] = Math.hypot(p[2 * j] - cand.x[jj], p[2 * j + 1] - cand.y[jj]) * focal[c];
    }
    return n < 3 ? Infinity : medianInPlace(errs, n);
  };
  /** Normalised-image box [x0, y0, x1, y1] of a skeleton in camera c (null when behind it). */
  const boxIn = (c: number, skel: Float64Array): number[] | null => {
    const pc = prepared[c];
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (let j = 0; j < J; j++) {
      const X = skel[3 * j],
        Y = skel[3 * j + 1],
        Z = skel[3 * j + 2];
      if (!Number.isFinite(X)) continue;
      const z = pc.R[6] * X + pc.R[7] * Y + pc.R[8] * Z + pc.t[2];
      if (!(z > 0.1)) return null;
      const x = (pc.R[0] * X + pc.R[1] * Y + pc.R[2] * Z + pc.t[0]) / z,
        y = (pc.R[3] * X + pc.R[4] * Y + pc.R[5] * Z + pc.t[1]) / z;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    return x1 > x0 ? [x0, y0, x1, y1] : null;
  };
  /**
   * Cameras that film a new person, do not see them, and have nobody in front of them there either
   * (no detection covering a third of where they should be): a real person missing from a view is
   * hidden by someone; two people in two views agreeing by chance are not.
   */
  const unexplainedAbsences = (p: Person3D): number => {
    let n = 0;
    for (let c = 0; c < C; c++) {
      if (p.slots[c] >= 0) continue;
      const b = boxIn(c, p.skel);
      if (!b) continue;
      const cam = rig.cameras[c],
        pc = prepared[c];
      // Inside the picture (normalised coordinates of the image corners, ignoring distortion here).
      const left = -pc.cx / pc.fx,
        right = (cam.width - pc.cx) / pc.fx,
        top = -pc.cy / pc.fy,
        bottom = (cam.height - pc.cy) / pc.fy;
      const mx = (b[0] + b[2]) / 2,
        my = (b[1] + b[3]) / 2;
      if (mx < left || mx > right || my < top || my > bottom) continue;
      const area = (b[2] - b[0]) * (b[3] - b[1]);
      const covered = frameCands[c].some((k) => {
        const [x0, y0, x1, y1] = candBox(k);
        const ix = Math.max(0, Math.min(x1, b[2]) - Math.max(x0, b[0])),
          iy = Math.max(0, Math.min(y1, b[3]) - Math.max(y0, b[1]));
        return ix * iy >= area / 3;
      });
      if (!covered) n++;
    }
    return n;
  };
  /**
   * Size of a detection over the size the skeleton would have in camera c: the median over the
   * bones both have of the detected bone's length over the projected one's (normalised image
   * coordinates); NaN with fewer than 3 bones in common. Bones, not the spread of the keypoints:
   * the spread changes with the pose (arms raised since the last frame) and one limb of a detection
   * put on someone else (a detector mixing two people who overlap) doubles it, and the person's own
   * detection must not then be taken for someone else's; a bone's length changes with neither.
   */
  const boneRatio = (c: number, cand: Candidate, skel: Float64Array): number => {
    const pc = prepared[c];
    const px = spreadBuf,
      py = spreadBuf2;
    for (let j = 0; j < J; j++) {
      const X = skel[3 * j],
        Y = skel[3 * j + 1],
        Z = skel[3 * j + 2];
      const z = pc.R[6] * X + pc.R[7] * Y + pc.R[8] * Z + pc.t[2];
      if (!(cand.w[j] > 0) || !(z > 0.1)) {
        px[j] = NaN;
        continue;
      }
      px[j] = (pc.R[0] * X + pc.R[1] * Y + pc.R[2] * Z + pc.t[0]) / z;
      py[j] = (pc.R[3] * X + pc.R[4] * Y + pc.R[5] * Z + pc.t[1]) / z;
    }
    let m = 0;
    for (const [a, b] of bones) {
      if (Number.isNaN(px[a]) || Number.isNaN(px[b])) continue;
      const lp = Math.hypot(px[a] - px[b], py[a] - py[b]);
      // A bone seen end-on has no length to compare.
      if (!(lp > 0)) continue;
      ratioBuf[m++] = Math.hypot(cand.x[a] - cand.x[b], cand.y[a] - cand.y[b]) / lp;
    }
    return m >= 3 ? medianInPlace(ratioBuf, m) : NaN;
  };
  /**
   * Size of a detection over the size the skeleton would have in camera c (RMS distance of the
   * keypoints from their mean, normalised image coordinates, over the joints both have); NaN with
   * fewer than 3 joints in common.
   */
  const spreadRatio = (c: number, cand: Candidate, skel: Float64Array): number => {
    const pc = prepared[c];
    let n = 0,
      ax = 0,
      ay = 0,
      bx = 0,
      by = 0;
    const px = spreadBuf,
      py = spreadBuf2;
    for (let j = 0; j < J; j++) {
      const X = skel[3 * j],
        Y = skel[3 * j + 1],
        Z = skel[3 * j + 2];
      if (!(cand.w[j] > 0) || !Number.isFinite(X)) {
        px[j] = NaN;
        continue;
      }
      const z = pc.R[6] * X + pc.R[7] * Y + pc.R[8] * Z + pc.t[2];
      if (!(z > 0.1)) {
        px[j] = NaN;
        continue;
      }
      px[j] = (pc.R[0] * X + pc.R[1] * Y + pc.R[2] * Z + pc.t[0]) / z;
      py[j] = (pc.R[3] * X + pc.R[4] * Y + pc.R[5] * Z + pc.t[1]) / z;
      ax += cand.x[j];
      ay += cand.y[j];
      bx += px[j];
      by += py[j];
      n++;
    }
    if (n < 3) return NaN;
    ax /= n;
    ay /= n;
    bx /= n;
    by /= n;
    let sa = 0,
      sb = 0;
    for (let j = 0; j < J; j++) {
      if (Number.isNaN(px[j])) continue;
      sa += (cand.x[j] - ax) ** 2 + (cand.y[j] - ay) ** 2;
      sb += (px[j] - bx) ** 2 + (py[j] - by) ** 2;
    }
    return sb > 0 ? Math.sqrt(sa / sb) : NaN;
  };
  const within = (r: number, max: number): boolean => r >= 1 / max && r <= max;
  const spreadBuf = new Float64Array(J),
    spreadBuf2 = new Float64Array(J),
    ratioBuf = new Float64Array(bones.length);
  /** A discovered person triangulated from all its views (discovery keeps the two-view skeleton it started from). */
  const wholeSkeleton = (p: Person3D): Person3D | null => {
    const views: [number, Candidate][] = [];
    const flags: boolean[] = [];
    for (let c = 0; c < C; c++) {
      if (p.slots[c] < 0) continue;
      const cand = frameCands[c].find((k) => k.slot === p.slots[c]);
      if (!cand) continue;
      ctx.fit(c, cand, p.skel);
      views.push([c, cand]);
      flags.push(ctx.lastMirrored);
    }
    const skel = ctx.skeleton(views, flags);
    const centroid = ctx.centroid(skel);
    return centroid ? { ...p, skel, centroid } : null;
  };
  /** Whether most keypoints of each view of a new person reproject well: two different people agree on a few only. */
  let frameCands: Candidate[][] = [];
  const agrees = (p: Person3D): boolean => {
    for (let c = 0; c < C; c++) {
      if (p.slots[c] < 0) continue;
      const cand = frameCands[c].find((k) => k.slot === p.slots[c]);
      if (!cand || ctx.agreement(c, cand, p.skel, s.max_reprojection_error_px) < MIN_AGREEMENT) return false;
    }
    return true;
  };
  const uv = new Float64Array(2);
  /** Cameras in whose picture a point is (in front of the camera, inside the image). */
  const filming = (X: [number, number, number]): number => {
    let n = 0;
    prepared.forEach((pc, c) => {
      const zc = pc.R[6] * X[0] + pc.R[7] * X[1] + pc.R[8] * X[2] + pc.t[2];
      if (!(zc > 0.1)) return;
      projectPoint(pc, X[0], X[1], X[2], uv, 0);
      if (uv[0] >= 0 && uv[0] < rig.cameras[c].width && uv[1] >= 0 && uv[1] < rig.cameras[c].height) n++;
    });
    return n;
  };

  const boneLengths = (skel: Float64Array, out: Float64Array): void => {
    bones.forEach(([a, b], i) => {
      out[i] = Math.hypot(skel[3 * a] - skel[3 * b], skel[3 * a + 1] - skel[3 * b + 1], skel[3 * a + 2] - skel[3 * b + 2]);
    });
  };
  const lengths = new Float64Array(bones.length);
  // Bones with a mirror twin (left upper arm ↔ right upper arm), as index pairs into `bones`.
  const twins: [number, number][] = [];
  bones.forEach(([a, b], i) => {
    const k = bones.findIndex(
      ([x, y]) => (x === layout.mirror[a] && y === layout.mirror[b]) || (y === layout.mirror[a] && x === layout.mirror[b]),
    );
    if (k > i) twins.push([i, k]);
  });
  /** A person's bones are 0.04–0.6 m long (median over the bones seen): two people far apart agreeing by chance make a giant. */
  const humanSized = (skel: Float64Array): boolean => {
    boneLengths(skel, lengths);
    let seen = 0;
    for (let i = 0; i < lengths.length; i++) if (Number.isFinite(lengths[i])) seen++;
    const m = upperMedian(lengths);
    return seen >= 3 && m >= 0.04 && m <= 0.6;
  };
  /** Median relative difference between the lengths of twin bones (NaN if fewer than 3 pairs are seen). */
  const asymmetry = (skel: Float64Array): number => {
    boneLengths(skel, lengths);
    const rel: number[] = [];
    for (const [i, k] of twins) {
      const a = lengths[i],
        b = lengths[k];
      if (Number.isFinite(a) && Number.isFinite(b) && a + b > 0) rel.push((2 * Math.abs(a - b)) / (a + b));
    }
    if (rel.length < 3) return NaN;
    return upperMedian(rel);
  };
  /** Median relative difference between a skeleton's bone lengths and a track's mean ones (NaN if too few to compare). */
  const boneMismatch = (tr: Track, skel: Float64Array): number => {
    boneLengths(skel, lengths);
    const rel: number[] = [];
    for (let i = 0; i < bones.length; i++) {
      if (!(tr.boneCount[i] >= 3) || !Number.isFinite(lengths[i])) continue;
      const mean = tr.boneSum[i] / tr.boneCount[i];
      if (mean > 0.02) rel.push(Math.abs(lengths[i] - mean) / mean);
    }
    if (rel.length < 3) return NaN;
    return upperMedian(rel);
  };

  /**
   * Mean displacement from skeleton a to skeleton b over the joints both have (null if fewer than 3):
   * centroids of different joint subsets (a person seen whole, then only from the waist up) differ
   * by decimetres, the same joints do not.
   */
  const shift = (a: Float64Array, b: Float64Array): [number, number, number] | null => {
    let x = 0,
      y = 0,
      z = 0,
      n = 0;
    for (let j = 0; j < J; j++) {
      const dx = b[3 * j] - a[3 * j],
        dy = b[3 * j + 1] - a[3 * j + 1],
        dz = b[3 * j + 2] - a[3 * j + 2];
      if (!(Number.isFinite(dx) && Number.isFinite(dy) && Number.isFinite(dz))) continue;
      x += dx;
      y += dy;
      z += dz;
      n++;
    }
    return n >= 3 ? [x / n, y / n, z / n] : null;
  };
  /** Mean distance (m) between the joints two skeletons share; Infinity with fewer than 3. */
  const meanJointDistance = (a: Float64Array, b: Float64Array): number => {
    let sum = 0,
      n = 0;
    for (let j = 0; j < J; j++) {
      const d = Math.hypot(a[3 * j] - b[3 * j], a[3 * j + 1] - b[3 * j + 1], a[3 * j + 2] - b[3 * j + 2]);
      if (Number.isFinite(d)) {
        sum += d;
        n++;
      }
    }
    return n >= 3 ? sum / n : Infinity;
  };
  /**
   * Distance a track has to have moved to be at skeleton skel (its centroid's when no joints are
   * shared): from where its velocity predicts it or from where it was last seen, whichever is nearer.
   * The velocity of a person seen by two cameras close together is measured on skeletons whose depth
   * jumps by centimetres from frame to frame and can be metres per second off for someone standing
   * still; a prediction carried on it must not turn the person away.
   */
  const distanceTo = (tr: Track, skel: Float64Array, centroid: [number, number, number], df: number): number => {
    const d = shift(tr.skel, skel) ?? [centroid[0] - tr.centroid[0], centroid[1] - tr.centroid[1], centroid[2] - tr.centroid[2]];
    const still = Math.hypot(d[0], d[1], d[2]);
    if (df > horizon) return still;
    const v = tr.velocity;
    return Math.min(still, Math.hypot(d[0] - v[0] * df, d[1] - v[1] * df, d[2] - v[2] * df));
  };

  /** Longest distance between two joints of a skeleton (m; NaN with fewer than 2). */
  const span = (skel: Float64Array): number => {
    let best = NaN;
    for (let a = 0; a < J; a++) {
      if (!Number.isFinite(skel[3 * a])) continue;
      for (let b = a + 1; b < J; b++) {
        const d = Math.hypot(skel[3 * a] - skel[3 * b], skel[3 * a + 1] - skel[3 * b + 1], skel[3 * a + 2] - skel[3 * b + 2]);
        if (Number.isFinite(d) && !(best >= d)) best = d;
      }
    }
    return best;
  };
  /** Per camera, the chain of each slot in the current frame; per chain, the frame it began. */
  let chainOfSlot: Map<number, number>[] = rig.cameras.map(() => new Map());
  const chainBirth: number[] = [];
  /** Chains someone followed was seen on. */
  const everClaimed = new Set<number>();
  const claimChains = (tr: Track, f: number, slots: Int32Array): void => {
    for (let c = 0; c < C; c++) {
      const ch = slots[c] >= 0 ? chainOfSlot[c].get(slots[c]) : undefined;
      if (ch === undefined) continue;
      tr.chain[c] = ch;
      tr.chainFrame[c] = f;
      everClaimed.add(ch);
    }
  };
  const record = (tr: Track, f: number, p: Person3D): void => {
    const df = f - tr.last;
    const d = tr.frames.length && df > 0 && df <= horizon ? shift(tr.skel, p.skel) : null;
    if (d) {
      for (let k = 0; k < 3; k++) {
        const v = d[k] / df;
        tr.velocity[k] = tr.frames.length > 1 ? 0.5 * tr.velocity[k] + 0.5 * v : v;
      }
      // No faster than a run: a wild estimate would send the prediction away from the person.
      const speed = Math.hypot(...tr.velocity),
        max = MAX_SPEED_MPS / fps;
      if (speed > max) for (let k = 0; k < 3; k++) tr.velocity[k] *= max / speed;
    } else if (df > horizon) tr.velocity = [0, 0, 0];
    tr.frames.push(f);
    tr.slots.push(p.slots);
    tr.lastSlots = p.slots;
    claimChains(tr, f, p.slots);
    tr.views.push(p.views);
    tr.maxViews = Math.max(tr.maxViews, p.views);
    tr.filmingSum += filming(p.centroid);
    // (Only the span of a track never seen by more than two cameras is looked at.)
    if (tr.maxViews <= 2) tr.spans.push(span(p.skel));
    tr.skel = p.skel;
    tr.centroid = p.centroid;
    tr.last = f;
    boneLengths(p.skel, lengths);
    for (let i = 0; i < bones.length; i++) {
      const L = lengths[i];
      if (!Number.isFinite(L)) continue;
      // Once the bone is known, a length far off (a wrong keypoint) does not count.
      if (tr.boneCount[i] >= 5) {
        const mean = tr.boneSum[i] / tr.boneCount[i];
        if (Math.abs(L - mean) > 0.3 * mean) continue;
      }
      tr.boneSum[i] += L;
      tr.boneSq[i] += L * L;
      tr.boneCount[i]++;
    }
  };

  /** Joints of a skeleton that are known. */
  const triangulated = (skel: Float64Array): number => {
    let n = 0;
    for (let j = 0; j < J; j++) if (Number.isFinite(skel[3 * j])) n++;
    return n;
  };
  /**
   * Follows a track through a frame its views cannot triangulate: its predicted skeleton is moved by
   * the translation d that best fits the views' keypoints (least squares on the linear projection
   * constraints (r₀ − x r₂)·(X + d) + t₀ − x t₂ = 0 and the same for y, each divided by the joint's
   * depth so that it is an image error), kept only if every view then lies within its gate and d is
   * a step a person can make. The skeleton's shape is kept (bones do not change) and no frame is
   * recorded: the person's output comes from frames with two views only.
   * ref: R. Hartley, A. Zisserman, "Multiple View Geometry in Computer Vision", 2nd ed., §7.1 (the
   *      linear projection equations, here with the rotation known and only a translation unknown).
   */
  const followA = new Float64Array(9),
    followB = new Float64Array(3);
  const follow = (tr: Track, pred: Float64Array, views: Chosen[], f: number): boolean => {
    const A = followA.fill(0),
      B = followB.fill(0);
    let n = 0;
    for (const v of views) {
      const pc = prepared[v.c],
        R = pc.R;
      for (let j = 0; j < J; j++) {
        const jj = v.mirrored ? layout.mirror[j] : j;
        const X = pred[3 * j],
          Y = pred[3 * j + 1],
          Z = pred[3 * j + 2];
        if (!(v.cand.w[jj] > 0) || !Number.isFinite(X)) continue;
        const z = R[6] * X + R[7] * Y + R[8] * Z + pc.t[2];
        if (!(z > 0.1)) continue;
        const u = [v.cand.x[jj], v.cand.y[jj]];
        for (let r = 0; r < 2; r++) {
          const a0 = (R[3 * r] - u[r] * R[6]) / z,
            a1 = (R[3 * r + 1] - u[r] * R[7]) / z,
            a2 = (R[3 * r + 2] - u[r] * R[8]) / z;
          const rhs = -(a0 * X + a1 * Y + a2 * Z + (pc.t[r] - u[r] * pc.t[2]) / z);
          const a = [a0, a1, a2];
          for (let i = 0; i < 3; i++) {
            B[i] += a[i] * rhs;
            for (let k = 0; k < 3; k++) A[3 * i + k] += a[i] * a[k];
          }
        }
        n++;
      }
    }
    if (n < 3) return false;
    // A light pull towards the prediction; with one camera a strong one along its line of sight: one
    // camera measures the depth only through the person's size in the picture, and the pose changes that.
    const trace = A[0] + A[4] + A[8];
    const lambda = 1e-3 * trace;
    A[0] += lambda;
    A[4] += lambda;
    A[8] += lambda;
    // The velocity along that line is not measured by it either: the person is held at the depth they
    // were last seen at (a velocity from a rough two-view skeleton would carry them away).
    const df = f - tr.last;
    let ray: number[] | null = null;
    if (views.every((v) => v.c === views[0].c)) {
      const centre = cameraCenter(prepared[views[0].c]),
        m = ctx.centroid(pred);
      if (m) {
        const r = [m[0] - centre[0], m[1] - centre[1], m[2] - centre[2]],
          len = Math.hypot(r[0], r[1], r[2]);
        ray = r.map((x) => x / len);
        const back = -df * (tr.velocity[0] * ray[0] + tr.velocity[1] * ray[1] + tr.velocity[2] * ray[2]);
        for (let i = 0; i < 3; i++) {
          B[i] += trace * ray[i] * back;
          for (let k = 0; k < 3; k++) A[3 * i + k] += trace * ray[i] * ray[k];
        }
      }
    }
    const d = solve3(A, B);
    if (!d || !(Math.hypot(d[0], d[1], d[2]) <= reach(f - tr.last))) return false;
    const skel = new Float64Array(J * 3);
    for (let j = 0; j < J; j++) for (let k = 0; k < 3; k++) skel[3 * j + k] = pred[3 * j + k] + d[k];
    for (const v of views) {
      projectInto(v.c, skel, proj);
      if (!(fitProjected(v.c, v.cand, proj, v.mirrored) <= gateOf(v.c, v.cand))) return false;
    }
    // The prediction moved it by velocity × df, the views by d more: half of that goes into the velocity, as in record().
    for (let k = 0; k < 3; k++) tr.velocity[k] += (0.5 * d[k]) / df;
    if (ray) {
      const along = tr.velocity[0] * ray[0] + tr.velocity[1] * ray[1] + tr.velocity[2] * ray[2];
      for (let k = 0; k < 3; k++) tr.velocity[k] -= along * ray[k];
    }
    const speed = Math.hypot(...tr.velocity),
      max = MAX_SPEED_MPS / fps;
    if (speed > max) for (let k = 0; k < 3; k++) tr.velocity[k] *= max / speed;
    tr.skel = skel;
    tr.centroid = ctx.centroid(skel) ?? tr.centroid;
    tr.last = f;
    tr.lastSlots = new Int32Array(C).fill(-1);
    for (const v of views) tr.lastSlots[v.c] = v.cand.slot;
    claimChains(tr, f, tr.lastSlots);
    return true;
  };

  const newTrack = (f: number, p: Person3D): Track => {
    const tr: Track = {
      frames: [],
      slots: [],
      views: [],
      skel: p.skel,
      centroid: p.centroid,
      velocity: [0, 0, 0],
      last: f,
      boneSum: new Float64Array(bones.length),
      boneSq: new Float64Array(bones.length),
      boneCount: new Int32Array(bones.length),
      reidentified: 0,
      lastSlots: new Int32Array(C).fill(-1),
      chain: new Int32Array(C).fill(-1),
      chainFrame: new Int32Array(C).fill(-1),
      maxViews: 0,
      filmingSum: 0,
      spans: [],
    };
    record(tr, f, p);
    tracks.push(tr);
    return tr;
  };

  /**
   * Per camera, per detection, the slot of the detection of the frame before that it continues (−1 =
   * none), by the median keypoint distance, within the detection's gate.
   * Two detections of the frame before are two people: a detection that continues one of them is not
   * the other (a bystander near one camera who hides a person walking behind them stays the bystander,
   * whose detection lies where the person would be).
   */
  const continuing = (c: number, now: Candidate[], before: Candidate[]): Int32Array => {
    const K = now.length,
      P = before.length,
      link = new Int32Array(K).fill(-1);
    if (K === 0 || P === 0) return link;
    const cost = new Float64Array(K * P);
    const mean = (k: Candidate): [number, number] => {
      let x = 0,
        y = 0,
        n = 0;
      for (let j = 0; j < J; j++)
        if (k.w[j] > 0) {
          x += k.x[j];
          y += k.y[j];
          n++;
        }
      return [x / n, y / n];
    };
    const mb = before.map(mean);
    for (let k = 0; k < K; k++) {
      const g = gateOf(c, now[k]),
        [mx, my] = mean(now[k]);
      for (let q = 0; q < P; q++) {
        // Detections whose keypoint centres are more than twice the gate apart are not one person a frame later.
        if (Math.hypot(mx - mb[q][0], my - mb[q][1]) * focal[c] > 2 * g) {
          cost[k * P + q] = Infinity;
          continue;
        }
        let n = 0;
        for (let j = 0; j < J; j++) {
          if (!(now[k].w[j] > 0) || !(before[q].w[j] > 0)) continue;
          errs[n++] = Math.hypot(now[k].x[j] - before[q].x[j], now[k].y[j] - before[q].y[j]) * focal[c];
        }
        cost[k * P + q] = n < 3 ? Infinity : medianInPlace(errs, n) / g;
      }
    }
    // Only unambiguous links: within the gate, and every other pairing of either detection at least
    // twice as far (two people crossing in the picture, one hiding the other's keypoints, are left
    // unlinked, and an unlinked detection starts a chain of its own, which no rule below refuses).
    // Each detection's nearest, when that clear, is one-to-one without an assignment.
    for (let k = 0; k < K; k++) {
      let q = -1;
      for (let o = 0; o < P; o++) if (cost[k * P + o] <= 1 && (q < 0 || cost[k * P + o] < cost[k * P + q])) q = o;
      if (q < 0) continue;
      const e = cost[k * P + q];
      let clear = true;
      for (let o = 0; o < P && clear; o++) if (o !== q && cost[k * P + o] < 2 * e) clear = false;
      for (let o = 0; o < K && clear; o++) if (o !== k && cost[o * P + q] < 2 * e) clear = false;
      if (clear) link[k] = before[q].slot;
    }
    return link;
  };
  let lastLeftovers: number[] = [],
    foundLast = false,
    lastDiscover = -Infinity;
  let before: Candidate[][] = rig.cameras.map(() => []);
  const beforePool: Candidate[][] = [];
  for (let f = 0; f < frames; f++) {
    const cands = ctx.candidates(f);
    frameCands = cands;
    const links = cands.map((l, c) => continuing(c, l, before[c]));
    // [camera] the slots of the frame before that were someone's.
    const claimed = rig.cameras.map(
      (_, c) => new Set(tracks.filter((tr) => tr.last === f - 1 && tr.lastSlots[c] >= 0).map((tr) => tr.lastSlots[c])),
    );
    // Chains of detections through the frames: a detection continuing one of the frame before is on its chain.
    const prevChains = chainOfSlot;
    chainOfSlot = cands.map((l, c) => {
      const m = new Map<number, number>();
      l.forEach((k, i) => {
        const from = links[c][i];
        const ch = from >= 0 ? prevChains[c].get(from) : undefined;
        if (ch !== undefined) m.set(k.slot, ch);
        else {
          m.set(k.slot, chainBirth.length);
          chainBirth.push(f);
        }
      });
      return m;
    });
    const liveChains = chainOfSlot.map((m) => new Set(m.values()));
    // (Copies, kept in a pool of their own: the candidates' arrays are reused from frame to frame.)
    before = cands.map((l, c) =>
      l.map((k, i) => {
        const pool = (beforePool[c] ??= []);
        const b = (pool[i] ??= { slot: 0, x: new Float64Array(J), y: new Float64Array(J), w: new Float64Array(J), valid: 0 });
        b.slot = k.slot;
        b.valid = k.valid;
        b.x.set(k.x);
        b.y.set(k.y);
        b.w.set(k.w);
        return b;
      }),
    );
    const used = cands.map((l) => new Uint8Array(l.length));
    const active = tracks.filter((t) => f - t.last <= horizon);
    const T = active.length;
    // 1–2. Predict, then one assignment per camera.
    const predictions = active.map((tr) => {
      const df = f - tr.last;
      const out = new Float64Array(J * 3);
      for (let j = 0; j < J; j++) for (let k = 0; k < 3; k++) out[3 * j + k] = tr.skel[3 * j + k] + tr.velocity[k] * df;
      return out;
    });
    const chosen: Chosen[][] = active.map(() => []);
    // Per person, the detections (camera × SLOT_KEY + slot) the rules on chains refuse them.
    const refused = active.map(() => new Set<number>());
    for (let c = 0; c < C; c++) {
      const K = cands[c].length;
      if (K === 0 || T === 0) continue;
      const cost = new Float64Array(T * K);
      const mirroredOf = new Uint8Array(T * K);
      const gates = cands[c].map((cand) => gateOf(c, cand));
      const boxes = cands[c].map(candBox);
      for (let t = 0; t < T; t++) {
        const pb = boxIn(c, predictions[t]);
        if (pb) projectInto(c, predictions[t], proj);
        const own = active[t].last === f - 1 ? active[t].lastSlots[c] : -1;
        for (let k = 0; k < K; k++) {
          // The continuation of another detection than the person's own in the frame before is someone else's.
          const from = links[c][k];
          // And once the person's own chain in that camera has ended (they are hidden there), so is a
          // chain nobody was ever seen on that was already there beside it when the person was last
          // seen by that camera: a bystander seen by that camera alone, who now hides them. (Chains
          // are only continuity in the picture, not identity: one wrong link or one wrong view taken
          // earlier must not lock a person out of their own detections, hence the narrow rule.)
          const ch = chainOfSlot[c].get(cands[c][k].slot) ?? -1,
            mine = active[t].chain[c];
          if (
            (from >= 0 && (own >= 0 ? from !== own : claimed[c].has(from))) ||
            (mine >= 0 && ch !== mine && !liveChains[c].has(mine) && !everClaimed.has(ch) && chainBirth[ch] <= active[t].chainFrame[c])
          ) {
            cost[t * K + k] = Infinity;
            refused[t].add(c * SLOT_KEY + cands[c][k].slot);
            continue;
          }
          // Boxes further apart than the gate cannot hold half the keypoints within it: skip the fit.
          const b = boxes[k],
            m = (1.5 * gates[k]) / focal[c];
          if (pb && (b[0] > pb[2] + m || pb[0] > b[2] + m || b[1] > pb[3] + m || pb[1] > b[3] + m)) {
            cost[t * K + k] = Infinity;
            continue;
          }
          // As labelled, and left/right mirrored unless the labelled fit is already close.
          let e = fitProjected(c, cands[c][k], proj, false),
            mirrored = false;
          if (!(e <= 0.3 * gates[k])) {
            const em = fitProjected(c, cands[c][k], proj, true);
            if (em < e) {
              e = em;
              mirrored = true;
            }
          }
          mirroredOf[t * K + k] = mirrored ? 1 : 0;
          // A detection of another size than the person would have there is someone else (a
          // bystander near the camera in front of a hidden person can share a few keypoints' places).
          const g = gates[k];
          // By the bones (the spread of the keypoints only within a looser bound: it changes with the
          // pose); by the spread alone when fewer than 3 bones are seen.
          const bone = e <= 1.5 * g ? boneRatio(c, cands[c][k], predictions[t]) : NaN;
          const sized =
            e <= 1.5 * g &&
            (Number.isNaN(bone)
              ? within(spreadRatio(c, cands[c][k], predictions[t]), MAX_SIZE_RATIO)
              : within(bone, MAX_SIZE_RATIO) && within(spreadRatio(c, cands[c][k], predictions[t]), MAX_SPREAD_RATIO));
          // Cost in units of the detection's gate.
          cost[t * K + k] = sized ? e / g : Infinity;
        }
      }
      const assigned = assignMinCost(cost, T, K, 1.5);
      for (let t = 0; t < T; t++) {
        const k = assigned[t];
        if (k >= 0) chosen[t].push({ c, cand: cands[c][k], mirrored: mirroredOf[t * K + k] === 1, cost: cost[t * K + k] });
      }
    }
    // 3. Triangulate each person from its views; let go of the views that disagree.
    const updated = new Uint8Array(T);
    // (A person followed this frame is not triangulated: their views stay free for discovery, which
    // may find them again from views the assignment did not give them, as a return of the same person.)
    const followed = new Set<Track>();
    // A person the views cannot triangulate this frame (one camera sees them, or two that share fewer
    // than three keypoints) is followed by those views instead: lost, they would have to pass the
    // birth checks again when seen by two cameras with a few keypoints, and until then someone else's
    // detection could take their place.
    const followOr = (t: number, views: Chosen[]): void => {
      if (views.length > 0 && follow(active[t], predictions[t], views, f)) {
        followed.add(active[t]);
      }
    };
    for (let t = 0; t < T; t++) {
      let views = chosen[t];
      if (views.length < 2) {
        followOr(t, views);
        continue;
      }
      let skel = ctx.skeleton(
        views.map((v) => [v.c, v.cand]),
        views.map((v) => v.mirrored),
      );
      // With 3 or more views each is judged against the skeleton of the others (leave one out): a
      // wrong detection (someone else, in front of a hidden person) pulls the joint skeleton towards
      // itself and would pass against it.
      // (Views well within a quarter of the gate of the joint skeleton are kept without that check.)
      const joint = views.map((v) => ctx.fitAs(v.c, v.cand, skel, v.mirrored) / gateOf(v.c, v.cand));
      const clear = joint.every((e) => e <= 0.25);
      const keep = views.map((v, i) => {
        if (views.length < 3 || clear) return joint[i] <= 1;
        const others = views.filter((_, k) => k !== i);
        return (
          ctx.fitAs(
            v.c,
            v.cand,
            ctx.skeleton(
              others.map((o) => [o.c, o.cand]),
              others.map((o) => o.mirrored),
            ),
            v.mirrored,
          ) <= gateOf(v.c, v.cand)
        );
      });
      if (keep.some((k) => !k)) {
        views = views.filter((_, i) => keep[i]);
        if (views.length < 2) {
          followOr(t, views);
          continue;
        }
        skel = ctx.skeleton(
          views.map((v) => [v.c, v.cand]),
          views.map((v) => v.mirrored),
        );
      }
      const centroid = ctx.centroid(skel);
      if (!centroid || triangulated(skel) < MIN_TRIANGULATED) {
        followOr(t, views);
        continue;
      }
      const tr = active[t];
      // Two views whose skeleton has other bones than the person's are not both theirs: someone else
      // (a bystander near one camera, in front of the person) lies on the person's line of sight there,
      // and with two views nothing else tells them apart. The person is followed by the view that fits
      // their prediction best.
      if (views.length === 2 && boneMismatch(tr, skel) > MAX_BONE_MISMATCH) {
        followOr(t, [views[0].cost <= views[1].cost ? views[0] : views[1]]);
        continue;
      }
      // A prediction that jumps further than a person can move is not this person.
      if (distanceTo(tr, skel, centroid, f - tr.last) > reach(f - tr.last)) continue;
      const slots = new Int32Array(C).fill(-1);
      for (const v of views) {
        slots[v.c] = v.cand.slot;
        used[v.c][cands[v.c].indexOf(v.cand)] = 1;
      }
      record(tr, f, { slots, skel, views: views.length, cost: 0, centroid });
      updated[t] = 1;
      // Joints it was predicted with and that its views do not triangulate now (a person mostly hidden,
      // seen by two cameras that share a few keypoints) are carried along from the prediction, moved
      // with the rest: the next frame's views are matched against the whole person, not against the
      // few joints seen. (Only the joints triangulated are recorded: the bone lengths and the output
      // are not made of carried joints.)
      const known = triangulated(skel),
        had = triangulated(predictions[t]);
      if (known < had) {
        const d = shift(predictions[t], skel);
        if (d) {
          const whole = Float64Array.from(skel);
          for (let j = 0; j < J; j++) {
            if (Number.isFinite(whole[3 * j])) continue;
            for (let k = 0; k < 3; k++) whole[3 * j + k] = predictions[t][3 * j + k] + d[k];
          }
          tr.skel = whole;
        }
      }
    }
    // 4. New people among the leftovers: re-identified with a lost person, or born.
    // A person seen by two cameras but inside the picture of many others that see nobody there is two
    // different people who happen to agree with the epipolar geometry (cameras at one height see
    // everyone's joints on nearly horizontal epipolar lines): a real person is seen by a fair share
    // of the cameras that film the place where they stand.
    // Two different people can also agree that way in the only two cameras that see them: their
    // "skeleton" then has left and right limbs of different lengths.
    // Discovery is the dearest step and the leftovers are mostly the same from frame to frame
    // (bystanders seen by one camera): it runs when a camera has more leftovers than in the frame
    // before, when the last run found someone, or every DISCOVER_EVERY frames.
    const leftovers = used.map((u) => u.length - u.reduce((a, b) => a + b, 0));
    const grew = leftovers.some((n, c) => n > (lastLeftovers[c] ?? 0));
    lastLeftovers = leftovers;
    if (!grew && !foundLast && f - lastDiscover < DISCOVER_EVERY) continue;
    lastDiscover = f;
    // The checks against chance agreements are for people never seen before: a person followed until
    // a few frames ago (within the prediction horizon), found again where they can have got to and
    // with their build, is the same person seen again by the cameras that saw them (a person seen by
    // two cameras only loses one view to a single bad detection; a new birth test there would lose
    // them for the rest of the take).
    const recent = tracks.filter(
      (tr) => ((tr.last < f && f - tr.last <= horizon) || followed.has(tr)) && !active.some((a, t) => a === tr && updated[t]),
    );
    // A person followed this frame is found again only in views the rules on chains allow them, and
    // from two views only with their bones (as in step 3).
    const allowed = (tr: Track, p: Person3D): boolean => {
      if (!followed.has(tr)) return true;
      const r = refused[active.indexOf(tr)];
      if (p.slots.some((slot, c) => slot >= 0 && r.has(c * SLOT_KEY + slot))) return false;
      return p.views > 2 || !(boneMismatch(tr, p.skel) > MAX_BONE_MISMATCH);
    };
    const resumes = (p: Person3D): boolean =>
      recent.some((tr) => {
        if (!allowed(tr, p)) return false;
        const bone = boneMismatch(tr, p.skel);
        return distanceTo(tr, p.skel, p.centroid, f - tr.last) <= reach(f - tr.last) && (bone <= MAX_BONE_MISMATCH || Number.isNaN(bone));
      });
    const fresh = ctx
      .discover(cands, used)
      .map(wholeSkeleton)
      .filter(
        (p): p is Person3D =>
          p !== null &&
          (asymmetry(p.skel) <= MAX_ASYMMETRY || (p.views >= 3 && Number.isNaN(asymmetry(p.skel)))) &&
          humanSized(p.skel) &&
          (resumes(p) ||
            (p.views >= Math.max(2, Math.ceil(MIN_VIEW_SHARE * filming(p.centroid))) &&
              (p.views >= 3 || (agrees(p) && unexplainedAbsences(p) === 0)))) &&
          // The views of someone already followed that their prediction missed (a person just born, from
          // few views) are not a second person: they are left for the next frame's assignment. Nor is
          // someone where a person followed this frame is, in views that person may not take.
          !active.some(
            (tr, t) => (updated[t] || (followed.has(tr) && !allowed(tr, p))) && meanJointDistance(tr.skel, p.skel) < DUPLICATE_M,
          ),
      );
    foundLast = fresh.length > 0;
    if (fresh.length === 0) continue;
    const lost = tracks.filter((tr) => (tr.last < f || followed.has(tr)) && !active.some((a, t) => a === tr && updated[t]));
    const L = lost.length;
    const cost = new Float64Array(fresh.length * Math.max(L, 1)).fill(Infinity);
    for (let i = 0; i < fresh.length; i++) {
      for (let l = 0; l < L; l++) {
        const tr = lost[l],
          df = f - tr.last;
        if (!allowed(tr, fresh[i])) continue;
        const d = distanceTo(tr, fresh[i].skel, fresh[i].centroid, df);
        if (d > reach(df)) continue;
        const bone = boneMismatch(tr, fresh[i].skel);
        // Soon after it was lost, position suffices; after a long absence the build must match too.
        if (df > horizon && !(bone <= MAX_BONE_MISMATCH)) continue;
        // (Soon after, the build only breaks ties: a new person's first skeleton, from few views, is rough.)
        const b = Number.isFinite(bone) ? bone / MAX_BONE_MISMATCH : 0.5;
        cost[i * L + l] = d / reach(df) + (df > horizon ? b : 0.5 * Math.min(1, b));
      }
    }
    const match = L ? assignMinCost(cost, fresh.length, L, 2) : new Int32Array(fresh.length).fill(-1);
    for (let i = 0; i < fresh.length; i++) {
      if (match[i] >= 0) {
        const tr = lost[match[i]];
        if (f - tr.last > horizon) tr.reidentified++;
        record(tr, f, fresh[i]);
      } else newTrack(f, fresh[i]);
    }
  }

  // Tracks long enough to be people; the most seen ones when a number is asked for; numbered by first appearance.
  const minFrames = opts.minFrames ?? Math.max(2, Math.min(10, Math.floor(frames / 4)));
  // Seen by two cameras only, all along, while three or more film where it stands (one never sees it): two
  // bystanders, each seen by one camera, agreeing by chance, not a person.
  // Or whose bones stretch like no body's (median coefficient of variation of the rough skeletons' bone lengths).
  const boneCv = (t: Track): number => {
    const cv: number[] = [];
    for (let i = 0; i < bones.length; i++) {
      const n = t.boneCount[i];
      if (n < 5) continue;
      const m = t.boneSum[i] / n;
      cv.push(Math.sqrt(Math.max(0, t.boneSq[i] / n - m * m)) / m);
    }
    return upperMedian(cv);
  };
  // Or seen by two cameras only and taller than anyone: two bystanders, each seen by one camera and
  // standing still, agree with the epipolar geometry all along in a giant whose feet are under the floor.
  const medianSpan = (t: Track): number => {
    const v = t.spans.filter(Number.isFinite);
    return v.length ? upperMedian(v) : NaN;
  };
  const chance = (t: Track): boolean =>
    (t.maxViews <= 2 && (t.filmingSum >= 3 * t.frames.length || medianSpan(t) > MAX_SPAN_M)) || boneCv(t) > MAX_BONE_CV;
  // A person back after a long absence must be seen again over a few frames: a return in one or two
  // frames is two bystanders, each seen by one camera, agreeing by chance where a lost person could
  // be. Each track's runs (frames no further apart than the prediction horizon) shorter than
  // CONFIRM_FRAMES are dropped, its longest run always kept.
  for (const t of tracks) {
    const runs: [number, number][] = [];
    t.frames.forEach((f, k) => {
      if (k > 0 && f - t.frames[k - 1] <= horizon) runs[runs.length - 1][1] = k;
      else runs.push([k, k]);
    });
    if (runs.length < 2) continue;
    const longest = runs.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
    const keep = runs.filter((r) => r === longest || r[1] - r[0] + 1 >= CONFIRM_FRAMES);
    if (keep.length === runs.length) continue;
    const ks = keep.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
    t.frames = ks.map((k) => t.frames[k]);
    t.slots = ks.map((k) => t.slots[k]);
    t.views = ks.map((k) => t.views[k]);
    t.reidentified = keep.length - 1;
  }
  let kept = tracks.filter((t) => t.frames.length >= minFrames && !chance(t));
  if (typeof opts.people === 'number' && kept.length > opts.people) {
    kept = [...kept].sort((a, b) => b.frames.length - a.frames.length).slice(0, opts.people);
  }
  kept.sort((a, b) => a.frames[0] - b.frames[0]);
  const people = kept.map((tr, i): AssociatedPerson => {
    const selection = new Int32Array(frames * C).fill(-1);
    const views = new Uint8Array(frames);
    tr.frames.forEach((f, k) => {
      selection.set(tr.slots[k], f * C);
      views[f] = tr.views[k];
    });
    return {
      id: i + 1,
      selection,
      views,
      firstFrame: tr.frames[0],
      lastFrame: tr.frames[tr.frames.length - 1],
      framesSeen: tr.frames.length,
      reidentified: tr.reidentified,
    };
  });
  return { people, droppedTracks: tracks.length - kept.length };
}

/** Solves the 3 × 3 system A x = b (row-major A) by Cramer's rule; null when singular. */
function solve3(A: Float64Array, b: Float64Array): [number, number, number] | null {
  const det = (m: ArrayLike<number>): number =>
    m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
  const D = det(A);
  if (!(Math.abs(D) > 1e-300)) return null;
  const out: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < 3; i++) {
    const m = Float64Array.from(A);
    for (let r = 0; r < 3; r++) m[3 * r + i] = b[r];
    out[i] = det(m) / D;
  }
  return out;
}
