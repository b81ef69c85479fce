import { describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';

import { detectTranslationUnits, formatCalibrationToml, parseCalibrationToml, parseCalibrationTomlDetailed } from './calibrationToml.ts';
import { cameraCentreOf, matrixToRodrigues, rodriguesToMatrix } from './rodrigues.ts';

const POSE2SIM = `
[cam_01]
name = "cam_01"
size = [ 1088.0, 1920.0]
matrix = [ [ 1681.244873046875, 0.0, 532.97369384375], [ 0.0, 1681.075439453125, 948.137390140625], [ 0.0, 0.0, 1.0]]
distortions = [ -0.000721609375, 0.002187234375, 9.5e-06, 1.078125e-05]
rotation = [ 1.6882754799999993, 1.0483220499999997, -0.41955852000000016]
translation = [ 0.3211048899999996, 0.9563320600000009, 2.8907130499999996]
fisheye = false

[cam_02]
name = "cam_02"
size = [ 1088.0, 1920.0]
matrix = [ [ 1673.729614265625, 0.0, 534.494567875], [ 0.0, 1673.79724121875, 963.225891109375], [ 0.0, 0.0, 1.0]]
distortions = [ -0.000747609375, 0.00213728125, 1.51875e-05, 4.546875e-06]
rotation = [ 1.34975875, 1.5963809099999993, -1.1983285799999999]
translation = [ -0.11152829000000014, 0.7766184800000001, 3.0675519599999994]
fisheye = false

[metadata]
adjusted = false
error = 0.0
`;

// FreeMoCap style: first camera at the origin, millimetres, 5 coefficients, integer literals, a fisheye.
const FREEMOCAP = `
[cam_0]
name = "0"
size = [ 1280, 720,]
matrix = [ [ 900, 0, 640,], [ 0, 900, 360,], [ 0, 0, 1,],]
distortions = [ 0.01, -0.02, 0, 0, 0.003,]
rotation = [ 0, 0, 0,]
translation = [ 0, 0, 0,]

[cam_1]
name = "1"
size = [ 1280, 720,]
matrix = [ [ 600, 0, 640,], [ 0, 600, 360,], [ 0, 0, 1,],]
distortions = [ 0.1, 0.01, 0.001, 0.0001,]
rotation = [ 0, 0.6, 0,]
translation = [ -1500.0, 10.0, 400.0,]
fisheye = true

[metadata]
charuco_square_size = 39
`;

describe('parseCalibrationToml', () => {
  it('reads the Pose2Sim layout in metres, keeping [metadata] aside', () => {
    const p = parseCalibrationTomlDetailed(POSE2SIM, { file: 'Calib.toml' });
    expect(p.units).toBe('m');
    expect(p.unitsReason).toMatch(/Calib\.toml: translation units detected as metres/);
    expect(p.metadata).toEqual({ adjusted: false, error: 0 });
    const [c] = p.rig.cameras;
    expect(p.rig.cameras.map((x) => x.name)).toEqual(['cam_01', 'cam_02']);
    expect([c.width, c.height]).toEqual([1088, 1920]);
    expect(c.matrix).toEqual([1681.244873046875, 0, 532.97369384375, 0, 1681.075439453125, 948.137390140625, 0, 0, 1]);
    expect(c.translation[2]).toBe(2.8907130499999996);
    expect(c.fisheye).toBe(false);
  });

  it('detects FreeMoCap millimetres and converts them to metres; a setting overrides', () => {
    const p = parseCalibrationTomlDetailed(FREEMOCAP);
    expect(p.units).toBe('mm');
    expect(p.rig.cameras[1].translation).toEqual([-1.5, 0.01, 0.4]);
    expect(p.rig.cameras[1].fisheye).toBe(true);
    expect(p.rig.cameras[0].distortions).toHaveLength(5);
    expect(p.rig.cameras.map((c) => c.name)).toEqual(['0', '1']);
    const forced = parseCalibrationTomlDetailed(FREEMOCAP, { units: 'm' });
    expect(forced.units).toBe('m');
    expect(forced.unitsReason).toMatch(/set to metres/);
    expect(forced.rig.cameras[1].translation[0]).toBe(-1500);
  });
  it('says so when the units setting contradicts the camera spacing (a 1.7 m person would come out 1.7 mm tall)', () => {
    const forced = parseCalibrationTomlDetailed(FREEMOCAP, { units: 'm' });
    expect(forced.unitsReason).toMatch(
      /set to metres although the cameras' spacing looks like millimetres \(median camera distance \d+ \(threshold 50\)\); check project\.calibration_units/,
    );
    const agreeing = parseCalibrationTomlDetailed(FREEMOCAP, { units: 'mm' });
    expect(agreeing.unitsReason).not.toMatch(/although/);
  });

  it('round-trips through formatCalibrationToml exactly', () => {
    const rig = parseCalibrationToml(FREEMOCAP);
    const text = formatCalibrationToml(rig, { source: 'test', n: 2 });
    expect(text).toContain('size = [ 1280.0, 720.0]');
    const back = parseCalibrationTomlDetailed(text, { units: 'm' });
    expect(back.rig).toEqual(rig);
    expect(back.metadata).toEqual({ source: 'test', n: 2 });
  });

  it('names the file and the key of a malformed entry', () => {
    const cases: [string, RegExp][] = [
      [
        POSE2SIM.replace('rotation = [ 1.6882754799999993, 1.0483220499999997, -0.41955852000000016]', 'rotation = [1, 2]'),
        /c\.toml: \[cam_01\]\.rotation must be/,
      ],
      [POSE2SIM.replace('size = [ 1088.0, 1920.0]', 'size = "big"'), /\[cam_01\]\.size must be/],
      [POSE2SIM.replace('[ 0.0, 0.0, 1.0]]', '[ 0.0, 0.0]]'), /\[cam_01\]\.matrix must be a 3×3/],
      [
        POSE2SIM.replace('distortions = [ -0.000721609375, 0.002187234375, 9.5e-06, 1.078125e-05]', 'distortions = [1, 2, 3]'),
        /\[cam_01\]\.distortions must be 4 or 5/,
      ],
      [POSE2SIM.replace('translation = [ 0.3211048899999996', 'translation = [ "a"'), /\[cam_01\]\.translation/],
      [POSE2SIM.replace('fisheye = false', 'fisheye = "no"'), /\[cam_01\]\.fisheye must be true or false/],
      [POSE2SIM.replace('[cam_02]', '[cam_02'), /c\.toml is not valid TOML at line \d+ \(.+\); fix that line/],
      [
        POSE2SIM.replace(/matrix = .*\n/, ''),
        /c\.toml: \[cam_01\] has no matrix; every camera table needs size, matrix, distortions, rotation, translation/,
      ],
      [POSE2SIM.replace(/rotation = .*\n/, '').replace(/translation = .*\n/, ''), /\[cam_01\] has no rotation, translation;/],
      ['[metadata]\na = 1\n', /c\.toml holds no camera tables/],
      ['answer = 42\n', /top-level key "answer" is not a camera table/],
      [POSE2SIM.replace('name = "cam_02"', 'name = "cam_01"'), /two cameras are named "cam_01"/],
    ];
    for (const [text, msg] of cases) {
      expect(() => parseCalibrationToml(text, { file: 'c.toml' })).toThrow(UserError);
      expect(() => parseCalibrationToml(text, { file: 'c.toml' })).toThrow(msg);
    }
  });
});

describe('detectTranslationUnits', () => {
  const at = (c: [number, number, number]) => ({ rotation: [0.3, -0.2, 0.1] as [number, number, number], translation: c });
  it('says metres for a lab-sized rig and millimetres for the same rig ×1000', () => {
    const m = [at([0.5, 0.2, 3]), at([-1, 0.3, 2.5]), at([2, 0, 4])];
    expect(detectTranslationUnits(m).units).toBe('m');
    const mm = m.map((c) => at(c.translation.map((v) => v * 1000) as [number, number, number]));
    expect(detectTranslationUnits(mm).units).toBe('mm');
    // the note names the setting that overrides the guess
    expect(detectTranslationUnits(mm).reason).toMatch(/set project\.calibration_units = "m" or "mm" in mocap\.toml/);
  });
  it('says metres, and why, when nothing can tell', () => {
    expect(detectTranslationUnits([at([0, 0, 0])])).toMatchObject({ units: 'm', reason: expect.stringMatching(/assumed metres/) });
  });
});

describe('rodrigues helpers', () => {
  it('invert each other, including near 0 and near π', () => {
    for (const r of [
      [0.1, -0.2, 0.3],
      [1.6882754799999993, 1.0483220499999997, -0.41955852],
      [0, 0, 0],
      [Math.PI - 1e-9, 0, 0],
      [0, 2.2, -2.1],
    ]) {
      const back = matrixToRodrigues(rodriguesToMatrix(r));
      const R1 = rodriguesToMatrix(r);
      const R2 = rodriguesToMatrix(back);
      for (let i = 0; i < 9; i++) expect(R2[i]).toBeCloseTo(R1[i], 8);
    }
  });
  it('places the camera centre at −Rᵀt', () => {
    const c = cameraCentreOf([0, 0, Math.PI / 2], [1, 0, 0]);
    expect(c[0]).toBeCloseTo(0);
    expect(c[1]).toBeCloseTo(1);
  });
});
