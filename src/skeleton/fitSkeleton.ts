// Fits a humanoid skeleton with constant bone lengths to triangulated keypoints.
//
// 1. Joint targets (hips, knees, …; virtual ones such as mid-hip and spine points) are evaluated
//    per frame; short gaps are filled by linear interpolation, the ends are held.
// 2. Each bone length is a robust median over the take (MAD outlier rejection), optionally with
//    left/right averaged.
// 3. Per frame, joints are solved root first: a joint's world rotation turns its rest primary
//    direction exactly onto the direction from its fitted position to the observed target of its
//    child (analytic "swing"), and its rest secondary direction towards an observed secondary
//    direction (the hip or shoulder line, the knee or elbow plane, or the parent's orientation),
//    which fixes the twist. Aiming from the fitted rather than the observed joint position keeps
//    errors from accumulating down the chain.
// 4. Quaternions keep the sign of the previous frame (q and −q are the same rotation), so curves
//    exported as quaternions never jump.
// 5. The ground: the lowest foot point over the take is moved to z = 0.
// ref: Grood & Suntay 1983 (hinge axes from segment planes); Horn 1987 / Shoemake 1985 (frames → quaternions);
//      the swing–twist idea as in FABRIK-style single-pass chain IK (Aristidou & Lasenby 2011).

import type { Points3D } from '../core/types.ts';
import { median } from '../core/stats.ts';
import type { Warning } from '../core/errors.ts';
import { getLayout } from '../core/layouts.ts';
import { buildHumanoid, type HumanoidDefinition, type Target, type VecSpec } from './humanoid.ts';
import {
  add,
  alignFrames,
  cross,
  dot,
  IDENTITY_QUAT,
  isFiniteVec,
  mat3FromQuat,
  mat3MulVec,
  normalize,
  norm,
  quatConj,
  quatFromMat3,
  quatMul,
  quatRotate,
  scale,
  sub,
  type Mat3,
  type Quat,
  type Vec3,
} from './rotation.ts';

export interface FittedJoint {
  name: string;
  /** Parent index, −1 for the root; parents come first. */
  parent: number;
  /** Offset from the parent in the rest T-pose, metres, world axes (Z up, body facing −Y, left +X). */
  offsetM: Vec3;
  /** End sites carry no rotation (their local rotation is always identity). */
  endSite: boolean;
  /** What the joint was fitted to, e.g. "LKnee" or "LHip+RHip"; undefined when not observed. */
  target?: string;
}

export interface JointFitError {
  joint: string;
  target: string;
  /** Mean distance between fitted joint and observed target over the frames where it was observed, metres. */
  meanDistanceM: number;
  maxDistanceM: number;
  framesObserved: number;
}

/** A skeleton with constant bone lengths fitted to 3D keypoints: rest pose, root positions and joint rotations per frame. */
export interface FittedSkeleton {
  layout: string;
  fps: number;
  frames: number;
  timestampsMs: Float64Array;
  joints: FittedJoint[];
  /** [frame][x, y, z] position of the root joint (Hips), metres, world axes shifted so the ground is z = 0. */
  rootPositionM: Float64Array;
  /** [frame][joint][x, y, z, w] rotation of each joint relative to its parent (world axes of the rest pose). */
  localRotations: Float64Array;
  /** World z of the ground plane that was moved to 0: fitted z = world z − groundOffsetM. */
  groundOffsetM: number;
  /** Bone lengths in metres, keyed "Parent→Child" (e.g. "LeftArm→LeftForeArm" is the upper arm). */
  boneLengthsM: Record<string, number>;
  /** How closely the skeleton follows each observed joint target (in the unshifted world). */
  fit: JointFitError[];
  /** Problems worth telling the user (e.g. a bone never observed, given a typical length). */
  warnings: Warning[];
}

/** Options of `fitSkeleton`. */
export interface FitSkeletonOptions {
  /** Average left and right bone lengths. @defaultValue true */
  symmetric?: boolean;
  /** 'feet' moves the lowest foot point over the take to z = 0; 'none' keeps the world z. @defaultValue "feet" */
  ground?: 'feet' | 'none';
  /**
   * Height of the ankle joint above the sole, metres, used for the ground only when the layout has
   * no toe or heel keypoints (COCO-17).
   * @defaultValue 0.08
   */
  ankleHeightM?: number;
}

/** |sin| of a wrong-way (hyperextension-like) bend at which its plane is trusted as much as the parent. */
const WRONG_WAY_BALANCE = 0.6;

/** Bone lengths of a 1.75 m adult (metres), used only for bones the take never shows. */
const TYPICAL_LENGTHS_M: Record<string, number> = {
  Spine: 0.1,
  Spine1: 0.2,
  Neck: 0.2,
  Head: 0.12,
  HeadTop_End: 0.12,
  Shoulder: 0.2,
  Arm: 0.18,
  ForeArm: 0.28,
  Hand: 0.25,
  UpLeg: 0.1,
  Leg: 0.42,
  Foot: 0.42,
  ToeBase: 0.15,
};

/** Evaluated joint targets, [frame][x, y, z], gap-filled; `raw` keeps the observed values with NaN. */
interface TargetTrack {
  raw: Float64Array;
  filled: Float64Array;
}

/** Fits the humanoid skeleton to a take. Throws when the layout lacks the limbs the skeleton needs. */
export function fitSkeleton(points: Points3D, opts: FitSkeletonOptions = {}): FittedSkeleton {
  const def = buildHumanoid(points.layout);
  const { joints } = def;
  const F = points.frames;
  const J = joints.length;
  const tracks = new Map<Target, TargetTrack>();
  const track = (t: Target): TargetTrack => {
    let tr = tracks.get(t);
    if (!tr) {
      const raw = evaluateTarget(points, t, tracks);
      tr = { raw, filled: fillGaps(raw, F) };
      tracks.set(t, tr);
    }
    return tr;
  };

  /**
   * The offset of joint j's target from its parent's target in the parent's observed frame (rest
   * axes), robust median per axis over the frames where everything is observed; null when never
   * observed or when the parent's orientation depends on fitted joints (hinge, inherit, sum).
   */
  const measureOffset = (j: number): Vec3 | null => {
    const jt = joints[j],
      pj = joints[jt.parent];
    if (!jt.target || !pj.target || !pj.primary || !pj.primaryRest || !pj.secondary || !pj.secondaryRest) return null;
    const origin = track(pj.target).raw,
      self = track(jt.target).raw;
    const obs = (t: Target, f: number): Vec3 => {
      const a = track(t).raw;
      return [a[f * 3], a[f * 3 + 1], a[f * 3 + 2]];
    };
    const vec = (spec: VecSpec, f: number, o: Vec3): Vec3 | null => {
      if (spec.kind === 'between') return sub(obs(spec.to, f), obs(spec.from, f));
      if (spec.kind === 'toTarget') return sub(obs(spec.to, f), o);
      if (spec.kind === 'aim') return sub(obs(joints[spec.joint].target!, f), o);
      return null;
    };
    const comps: number[][] = [[], [], []];
    for (let f = 0; f < F; f++) {
      const o: Vec3 = [origin[f * 3], origin[f * 3 + 1], origin[f * 3 + 2]];
      const x: Vec3 = [self[f * 3], self[f * 3 + 1], self[f * 3 + 2]];
      const a = vec(pj.primary, f, o),
        s = vec(pj.secondary, f, o);
      if (!a || !s) return null;
      if (!isFiniteVec(o) || !isFiniteVec(x) || !isFiniteVec(a) || !isFiniteVec(s)) continue;
      const R = alignFrames(pj.primaryRest, pj.secondaryRest, a, s);
      if (!R) continue;
      const d = sub(x, o);
      // Rᵀ·d: world → rest axes.
      for (let c = 0; c < 3; c++) comps[c].push(R[c] * d[0] + R[3 + c] * d[1] + R[6 + c] * d[2]);
    }
    return comps[0].length ? (comps.map((v) => robustMedian(v)) as Vec3) : null;
  };

  // Bone lengths.
  const warnings: Warning[] = [];
  const lengths = new Float64Array(J);
  for (let j = 1; j < J; j++) {
    const jt = joints[j];
    const pt = joints[jt.parent].target;
    if (jt.target && pt) {
      const a = track(jt.target).raw;
      const b = track(pt).raw;
      const d: number[] = [];
      for (let f = 0; f < F; f++) {
        const dist = Math.hypot(a[f * 3] - b[f * 3], a[f * 3 + 1] - b[f * 3 + 1], a[f * 3 + 2] - b[f * 3 + 2]);
        if (Number.isFinite(dist)) d.push(dist);
      }
      lengths[j] = d.length ? robustMedian(d) : NaN;
    } else {
      lengths[j] = jt.fixedLengthM ?? 0;
    }
    if (!Number.isFinite(lengths[j])) {
      const fallback = TYPICAL_LENGTHS_M[jt.name.replace(/^(Left|Right)/, '')] ?? 0.1;
      warnings.push({
        code: 'bone-never-observed',
        message: `${jt.name} is never observed together with its parent; using a typical bone length of ${fallback} m`,
      });
      lengths[j] = fallback;
    }
  }
  if (opts.symmetric ?? true) {
    for (let j = 0; j < J; j++) {
      const m = /^Left(.*)$/.exec(joints[j].name);
      const r = m ? def.indexOf.get(`Right${m[1]}`) : undefined;
      if (r !== undefined) lengths[j] = lengths[r] = (lengths[j] + lengths[r]) / 2;
    }
  }
  const offsets: Vec3[] = joints.map((jt, j) => scale(jt.restDir, lengths[j]));
  // Measured offsets (heel and toes in the foot): the target in the parent's observed frame.
  const measured = joints.map((jt, j) => (jt.measuredOffset ? measureOffset(j) : null));
  if (opts.symmetric ?? true) {
    for (let j = 0; j < J; j++) {
      const m = /^Left(.*)$/.exec(joints[j].name);
      const r = m ? def.indexOf.get(`Right${m[1]}`) : undefined;
      const a = measured[j],
        b = r === undefined ? null : measured[r];
      if (r === undefined || !a || !b) continue;
      // Mirror images: the lateral axis is world X in the rest pose.
      const avg: Vec3 = [(a[0] - b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
      measured[j] = avg;
      measured[r] = [-avg[0], avg[1], avg[2]];
    }
  }
  measured.forEach((m, j) => {
    if (m) {
      offsets[j] = m;
      lengths[j] = norm(m);
    }
  });

  // Per-frame solve.
  const localRotations = new Float64Array(F * J * 4);
  const rootPositionM = new Float64Array(F * 3);
  const rootTrack = track(joints[0].target!);
  if (F > 0 && !Number.isFinite(rootTrack.filled[0])) {
    rootTrack.filled.fill(0); // exports must not carry NaN: an unseen root stays at the origin
    warnings.push({ code: 'root-never-observed', message: 'the hips are never observed in this take; the skeleton stays at the origin' });
  }
  const prevLocal: Quat[] = joints.map(() => [...IDENTITY_QUAT] as Quat);
  const pos: Vec3[] = joints.map(() => [0, 0, 0]);
  const glob: Mat3[] = joints.map(() => [1, 0, 0, 0, 1, 0, 0, 0, 1]);
  const globQ: Quat[] = joints.map(() => [...IDENTITY_QUAT] as Quat);
  const at = (t: Target, f: number): Vec3 => {
    const a = track(t).filled;
    return [a[f * 3], a[f * 3 + 1], a[f * 3 + 2]];
  };
  /**
   * Evaluates a direction spec for joint j at frame f. `a` is the joint's observed primary direction
   * (for the parent-carried fallback), undefined while the primary itself is evaluated.
   */
  const evalVec = (spec: VecSpec, j: number, f: number, a?: Vec3): Vec3 => {
    const jt = joints[j];
    switch (spec.kind) {
      case 'aim':
        return sub(at(joints[spec.joint].target!, f), pos[j]);
      case 'between':
        return sub(at(spec.to, f), at(spec.from, f));
      case 'toTarget':
        return sub(at(spec.to, f), pos[j]);
      case 'sum': {
        let s: Vec3 = [0, 0, 0];
        for (const sp of spec.specs) {
          const v = normalize(evalVec(sp, j, f, a));
          if (isFiniteVec(v)) s = add(s, v);
        }
        return s;
      }
      case 'hinge': {
        const pa = at(spec.a, f),
          pb = at(spec.b, f),
          pc = at(spec.c, f);
        const n = cross(normalize(sub(pb, pa)), normalize(sub(pc, pb)));
        const fallback = swingCarried(j, a!, jt.secondaryRest!);
        // α·n̂ + w·fallback: the plane wins for clearly bent limbs, the parent for nearly straight ones
        // (whose plane normal is mostly noise). A plane bending the "wrong" way (normal against the
        // parent-carried axis: hyperextension, or a humerus/femur turned by more than 90°) must be
        // bent much further before it is believed — small wrong-way bends are keypoint noise. α moves
        // smoothly between the two cases, so the twist never jumps.
        if (!isFiniteVec(n)) return fallback;
        const w = spec.fallbackWeight;
        const m = norm(n);
        const t = (1 + dot(n, fallback) / (m * norm(fallback) || 1)) / 2; // 1 agreeing … 0 opposite
        const r = m / w; // agreeing planes balance the parent at |n| = w (≈ 15° of bend)
        const q = m / WRONG_WAY_BALANCE; // wrong-way planes only at |n| = 0.6 (≈ 37°), and steeply
        const alpha = w * (t * r * r + (1 - t) * q * q * q * q);
        return add(scale(n, alpha / (m || 1)), scale(fallback, w));
      }
      case 'inherit':
        return swingCarried(j, a!, jt.secondaryRest!);
    }
  };
  /**
   * The rest secondary v carried by the parent and then swung by the shortest rotation that takes
   * the parent-carried rest primary onto the observed primary a: the orientation with no twist
   * relative to the parent. (Carrying v by the parent alone would be parallel to a straight arm
   * hanging from a T-pose shoulder, and the twist would flip.)
   */
  const swingCarried = (j: number, a: Vec3, v: Vec3): Vec3 => {
    const p = joints[j].parent;
    const carried = p < 0 ? v : mat3MulVec(glob[p], v);
    const c = normalize(p < 0 ? joints[j].primaryRest! : mat3MulVec(glob[p], joints[j].primaryRest!));
    const an = normalize(a);
    if (!isFiniteVec(an) || !isFiniteVec(c)) return carried;
    const axis = cross(c, an);
    const sin = norm(axis),
      cos = dot(c, an);
    if (sin < 1e-9) return carried; // already aligned, or exactly opposite (no unique swing)
    return rotateAbout(carried, scale(axis, 1 / sin), Math.atan2(sin, cos));
  };

  for (let f = 0; f < F; f++) {
    for (let j = 0; j < J; j++) {
      const jt = joints[j];
      const p = jt.parent;
      if (p < 0) {
        pos[j] = [rootTrack.filled[f * 3], rootTrack.filled[f * 3 + 1], rootTrack.filled[f * 3 + 2]];
      } else {
        pos[j] = add(pos[p], mat3MulVec(glob[p], offsets[j]));
      }
      const parentQ: Quat = p < 0 ? [...IDENTITY_QUAT] : globQ[p];
      let local: Quat = [...IDENTITY_QUAT];
      if (!jt.endSite && jt.primary && jt.primaryRest && jt.secondaryRest) {
        const a = evalVec(jt.primary, j, f);
        let R: Mat3 | null = null;
        if (isFiniteVec(a)) {
          const s = jt.secondary ? evalVec(jt.secondary, j, f, a) : swingCarried(j, a, jt.secondaryRest);
          R =
            alignFrames(jt.primaryRest, jt.secondaryRest, a, s) ??
            alignFrames(jt.primaryRest, jt.secondaryRest, a, swingCarried(j, a, jt.secondaryRest));
        }
        if (R) {
          local = quatMul(quatConj(parentQ), quatFromMat3(R));
        } else {
          local = prevLocal[j]; // nothing observed at all: hold the last rotation
        }
      }
      // Sign continuity: q and −q are the same rotation; keep the one nearest the previous frame.
      const prev = prevLocal[j];
      if (local[0] * prev[0] + local[1] * prev[1] + local[2] * prev[2] + local[3] * prev[3] < 0) {
        local = [-local[0], -local[1], -local[2], -local[3]];
      }
      prevLocal[j] = local;
      localRotations.set(local, (f * J + j) * 4);
      globQ[j] = quatMul(parentQ, local);
      glob[j] = mat3FromQuat(globQ[j]);
    }
    rootPositionM.set(pos[0], f * 3);
  }

  const skel: FittedSkeleton = {
    layout: def.layout,
    fps: points.fps,
    frames: F,
    timestampsMs: points.timestampsMs.slice(),
    joints: joints.map((jt, j) => ({
      name: jt.name,
      parent: jt.parent,
      offsetM: offsets[j],
      endSite: jt.endSite,
      target: jt.target?.label,
    })),
    rootPositionM,
    localRotations,
    groundOffsetM: 0,
    boneLengthsM: Object.fromEntries(joints.slice(1).map((jt, i) => [`${joints[jt.parent].name}→${jt.name}`, lengths[i + 1]])),
    fit: [],
    warnings,
  };

  // Fit report (before the ground shift, so fitted and observed share the world frame).
  const sumD = new Float64Array(J),
    maxD = new Float64Array(J),
    nD = new Int32Array(J);
  const footZ: number[] = [];
  const footJoints = joints.map((jt, j) => (/(Foot|ToeBase)$/.test(jt.name) ? j : -1)).filter((j) => j >= 0);
  const hasToes = joints.some((jt) => jt.name.endsWith('ToeBase'));
  const heels = ['LHeel', 'RHeel'].map((n) => getLayout(points.layout).indexOf.get(n) ?? -1).filter((i) => i >= 0);
  for (let f = 0; f < F; f++) {
    const P = forwardKinematics(skel, f);
    let lowest = Infinity;
    for (let j = 0; j < J; j++) {
      const t = joints[j].target;
      if (!t) continue;
      const r = track(t).raw;
      const d = Math.hypot(P[j * 3] - r[f * 3], P[j * 3 + 1] - r[f * 3 + 1], P[j * 3 + 2] - r[f * 3 + 2]);
      if (Number.isFinite(d)) {
        sumD[j] += d;
        nD[j]++;
        if (d > maxD[j]) maxD[j] = d;
      }
    }
    for (const j of footJoints) {
      const isAnkle = joints[j].name.endsWith('Foot');
      const z = P[j * 3 + 2] - (isAnkle && !hasToes && heels.length === 0 ? (opts.ankleHeightM ?? 0.08) : 0);
      if (isAnkle && (hasToes || heels.length)) continue; // toes / heels are lower than the ankle
      lowest = Math.min(lowest, z);
    }
    for (const h of heels) lowest = Math.min(lowest, points.data[(f * points.joints + h) * 3 + 2]);
    if (Number.isFinite(lowest)) footZ.push(lowest);
  }
  skel.fit = joints
    .map((jt, j) => ({
      joint: jt.name,
      target: jt.target?.label ?? '',
      meanDistanceM: nD[j] ? sumD[j] / nD[j] : NaN,
      maxDistanceM: nD[j] ? maxD[j] : NaN,
      framesObserved: nD[j],
    }))
    .filter((e) => e.target !== '');

  if ((opts.ground ?? 'feet') === 'feet' && footZ.length) {
    footZ.sort((a, b) => a - b);
    // The lowest foot point, ignoring the lowest 1% as outliers.
    const ground = footZ[Math.floor(0.01 * (footZ.length - 1))];
    skel.groundOffsetM = ground;
    for (let f = 0; f < F; f++) rootPositionM[f * 3 + 2] -= ground;
  }
  return skel;
}

/**
 * World positions of every joint (end sites included) at one frame, [joint][x, y, z], metres,
 * in the fitted frame (ground at z = 0; add groundOffsetM to z to get back the calibration world).
 */
export function forwardKinematics(skel: FittedSkeleton, frame: number): Float64Array {
  const J = skel.joints.length;
  const out = new Float64Array(J * 3);
  const globQ: Quat[] = new Array(J);
  for (let j = 0; j < J; j++) {
    const jt = skel.joints[j];
    const o = (frame * J + j) * 4;
    const local: Quat = [skel.localRotations[o], skel.localRotations[o + 1], skel.localRotations[o + 2], skel.localRotations[o + 3]];
    if (jt.parent < 0) {
      out.set(skel.rootPositionM.subarray(frame * 3, frame * 3 + 3), j * 3);
      globQ[j] = local;
    } else {
      const p = jt.parent;
      const d = quatRotate(globQ[p], jt.offsetM);
      out[j * 3] = out[p * 3] + d[0];
      out[j * 3 + 1] = out[p * 3 + 1] + d[1];
      out[j * 3 + 2] = out[p * 3 + 2] + d[2];
      globQ[j] = quatMul(globQ[p], local);
    }
  }
  return out;
}

/** Distances from each fitted joint to its parent at a frame (constant by construction; for checks). */
export function boneLengthsAt(skel: FittedSkeleton, frame: number): number[] {
  const P = forwardKinematics(skel, frame);
  return skel.joints.map((jt, j) =>
    jt.parent < 0 ? 0 : norm(sub(P.subarray(j * 3, j * 3 + 3), P.subarray(jt.parent * 3, jt.parent * 3 + 3))),
  );
}

function evaluateTarget(points: Points3D, t: Target, cache: Map<Target, TargetTrack>): Float64Array {
  const F = points.frames;
  const out = new Float64Array(F * 3);
  if (t.kind === 'mean') {
    for (let f = 0; f < F; f++) {
      for (let c = 0; c < 3; c++) {
        let s = 0;
        for (const k of t.keypoints) s += points.data[(f * points.joints + k) * 3 + c];
        out[f * 3 + c] = s / t.keypoints.length;
      }
    }
  } else {
    const a = cache.get(t.a)?.raw ?? evaluateTarget(points, t.a, cache);
    const b = cache.get(t.b)?.raw ?? evaluateTarget(points, t.b, cache);
    for (let i = 0; i < F * 3; i++) out[i] = a[i] + (b[i] - a[i]) * t.t;
  }
  return out;
}

/** Rotates v about the unit axis k by angle (radians), Rodrigues' formula. */
function rotateAbout(v: Vec3, k: Vec3, angle: number): Vec3 {
  const c = Math.cos(angle),
    s = Math.sin(angle);
  const kv = cross(k, v),
    kd = dot(k, v) * (1 - c);
  return [v[0] * c + kv[0] * s + k[0] * kd, v[1] * c + kv[1] * s + k[1] * kd, v[2] * c + kv[2] * s + k[2] * kd];
}

/** Linear interpolation over missing frames (per coordinate triple); the ends hold the nearest value. */
function fillGaps(raw: Float64Array, F: number): Float64Array {
  const out = raw.slice();
  let last = -1;
  for (let f = 0; f <= F; f++) {
    const ok = f < F && Number.isFinite(raw[f * 3]) && Number.isFinite(raw[f * 3 + 1]) && Number.isFinite(raw[f * 3 + 2]);
    if (f < F && !ok) continue;
    const from = last,
      to = f < F ? f : -1;
    for (let g = from + 1; g < (to < 0 ? F : to); g++) {
      for (let c = 0; c < 3; c++) {
        if (from < 0 && to < 0) out[g * 3 + c] = NaN;
        else if (from < 0) out[g * 3 + c] = raw[to * 3 + c];
        else if (to < 0) out[g * 3 + c] = raw[from * 3 + c];
        else out[g * 3 + c] = raw[from * 3 + c] + ((raw[to * 3 + c] - raw[from * 3 + c]) * (g - from)) / (to - from);
      }
    }
    last = f;
  }
  return out;
}

/** Median of the values within 3 scaled MADs of the median (robust to occasional bad triangulations). */
export function robustMedian(values: number[]): number {
  const med = median(values);
  const mad = 1.4826 * median(values.map((v) => Math.abs(v - med)));
  const tol = Math.max(3 * mad, 1e-9);
  const inliers = values.filter((v) => Math.abs(v - med) <= tol);
  return median(inliers.length ? inliers : values);
}

export type { HumanoidDefinition };
