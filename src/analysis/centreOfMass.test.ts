import { describe, expect, it } from 'vitest';
import { centreOfMass, DE_LEVA_1996, formatCentreOfMassCsv, formatCentreOfMassJson } from './centreOfMass.ts';
import { LEG, neutralPose, posesToPoints, rotatePoints } from './testPoses.ts';

describe('centreOfMass (de Leva 1996)', () => {
  it('has complete tables: segment mass fractions sum to 1', () => {
    for (const sex of ['male', 'female'] as const) {
      const T = DE_LEVA_1996[sex];
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
      expect(total).toBeCloseTo(1, 3);
    }
  });

  it('matches a hand computation for the neutral standing pose (male)', () => {
    // Segment centres of mass, z (m), from the pose's keypoints and de Leva's male table:
    const head = 1.75 + (1.5 - 1.75) * 0.5002; // vertex 1.75 → C7 1.5
    const trunk = 1.5 + (0.9 - 1.5) * 0.431; // mid-shoulder → mid-hip
    const upperArm = 1.5 + (1.2 - 1.5) * 0.5772;
    const forearm = 1.2 + (0.95 - 1.2) * 0.4574;
    const hand = 0.95 - 0.25 * 0.79 * (0.0862 / 0.2689); // along the forearm, hand/forearm length ratio
    const thigh = 0.9 + (0.5 - 0.9) * 0.4095;
    const shank = 0.5 + (0.1 - 0.5) * 0.4459;
    const foot = 0.02;
    const z =
      0.0694 * head +
      0.4346 * trunk +
      2 * (0.0271 * upperArm + 0.0162 * forearm + 0.0061 * hand + 0.1416 * thigh + 0.0433 * shank + 0.0137 * foot);
    // Only the feet are off the frontal plane: heel y 0.05 → toe y −0.15.
    const y = 2 * 0.0137 * (0.05 + (-0.15 - 0.05) * 0.4415);
    const com = centreOfMass(posesToPoints([neutralPose()]));
    expect(com.positionM[0]).toBeCloseTo(0, 12);
    expect(com.positionM[1]).toBeCloseTo(y, 12);
    expect(com.positionM[2]).toBeCloseTo(z, 12);
    expect(z).toBeGreaterThan(0.95); // ≈ 55 % of a 1.75 m stature: a plausible standing COM height
    expect(z).toBeLessThan(1.02);
  });

  it('moves forward and down by the hand-computed amount when a leg is lifted (hip 90°, knee 90°)', () => {
    const p = neutralPose();
    let q = rotatePoints(p, LEG('L'), [1, 0, 0], -90, p.LHip); // thigh horizontal, forwards
    q = rotatePoints(q, LEG('L').slice(1), [1, 0, 0], 90, q.LKnee); // shank back to vertical
    const base = centreOfMass(posesToPoints([p])).positionM;
    const lifted = centreOfMass(posesToPoints([q])).positionM;
    // thigh COM: from (y 0, z 0.9 − 0.4·0.4095) to (y −0.4·0.4095, z 0.9);
    // shank COM: from knee (0, 0.5) to knee (−0.4, 0.9): shifted by (−0.4, +0.4); foot likewise.
    const dy = 0.1416 * -0.4 * 0.4095 + (0.0433 + 0.0137) * -0.4;
    const dz = 0.1416 * 0.4 * 0.4095 + (0.0433 + 0.0137) * 0.4;
    expect(lifted[1] - base[1]).toBeCloseTo(dy, 12);
    expect(lifted[2] - base[2]).toBeCloseTo(dz, 12);
    expect(lifted[0] - base[0]).toBeCloseTo(0, 12);
  });

  it('uses the female table when asked (hand computation, neutral pose)', () => {
    const z =
      (0.0668 * (1.75 - 0.25 * 0.4841) +
        0.4257 * (1.5 - 0.6 * 0.3782) +
        2 *
          (0.0255 * (1.5 - 0.3 * 0.5754) +
            0.0138 * (1.2 - 0.25 * 0.4559) +
            0.0056 * (0.95 - 0.25 * 0.7474 * (0.078 / 0.2643)) +
            0.1478 * (0.9 - 0.4 * 0.3612) +
            0.0481 * (0.5 - 0.4 * 0.4416) +
            0.0129 * 0.02)) /
      0.9999; // the female fractions sum to 0.9999
    const f = centreOfMass(posesToPoints([neutralPose()]), { sex: 'female' }).positionM[2];
    expect(f).toBeCloseTo(z, 12);
  });

  it('works on COCO-17 and gives NaN for frames with missing keypoints', () => {
    const p = neutralPose();
    const com = centreOfMass(posesToPoints([p, { ...p, RKnee: [NaN, NaN, NaN] }], 'coco17'));
    expect(com.positionM[2]).toBeGreaterThan(0.9);
    expect(com.positionM[5]).toBeNaN();
  });

  it('formats CSV and JSON', () => {
    const p = neutralPose();
    const com = centreOfMass(posesToPoints([p, { ...p, RKnee: [NaN, NaN, NaN] }]));
    const csv = formatCentreOfMassCsv(com).trim().split('\n');
    expect(csv[0]).toBe('frame,time_s,com_x_m,com_y_m,com_z_m');
    expect(csv[1].split(',')[4]).toBe(com.positionM[2].toFixed(4));
    expect(csv[2]).toBe('1,0.0333,,,');
    const json = JSON.parse(formatCentreOfMassJson(com));
    expect(json.position[1]).toEqual([null, null, null]);
    expect(json.model).toBe('de Leva (1996), male');
  });
});
