// Joint angles from 3D keypoints, following the ISB joint coordinate system conventions as far as
// keypoints allow. Full definitions (with sign conventions and limits): docs/joint-angles.md.
//
// Segment frames (ISB axes: X anterior, Y superior, Z to the subject's right), built per frame:
// - pelvis: Z from the left to the right hip keypoint; Y the mid-hip → mid-shoulder direction made
//   perpendicular to Z; X = Y × Z. (Keypoints carry no ASIS/PSIS, so pelvic tilt is not observable:
//   "hip flexion" is the thigh relative to this trunk-aligned pelvis.)
// - thorax: the same with the shoulder keypoints instead of the hips.
// - thigh / shank: Y along the segment (distal → proximal); Z the pelvis' Z made perpendicular to Y
//   (keypoints give no axial rotation of the limbs); X = Y × Z.
// Angles, in degrees:
// - hip flexion / abduction: the first two angles of the Grood & Suntay joint coordinate system of the
//   thigh in the pelvis frame (flexion about pelvis Z, then ab/adduction about the floating axis):
//   flexion = atan2(d·X, −d·Y), abduction = asin(d·Z_lateral) for d the unit hip → knee vector.
// - shoulder flexion / abduction: the same decomposition for the humerus in the thorax frame, plus
//   shoulder elevation, the ISB (Y–X–Y) elevation angle (angle between humerus and −Y of the thorax).
// - knee flexion: rotation of the shank about the thigh's mediolateral axis, positive when the ankle
//   moves posterior, 0 for a straight leg: atan2(−s·X_thigh, −s·Y_thigh), s = knee → ankle.
// - ankle dorsiflexion: heel → toe vector in the shank frame, 0 when the foot is perpendicular to the
//   shank, positive toes up: atan2(f·Y_shank, f·X_shank). Needs heel and toe keypoints.
// - foot progression: heel → toe vector on the ground plane against the pelvis' horizontal heading,
//   positive toe-out (the toes turned away from the midline): atan2(±f·right, f·forward).
//   ref: Perry J., Burnfield J.M. (2010) Gait Analysis: Normal and Pathological Function, 2nd ed.
//   (foot progression angle: the foot's long axis against the line of progression, + external).
// - elbow flexion: angle between upper arm and forearm, 0 for a straight arm.
// - trunk lean: mid-hip → mid-shoulder against the world vertical: total, forward (towards the
//   pelvis' horizontal heading) and lateral (positive to the subject's right).
// ref: Wu G. et al. (2002) ISB recommendation on definitions of joint coordinate system of various joints
//      for the reporting of human joint motion — part I: ankle, hip, and spine. J Biomech 35:543–548.
//      Wu G. et al. (2005) … part II: shoulder, elbow, wrist and hand. J Biomech 38:981–992.
//      Grood E.S., Suntay W.J. (1983) A joint coordinate system for the clinical description of
//      three-dimensional motions: application to the knee. J Biomech Eng 105:136–144.

import type { Points3D } from '../core/types.ts';
import { getLayout } from '../core/layouts.ts';
import { cross, dot, normalize, scale, sub, type Vec3 } from '../skeleton/rotation.ts';
import { cell, jsonNum, timeS } from './formatNumbers.ts';

export interface AngleSeries {
  /** Machine name, e.g. "left_knee_flexion". */
  name: string;
  joint: 'hip' | 'knee' | 'ankle' | 'shoulder' | 'elbow' | 'trunk';
  side: 'left' | 'right' | 'none';
  /** One-line definition (sign convention included). */
  description: string;
  /** One value per frame, degrees; NaN where a needed keypoint is missing. */
  valuesDeg: Float64Array;
}

/** Joint angles over a take: one series per angle, in degrees. */
export interface JointAngles {
  layout: string;
  fps: number;
  frames: number;
  timestampsMs: Float64Array;
  angles: AngleSeries[];
}

/** Options of `jointAngles`. */
export interface JointAnglesOptions {
  /** World up direction (the calibration world's vertical). @defaultValue [0, 0, 1] */
  up?: Vec3;
}

const DEG = 180 / Math.PI;

/** Computes the joint angles of every frame. Angles whose keypoints the layout lacks are left out. */
export function jointAngles(points: Points3D, opts: JointAnglesOptions = {}): JointAngles {
  const layout = getLayout(points.layout);
  const up = normalize(opts.up ?? [0, 0, 1]);
  const F = points.frames;
  const idx = (n: string): number => layout.indexOf.get(n) ?? -1;
  const get = (f: number, k: number): Vec3 =>
    k < 0
      ? [NaN, NaN, NaN]
      : [
          points.data[(f * points.joints + k) * 3],
          points.data[(f * points.joints + k) * 3 + 1],
          points.data[(f * points.joints + k) * 3 + 2],
        ];
  const mid = (a: Vec3, b: Vec3): Vec3 => scale([a[0] + b[0], a[1] + b[1], a[2] + b[2]], 0.5);
  const K = Object.fromEntries(
    [
      'LHip',
      'RHip',
      'LKnee',
      'RKnee',
      'LAnkle',
      'RAnkle',
      'LShoulder',
      'RShoulder',
      'LElbow',
      'RElbow',
      'LWrist',
      'RWrist',
      'LHeel',
      'RHeel',
      'LBigToe',
      'RBigToe',
      'LSmallToe',
      'RSmallToe',
    ].map((n) => [n, idx(n)]),
  ) as Record<string, number>;
  for (const n of [
    'LHip',
    'RHip',
    'LKnee',
    'RKnee',
    'LAnkle',
    'RAnkle',
    'LShoulder',
    'RShoulder',
    'LElbow',
    'RElbow',
    'LWrist',
    'RWrist',
  ]) {
    if (K[n] < 0) throw new Error(`jointAngles: layout ${layout.name} has no ${n} keypoint`);
  }
  const hasFeet = (S: string): boolean => K[`${S}Heel`] >= 0 && K[`${S}BigToe`] >= 0;

  const series: AngleSeries[] = [];
  const add = (name: string, joint: AngleSeries['joint'], side: AngleSeries['side'], description: string): Float64Array => {
    const valuesDeg = new Float64Array(F).fill(NaN);
    series.push({ name, joint, side, description, valuesDeg });
    return valuesDeg;
  };
  type Sides = { S: 'L' | 'R'; side: 'left' | 'right'; lat: number };
  const sides: Sides[] = [
    { S: 'L', side: 'left', lat: -1 },
    { S: 'R', side: 'right', lat: 1 },
  ];
  const out: Record<string, Float64Array> = {};
  for (const { side, S } of sides) {
    out[`${side}_hip_flexion`] = add(
      `${side}_hip_flexion`,
      'hip',
      side,
      'thigh flexion in the pelvis frame (JCS, about pelvis Z); + = knee forward',
    );
    out[`${side}_hip_abduction`] = add(
      `${side}_hip_abduction`,
      'hip',
      side,
      'thigh abduction (JCS floating axis); + = knee away from the midline',
    );
    out[`${side}_knee_flexion`] = add(
      `${side}_knee_flexion`,
      'knee',
      side,
      'shank relative to thigh about the thigh mediolateral axis; 0 = straight, + = ankle backward',
    );
    if (hasFeet(S))
      out[`${side}_ankle_dorsiflexion`] = add(
        `${side}_ankle_dorsiflexion`,
        'ankle',
        side,
        'heel→toe vector in the shank frame; 0 = foot perpendicular to shank, + = toes up',
      );
    if (hasFeet(S))
      out[`${side}_foot_progression`] = add(
        `${side}_foot_progression`,
        'ankle',
        side,
        'heel→toe on the ground plane against the pelvis heading; + = toe-out',
      );
    out[`${side}_shoulder_flexion`] = add(
      `${side}_shoulder_flexion`,
      'shoulder',
      side,
      'humerus flexion in the thorax frame (about thorax Z); + = elbow forward',
    );
    out[`${side}_shoulder_abduction`] = add(
      `${side}_shoulder_abduction`,
      'shoulder',
      side,
      'humerus abduction (floating axis, ≤ 90°); + = elbow away from the body',
    );
    out[`${side}_shoulder_elevation`] = add(
      `${side}_shoulder_elevation`,
      'shoulder',
      side,
      'ISB Y-X-Y elevation: angle between humerus and the thorax downward axis, 0–180°',
    );
    out[`${side}_elbow_flexion`] = add(`${side}_elbow_flexion`, 'elbow', side, 'angle between upper arm and forearm; 0 = straight');
  }
  out.trunk_lean = add('trunk_lean', 'trunk', 'none', 'angle between mid-hip→mid-shoulder and the world vertical');
  out.trunk_lean_forward = add('trunk_lean_forward', 'trunk', 'none', 'trunk lean towards the pelvis heading (sagittal); + = forward');
  out.trunk_lean_lateral = add('trunk_lean_lateral', 'trunk', 'none', 'trunk lean sideways (frontal); + = towards the right');

  for (let f = 0; f < F; f++) {
    const P = (n: string): Vec3 => get(f, K[n]);
    const midHip = mid(P('LHip'), P('RHip'));
    const midSh = mid(P('LShoulder'), P('RShoulder'));
    const trunkUp = normalize(sub(midSh, midHip));
    const pelvis = segmentFrame(sub(P('RHip'), P('LHip')), trunkUp);
    const thorax = segmentFrame(sub(P('RShoulder'), P('LShoulder')), trunkUp);

    for (const { S, side, lat } of sides) {
      // Hip
      const d = normalize(sub(P(`${S}Knee`), P(`${S}Hip`)));
      const dl = toLocal(pelvis, d);
      out[`${side}_hip_flexion`][f] = Math.atan2(dl[0], -dl[1]) * DEG;
      out[`${side}_hip_abduction`][f] = Math.asin(clamp(lat * dl[2])) * DEG;
      // Knee
      const thigh = segmentFrame(pelvis.z, sub(P(`${S}Hip`), P(`${S}Knee`)), true);
      const s = toLocal(thigh, normalize(sub(P(`${S}Ankle`), P(`${S}Knee`))));
      out[`${side}_knee_flexion`][f] = Math.atan2(-s[0], -s[1]) * DEG;
      // Ankle
      if (hasFeet(S)) {
        const shank = segmentFrame(pelvis.z, sub(P(`${S}Knee`), P(`${S}Ankle`)), true);
        const toe = K[`${S}SmallToe`] >= 0 ? mid(P(`${S}BigToe`), P(`${S}SmallToe`)) : P(`${S}BigToe`);
        const fl = toLocal(shank, normalize(sub(toe, P(`${S}Heel`))));
        out[`${side}_ankle_dorsiflexion`][f] = Math.atan2(fl[1], fl[0]) * DEG;
        const heading = horizontalFrame(pelvis.x, up);
        const foot = sub(toe, P(`${S}Heel`));
        out[`${side}_foot_progression`][f] = Math.atan2(lat * dot(foot, heading.right), dot(foot, heading.fwd)) * DEG;
      }
      // Shoulder
      const h = toLocal(thorax, normalize(sub(P(`${S}Elbow`), P(`${S}Shoulder`))));
      out[`${side}_shoulder_flexion`][f] = Math.atan2(h[0], -h[1]) * DEG;
      out[`${side}_shoulder_abduction`][f] = Math.asin(clamp(lat * h[2])) * DEG;
      out[`${side}_shoulder_elevation`][f] = Math.atan2(Math.hypot(h[0], h[2]), -h[1]) * DEG;
      // Elbow
      const u = normalize(sub(P(`${S}Elbow`), P(`${S}Shoulder`)));
      const fa = normalize(sub(P(`${S}Wrist`), P(`${S}Elbow`)));
      out[`${side}_elbow_flexion`][f] = angleBetween(u, fa);
    }
    // Trunk
    const { fwd, right } = horizontalFrame(pelvis.x, up);
    out.trunk_lean[f] = angleBetween(trunkUp, up);
    out.trunk_lean_forward[f] = Math.atan2(dot(trunkUp, fwd), dot(trunkUp, up)) * DEG;
    out.trunk_lean_lateral[f] = Math.atan2(dot(trunkUp, right), dot(trunkUp, up)) * DEG;
  }
  return { layout: layout.name, fps: points.fps, frames: F, timestampsMs: points.timestampsMs.slice(), angles: series };
}

interface Frame {
  x: Vec3;
  y: Vec3;
  z: Vec3;
}

/**
 * ISB-style frame. Default: `first` is the Z (rightward) axis, kept exact; `second` the Y (up)
 * direction, made perpendicular to Z. With `yExact`, `second` is the exact Y axis and Z is `first`
 * made perpendicular to it (used for limb segments, whose long axis is the reliable one).
 */
function segmentFrame(first: Vec3, second: Vec3, yExact = false): Frame {
  let y: Vec3, z: Vec3;
  if (yExact) {
    y = normalize(second);
    z = normalize(sub(first, scale(y, dot(first, y))));
  } else {
    z = normalize(first);
    y = normalize(sub(second, scale(z, dot(second, z))));
  }
  return { x: cross(y, z), y, z };
}

/** The pelvis heading made horizontal, and the subject's right on the ground plane. */
function horizontalFrame(pelvisX: Vec3, up: Vec3): { fwd: Vec3; right: Vec3 } {
  const fwd = normalize(sub(pelvisX, scale(up, dot(pelvisX, up))));
  return { fwd, right: cross(fwd, up) };
}

const toLocal = (fr: Frame, v: Vec3): Vec3 => [dot(v, fr.x), dot(v, fr.y), dot(v, fr.z)];
const clamp = (v: number): number => Math.max(-1, Math.min(1, v));
/** Angle between two unit vectors in degrees (atan2 form: accurate near 0° and 180°, unlike acos). */
const angleBetween = (a: Vec3, b: Vec3): number => {
  const c = cross(a, b);
  return Math.atan2(Math.hypot(c[0], c[1], c[2]), dot(a, b)) * DEG;
};

/** CSV (from angles, or from points with default options): one row per frame: frame, time_s, then one column per angle named `<name>_deg`; empty cell = missing. */
export function formatJointAnglesCsv(input: JointAngles | Points3D, decimals = 2): string {
  const a = 'angles' in input ? input : jointAngles(input);
  const lines = [['frame', 'time_s', ...a.angles.map((s) => `${s.name}_deg`)].join(',')];
  for (let f = 0; f < a.frames; f++) {
    lines.push([String(f), timeS(a.timestampsMs, a.fps, f).toFixed(4), ...a.angles.map((s) => cell(s.valuesDeg[f], decimals))].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Column-oriented JSON: definitions and one array of values per angle (null = missing). */
export function formatJointAnglesJson(input: JointAngles | Points3D, decimals = 2): string {
  const a = 'angles' in input ? input : jointAngles(input);
  return JSON.stringify({
    layout: a.layout,
    fps: a.fps,
    frames: a.frames,
    units: 'deg',
    definitions: 'docs/joint-angles.md',
    time_s: Array.from({ length: a.frames }, (_, f) => Number(timeS(a.timestampsMs, a.fps, f).toFixed(4))),
    angles: Object.fromEntries(
      a.angles.map((s) => [
        s.name,
        { joint: s.joint, side: s.side, description: s.description, values: Array.from(s.valuesDeg, (v) => jsonNum(v, decimals)) },
      ]),
    ),
  });
}
