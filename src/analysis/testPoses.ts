// Hand-built poses for the analysis tests (a test helper, not used by the pipeline).
// Neutral standing pose: metres, Z up, facing −Y, the subject's left at +X, hips 0.9 m high.

import type { Points3D } from '../core/types.ts';
import { getLayout } from '../core/layouts.ts';
import type { Vec3 } from '../skeleton/rotation.ts';

export type Pose = Record<string, Vec3>;

export function neutralPose(): Pose {
  return {
    Hip: [0, 0, 0.9],
    LHip: [0.1, 0, 0.9],
    RHip: [-0.1, 0, 0.9],
    LKnee: [0.1, 0, 0.5],
    RKnee: [-0.1, 0, 0.5],
    LAnkle: [0.1, 0, 0.1],
    RAnkle: [-0.1, 0, 0.1],
    LHeel: [0.1, 0.05, 0.02],
    RHeel: [-0.1, 0.05, 0.02],
    LBigToe: [0.12, -0.15, 0.02],
    LSmallToe: [0.08, -0.15, 0.02],
    RBigToe: [-0.12, -0.15, 0.02],
    RSmallToe: [-0.08, -0.15, 0.02],
    Neck: [0, 0, 1.5],
    LShoulder: [0.2, 0, 1.5],
    RShoulder: [-0.2, 0, 1.5],
    LElbow: [0.2, 0, 1.2],
    RElbow: [-0.2, 0, 1.2],
    LWrist: [0.2, 0, 0.95],
    RWrist: [-0.2, 0, 0.95],
    Head: [0, 0, 1.75],
    Nose: [0, -0.1, 1.62],
    LEye: [0.03, -0.08, 1.65],
    REye: [-0.03, -0.08, 1.65],
    LEar: [0.07, 0, 1.62],
    REar: [-0.07, 0, 1.62],
  };
}

/** Rotates the named points of a pose about an axis through a pivot (right-hand rule, degrees). */
export function rotatePoints(pose: Pose, names: string[], axis: Vec3, angleDeg: number, pivot: Vec3): Pose {
  const out: Pose = { ...pose };
  const n = Math.hypot(...axis);
  const [x, y, z] = axis.map((v) => v / n);
  const t = (angleDeg * Math.PI) / 180;
  const c = Math.cos(t),
    s = Math.sin(t),
    C = 1 - c;
  const R = [
    c + x * x * C,
    x * y * C - z * s,
    x * z * C + y * s,
    y * x * C + z * s,
    c + y * y * C,
    y * z * C - x * s,
    z * x * C - y * s,
    z * y * C + x * s,
    c + z * z * C,
  ];
  for (const name of names) {
    const p = pose[name];
    const d = [p[0] - pivot[0], p[1] - pivot[1], p[2] - pivot[2]];
    out[name] = [0, 1, 2].map((r) => pivot[r] + R[r * 3] * d[0] + R[r * 3 + 1] * d[1] + R[r * 3 + 2] * d[2]) as Vec3;
  }
  return out;
}

/** Points3D of one or more poses in a layout (keypoints the pose lacks are NaN). */
export function posesToPoints(poses: Pose[], layoutName = 'halpe26', fps = 30): Points3D {
  const layout = getLayout(layoutName);
  const J = layout.keypoints.length;
  const data = new Float64Array(poses.length * J * 3).fill(NaN);
  poses.forEach((pose, f) =>
    layout.keypoints.forEach((name, j) => {
      if (pose[name]) data.set(pose[name], (f * J + j) * 3);
    }),
  );
  return {
    layout: layout.name,
    fps,
    frames: poses.length,
    joints: J,
    data,
    reprojectionErrorPx: new Float32Array(poses.length * J),
    cameraMask: new Uint32Array(poses.length * J),
    timestampsMs: Float64Array.from(poses, (_, f) => (f * 1000) / fps),
  };
}

export const LEG = (S: 'L' | 'R'): string[] => [`${S}Knee`, `${S}Ankle`, `${S}Heel`, `${S}BigToe`, `${S}SmallToe`];
export const FOOT = (S: 'L' | 'R'): string[] => [`${S}Heel`, `${S}BigToe`, `${S}SmallToe`];
export const ARM = (S: 'L' | 'R'): string[] => [`${S}Elbow`, `${S}Wrist`];
export const UPPER_BODY = [
  'Neck',
  'LShoulder',
  'RShoulder',
  'LElbow',
  'RElbow',
  'LWrist',
  'RWrist',
  'Head',
  'Nose',
  'LEye',
  'REye',
  'LEar',
  'REar',
];
