import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';
import type { CameraRig } from '../core/types.ts';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCalibrationFile, readCalibration, readCalibrationFile, writeCalibration } from './calibration.ts';
import { matchCameras } from '../core/matchCameras.ts';

const calibDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/data/pose2sim-demo/calibration');
const haveShared = existsSync(calibDir);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'openmocap-calib-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const rig: CameraRig = {
  cameras: [1, 2].map((i) => ({
    name: `cam_0${i}`,
    width: 1920,
    height: 1080,
    matrix: [1000, 0, 960, 0, 1000, 540, 0, 0, 1],
    distortions: [0.01, 0, 0, 0],
    rotation: [0.1 * i, 0, 0],
    translation: [i, 0.5, 3],
    fisheye: false,
  })),
};

describe('readCalibration', () => {
  it('prefers calibration.toml and reports how units were chosen', () => {
    writeCalibration(join(dir, 'calibration.toml'), rig);
    writeFileSync(join(dir, 'other.toml'), 'x = 1');
    const r = readCalibration(dir);
    expect(r.file).toBe(join(dir, 'calibration.toml'));
    expect(r.rig).toEqual(rig);
    expect(r.notes[0]).toMatch(/metres/);
  });
  it('takes the single calibration file in calibration/, ignoring mocap.toml', () => {
    mkdirSync(join(dir, 'calibration'));
    writeCalibration(join(dir, 'calibration', 'Calib_scene.toml'), rig);
    writeFileSync(join(dir, 'mocap.toml'), '[filter]\n');
    expect(findCalibrationFile(dir)).toBe(join(dir, 'calibration', 'Calib_scene.toml'));
  });
  it('refuses to guess between several files, and says what to do when there is none', () => {
    expect(() => findCalibrationFile(dir)).toThrow(UserError);
    expect(() => findCalibrationFile(dir)).toThrow(/no calibration in .*calibration\.toml/);
    writeCalibration(join(dir, 'a.toml'), rig);
    writeFileSync(join(dir, 'b.qca.txt'), '<calibration/>');
    expect(() => findCalibrationFile(dir)).toThrow(
      /several calibration files .*\(a\.toml, b\.qca\.txt\); rename the one to use to calibration\.toml, or name it in mocap\.toml: \[project\] calibration = /,
    );
  });
});

describe.skipIf(!haveShared)('the Pose2Sim demo calibrations [needs ../shared/data]', () => {
  it('reads all three files in metres and matches their cameras to the videos cam01…cam04', () => {
    const videos = ['cam01', 'cam02', 'cam03', 'cam04'];
    for (const f of ['Calib_qualisys.toml', 'Calib_scene.toml', 'Calib.qca.txt']) {
      const r = readCalibrationFile(join(calibDir, f));
      expect(r.rig.cameras).toHaveLength(4);
      expect(r.units === 'm' || f.endsWith('.qca.txt')).toBe(true);
      const m = matchCameras(
        r.rig.cameras.map((c) => c.name),
        videos,
        'videos',
      );
      expect([...m.values()]).toEqual(videos);
      for (const c of r.rig.cameras) expect(Math.hypot(...c.translation)).toBeGreaterThan(2); // cameras 2–6 m away
    }
  });
  it('finds the scene and Qualisys calibrations agree on where the cameras are (within 15 cm)', () => {
    const a = readCalibrationFile(join(calibDir, 'Calib_qualisys.toml')).rig.cameras;
    const b = readCalibrationFile(join(calibDir, 'Calib_scene.toml')).rig.cameras;
    for (let i = 0; i < 4; i++) for (let k = 0; k < 3; k++) expect(Math.abs(a[i].translation[k] - b[i].translation[k])).toBeLessThan(0.15);
  });
});
