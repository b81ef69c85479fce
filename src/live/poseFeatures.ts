// Per-frame coaching measures from one person's keypoints: the joint angles drawn by the joints in the
// live coach (knee, hip, elbow, trunk lean, arm raise) and the quantities the form cues test (knee
// valgus, body line). Works on 2D image keypoints (x right, y down: one camera) and on 3D points
// (BlazePose world landmarks or triangulated joints, with an "up" direction). Keypoints are looked up
// by name in the layout table (COCO-17, BlazePose-33, HALPE-26 …), so no layout-specific code.
// Definitions (degrees; NaN when a needed keypoint is missing or below the score threshold):
// - knee flexion = 180° − the angle hip–knee–ankle (0 = straight leg);
// - hip flexion = 180° − the angle shoulder–hip–knee (0 = standing straight);
// - elbow flexion = 180° − the angle shoulder–elbow–wrist;
// - arm raise = the angle between shoulder→elbow and shoulder→hip (0 = arm down, 180 = overhead);
// - trunk lean = the angle between mid-hip→mid-shoulder and "up";
// - body line = 180° − the angle shoulder–hip–ankle (0 = a straight plank);
// - knee valgus ratio = knee spacing / ankle spacing along the hip line made horizontal (< 1: knees
//   inside the feet); from one camera it is a frontal-plane measure, so it is given (not NaN) only
//   while the person faces the camera (facesCamera, thresholds below and in docs/live.md).
// These are planar (2D) or 3D segment angles, not the ISB joint coordinate system of
// src/analysis/jointAngles.ts: what a coach reads off one camera. Pure (no I/O).
import { getLayout } from '../core/layouts.ts';

export interface PoseFeatures {
  leftKneeFlexionDeg: number;
  rightKneeFlexionDeg: number;
  leftHipFlexionDeg: number;
  rightHipFlexionDeg: number;
  leftElbowFlexionDeg: number;
  rightElbowFlexionDeg: number;
  leftArmRaiseDeg: number;
  rightArmRaiseDeg: number;
  trunkLeanDeg: number;
  bodyLineDeg: number;
  kneeValgusRatio: number;
  /**
   * With a camera axis (world landmarks): how far the body is turned from facing the camera, degrees
   * (0 = facing it or its back to it, 90 = side-on), the mean over the hip and shoulder lines. NaN otherwise.
   */
  facingYawDeg: number;
  /** Whether the hips face the camera well enough for a frontal-plane measure (the knee valgus ratio). */
  facesCamera: boolean;
}

/**
 * Facing the camera, judged from world landmarks: the hip and shoulder lines turned at most this far
 * from the image plane (mean of both). On rendered squats (src/live/kneeValgusRendered.test.ts)
 * BlazePose lite's world landmarks put a body facing the camera at 1–12° while squatting, one turned
 * 45° from it at 34–45°, one turned 43–83° at ≥ 33°.
 */
export const FACING_MAX_YAW_DEG = 30;
/**
 * Facing the camera, judged from 2D keypoints (no world landmarks): hip width ≥ this × trunk length
 * (mid-hip to mid-shoulder) and shoulder width ≥ FACING_MIN_SHOULDERS_TO_TRUNK × trunk length. Facing
 * the camera the rendered body measured ≥ 0.34 and ≥ 0.60; turned 63° from it mostly 0.18–0.25 and 0.21–0.36.
 */
export const FACING_MIN_HIPS_TO_TRUNK = 0.3;
export const FACING_MIN_SHOULDERS_TO_TRUNK = 0.55;

export interface PoseFeaturesOptions {
  /** Values per keypoint: 2 ([x, y, score], image) or 3 ([x, y, z], world). Defaults to 2. */
  dims?: 2 | 3;
  /** Keypoints scored below this are treated as missing (2D only). Defaults to 0.3. */
  minScore?: number;
  /** "Up" in the keypoints' frame. Defaults to [0, -1] in 2D (image y points down), [0, 0, 1] in 3D. */
  up?: number[];
  /**
   * 3D only: the camera's viewing direction in the keypoints' frame (BlazePose world landmarks: [0, 0, 1]).
   * When given, the knee valgus ratio is measured only while the body faces the camera (facingYawDeg ≤
   * FACING_MAX_YAW_DEG; NaN otherwise: from the side, knee spacing is depth, which one camera measures
   * poorly). Without it, 3D points (triangulated) are measured at any facing. 2D keypoints are one
   * camera's view: the valgus ratio is given only when hip and shoulder widths say the body faces it.
   */
  cameraAxis?: number[];
}

const DEG = 180 / Math.PI;

/** Angle at b between a−b and c−b, degrees (NaN when any point is missing or degenerate). */
function angleAt(a: number[] | undefined, b: number[] | undefined, c: number[] | undefined): number {
  if (!a || !b || !c) return NaN;
  let dot = 0,
    na = 0,
    nc = 0;
  for (let i = 0; i < a.length; i++) {
    const u = a[i] - b[i],
      v = c[i] - b[i];
    dot += u * v;
    na += u * u;
    nc += v * v;
  }
  if (!(na > 0 && nc > 0)) return NaN;
  return Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(na * nc)))) * DEG;
}

function angleBetween(u: number[], v: number[]): number {
  let dot = 0,
    nu = 0,
    nv = 0;
  for (let i = 0; i < u.length; i++) {
    dot += u[i] * v[i];
    nu += u[i] * u[i];
    nv += v[i] * v[i];
  }
  if (!(nu > 0 && nv > 0)) return NaN;
  return Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(nu * nv)))) * DEG;
}

const mid = (a: number[] | undefined, b: number[] | undefined): number[] | undefined =>
  a && b ? a.map((x, i) => (x + b[i]) / 2) : undefined;

/**
 * The coaching measures of one person in one frame. `keypoints` is laid out per joint as
 * [x, y, score] (dims 2) or [x, y, z] (dims 3), in `layout`'s keypoint order.
 */
export function poseFeatures(keypoints: ArrayLike<number>, layout: string, opts: PoseFeaturesOptions = {}): PoseFeatures {
  const L = getLayout(layout);
  const dims = opts.dims ?? 2;
  const stride = 3;
  const minScore = opts.minScore ?? 0.3;
  const up = opts.up ?? (dims === 2 ? [0, -1] : [0, 0, 1]);
  const get = (name: string): number[] | undefined => {
    const j = L.indexOf.get(name);
    if (j === undefined) return undefined;
    const o = j * stride;
    const p = dims === 2 ? [keypoints[o], keypoints[o + 1]] : [keypoints[o], keypoints[o + 1], keypoints[o + 2]];
    if (!p.every(Number.isFinite)) return undefined;
    if (dims === 2 && !(keypoints[o + 2] >= minScore)) return undefined;
    return p;
  };
  const [ls, rs, le, re, lw, rw, lh, rh, lk, rk, la, ra] = [
    'LShoulder',
    'RShoulder',
    'LElbow',
    'RElbow',
    'LWrist',
    'RWrist',
    'LHip',
    'RHip',
    'LKnee',
    'RKnee',
    'LAnkle',
    'RAnkle',
  ].map(get);
  const flex = (a: number[] | undefined, b: number[] | undefined, c: number[] | undefined): number => 180 - angleAt(a, b, c);
  const midHip = mid(lh, rh),
    midShoulder = mid(ls, rs);
  const trunkLeanDeg =
    midHip && midShoulder
      ? angleBetween(
          midShoulder.map((x, i) => x - midHip[i]),
          up,
        )
      : NaN;
  const line = [flex(ls, lh, la), flex(rs, rh, ra)].filter(Number.isFinite);
  // Spacing along the body's left–right axis: the hip line made horizontal (perpendicular to "up"),
  // so depth errors of a single camera's landmarks do not count as spacing.
  const n = Math.hypot(...up);
  const horizontalPart = (d: number[]): number[] => {
    const along = d.reduce((s, x, i) => s + (x * up[i]) / n, 0);
    return d.map((x, i) => x - (along * up[i]) / n);
  };
  const lateral = lh && rh ? horizontalPart(rh.map((x, i) => x - lh[i])) : undefined;
  const lateralNorm = lateral ? Math.hypot(...lateral) : 0;
  const spacing = (a: number[] | undefined, b: number[] | undefined): number => {
    if (!a || !b || !lateral || !(lateralNorm > 0)) return NaN;
    return Math.abs(b.reduce((s, x, i) => s + ((x - a[i]) * lateral[i]) / lateralNorm, 0));
  };
  const cam = opts.cameraAxis;
  // The angle of a left–right line (made horizontal) out of the image plane: asin(|d·axis| / |d||axis|).
  const yaw = (a: number[] | undefined, b: number[] | undefined): number => {
    if (!a || !b || !cam) return NaN;
    const d = horizontalPart(b.map((x, i) => x - a[i]));
    const nd = Math.hypot(...d),
      nc = Math.hypot(...cam);
    if (!(nd > 0 && nc > 0)) return NaN;
    return Math.asin(Math.min(1, Math.abs(d.reduce((s, x, i) => s + x * cam[i], 0)) / (nd * nc))) * DEG;
  };
  const yaws = [yaw(lh, rh), yaw(ls, rs)].filter(Number.isFinite);
  const facingYawDeg = dims === 3 && cam && yaws.length ? yaws.reduce((s, x) => s + x, 0) / yaws.length : NaN;
  let facesCamera: boolean;
  if (dims === 3) facesCamera = !cam || facingYawDeg <= FACING_MAX_YAW_DEG;
  else {
    const dist = (a: number[] | undefined, b: number[] | undefined): number => (a && b ? Math.hypot(a[0] - b[0], a[1] - b[1]) : NaN);
    const trunk = dist(midHip, midShoulder);
    facesCamera = trunk > 0 && dist(lh, rh) >= FACING_MIN_HIPS_TO_TRUNK * trunk && dist(ls, rs) >= FACING_MIN_SHOULDERS_TO_TRUNK * trunk;
  }
  const ankleGap = facesCamera ? spacing(la, ra) : NaN;
  return {
    leftKneeFlexionDeg: flex(lh, lk, la),
    rightKneeFlexionDeg: flex(rh, rk, ra),
    leftHipFlexionDeg: flex(ls, lh, lk),
    rightHipFlexionDeg: flex(rs, rh, rk),
    leftElbowFlexionDeg: flex(ls, le, lw),
    rightElbowFlexionDeg: flex(rs, re, rw),
    leftArmRaiseDeg: angleAt(le, ls, lh),
    rightArmRaiseDeg: angleAt(re, rs, rh),
    trunkLeanDeg,
    bodyLineDeg: line.length ? line.reduce((s, x) => s + x, 0) / line.length : NaN,
    kneeValgusRatio: ankleGap > 0 ? spacing(lk, rk) / ankleGap : NaN,
    facingYawDeg,
    facesCamera,
  };
}

/**
 * The live coach's measures of one frame: from BlazePose's world landmarks when the model gives them
 * (metres, y down, the camera looking along +z: angles that do not shrink as the person turns, and
 * facing judged from the hip and shoulder lines), else from the 2D keypoints.
 */
export function coachFeatures(keypoints: ArrayLike<number>, world: ArrayLike<number> | null, layout: string): PoseFeatures {
  return world ? poseFeatures(world, layout, { dims: 3, up: [0, -1, 0], cameraAxis: [0, 0, 1] }) : poseFeatures(keypoints, layout);
}
