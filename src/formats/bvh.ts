// BVH (Biovision Hierarchy) writer for a fitted skeleton.
//
// - Axes: Y up, the character facing +Z, its left hand at +X (converted from the calibration
//   world's Z up: (x, y, z)_world → (x, z, −y)_bvh), as Blender, MotionBuilder, Maya and three.js expect.
// - Units: centimetres by default (the usual BVH / Mixamo scale; Blender's importer takes a scale
//   factor, 0.01 for metres); `units: 'm'` writes metres.
// - Rest pose (the OFFSETs): a T-pose with the fitted, constant bone lengths.
// - Rotations: Euler angles in degrees, one CHANNELS line per joint stating the order. BVH readers
//   compose channels left to right (R = R_first · R_second · R_third). By default each joint gets the
//   order whose middle axis is the bone's own long axis (twist), which stays far from ±90° and so
//   keeps clear of gimbal lock: "Zrotation Xrotation Yrotation" for arm bones (long axis X),
//   "Zrotation Yrotation Xrotation" for legs, spine and head (long axis Y), "Yrotation Zrotation
//   Xrotation" for the feet (long axis Z), and "Yrotation Xrotation Zrotation" for the root (heading
//   first). `rotationOrder: 'ZXY'` etc. forces one order for every joint.
// ref: "Biovision BVH" format description, M. Meredith & S. Maddock, "Motion capture file formats
//      explained", University of Sheffield, 2001.

import { Euler, Quaternion } from 'three';
import type { FittedSkeleton } from '../skeleton/fitSkeleton.ts';

export type BvhAxisOrder = 'XYZ' | 'XZY' | 'YXZ' | 'YZX' | 'ZXY' | 'ZYX';

/** Options of `formatBvh` and `writeBvh`. */
export interface FormatBvhOptions {
  /** 'standard' (Hips, Spine, LeftUpLeg …) or 'mixamo' (mixamorig:Hips …). @defaultValue "standard" */
  names?: 'standard' | 'mixamo';
  /** Length unit of OFFSETs and root positions. @defaultValue "cm" */
  units?: 'cm' | 'm';
  /** 'auto' picks a gimbal-safe order per joint (see above); otherwise one order for all. @defaultValue "auto" */
  rotationOrder?: 'auto' | BvhAxisOrder;
  /** Decimal places in the MOTION section. @defaultValue 6 */
  decimals?: number;
}

/** Calibration world (Z up) → BVH / glTF (Y up). */
export const zUpToYUp = (v: ArrayLike<number>): [number, number, number] => [v[0], v[2], -v[1]];
/** The same change of axes applied to a rotation quaternion [x, y, z, w]. */
export const zUpToYUpQuat = (q: ArrayLike<number>): [number, number, number, number] => [q[0], q[2], -q[1], q[3]];

/** Joint names as written by the exporters. */
export function exportJointName(name: string, names: 'standard' | 'mixamo' = 'standard'): string {
  return names === 'mixamo' ? `mixamorig:${name}` : name;
}

/** The rotation order the BVH writer uses for a joint (see the file comment). */
export function bvhRotationOrder(skel: FittedSkeleton, joint: number, forced: 'auto' | BvhAxisOrder = 'auto'): BvhAxisOrder {
  if (forced !== 'auto') return forced;
  if (skel.joints[joint].parent < 0) return 'YXZ';
  // The bone's long axis: the direction to its (first) child in the rest pose, in Y-up axes.
  const child = skel.joints.findIndex((j) => j.parent === joint);
  const d = zUpToYUp(child >= 0 ? skel.joints[child].offsetM : skel.joints[joint].offsetM);
  const ax = [Math.abs(d[0]), Math.abs(d[1]), Math.abs(d[2])];
  const long = ax[0] >= ax[1] && ax[0] >= ax[2] ? 0 : ax[1] >= ax[2] ? 1 : 2;
  return (['ZXY', 'ZYX', 'YZX'] as const)[long];
}

/** Writes the fitted skeleton and its motion as BVH text. */
export function formatBvh(skel: FittedSkeleton, opts: FormatBvhOptions = {}): string {
  return [...bvhChunks(skel, opts)].join('');
}

/** Frames per chunk of bvhChunks. */
const CHUNK_FRAMES = 1024;

/**
 * The same BVH as formatBvh, as consecutive text chunks (the hierarchy, then CHUNK_FRAMES motion lines
 * each): what the exporter writes, since an hour of motion can be longer than a JavaScript string may be.
 */
export function* bvhChunks(skel: FittedSkeleton, opts: FormatBvhOptions = {}): Generator<string> {
  const unit = (opts.units ?? 'cm') === 'cm' ? 100 : 1;
  const dec = opts.decimals ?? 6;
  const J = skel.joints.length;
  const children: number[][] = skel.joints.map(() => []);
  skel.joints.forEach((j, i) => {
    if (j.parent >= 0) children[j.parent].push(i);
  });
  const orders = skel.joints.map((_, j) => bvhRotationOrder(skel, j, opts.rotationOrder ?? 'auto'));
  const num = (v: number, d: number): string => {
    const s = v.toFixed(d);
    return s === `-${(0).toFixed(d)}` ? (0).toFixed(d) : s;
  };
  const vec = (v: ArrayLike<number>): string =>
    zUpToYUp(v)
      .map((x) => num(x * unit, 6))
      .join(' ');

  const lines: string[] = ['HIERARCHY'];
  const motionJoints: number[] = []; // joints with channels, in file order
  const writeJoint = (j: number, depth: number): void => {
    const pad = '  '.repeat(depth);
    const jt = skel.joints[j];
    if (jt.endSite) {
      lines.push(`${pad}End Site`, `${pad}{`, `${pad}  OFFSET ${vec(jt.offsetM)}`, `${pad}}`);
      return;
    }
    const rot = orders[j]
      .split('')
      .map((a) => `${a}rotation`)
      .join(' ');
    lines.push(`${pad}${jt.parent < 0 ? 'ROOT' : 'JOINT'} ${exportJointName(jt.name, opts.names)}`, `${pad}{`);
    lines.push(`${pad}  OFFSET ${vec(jt.parent < 0 ? [0, 0, 0] : jt.offsetM)}`);
    lines.push(jt.parent < 0 ? `${pad}  CHANNELS 6 Xposition Yposition Zposition ${rot}` : `${pad}  CHANNELS 3 ${rot}`);
    motionJoints.push(j);
    const kids = children[j];
    if (kids.length === 0) {
      lines.push(`${pad}  End Site`, `${pad}  {`, `${pad}    OFFSET 0 0 0`, `${pad}  }`);
    }
    // BVH allows one End Site per joint, and only without other children: extra end sites become joints.
    let endSiteWritten = false;
    for (const k of kids) {
      if (skel.joints[k].endSite && (endSiteWritten || kids.length > 1)) {
        lines.push(
          `${pad}  JOINT ${exportJointName(skel.joints[k].name, opts.names)}`,
          `${pad}  {`,
          `${pad}    OFFSET ${vec(skel.joints[k].offsetM)}`,
          `${pad}    CHANNELS 3 ${orders[k]
            .split('')
            .map((a) => `${a}rotation`)
            .join(' ')}`,
          `${pad}    End Site`,
          `${pad}    {`,
          `${pad}      OFFSET 0 0 0`,
          `${pad}    }`,
          `${pad}  }`,
        );
        motionJoints.push(k);
        continue;
      }
      if (skel.joints[k].endSite) endSiteWritten = true;
      writeJoint(k, depth + 1);
    }
    lines.push(`${pad}}`);
  };
  writeJoint(
    skel.joints.findIndex((j) => j.parent < 0),
    0,
  );

  lines.push('MOTION', `Frames: ${skel.frames}`, `Frame Time: ${(1 / skel.fps).toFixed(8)}`);
  yield `${lines.join('\n')}\n`;
  lines.length = 0;
  const q = new Quaternion();
  const e = new Euler();
  const toDeg = 180 / Math.PI;
  for (let f = 0; f < skel.frames; f++) {
    const row: string[] = [];
    for (const j of motionJoints) {
      if (skel.joints[j].parent < 0) {
        for (const v of zUpToYUp(skel.rootPositionM.subarray(f * 3, f * 3 + 3))) row.push(num(v * unit, dec));
      }
      const o = (f * J + j) * 4;
      q.fromArray(zUpToYUpQuat(skel.localRotations.subarray(o, o + 4)));
      e.setFromQuaternion(q, orders[j]);
      for (const axis of orders[j]) {
        const a = axis === 'X' ? e.x : axis === 'Y' ? e.y : e.z;
        row.push(num(a * toDeg, dec));
      }
    }
    lines.push(row.join(' '));
    if (lines.length === CHUNK_FRAMES) {
      yield `${lines.join('\n')}\n`;
      lines.length = 0;
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}
