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
 * Which landmarks of a richer set (the demo's truth, HALPE-26 names) a layout's keypoint means, where
 * the name alone would mislead: a layout with a single toe keypoint per foot (BlazePose's "foot index",
 * stored as `BigToe`) marks the tip of the foot between the toes, i.e. the mid-point of big and small
 * toe, not the big toe (on the demo figure that is 27 mm to the side, 8° of foot progression). That is
 * every layout with a `BigToe` and no `SmallToe`: blazepose33, and coco17feet (MoveNet's body with
 * BlazePose's heel and foot index, src/detect/fuseFeet.ts). Other keypoints mean the landmark of the same name.
 */
export function landmarkDefinition(layoutName: string, name: string, available: (n: string) => boolean): string[] {
  const L = getLayout(layoutName);
  const m = /^([LR])BigToe$/.exec(name);
  if (m && !L.indexOf.has(`${m[1]}SmallToe`) && available(`${m[1]}BigToe`) && available(`${m[1]}SmallToe`))
    return [`${m[1]}BigToe`, `${m[1]}SmallToe`];
  return available(name) ? [name] : [];
}

/**
 * `truth` (landmarks, any layout) expressed in `layoutName`: each keypoint is the mean of the landmarks
 * landmarkDefinition names (NaN when the truth has none of them).
 */
export function landmarksAsLayout(truth: Points3D, layoutName: string): Points3D {
  const to = getLayout(layoutName),
    from = getLayout(truth.layout);
  if (to.name === from.name) return truth;
  const J = to.keypoints.length;
  const data = new Float64Array(truth.frames * J * 3).fill(NaN);
  to.keypoints.forEach((name, j) => {
    const src = landmarkDefinition(to.name, name, (n) => from.indexOf.has(n)).map((n) => from.indexOf.get(n)!);
    if (!src.length) return;
    for (let f = 0; f < truth.frames; f++) {
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (const k of src) sum += truth.data[(f * truth.joints + k) * 3 + c];
        data[(f * J + j) * 3 + c] = sum / src.length;
      }
    }
  });
  return {
    ...truth,
    layout: to.name,
    joints: J,
    data,
    reprojectionErrorPx: new Float32Array(truth.frames * J),
    cameraMask: new Uint32Array(truth.frames * J),
  };
}

/**
 * The mean offset (estimate − truth) of every joint the estimate's layout names and the truth has
 * (landmarkDefinition), in the estimate's segment frames, mm. Frames are paired by index; joints
 * missing in either are skipped.
 */
export function measureJointOffsets(estimate: Points3D, truthAny: Points3D): JointOffsets {
  const truth = landmarksAsLayout(truthAny, estimate.layout);
  const le = getLayout(estimate.layout),
    lt = getLayout(truth.layout);
  const out: JointOffsets = {};
  for (const [je, name] of le.keypoints.entries()) {
    const jt = lt.indexOf.get(name);
    if (jt === undefined) continue;
    const sum: Vec3 = [0, 0, 0];
    let n = 0;
    for (let f = 0; f < Math.min(estimate.frames, truth.frames); f++) {
      const fr = jointAxes(getter(estimate, f), name);
      if (!fr) continue;
      const oe = (f * estimate.joints + je) * 3,
        ot = (f * truth.joints + jt) * 3;
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
 * Labelling offsets per keypoint layout, measured on the rendered demo (known truth) with the model
 * named: keypoint − anatomical landmark in the joint's segment frame (see jointAxes), mm, the mean over
 * ten motions (seeds 1–10, 60 frames each). `npm run bench -- anatomical` measures them and judges each
 * seed with the offsets of the other nine (docs/models.md). Every keypoint the demo's truth defines is
 * corrected: head, shoulders and hips in the trunk frame, heels and toes in the foot frame, elbows,
 * wrists, knees and ankles in their limb segment — for BlazePose only along the segment (Y; X and Z
 * zero), which on held-out motions kept its knee, hip, elbow and shoulder angles as good or better,
 * where the full vectors made one motion's knee and ankle angles worse. (Limb offsets from a single
 * motion did not carry over to another; the mean of several does.) coco17feet: the same ten seeds with
 * `OPENMOCAP_BENCH_DEMO_MODELS=movenet-lightning+blazepose-full`.
 */
export const MEASURED_OFFSETS: Record<string, { model: string; offsets: JointOffsets }> = {
  coco17: {
    model: 'movenet-lightning',
    offsets: {
      Nose: [-28, 23, 0],
      LEye: [-31, 11, 2],
      REye: [-32, 9, -3],
      LEar: [4, -2, -5],
      REar: [2, -3, 3],
      LShoulder: [1, 27, -11],
      RShoulder: [0, 25, 7],
      LElbow: [8, -1, -1],
      RElbow: [2, 4, 2],
      LWrist: [15, -2, 6],
      RWrist: [4, 6, -4],
      LHip: [9, 29, -8],
      RHip: [9, 28, 14],
      LKnee: [8, 8, -3],
      RKnee: [2, 9, 7],
      LAnkle: [2, 10, 11],
      RAnkle: [-5, 7, -8],
    },
  },
  blazepose33: {
    model: 'blazepose-full',
    offsets: {
      Nose: [-39, 22, 0],
      LEye: [-43, 12, 2],
      REye: [-43, 11, 3],
      LEar: [20, 14, 11],
      REar: [20, 11, -10],
      LShoulder: [4, 5, 0],
      RShoulder: [-10, -2, -1],
      LElbow: [0, 4, 0],
      RElbow: [0, 2, 0],
      LWrist: [0, -9, 0],
      RWrist: [0, -2, 0],
      LHip: [20, 5, -18],
      RHip: [9, 1, 12],
      LKnee: [0, 14, 0],
      RKnee: [0, 12, 0],
      LAnkle: [0, 21, 0],
      RAnkle: [0, 20, 0],
      LHeel: [-8, 19, 19],
      RHeel: [-3, 22, -15],
      LBigToe: [-11, -4, -8],
      RBigToe: [5, -7, 5],
    },
  },
  // MoveNet Lightning's body (its offsets come out within 2 mm of coco17's) with BlazePose full's heel
  // and foot index hung on MoveNet's ankles; every joint in full (limbs too, as for coco17: on held-out
  // motions the full vectors beat "along the segment" on 3D, ankle and knee error), feet in the foot frame.
  coco17feet: {
    model: 'movenet-lightning+blazepose-full',
    offsets: {
      Nose: [-28, 23, 0],
      LEye: [-31, 10, 2],
      REye: [-32, 9, -3],
      LEar: [4, -2, -4],
      REar: [2, -3, 3],
      LShoulder: [1, 27, -11],
      RShoulder: [0, 24, 7],
      LElbow: [8, -1, -1],
      RElbow: [1, 3, 3],
      LWrist: [17, -3, 5],
      RWrist: [4, 5, -4],
      LHip: [9, 29, -8],
      RHip: [9, 28, 14],
      LKnee: [9, 8, -3],
      RKnee: [2, 9, 7],
      LAnkle: [2, 11, 11],
      RAnkle: [-5, 7, -8],
      LHeel: [3, 11, 19],
      RHeel: [-4, 10, -15],
      LBigToe: [-12, -20, -3],
      RBigToe: [-10, -19, 17],
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
