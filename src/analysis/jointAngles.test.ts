import { describe, expect, it } from 'vitest';
import { formatJointAnglesCsv, formatJointAnglesJson, jointAngles, type JointAngles } from './jointAngles.ts';
import { ARM, FOOT, LEG, UPPER_BODY, neutralPose, posesToPoints, rotatePoints, type Pose } from './testPoses.ts';

const X: [number, number, number] = [1, 0, 0]; // the subject's left (the mediolateral axis)
const Y: [number, number, number] = [0, 1, 0]; // backwards (the subject faces −Y)
const Z: [number, number, number] = [0, 0, 1];

function anglesOf(pose: Pose, layout = 'halpe26'): Record<string, number> {
  const a: JointAngles = jointAngles(posesToPoints([pose], layout));
  return Object.fromEntries(a.angles.map((s) => [s.name, s.valuesDeg[0]]));
}

describe('jointAngles on hand-built poses', () => {
  it('is zero everywhere in the neutral standing pose', () => {
    const a = anglesOf(neutralPose());
    for (const [name, v] of Object.entries(a)) expect(Math.abs(v), name).toBeLessThan(1e-9);
  });

  it('reads a right knee bent 90° (shank horizontal, pointing backwards)', () => {
    const p = neutralPose();
    const a = anglesOf(rotatePoints(p, LEG('R').slice(1), X, 90, p.RKnee));
    expect(a.right_knee_flexion).toBeCloseTo(90, 9);
    expect(a.left_knee_flexion).toBeCloseTo(0, 9);
    expect(a.right_hip_flexion).toBeCloseTo(0, 9);
    expect(a.right_ankle_dorsiflexion).toBeCloseTo(0, 9); // the foot turned with the shank
  });

  it('reads a left hip flexed 30° with a straight knee', () => {
    const p = neutralPose();
    const a = anglesOf(rotatePoints(p, LEG('L'), X, -30, p.LHip));
    expect(a.left_hip_flexion).toBeCloseTo(30, 9);
    expect(a.left_hip_abduction).toBeCloseTo(0, 9);
    expect(a.left_knee_flexion).toBeCloseTo(0, 9);
  });

  it('reads hip abduction of 20° on either side as positive', () => {
    const p = neutralPose();
    let q = rotatePoints(p, LEG('L'), Y, -20, p.LHip); // left leg swings towards +X (lateral)
    q = rotatePoints(q, LEG('R'), Y, 20, p.RHip); // right leg towards −X (lateral)
    const a = anglesOf(q);
    expect(a.left_hip_abduction).toBeCloseTo(20, 9);
    expect(a.right_hip_abduction).toBeCloseTo(20, 9);
    expect(a.left_hip_flexion).toBeCloseTo(0, 9);
  });

  it('reads a left arm abducted 45° and a right arm flexed 60° forward', () => {
    const p = neutralPose();
    let q = rotatePoints(p, ARM('L'), Y, -45, p.LShoulder);
    q = rotatePoints(q, ARM('R'), X, -60, p.RShoulder);
    const a = anglesOf(q);
    expect(a.left_shoulder_abduction).toBeCloseTo(45, 9);
    expect(a.left_shoulder_flexion).toBeCloseTo(0, 9);
    expect(a.left_shoulder_elevation).toBeCloseTo(45, 9);
    expect(a.right_shoulder_flexion).toBeCloseTo(60, 9);
    expect(a.right_shoulder_abduction).toBeCloseTo(0, 9);
    expect(a.right_shoulder_elevation).toBeCloseTo(60, 9);
    expect(a.left_elbow_flexion).toBeCloseTo(0, 9);
  });

  it('reads an elbow bent 90° and an arm raised overhead sideways (elevation 150°)', () => {
    const p = neutralPose();
    let q = rotatePoints(p, ['RWrist'], X, -90, p.RElbow);
    q = rotatePoints(q, ARM('L'), Y, -150, q.LShoulder);
    const a = anglesOf(q);
    expect(a.right_elbow_flexion).toBeCloseTo(90, 9);
    expect(a.right_shoulder_flexion).toBeCloseTo(0, 9);
    expect(a.left_shoulder_elevation).toBeCloseTo(150, 9);
    expect(a.left_shoulder_abduction).toBeCloseTo(30, 9); // the floating-axis angle saturates at 90°: use elevation overhead
  });

  it('reads 15° of ankle dorsiflexion', () => {
    const p = neutralPose();
    const a = anglesOf(rotatePoints(p, FOOT('L'), X, -15, p.LAnkle));
    expect(a.left_ankle_dorsiflexion).toBeCloseTo(15, 9);
    expect(a.right_ankle_dorsiflexion).toBeCloseTo(0, 9);
  });

  it('reads foot progression: left toes out 12°, right toes in 7°, unchanged by a dorsiflexed foot', () => {
    const p = neutralPose();
    const up: [number, number, number] = [0, 0, 1];
    let q = rotatePoints(p, FOOT('L'), X, -20, p.LHeel); // toes up first: the heading stays straight
    q = rotatePoints(q, FOOT('L'), up, 12, q.LHeel); // left toes towards +X: away from the midline
    q = rotatePoints(q, FOOT('R'), up, 7, q.RHeel); // right toes towards +X: towards the midline
    const a = anglesOf(q);
    expect(a.left_foot_progression).toBeCloseTo(12, 9);
    expect(a.right_foot_progression).toBeCloseTo(-7, 9);
    expect(anglesOf(p).left_foot_progression).toBeCloseTo(0, 9);
  });

  it('reads a trunk leaning 20° forward and 10° to the right; the pelvis follows the trunk', () => {
    const p = neutralPose();
    const fwd = anglesOf(rotatePoints(p, UPPER_BODY, X, 20, [0, 0, 0.9])); // top moves towards −Y = forward
    expect(fwd.trunk_lean_forward).toBeCloseTo(20, 9);
    expect(fwd.trunk_lean_lateral).toBeCloseTo(0, 9);
    expect(fwd.trunk_lean).toBeCloseTo(20, 9);
    expect(fwd.left_hip_flexion).toBeCloseTo(20, 9); // bending forward closes the trunk–thigh angle: the pelvis follows the trunk
    const side = anglesOf(rotatePoints(p, UPPER_BODY, Y, -10, [0, 0, 0.9])); // top moves towards −X = the right
    expect(side.trunk_lean_lateral).toBeCloseTo(10, 9);
    expect(side.trunk_lean_forward).toBeCloseTo(0, 9);
  });

  it('does not depend on where the subject stands or which way it faces', () => {
    const p = neutralPose();
    let q = rotatePoints(p, LEG('R').slice(1), X, 70, p.RKnee);
    q = rotatePoints(q, ARM('L'), Y, -45, p.LShoulder);
    const ref = anglesOf(q);
    const all = Object.keys(q);
    let moved = rotatePoints(q, all, Z, 123, [0, 0, 0]);
    moved = Object.fromEntries(Object.entries(moved).map(([k, v]) => [k, [v[0] + 2, v[1] - 1, v[2]]])) as Pose;
    const a = anglesOf(moved);
    for (const k of Object.keys(ref)) expect(a[k], k).toBeCloseTo(ref[k], 9);
  });

  it('works on COCO-17 (no feet: no ankle angle) and marks missing keypoints as NaN', () => {
    const p = neutralPose();
    const q = rotatePoints(p, ['LAnkle'], X, 45, p.LKnee);
    const a = jointAngles(posesToPoints([q, { ...q, LKnee: [NaN, NaN, NaN] }], 'coco17'));
    const names = a.angles.map((s) => s.name);
    expect(names).not.toContain('left_ankle_dorsiflexion');
    expect(names).not.toContain('left_foot_progression');
    const knee = a.angles.find((s) => s.name === 'left_knee_flexion')!.valuesDeg;
    expect(knee[0]).toBeCloseTo(45, 9);
    expect(knee[1]).toBeNaN();
  });

  it('formats CSV and JSON with one row / value per frame and blanks / nulls for missing values', () => {
    const p = neutralPose();
    const a = jointAngles(posesToPoints([p, { ...p, RKnee: [NaN, NaN, NaN] }, rotatePoints(p, ['RAnkle'], X, 90, p.RKnee)]));
    const csv = formatJointAnglesCsv(a).trim().split('\n');
    expect(csv).toHaveLength(4);
    const header = csv[0].split(',');
    expect(header.slice(0, 2)).toEqual(['frame', 'time_s']);
    const col = header.indexOf('right_knee_flexion_deg');
    expect(csv[1].split(',')[col]).toBe('0.00');
    expect(csv[2].split(',')[col]).toBe('');
    expect(csv[3].split(',')[col]).toBe('90.00');
    expect(formatJointAnglesCsv(posesToPoints([p, { ...p, RKnee: [NaN, NaN, NaN] }, rotatePoints(p, ['RAnkle'], X, 90, p.RKnee)]))).toBe(
      formatJointAnglesCsv(a),
    );
    const json = JSON.parse(formatJointAnglesJson(a));
    expect(json.angles.right_knee_flexion.values).toEqual([0, null, 90]);
    expect(json.time_s).toEqual([0, 0.0333, 0.0667]);
  });
});
