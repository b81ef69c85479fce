import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';
import type { CameraRig } from '../core/types.ts';
import { findCalibrationFile, readCalibration, writeCalibration } from './calibration.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'openmocap-calib-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const rig: CameraRig = {
  cameras: [1, 2].map((i) => ({
    name: `cam_0${i}`, width: 1920, height: 1080, matrix: [1000, 0, 960, 0, 1000, 540, 0, 0, 1],
    distortions: [0.01, 0, 0, 0], rotation: [0.1 * i, 0, 0], translation: [i, 0.5, 3], fisheye: false,
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
    expect(() => findCalibrationFile(dir)).toThrow(/several calibration files .*\(a\.toml, b\.qca\.txt\); rename/);
  });
});
