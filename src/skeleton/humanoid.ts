// The humanoid hierarchy as data, and how each joint is driven by the keypoints of a layout.
// The rest pose is a T-pose in the calibration world axes: Z up, the body facing −Y, the subject's
// left towards +X (so that after the Z-up → Y-up conversion of the exporters the character faces +Z
// with its left hand at +X, as in Mixamo and most BVH files).
// Joint names are the common BVH / Mixamo ones (exporters may add the "mixamorig:" prefix).

import { getLayout } from '../core/layouts.ts';
import { cross, type Vec3 } from './rotation.ts';

/** Where a joint is observed: the mean of some keypoints, or a point between two targets. */
export type Target =
  | { kind: 'mean'; keypoints: number[]; label: string }
  | { kind: 'lerp'; a: Target; b: Target; t: number; label: string };

/** A direction measured in a frame, used to orient a joint. */
export type VecSpec =
  /** From the joint's own (fitted) position to the observed target of another joint. */
  | { kind: 'aim'; joint: number }
  /** From one observed target to another. */
  | { kind: 'between'; from: Target; to: Target }
  /** From the joint's own (fitted) position to an observed target (not another joint's). */
  | { kind: 'toTarget'; to: Target }
  /** Sum of the unit vectors of several specs (e.g. the mean of the hip line and shoulder line). */
  | { kind: 'sum'; specs: VecSpec[] }
  /**
   * Normal of the plane a→b→c (the flexion axis of a hinge such as knee or elbow), n = unit(b−a) ×
   * unit(c−b), blended as n·|n|/w + w·(rest axis carried by the parent and swung onto the limb),
   * w = `fallbackWeight`: a clearly bent limb follows its plane, a nearly straight one (whose plane
   * is noise) keeps the parent's twist instead of flipping.
   */
  | { kind: 'hinge'; a: Target; b: Target; c: Target; fallbackWeight: number }
  /** The parent's orientation applied to the rest secondary: no twist relative to the parent. */
  | { kind: 'inherit' };

export interface HumanoidJoint {
  name: string;
  /** Parent index (−1 for the root). Parents always come before their children. */
  parent: number;
  /** Unit direction of the offset from the parent in the rest T-pose (world axes, Z up). */
  restDir: Vec3;
  /** Observed position, when the layout provides one. */
  target?: Target;
  /** Bone length (metres) used when there is no target (end sites such as finger tips). */
  fixedLengthM?: number;
  /**
   * The offset from the parent is a measured vector, not `restDir` × length: the robust median over
   * the take of the target's position in the parent's observed frame (the parent's primary and
   * secondary evaluated on observed targets). Used for the heel and toes in the foot, so the
   * fitted heel and toe land on the observed ones whatever the foot's shape. `restDir` is the
   * direction used (with a typical length) when the take never shows the target.
   */
  measuredOffset?: boolean;
  /** True for an end site: a leaf with a position but no rotation of its own. */
  endSite: boolean;
  /**
   * How the joint's rotation is found: the rest vector `primaryRest` is turned onto the observed
   * `primary` exactly; `secondaryRest` onto `secondary` as far as it can (this sets the twist).
   * Joints without a primary keep the parent's orientation (identity local rotation).
   */
  primary?: VecSpec;
  primaryRest?: Vec3;
  secondary?: VecSpec;
  secondaryRest?: Vec3;
}

export interface HumanoidDefinition {
  layout: string;
  joints: HumanoidJoint[];
  /** Index by joint name. */
  indexOf: Map<string, number>;
}

const UP: Vec3 = [0, 0, 1];
const DOWN: Vec3 = [0, 0, -1];
const FORWARD: Vec3 = [0, -1, 0];
const BACKWARD: Vec3 = [0, 1, 0];
const LEFT: Vec3 = [1, 0, 0];
const RIGHT: Vec3 = [-1, 0, 0];

/** Fraction of the mid-hip → neck line at which the Spine and Spine1 joints are placed. */
export const SPINE_FRACTIONS = { spine: 0.2, spine1: 0.6 } as const;

/**
 * Builds the humanoid hierarchy for a keypoint layout. Feet get toe joints when the layout has toe
 * keypoints, and a heel end site (the foot then oriented by heel → toe and the ankle above them) when
 * it also has heels, the head gets a head-top end site aimed at a "Head" keypoint when present (otherwise
 * the head is oriented by the ears and the nose). Layouts without Neck / Hip keypoints (COCO-17)
 * use the shoulder and hip midpoints.
 */
export function buildHumanoid(layoutName: string): HumanoidDefinition {
  const layout = getLayout(layoutName);
  const has = (n: string): boolean => layout.indexOf.has(n);
  const mean = (...names: string[]): Target | undefined =>
    names.every(has) ? { kind: 'mean', keypoints: names.map((n) => layout.indexOf.get(n)!), label: names.join('+') } : undefined;
  const first = (...alts: (Target | undefined)[]): Target | undefined => alts.find((t) => t !== undefined);
  const need = (t: Target | undefined, what: string): Target => {
    if (!t)
      throw new Error(
        `layout ${layout.name} has no keypoints for the ${what}; the skeleton needs shoulders, elbows, wrists, hips, knees and ankles`,
      );
    return t;
  };

  const midHip = need(mean('LHip', 'RHip'), 'hips');
  const neck = need(first(mean('Neck'), mean('LShoulder', 'RShoulder')), 'neck');
  const lerp = (a: Target, b: Target, t: number, label: string): Target => ({ kind: 'lerp', a, b, t, label });
  const spine = lerp(midHip, neck, SPINE_FRACTIONS.spine, 'Hips→Neck 20%');
  const spine1 = lerp(midHip, neck, SPINE_FRACTIONS.spine1, 'Hips→Neck 60%');
  const midEars = first(mean('LEar', 'REar'), mean('LEye', 'REye'), mean('Nose'));
  const headTop = first(mean('Head'), mean('HeadTop'));
  const earLine: VecSpec | undefined =
    mean('REar') && mean('LEar') ? { kind: 'between', from: mean('REar')!, to: mean('LEar')! } : undefined;

  const joints: HumanoidJoint[] = [];
  const indexOf = new Map<string, number>();
  const push = (j: Omit<HumanoidJoint, 'parent' | 'endSite'> & { parent?: string; endSite?: boolean }): number => {
    const parent = j.parent === undefined ? -1 : indexOf.get(j.parent)!;
    const joint: HumanoidJoint = { ...j, parent, endSite: j.endSite ?? false };
    indexOf.set(j.name, joints.length);
    joints.push(joint);
    return joints.length - 1;
  };
  const shoulderLine = (): VecSpec => ({
    kind: 'between',
    from: need(mean('RShoulder'), 'right shoulder'),
    to: need(mean('LShoulder'), 'left shoulder'),
  });
  const hipLine = (): VecSpec => ({ kind: 'between', from: need(mean('RHip'), 'right hip'), to: need(mean('LHip'), 'left hip') });

  // Pelvis: the hip line sets left/right exactly; the trunk sets which way is up.
  push({
    name: 'Hips',
    restDir: [0, 0, 0],
    target: midHip,
    primary: hipLine(),
    primaryRest: LEFT,
    secondary: { kind: 'between', from: midHip, to: neck },
    secondaryRest: UP,
  });
  const spineIdx = push({
    name: 'Spine',
    parent: 'Hips',
    restDir: UP,
    target: spine,
    primary: { kind: 'aim', joint: -1 },
    primaryRest: UP,
    secondary: { kind: 'sum', specs: [hipLine(), shoulderLine()] },
    secondaryRest: LEFT,
  });
  const spine1Idx = push({
    name: 'Spine1',
    parent: 'Spine',
    restDir: UP,
    target: spine1,
    primary: { kind: 'aim', joint: -1 },
    primaryRest: UP,
    secondary: shoulderLine(),
    secondaryRest: LEFT,
  });
  (joints[spineIdx].primary as { joint: number }).joint = spine1Idx;

  const neckIdx = push({
    name: 'Neck',
    parent: 'Spine1',
    restDir: UP,
    target: neck,
    primary: midEars ? { kind: 'aim', joint: -1 } : undefined,
    primaryRest: UP,
    secondary: earLine ?? { kind: 'inherit' },
    secondaryRest: LEFT,
  });
  (joints[spine1Idx].primary as { joint: number }).joint = neckIdx;
  if (midEars) {
    const headIdx = push({
      name: 'Head',
      parent: 'Neck',
      restDir: UP,
      target: midEars,
      ...(headTop
        ? { primary: { kind: 'aim', joint: -1 }, primaryRest: UP }
        : mean('Nose')
          ? { primary: { kind: 'between', from: midEars, to: mean('Nose')! }, primaryRest: FORWARD }
          : {}),
      secondary: earLine ?? { kind: 'inherit' },
      secondaryRest: LEFT,
    });
    (joints[neckIdx].primary as { joint: number }).joint = headIdx;
    const topIdx = push({
      name: 'HeadTop_End',
      parent: 'Head',
      restDir: UP,
      endSite: true,
      ...(headTop ? { target: headTop } : { fixedLengthM: 0.12 }),
    });
    if (headTop) (joints[headIdx].primary as { joint: number }).joint = topIdx;
  } else {
    push({ name: 'HeadTop_End', parent: 'Neck', restDir: UP, endSite: true, fixedLengthM: 0.2 });
  }

  for (const [side, S, out] of [
    ['Left', 'L', LEFT],
    ['Right', 'R', RIGHT],
  ] as const) {
    // Arm: clavicle from the neck to the shoulder, then upper arm, forearm, hand.
    const shoulder = need(mean(`${S}Shoulder`), `${side.toLowerCase()} shoulder`);
    const elbow = need(mean(`${S}Elbow`), `${side.toLowerCase()} elbow`);
    const wrist = need(mean(`${S}Wrist`), `${side.toLowerCase()} wrist`);
    const elbowAxisRest = cross(out, FORWARD); // the forearm bends forward from the T-pose
    const clav = push({
      name: `${side}Shoulder`,
      parent: 'Spine1',
      restDir: UP,
      target: neck,
      primary: { kind: 'aim', joint: -1 },
      primaryRest: out,
      secondary: { kind: 'inherit' },
      secondaryRest: UP,
    });
    const arm = push({
      name: `${side}Arm`,
      parent: `${side}Shoulder`,
      restDir: out,
      target: shoulder,
      primary: { kind: 'aim', joint: -1 },
      primaryRest: out,
      secondary: { kind: 'hinge', a: shoulder, b: elbow, c: wrist, fallbackWeight: 0.25 },
      secondaryRest: elbowAxisRest,
    });
    (joints[clav].primary as { joint: number }).joint = arm;
    const fore = push({
      name: `${side}ForeArm`,
      parent: `${side}Arm`,
      restDir: out,
      target: elbow,
      primary: { kind: 'aim', joint: -1 },
      primaryRest: out,
      secondary: { kind: 'inherit' },
      secondaryRest: elbowAxisRest,
    });
    (joints[arm].primary as { joint: number }).joint = fore;
    const hand = push({ name: `${side}Hand`, parent: `${side}ForeArm`, restDir: out, target: wrist });
    (joints[fore].primary as { joint: number }).joint = hand;
    push({ name: `${side}Hand_End`, parent: `${side}Hand`, restDir: out, endSite: true, fixedLengthM: 0.08 });

    // Leg: thigh, shank, foot, toes.
    const hip = need(mean(`${S}Hip`), `${side.toLowerCase()} hip`);
    const knee = need(mean(`${S}Knee`), `${side.toLowerCase()} knee`);
    const ankle = need(mean(`${S}Ankle`), `${side.toLowerCase()} ankle`);
    const toes = first(mean(`${S}BigToe`, `${S}SmallToe`), mean(`${S}BigToe`));
    const heel = mean(`${S}Heel`);
    const kneeAxisRest = cross(DOWN, BACKWARD); // the shank bends backwards: axis points to the subject's left
    const upLeg = push({
      name: `${side}UpLeg`,
      parent: 'Hips',
      restDir: out,
      target: hip,
      primary: { kind: 'aim', joint: -1 },
      primaryRest: DOWN,
      secondary: { kind: 'hinge', a: hip, b: knee, c: ankle, fallbackWeight: 0.25 },
      secondaryRest: kneeAxisRest,
    });
    const leg = push({
      name: `${side}Leg`,
      parent: `${side}UpLeg`,
      restDir: DOWN,
      target: knee,
      primary: { kind: 'aim', joint: -1 },
      primaryRest: DOWN,
      secondary: { kind: 'inherit' },
      secondaryRest: kneeAxisRest,
    });
    (joints[upLeg].primary as { joint: number }).joint = leg;
    if (toes && heel) {
      // The foot as a rigid ankle–heel–toe triangle: its long axis heel → toe sets pitch and
      // progression exactly, the perpendicular from that axis up to the (fitted) ankle sets the roll.
      // Heel and toes are measured offsets in this frame, so the fitted ones land on the observed ones.
      const foot = push({
        name: `${side}Foot`,
        parent: `${side}Leg`,
        restDir: DOWN,
        target: ankle,
        primary: { kind: 'between', from: heel, to: toes },
        primaryRest: FORWARD,
        secondary: { kind: 'toTarget', to: lerp(heel, toes, 0.5, `${S}Heel→toes 50%`) },
        secondaryRest: DOWN,
      });
      (joints[leg].primary as { joint: number }).joint = foot;
      push({ name: `${side}ToeBase`, parent: `${side}Foot`, restDir: FORWARD, target: toes, measuredOffset: true });
      push({ name: `${side}Toe_End`, parent: `${side}ToeBase`, restDir: FORWARD, endSite: true, fixedLengthM: 0.04 });
      push({ name: `${side}Heel_End`, parent: `${side}Foot`, restDir: BACKWARD, endSite: true, target: heel, measuredOffset: true });
      continue;
    }
    const foot = push({
      name: `${side}Foot`,
      parent: `${side}Leg`,
      restDir: DOWN,
      target: ankle,
      ...(toes
        ? { primary: { kind: 'aim', joint: -1 }, primaryRest: FORWARD, secondary: { kind: 'inherit' }, secondaryRest: kneeAxisRest }
        : {}),
    });
    (joints[leg].primary as { joint: number }).joint = foot;
    if (toes) {
      const toe = push({ name: `${side}ToeBase`, parent: `${side}Foot`, restDir: FORWARD, target: toes });
      (joints[foot].primary as { joint: number }).joint = toe;
      push({ name: `${side}Toe_End`, parent: `${side}ToeBase`, restDir: FORWARD, endSite: true, fixedLengthM: 0.04 });
    } else {
      push({ name: `${side}Foot_End`, parent: `${side}Foot`, restDir: FORWARD, endSite: true, fixedLengthM: 0.12 });
    }
  }
  for (const j of joints) {
    if (j.primary?.kind === 'aim' && j.primary.joint < 0) throw new Error(`humanoid: ${j.name} aims at nothing`);
  }
  return { layout: layout.name, joints, indexOf };
}
