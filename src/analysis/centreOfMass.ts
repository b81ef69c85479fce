// Whole-body centre of mass per frame from segment inertial parameters.
//
// Each segment's mass fraction and the position of its centre of mass along the line between two
// endpoints come from de Leva (1996), Table 4 (adjusted Zatsiorsky–Seluyanov parameters), for male or
// female subjects. Segments and the keypoints standing in for de Leva's endpoints:
//   head       vertex → C7 (50.02 % M / 48.41 % F from the vertex): "Head" keypoint → neck point
//              (Neck keypoint, else mid-shoulder). Without a "Head" keypoint (COCO-17) the head's
//              centre of mass is taken at the mid-point of the ears.
//   trunk      mid-shoulder → mid-hip joint centres (de Leva's alternative trunk, MIDS–MIDH; 43.10 % M / 37.82 % F)
//   upper arm  shoulder → elbow;  forearm  elbow → wrist
//   hand       wrist → 3rd metacarpal head: no hand keypoints, so the hand is placed along the
//              forearm direction with de Leva's mean hand/forearm length ratio.
//   thigh      hip → knee;  shank  knee → ankle (lateral malleolus)
//   foot       heel → toe tip when the layout has heel and toe keypoints, else at the ankle.
// A frame whose needed keypoints are missing gets NaN.
// ref: de Leva P. (1996) Adjustments to Zatsiorsky–Seluyanov's segment inertia parameters.
//      J Biomech 29(9):1223–1230, Table 4.

import type { Points3D } from '../core/types.ts';
import { getLayout } from '../core/layouts.ts';
import { cell, jsonNum, timeS } from './formatNumbers.ts';

export type Sex = 'male' | 'female';

/** de Leva (1996) Table 4: mass fraction of body mass, and centre of mass as a fraction from the first endpoint. */
export interface SegmentParameters {
  massFraction: number;
  comFraction: number;
}

export const DE_LEVA_1996: Record<
  Sex,
  Record<'head' | 'trunk' | 'upperArm' | 'forearm' | 'hand' | 'thigh' | 'shank' | 'foot', SegmentParameters & { lengthM: number }>
> = {
  // lengthM: de Leva's mean segment lengths of the reference subjects (used for the hand only).
  male: {
    head: { massFraction: 0.0694, comFraction: 0.5002, lengthM: 0.2429 },
    trunk: { massFraction: 0.4346, comFraction: 0.431, lengthM: 0.5155 },
    upperArm: { massFraction: 0.0271, comFraction: 0.5772, lengthM: 0.2817 },
    forearm: { massFraction: 0.0162, comFraction: 0.4574, lengthM: 0.2689 },
    hand: { massFraction: 0.0061, comFraction: 0.79, lengthM: 0.0862 },
    thigh: { massFraction: 0.1416, comFraction: 0.4095, lengthM: 0.4222 },
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: a measured shank length (m), not log10(e)
    shank: { massFraction: 0.0433, comFraction: 0.4459, lengthM: 0.434 },
    foot: { massFraction: 0.0137, comFraction: 0.4415, lengthM: 0.2581 },
  },
  female: {
    head: { massFraction: 0.0668, comFraction: 0.4841, lengthM: 0.2437 },
    trunk: { massFraction: 0.4257, comFraction: 0.3782, lengthM: 0.4979 },
    upperArm: { massFraction: 0.0255, comFraction: 0.5754, lengthM: 0.2751 },
    forearm: { massFraction: 0.0138, comFraction: 0.4559, lengthM: 0.2643 },
    hand: { massFraction: 0.0056, comFraction: 0.7474, lengthM: 0.078 },
    thigh: { massFraction: 0.1478, comFraction: 0.3612, lengthM: 0.3685 },
    shank: { massFraction: 0.0481, comFraction: 0.4416, lengthM: 0.4323 },
    foot: { massFraction: 0.0129, comFraction: 0.4014, lengthM: 0.2283 },
  },
};

export interface CentreOfMass {
  layout: string;
  sex: Sex;
  fps: number;
  frames: number;
  timestampsMs: Float64Array;
  /** [frame][x, y, z] whole-body centre of mass, metres, in the input's world frame. */
  positionM: Float64Array;
}

export interface CentreOfMassOptions {
  /** Which de Leva table to use. Defaults to 'male'. */
  sex?: Sex;
}

/** Whole-body centre of mass of every frame (see the file comment for the segment model). */
export function centreOfMass(points: Points3D, opts: CentreOfMassOptions = {}): CentreOfMass {
  const sex = opts.sex ?? 'male';
  const T = DE_LEVA_1996[sex];
  const layout = getLayout(points.layout);
  const k = (n: string): number => layout.indexOf.get(n) ?? -1;
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
    if (k(n) < 0) throw new Error(`centreOfMass: layout ${layout.name} has no ${n} keypoint`);
  }
  const F = points.frames;
  const out = new Float64Array(F * 3);
  const p = new Float64Array(3);
  const at = (f: number, i: number, c: number): number => points.data[(f * points.joints + i) * 3 + c];
  const mean = (f: number, idx: number[], c: number): number => idx.reduce((s, i) => s + at(f, i, c), 0) / idx.length;
  const headTop = k('Head');
  const neck = k('Neck') >= 0 ? [k('Neck')] : [k('LShoulder'), k('RShoulder')];
  const ears = k('LEar') >= 0 && k('REar') >= 0 ? [k('LEar'), k('REar')] : [k('Nose')];
  // The table's fractions sum to 1 (male) and 0.9999 (female, rounding): divide by the exact sum.
  const total =
    T.head.massFraction +
    T.trunk.massFraction +
    2 *
      (T.upperArm.massFraction +
        T.forearm.massFraction +
        T.hand.massFraction +
        T.thigh.massFraction +
        T.shank.massFraction +
        T.foot.massFraction);
  const handRatio = T.hand.comFraction * (T.hand.lengthM / T.forearm.lengthM);

  for (let f = 0; f < F; f++) {
    for (let c = 0; c < 3; c++) {
      let sum = 0;
      /** Adds a segment of mass fraction m whose centre of mass is at a + t·(b − a). */
      const seg = (m: number, a: number, b: number, t: number): void => {
        sum += m * (a + (b - a) * t);
      };
      // head
      if (headTop >= 0) seg(T.head.massFraction, at(f, headTop, c), mean(f, neck, c), T.head.comFraction);
      else seg(T.head.massFraction, mean(f, ears, c), 0, 0);
      // trunk
      seg(T.trunk.massFraction, mean(f, [k('LShoulder'), k('RShoulder')], c), mean(f, [k('LHip'), k('RHip')], c), T.trunk.comFraction);
      for (const S of ['L', 'R']) {
        const sh = at(f, k(`${S}Shoulder`), c),
          el = at(f, k(`${S}Elbow`), c),
          wr = at(f, k(`${S}Wrist`), c);
        seg(T.upperArm.massFraction, sh, el, T.upperArm.comFraction);
        seg(T.forearm.massFraction, el, wr, T.forearm.comFraction);
        seg(T.hand.massFraction, wr, wr + (wr - el), handRatio);
        const hip = at(f, k(`${S}Hip`), c),
          kn = at(f, k(`${S}Knee`), c),
          an = at(f, k(`${S}Ankle`), c);
        seg(T.thigh.massFraction, hip, kn, T.thigh.comFraction);
        seg(T.shank.massFraction, kn, an, T.shank.comFraction);
        const heel = k(`${S}Heel`),
          big = k(`${S}BigToe`),
          small = k(`${S}SmallToe`);
        if (heel >= 0 && big >= 0) {
          const toe = small >= 0 ? (at(f, big, c) + at(f, small, c)) / 2 : at(f, big, c);
          seg(T.foot.massFraction, at(f, heel, c), toe, T.foot.comFraction);
        } else {
          seg(T.foot.massFraction, an, 0, 0);
        }
      }
      p[c] = sum / total;
    }
    out.set(p, f * 3);
  }
  return { layout: layout.name, sex, fps: points.fps, frames: F, timestampsMs: points.timestampsMs.slice(), positionM: out };
}

/** CSV (from a result, or from points with the male table): one row per frame: frame, time_s, com_x_m, com_y_m, com_z_m (calibration world axes). */
export function formatCentreOfMassCsv(input: CentreOfMass | Points3D, decimals = 4): string {
  const c = 'positionM' in input ? input : centreOfMass(input);
  const lines = ['frame,time_s,com_x_m,com_y_m,com_z_m'];
  for (let f = 0; f < c.frames; f++) {
    const p = c.positionM.subarray(f * 3, f * 3 + 3);
    lines.push(
      [String(f), timeS(c.timestampsMs, c.fps, f).toFixed(4), cell(p[0], decimals), cell(p[1], decimals), cell(p[2], decimals)].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** JSON with the model used and [x, y, z] per frame in metres (null = missing). */
export function formatCentreOfMassJson(input: CentreOfMass | Points3D, decimals = 4): string {
  const c = 'positionM' in input ? input : centreOfMass(input);
  return JSON.stringify({
    layout: c.layout,
    fps: c.fps,
    frames: c.frames,
    units: 'm',
    model: `de Leva (1996), ${c.sex}`,
    time_s: Array.from({ length: c.frames }, (_, f) => Number(timeS(c.timestampsMs, c.fps, f).toFixed(4))),
    position: Array.from({ length: c.frames }, (_, f) => [0, 1, 2].map((k) => jsonNum(c.positionM[f * 3 + k], decimals))),
  });
}
