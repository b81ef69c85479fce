// A procedural human body in motion: known 3D truth for tests, benchmarks and the demo.
// World frame: metres, Z up, feet on z = 0, body centred near the origin, ~1.75 m tall.
// The body is a small kinematic tree (pelvis, trunk, head, two arms, two legs) driven by
// smooth periodic joint angles; feet stay planted while they carry weight.

import type { Points3D } from '../core/types.ts';
import { getLayout } from '../core/layouts.ts';
import { createRandom } from '../core/random.ts';

/** A movement `generateMotion` can make. */
export type MotionKind = 'walk-in-place' | 'squat' | 'wave' | 'mixed';

/** Options of `generateMotion`. */
export interface MotionOptions {
  /** Number of frames. */
  frames: number;
  /** Frames per second. */
  fps: number;
  /** Keypoint layout name (see src/core/layouts.ts). @defaultValue "halpe26" */
  layout?: string;
  /** Seed for small variations of body size, phases and heading. @defaultValue 1 */
  seed?: number;
  /** Which movement; "mixed" is walking in place, squats and arm waves in turn while slowly turning. @defaultValue "mixed" */
  kind?: MotionKind;
  /** Sample instants in seconds, one per frame (for cameras with their own clocks). @defaultValue frame / fps */
  timesS?: ArrayLike<number>;
}

type Vec3 = [number, number, number];
type Mat3 = number[]; // row-major 3×3

/** Joint angles (radians) and root pose of one frame. */
interface BodyPose {
  /** Heading of the whole body about world Z; 0 = facing +X. */
  yaw: number;
  trunkLean: number;
  trunkSide: number;
  trunkTwist: number;
  headYaw: number;
  headPitch: number;
  /** Per leg [left, right]. */
  hipFlex: [number, number];
  hipAbd: [number, number];
  kneeFlex: [number, number];
  /** Foot pitch relative to the ground, toes up positive. */
  footPitch: [number, number];
  /** Per arm [left, right]. */
  shoulderFlex: [number, number];
  shoulderAbd: [number, number];
  shoulderRot: [number, number];
  elbowFlex: [number, number];
}

const DEG = Math.PI / 180;

/** Segment lengths of a 1.75 m adult (metres). */
const BODY = {
  thighM: 0.42,
  shankM: 0.41,
  ankleHeightM: 0.08,
  hipHalfWidthM: 0.09,
  trunkM: 0.565,
  shoulderHalfWidthM: 0.18,
  shoulderDropM: 0.03,
  upperArmM: 0.29,
  forearmM: 0.26,
  neckToHeadCentreM: 0.15,
  headCentreToTopM: 0.135,
  /** Height of heel and toe keypoints above the sole. */
  footKeypointHeightM: 0.02,
};

const rotX = (a: number): Mat3 => {
  const c = Math.cos(a),
    s = Math.sin(a);
  return [1, 0, 0, 0, c, -s, 0, s, c];
};
const rotY = (a: number): Mat3 => {
  const c = Math.cos(a),
    s = Math.sin(a);
  return [c, 0, s, 0, 1, 0, -s, 0, c];
};
const rotZ = (a: number): Mat3 => {
  const c = Math.cos(a),
    s = Math.sin(a);
  return [c, -s, 0, s, c, 0, 0, 0, 1];
};
const mul = (a: Mat3, b: Mat3): Mat3 => {
  const r = new Array<number>(9);
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) r[i * 3 + j] = a[i * 3] * b[j] + a[i * 3 + 1] * b[3 + j] + a[i * 3 + 2] * b[6 + j];
  return r;
};
const apply = (m: Mat3, v: Vec3): Vec3 => [
  m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
  m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
  m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
];
const add = (a: Vec3, b: Vec3, s = 1): Vec3 => [a[0] + s * b[0], a[1] + s * b[1], a[2] + s * b[2]];
const mirrorY = (v: Vec3): Vec3 => [v[0], -v[1], v[2]];
const smoothstep = (x: number): number => (x <= 0 ? 0 : x >= 1 ? 1 : x * x * (3 - 2 * x));
const pos = (x: number): number => (x > 0 ? x * x : 0);

function restPose(): BodyPose {
  return {
    yaw: 0,
    trunkLean: 2 * DEG,
    trunkSide: 0,
    trunkTwist: 0,
    headYaw: 0,
    headPitch: 0,
    hipFlex: [0, 0],
    hipAbd: [3 * DEG, 3 * DEG],
    kneeFlex: [4 * DEG, 4 * DEG],
    footPitch: [0, 0],
    shoulderFlex: [0, 0],
    shoulderAbd: [8 * DEG, 8 * DEG],
    shoulderRot: [0, 0],
    elbowFlex: [15 * DEG, 15 * DEG],
  };
}

/** Walking in place: knees lift in turn, arms swing opposite, trunk counter-rotates. */
function walkPose(tS: number, phase: number): BodyPose {
  const p = restPose();
  const s = Math.sin(2 * Math.PI * 0.9 * tS + phase);
  const lift: [number, number] = [pos(s), pos(-s)];
  for (let side = 0; side < 2; side++) {
    p.hipFlex[side] = 50 * DEG * lift[side];
    p.kneeFlex[side] = 4 * DEG + 85 * DEG * lift[side];
    p.footPitch[side] = -15 * DEG * lift[side];
    p.elbowFlex[side] = 20 * DEG + 25 * DEG * lift[1 - side];
  }
  p.shoulderFlex = [-30 * DEG * s, 30 * DEG * s];
  p.trunkTwist = 6 * DEG * s;
  p.trunkSide = 2 * DEG * s;
  p.headYaw = -4 * DEG * s;
  return p;
}

/** Squats: hips and knees flex together, trunk leans forward, arms reach forward. */
function squatPose(tS: number, phase: number): BodyPose {
  const p = restPose();
  const d = (1 - Math.cos(2 * Math.PI * 0.35 * tS + phase)) / 2;
  for (let side = 0; side < 2; side++) {
    p.hipFlex[side] = 88 * DEG * d;
    p.kneeFlex[side] = 4 * DEG + 108 * DEG * d;
    p.hipAbd[side] = (3 + 9 * d) * DEG;
    p.shoulderFlex[side] = 80 * DEG * d;
    p.elbowFlex[side] = (15 - 8 * d) * DEG;
  }
  p.trunkLean = (2 + 38 * d) * DEG;
  p.headPitch = -25 * DEG * d;
  return p;
}

/** Arm waves: the right hand waves overhead while the left arm rises and falls sideways. */
function wavePose(tS: number, phase: number): BodyPose {
  const p = restPose();
  const w = Math.sin(2 * Math.PI * 1.3 * tS + phase);
  const raise = (1 - Math.cos(2 * Math.PI * 0.3 * tS + phase)) / 2;
  p.shoulderAbd = [(10 + 140 * raise) * DEG, 105 * DEG];
  p.shoulderRot = [0, 90 * DEG + 28 * DEG * w];
  p.elbowFlex = [(15 + 10 * raise) * DEG, (75 + 10 * w) * DEG];
  p.shoulderFlex = [10 * DEG * raise, 15 * DEG];
  p.trunkSide = -4 * DEG * raise;
  p.headYaw = -12 * DEG;
  p.headPitch = 5 * DEG;
  return p;
}

function blend(a: BodyPose, b: BodyPose, t: number): BodyPose {
  const out = restPose() as unknown as Record<string, number | number[]>;
  const ra = a as unknown as Record<string, number | number[]>;
  const rb = b as unknown as Record<string, number | number[]>;
  for (const key of Object.keys(out)) {
    const va = ra[key],
      vb = rb[key];
    out[key] = Array.isArray(va)
      ? va.map((x, i) => x + t * ((vb as number[])[i] - x))
      : (va as number) + t * ((vb as number) - (va as number));
  }
  return out as unknown as BodyPose;
}

const SEGMENT_S = 4;
const BLEND_S = 1.5;

function poseAt(kind: MotionKind, tS: number, phase: number, yaw0: number): BodyPose {
  const kinds = [walkPose, squatPose, wavePose];
  let p: BodyPose;
  if (kind === 'walk-in-place') p = walkPose(tS, phase);
  else if (kind === 'squat') p = squatPose(tS, phase);
  else if (kind === 'wave') p = wavePose(tS, phase);
  else {
    const k = Math.floor(tS / SEGMENT_S);
    const within = tS - k * SEGMENT_S;
    const cur = kinds[k % 3](tS, phase);
    if (within > SEGMENT_S - BLEND_S / 2) {
      p = blend(cur, kinds[(k + 1) % 3](tS, phase), smoothstep((within - (SEGMENT_S - BLEND_S / 2)) / BLEND_S));
    } else if (within < BLEND_S / 2 && k > 0) {
      p = blend(kinds[(k + 2) % 3](tS, phase), cur, smoothstep((within + BLEND_S / 2) / BLEND_S));
    } else p = cur;
  }
  // Mixed motion turns slowly all the way round so every camera sees front, side and back.
  p.yaw = kind === 'mixed' ? yaw0 + (2 * Math.PI * tS) / 24 : yaw0 + 0.35 * Math.sin((2 * Math.PI * tS) / 10);
  return p;
}

/** Keypoint positions by name for one pose (superset of every layout's names). */
function solveBody(p: BodyPose, scale: number, offset: Vec3): Map<string, Vec3> {
  const B = BODY;
  const L = (m: number): number => m * scale;
  const out = new Map<string, Vec3>();
  // Legs, in the pelvis frame (x forward, y left, z up, origin at the hip centre).
  const ankles: Vec3[] = [];
  const feet: Record<string, Vec3>[] = [];
  for (let side = 0; side < 2; side++) {
    const sgn = side === 0 ? 1 : -1;
    const hip: Vec3 = [0, sgn * L(B.hipHalfWidthM), 0];
    const abd = rotX(sgn * p.hipAbd[side]);
    const thetaT = p.hipFlex[side];
    const thetaS = thetaT - p.kneeFlex[side];
    const knee = add(hip, apply(abd, [Math.sin(thetaT), 0, -Math.cos(thetaT)]), L(B.thighM));
    const ankle = add(knee, apply(abd, [Math.sin(thetaS), 0, -Math.cos(thetaS)]), L(B.shankM));
    const foot = rotY(-p.footPitch[side]);
    const footDown = L(B.ankleHeightM - B.footKeypointHeightM);
    const heel = add(ankle, apply(foot, [-0.055 * scale, 0, -footDown - 0.005 * scale]));
    const bigToe = add(ankle, apply(foot, [0.17 * scale, -sgn * 0.02 * scale, -footDown]));
    const smallToe = add(ankle, apply(foot, [0.145 * scale, sgn * 0.035 * scale, -footDown]));
    const pre = side === 0 ? 'L' : 'R';
    ankles.push(ankle);
    feet.push({
      [`${pre}Hip`]: hip,
      [`${pre}Knee`]: knee,
      [`${pre}Ankle`]: ankle,
      [`${pre}Heel`]: heel,
      [`${pre}BigToe`]: bigToe,
      [`${pre}SmallToe`]: smallToe,
    });
  }
  // Pelvis height: the lowest foot keypoint sits at its keypoint height above the floor.
  // Pelvis fore-aft: the weight-bearing (lower) foot stays under its resting place.
  let lowest = Infinity;
  const lowestOf = [Infinity, Infinity];
  for (let side = 0; side < 2; side++) {
    for (const v of Object.values(feet[side])) lowestOf[side] = Math.min(lowestOf[side], v[2]);
    lowest = Math.min(lowest, lowestOf[side]);
  }
  const wLeft = 1 / (1 + Math.exp((lowestOf[0] - lowestOf[1]) / 0.004));
  const pelvis: Vec3 = [-(wLeft * ankles[0][0] + (1 - wLeft) * ankles[1][0]), 0, L(B.footKeypointHeightM) - lowest];

  const world = rotZ(p.yaw);
  const place = (v: Vec3): Vec3 => add(apply(world, add(pelvis, v)), offset);
  for (const f of feet) for (const [name, v] of Object.entries(f)) out.set(name, place(v));
  out.set('Hip', place([0, 0, 0]));
  out.set('MidHip', place([0, 0, 0]));

  // Trunk, head and arms, in the trunk frame.
  const trunk = mul(rotZ(p.trunkTwist), mul(rotY(p.trunkLean), rotX(p.trunkSide)));
  const neck = apply(trunk, [0, 0, L(B.trunkM)]);
  out.set('Neck', place(neck));
  out.set('UpperNeck', place(add(neck, apply(trunk, [0, 0, L(0.06)]))));
  const head = mul(trunk, mul(rotZ(p.headYaw), rotY(p.headPitch)));
  const hc = add(neck, apply(head, [L(0.02), 0, L(B.neckToHeadCentreM)]));
  const hp = (name: string, v: Vec3): void => {
    out.set(name, place(add(hc, apply(head, [v[0] * scale, v[1] * scale, v[2] * scale]))));
  };
  hp('Head', [-0.01, 0, B.headCentreToTopM]);
  hp('HeadTop', [-0.01, 0, B.headCentreToTopM]);
  hp('Nose', [0.1, 0, -0.01]);
  for (let side = 0; side < 2; side++) {
    const sgn = side === 0 ? 1 : -1;
    const pre = side === 0 ? 'L' : 'R';
    hp(`${pre}Eye`, [0.085, sgn * 0.032, 0.03]);
    hp(`${pre}EyeInner`, [0.09, sgn * 0.018, 0.03]);
    hp(`${pre}EyeOuter`, [0.078, sgn * 0.048, 0.03]);
    hp(`${pre}Ear`, [-0.01, sgn * 0.075, 0.01]);
    hp(`Mouth${pre}`, [0.088, sgn * 0.025, -0.05]);

    const shoulder = add(neck, apply(trunk, [0, sgn * L(B.shoulderHalfWidthM), -L(B.shoulderDropM)]));
    // Arm computed as a left arm, then mirrored across the sagittal plane for the right.
    const upper = mul(rotX(p.shoulderAbd[side]), rotY(-p.shoulderFlex[side]));
    const fore = mul(upper, mul(rotZ(p.shoulderRot[side]), rotY(-p.elbowFlex[side])));
    const side3 = (v: Vec3): Vec3 => apply(trunk, sgn > 0 ? v : mirrorY(v));
    const elbow = add(shoulder, side3(apply(upper, [0, 0, -L(B.upperArmM)])));
    const wrist = add(elbow, side3(apply(fore, [0, 0, -L(B.forearmM)])));
    out.set(`${pre}Shoulder`, place(shoulder));
    out.set(`${pre}Elbow`, place(elbow));
    out.set(`${pre}Wrist`, place(wrist));
    const hand = (v: Vec3): Vec3 => place(add(wrist, side3(apply(fore, [v[0] * scale, v[1] * scale, v[2] * scale]))));
    out.set(`${pre}Thumb`, hand([0.035, 0, -0.05]));
    out.set(`${pre}Index`, hand([0.02, 0, -0.095]));
    out.set(`${pre}Pinky`, hand([-0.025, 0, -0.085]));
  }
  return out;
}

/**
 * Generates smooth, periodic, human-like 3D motion with known truth.
 * Every keypoint of the requested layout is defined (no NaN); reprojection errors are 0
 * and camera masks 0 (no camera produced them).
 */
export function generateMotion(opts: MotionOptions): Points3D {
  const layout = getLayout(opts.layout ?? 'halpe26');
  const kind = opts.kind ?? 'mixed';
  const rng = createRandom(opts.seed ?? 1);
  const scale = 1 + 0.02 * (2 * rng.uniform() - 1);
  const phase = 2 * Math.PI * rng.uniform();
  const yaw0 = 2 * Math.PI * rng.uniform();
  const offset: Vec3 = [0.1 * (2 * rng.uniform() - 1), 0.1 * (2 * rng.uniform() - 1), 0];
  const { fps } = opts;
  const frames = opts.timesS ? opts.timesS.length : opts.frames;
  const joints = layout.keypoints.length;
  const data = new Float64Array(frames * joints * 3);
  const timestampsMs = new Float64Array(frames);
  for (let f = 0; f < frames; f++) {
    const tS = opts.timesS ? opts.timesS[f] : f / fps;
    timestampsMs[f] = tS * 1000;
    const named = solveBody(poseAt(kind, tS, phase, yaw0), scale, offset);
    for (let j = 0; j < joints; j++) {
      const v = named.get(layout.keypoints[j]);
      if (!v) throw new Error(`generateMotion: the synthetic body has no keypoint "${layout.keypoints[j]}" (layout ${layout.name})`);
      data.set(v, (f * joints + j) * 3);
    }
  }
  return {
    layout: layout.name,
    fps,
    frames,
    joints,
    data,
    reprojectionErrorPx: new Float32Array(frames * joints),
    cameraMask: new Uint32Array(frames * joints),
    timestampsMs,
  };
}
