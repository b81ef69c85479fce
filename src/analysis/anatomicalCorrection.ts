// Joint definitions made explicit: each pose model labels some keypoints away from the anatomical
// landmark the same name means in a biomechanics marker set (a network's "hip" sits a few centimetres
// above and in front of the hip joint centre, its "nose" on the tip, its "heel" on the sole…). This
// module measures those labelling offsets against known truth and takes them back out.
//
// Offsets are expressed in the frame of the segment the joint belongs to, so that they turn with it
// (ISB-style axes, as in jointAngles.ts: X anterior, Y superior, Z right): the trunk (Z from the left
// to the right hip, Y mid-hip → mid-shoulder made perpendicular to Z) for the head, shoulders and hips;
// the thigh, shank, upper arm and forearm (Y along the segment, Z the trunk's Z made perpendicular)
// for knees, ankles, elbows and wrists; the foot (X heel → toe) for heels and toes. One constant
// vector per joint, in millimetres.
// ref: Wu G. et al. (2002) ISB recommendation … part I, J Biomech 35:543–548 (segment axes);
//      Needham L. et al. (2021) The accuracy of several pose estimation methods for 3D joint centre
//      localisation, Sci Rep 11:20673 (systematic, model-specific keypoint offsets from joint centres).
import { UserError } from '../core/errors.ts';
import type { Points3D } from '../core/types.ts';
import { getLayout } from '../core/layouts.ts';
import { cross, dot, normalize, scale, sub, type Vec3 } from '../skeleton/rotation.ts';

/** Per joint name: the model's keypoint minus the anatomical landmark, in its segment's frame [X, Y, Z] (see above), mm. */
export type JointOffsets = Record<string, Vec3>;

interface Axes {
  x: Vec3;
  y: Vec3;
  z: Vec3;
}

type Getter = (name: string) => Vec3 | undefined;

function getter(points: Points3D, f: number): Getter {
  const L = getLayout(points.layout);
  return (n) => {
    const j = L.indexOf.get(n);
    if (j === undefined) return undefined;
    const o = (f * points.joints + j) * 3;
    const v: Vec3 = [points.data[o], points.data[o + 1], points.data[o + 2]];
    return v.every(Number.isFinite) ? v : undefined;
  };
}

const finite = (a: Axes): Axes | undefined => ([...a.x, ...a.y, ...a.z].every(Number.isFinite) ? a : undefined);

function trunkAxes(p: Getter): Axes | undefined {
  const [lh, rh, ls, rs] = [p('LHip'), p('RHip'), p('LShoulder'), p('RShoulder')];
  if (!lh || !rh || !ls || !rs) return undefined;
  const z = normalize(sub(rh, lh));
  const up = sub(scale([ls[0] + rs[0], ls[1] + rs[1], ls[2] + rs[2]], 0.5), scale([lh[0] + rh[0], lh[1] + rh[1], lh[2] + rh[2]], 0.5));
  const y = normalize(sub(up, scale(z, dot(up, z))));
  return finite({ x: cross(y, z), y, z });
}

/** A limb segment: Y from distal to proximal, Z the trunk's Z made perpendicular to it, X = Y × Z. */
function limbAxes(trunk: Axes, proximal?: Vec3, distal?: Vec3): Axes | undefined {
  if (!proximal || !distal) return undefined;
  const y = normalize(sub(proximal, distal));
  const z = normalize(sub(trunk.z, scale(y, dot(trunk.z, y))));
  return finite({ x: cross(y, z), y, z });
}

/** The foot: X heel → toe, Y the shank's Y made perpendicular to it, Z = X × Y. */
function footAxes(shank: Axes, heel?: Vec3, toe?: Vec3): Axes | undefined {
  if (!heel || !toe) return undefined;
  const x = normalize(sub(toe, heel));
  const y = normalize(sub(shank.y, scale(x, dot(shank.y, x))));
  return finite({ x, y, z: cross(x, y) });
}

/**
 * The frame each joint's offset is expressed in: the foot for heels and toes, the shank for ankles,
 * the thigh for knees, the forearm for wrists, the upper arm for elbows, the trunk for the rest
 * (head, shoulders, hips). Undefined where the needed keypoints are missing.
 */
function jointAxes(p: Getter, name: string): Axes | undefined {
  const trunk = trunkAxes(p);
  if (!trunk) return undefined;
  const S = name[0] === 'L' || name[0] === 'R' ? name[0] : '';
  if (/^[LR](Heel|BigToe|SmallToe)$/.test(name)) {
    const shank = limbAxes(trunk, p(`${S}Knee`), p(`${S}Ankle`));
    return shank && footAxes(shank, p(`${S}Heel`), p(`${S}BigToe`));
  }
  if (/^[LR]Ankle$/.test(name)) return limbAxes(trunk, p(`${S}Knee`), p(`${S}Ankle`));
  if (/^[LR]Knee$/.test(name)) return limbAxes(trunk, p(`${S}Hip`), p(`${S}Knee`));
  if (/^[LR]Wrist$/.test(name)) return limbAxes(trunk, p(`${S}Elbow`), p(`${S}Wrist`));
  if (/^[LR]Elbow$/.test(name)) return limbAxes(trunk, p(`${S}Shoulder`), p(`${S}Elbow`));
  return trunk;
}

/**
 * The mean offset (estimate − truth) of every joint both layouts name, in the estimate's segment frames, mm.
 * Frames are paired by index; joints missing in either are skipped.
 */
export function measureJointOffsets(estimate: Points3D, truth: Points3D): JointOffsets {
  const le = getLayout(estimate.layout), lt = getLayout(truth.layout);
  const out: JointOffsets = {};
  for (const [je, name] of le.keypoints.entries()) {
    const jt = lt.indexOf.get(name);
    if (jt === undefined) continue;
    const sum: Vec3 = [0, 0, 0];
    let n = 0;
    for (let f = 0; f < Math.min(estimate.frames, truth.frames); f++) {
      const fr = jointAxes(getter(estimate, f), name);
      if (!fr) continue;
      const oe = (f * estimate.joints + je) * 3, ot = (f * truth.joints + jt) * 3;
      const d: Vec3 = [0, 1, 2].map((k) => (estimate.data[oe + k] - truth.data[ot + k]) * 1000) as Vec3;
      if (!d.every(Number.isFinite)) continue;
      sum[0] += dot(d, fr.x);
      sum[1] += dot(d, fr.y);
      sum[2] += dot(d, fr.z);
      n++;
    }
    if (n) out[name] = [sum[0] / n, sum[1] / n, sum[2] / n];
  }
  return out;
}

/**
 * A copy of `points` with each listed joint moved back by its offset (turned into the world by its
 * segment's frame in that frame, built from the uncorrected points). Joints whose segment is missing stay as they are.
 */
export function applyJointOffsets(points: Points3D, offsets: JointOffsets): Points3D {
  const L = getLayout(points.layout);
  const data = points.data.slice();
  const moves = Object.entries(offsets).flatMap(([name, o]) => {
    const j = L.indexOf.get(name);
    return j === undefined ? [] : [{ name, j, o: scale(o, 0.001) }];
  });
  for (let f = 0; f < points.frames; f++) {
    const p = getter(points, f); // the uncorrected points: frames as measured
    for (const { name, j, o } of moves) {
      const fr = jointAxes(p, name);
      if (!fr) continue;
      const b = (f * points.joints + j) * 3;
      for (let k = 0; k < 3; k++) data[b + k] -= o[0] * fr.x[k] + o[1] * fr.y[k] + o[2] * fr.z[k];
    }
  }
  return { ...points, data };
}

/**
 * The joints the correction moves: head, shoulders and hips, whose keypoints are labelled on the
 * surface (nose tip, shoulder top, a hip point above and in front of the joint centre). Limb joints
 * are left alone: on the demo, limb offsets measured on one motion (seed 1) did not carry over to
 * another (seed 2) — BlazePose full's ankle angle error went from 3.7° to 6.3°, knee from 5.9° to 7.9°.
 */
export const CORRECTED_JOINTS = ['Nose', 'LEye', 'REye', 'LEar', 'REar', 'LShoulder', 'RShoulder', 'LHip', 'RHip'];

/** The offsets of CORRECTED_JOINTS only. */
export function correctedSubset(offsets: JointOffsets): JointOffsets {
  return Object.fromEntries(Object.entries(offsets).filter(([n]) => CORRECTED_JOINTS.includes(n)));
}

/**
 * Labelling offsets per keypoint layout, measured on the rendered demo (known truth, seed 1, 60
 * frames; `npm run bench -- models` prints them) with the model named: keypoint − anatomical landmark,
 * trunk frame [anterior, superior, right], mm (CORRECTED_JOINTS only). Judged on another motion (seed 2): docs/models.md.
 */
export const MEASURED_OFFSETS: Record<string, { model: string; offsets: JointOffsets }> = {
  coco17: {
    model: 'movenet-lightning',
    offsets: {
      Nose: [-26, 26, -12], LEye: [-30, 12, -7], REye: [-28, 11, -12], LEar: [6, -3, -6], REar: [3, -3, 1],
      LShoulder: [-1, 27, -10], RShoulder: [-1, 24, 7], LHip: [12, 25, -8], RHip: [13, 24, 12],
    },
  },
  blazepose33: {
    model: 'blazepose-full',
    offsets: {
      Nose: [-37, 23, -13], LEye: [-40, 13, -8], REye: [-41, 13, -7], LEar: [23, 13, 6], REar: [19, 13, -16],
      LShoulder: [13, 6, 0], RShoulder: [-17, -1, 1], LHip: [26, 1, -19], RHip: [8, -3, 13],
    },
  },
};

/** points moved to the anatomical landmarks with the measured offsets of their layout (UserError when none were measured). */
export function toAnatomical(points: Points3D, sessionDir: string): Points3D {
  const m = MEASURED_OFFSETS[points.layout];
  if (!m) {
    throw new UserError(
      `${sessionDir}/mocap.toml: [output] anatomical_correction has no measured offsets for the ${points.layout} layout (measured: ${Object.keys(MEASURED_OFFSETS).join(', ')}); set it to false`,
    );
  }
  return applyJointOffsets(points, m.offsets);
}
