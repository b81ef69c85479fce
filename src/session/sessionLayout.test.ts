import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';
import { findExtrinsicInputs, findIntrinsicInputs, loadCalibrationSettings } from '../calibration/runCalibrate.node.ts';
import { calibrationFile } from './sessionInputs.ts';
import { readPose2simConfig, resolveSessionLayout } from './sessionLayout.ts';
import { loadSettings } from './settings.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'omc-layout-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const touch = (path: string, text = ''): void => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};
const CALISCOPE_CAMERA =
  '[cameras.0]\nsize = [640, 480]\nmatrix = [[500, 0, 320], [0, 500, 240], [0, 0, 1]]\ndistortions = [0, 0, 0, 0, 0]\ntranslation = [0, 0, 2]\nrotation = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]\n';

describe('resolveSessionLayout', () => {
  it('an openmocap session is its own layout: videos/, pose2d/, calibration found in the folder', () => {
    mkdirSync(join(dir, 'videos'));
    const l = resolveSessionLayout(dir);
    expect([l.kind, l.videoDir, l.pose2dDirs, l.calibrationFile]).toEqual([
      'openmocap',
      join(dir, 'videos'),
      [join(dir, 'pose2d')],
      undefined,
    ]);
  });

  it('caliscope: a project with several recordings asks for one; a recording folder finds the project two levels up', () => {
    touch(join(dir, 'camera_array.toml'), CALISCOPE_CAMERA);
    for (const r of ['walk', 'run']) touch(join(dir, 'recordings', r, 'cam_0.mp4'));
    expect(() => resolveSessionLayout(dir)).toThrow(UserError);
    expect(() => resolveSessionLayout(dir)).toThrow(/caliscope project with 2 recordings \(run, walk\); pass one of them/);
    const rec = resolveSessionLayout(join(dir, 'recordings', 'walk'));
    expect([rec.kind, rec.videoDir, rec.calibrationFile]).toEqual([
      'caliscope',
      join(dir, 'recordings', 'walk'),
      join(dir, 'camera_array.toml'),
    ]);
    expect(rec.extrinsicsDir).toBe(join(dir, 'calibration', 'extrinsic'));
    // The newer location wins over the project root.
    touch(join(dir, 'calibration', 'extrinsic', 'capture_volume', 'camera_array.toml'), CALISCOPE_CAMERA);
    expect(resolveSessionLayout(join(dir, 'recordings', 'walk')).calibrationFile).toBe(
      join(dir, 'calibration', 'extrinsic', 'capture_volume', 'camera_array.toml'),
    );
  });

  it('caliscope: calibrate finds the board videos in calibration/intrinsic|extrinsic/ and the board in charuco.toml (mocap.toml still wins)', () => {
    touch(join(dir, 'camera_array.toml'), CALISCOPE_CAMERA);
    touch(join(dir, 'recordings', 'walk', 'cam_0.mp4'));
    for (const c of ['cam_0', 'cam_1']) {
      touch(join(dir, 'calibration', 'intrinsic', `${c}.mp4`));
      touch(join(dir, 'calibration', 'extrinsic', `${c}.mp4`));
    }
    touch(
      join(dir, 'charuco.toml'),
      'columns = 4\nrows = 5\ndictionary = "DICT_4X4_1000"\naruco_scale = 0.75\nsquare_size_overide_cm = 5.4\n',
    );
    expect(findIntrinsicInputs(dir).map((i) => [i.camera, i.video])).toEqual([
      ['cam_0', join(dir, 'calibration', 'intrinsic', 'cam_0.mp4')],
      ['cam_1', join(dir, 'calibration', 'intrinsic', 'cam_1.mp4')],
    ]);
    expect(findExtrinsicInputs(dir).map((i) => i.camera)).toEqual(['cam_0', 'cam_1']);
    const board = loadCalibrationSettings(dir);
    expect([board.board, board.charuco_squares, board.charuco_dictionary, board.charuco_marker_ratio, board.square_size_mm]).toEqual([
      'charuco',
      [4, 5],
      'DICT_4X4_1000',
      0.75,
      54,
    ]);
    writeFileSync(join(dir, 'mocap.toml'), '[calibration]\nsquare_size_mm = 50\n');
    expect(loadCalibrationSettings(dir).square_size_mm).toBe(50);
  });

  it('older folder names: FreeMoCap SynchedVideos/ (calibration in the parent), Pose2Sim calib-2d/', () => {
    const rec = join(dir, 'session_1');
    mkdirSync(join(rec, 'SynchedVideos'), { recursive: true });
    touch(join(dir, 'camera_calibration_data.toml'));
    const f = resolveSessionLayout(rec);
    expect([f.kind, f.videoDir, f.calibrationFile]).toEqual([
      'freemocap',
      join(rec, 'SynchedVideos'),
      join(dir, 'camera_calibration_data.toml'),
    ]);
    const trial = join(dir, 'Demo');
    touch(join(trial, 'Config.toml'));
    touch(join(trial, 'calib-2d', 'Calib.qca.txt'));
    expect(resolveSessionLayout(trial).calibrationFile).toBe(join(trial, 'calib-2d', 'Calib.qca.txt'));
  });

  it("a calibration.toml openmocap wrote into a foreign folder wins over the tool's", () => {
    touch(join(dir, 'camera_array.toml'), CALISCOPE_CAMERA);
    touch(join(dir, 'recordings', 'walk', 'cam_0.mp4'));
    const settings = loadSettings(dir).settings;
    expect(calibrationFile(dir, settings)).toBe(join(dir, 'camera_array.toml'));
    touch(join(dir, 'calibration.toml'), '');
    expect(calibrationFile(dir, settings)).toBe(join(dir, 'calibration.toml'));
  });

  it('Pose2Sim: Config.toml is never taken for a calibration; several calibrations in calibration/ are named', () => {
    touch(join(dir, 'Config.toml'), '[project]\nframe_rate = 50\n');
    touch(join(dir, 'calibration', 'Calib_a.toml'));
    touch(join(dir, 'calibration', 'Calib_b.toml'));
    expect(() => resolveSessionLayout(dir)).toThrow(
      /several calibration files in .*calibration \(Calib_a\.toml, Calib_b\.toml\); name the one to use/,
    );
    rmSync(join(dir, 'calibration'), { recursive: true });
    const l = resolveSessionLayout(dir);
    expect([l.kind, l.calibrationFile]).toEqual(['pose2sim', undefined]);
    expect(() => calibrationFile(dir, loadSettings(dir).settings)).toThrow(/no calibration in/);
  });

  it('Pose2Sim Config.toml: keys with an equivalent are mapped (order halved, filters from the switches), the rest listed; a value openmocap rejects is listed, not used', () => {
    touch(
      join(dir, 'Config.toml'),
      "[project]\nframe_rate = 'auto'\nmulti_person = true\n[pose]\npose_model = 'HALPE_26'\n[triangulation]\nmin_cameras_for_triangulation = 1\ninterpolation = 'cubic'\n[filtering]\nreject_outliers = false\nfilter = true\ntype = 'kalman'\n[filtering.butterworth]\norder = 4\ncut_off_frequency = 8\n",
    );
    const layer = readPose2simConfig(join(dir, 'Config.toml'));
    expect(layer.values).toEqual({
      project: { keypoint_layout: 'halpe26' },
      triangulation: { min_cameras: 1, interpolation: 'cubic' },
      filter: { cutoff_hz: 8, order: 2 },
    });
    // 'auto' frame rate and a Kalman filter have no equivalent: listed, with the rest.
    expect(layer.ignored).toEqual(
      expect.arrayContaining(['project.frame_rate', 'project.multi_person', 'filtering.type', 'filtering.filter']),
    );
    const loaded = loadSettings(dir);
    expect(loaded.settings.triangulation.min_cameras).toBe(2);
    expect(loaded.settings.filter.order).toBe(2);
    expect(loaded.originLabels?.filter?.order).toBe('from Config.toml');
    expect(loaded.layout?.settingsLayers[0].ignored.join('\n')).toMatch(
      /triangulation\.min_cameras_for_triangulation = 1 \(not used: triangulation\.min_cameras must be ≥ 2/,
    );
    // mocap.toml wins over Config.toml.
    writeFileSync(join(dir, 'mocap.toml'), '[filter]\ncutoff_hz = 5\n');
    expect(loadSettings(dir).settings.filter.cutoff_hz).toBe(5);
  });
});

describe('a Pose2Sim Config.toml, mutated (fast-check, fixed seed)', () => {
  it('gives effective settings or a one-line UserError, never another exception', async () => {
    const fc = (await import('fast-check')).default;
    const base =
      "[project]\nframe_rate = 60\n[pose]\npose_model = 'BODY_25B'\n[triangulation]\nreproj_error_threshold_triangulation = 15\nlikelihood_threshold_triangulation = 0.3\nmin_cameras_for_triangulation = 2\ninterp_if_gap_smaller_than = 10\n[filtering]\nreject_outliers = true\nfilter = true\ntype = 'butterworth'\n[filtering.butterworth]\ncut_off_frequency = 6\norder = 4\n[calibration.calculate.intrinsics]\nintrinsics_corners_nb = [4,7]\nintrinsics_square_size = 60\n";
    fc.assert(
      fc.property(fc.nat(base.length), fc.nat(30), fc.string({ maxLength: 10 }), (at, cut, insert) => {
        writeFileSync(join(dir, 'Config.toml'), base.slice(0, at) + insert + base.slice(Math.min(base.length, at + cut)));
        try {
          const s = loadSettings(dir).settings;
          expect(s.triangulation.min_cameras).toBeGreaterThanOrEqual(2);
        } catch (err) {
          expect(err).toBeInstanceOf(UserError);
          expect((err as Error).message).not.toContain('\n');
        }
      }),
      { seed: 21, numRuns: 150 },
    );
  });
});
