// `openmocap process` on other tools' session folders, taken as they are: a Pose2Sim trial, a
// FreeMoCap recording and a caliscope project, each built from a synthetic rig and motion in that
// tool's own layout and file formats (OpenPose JSON, Config.toml, calibrations in mm, camera_array.toml).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CameraRig, PoseSequence2D } from '../../src/core/types.ts';
import { formatCalibrationToml } from '../../src/formats/calibrationToml.ts';
import { rodriguesToMatrix } from '../../src/formats/rodrigues.ts';
import { writeOpenPoseJson, writePose2d } from '../../src/io/pose2d.ts';
import { decodePoints3dFile } from '../../src/formats/points3dFile.ts';
import { runProcess } from '../../src/session/process.ts';
import { formatEffectiveSettings, loadSettings } from '../../src/session/settings.ts';
import { keypointLayoutNote, resolveSessionLayout } from '../../src/session/sessionLayout.ts';
import { generateMotion } from '../../src/synthetic/motion.ts';
import { observe } from '../../src/synthetic/observe.ts';
import { makeRingRig } from '../../src/synthetic/rig.ts';
import { ffmpegMissing, writePatternVideo } from '../../src/video/testVideos.ts';
import { errorMm } from './syntheticSession.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'omc-foreign-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FRAMES = 40;

function capture(layout: string, names: string[]): { truth: ReturnType<typeof generateMotion>; rig: CameraRig; seqs: PoseSequence2D[] } {
  const truth = generateMotion({ frames: FRAMES, fps: 30, layout, seed: 11, kind: 'mixed' });
  const ring = makeRingRig(names.length);
  const rig = { cameras: ring.cameras.map((c, i) => ({ ...c, name: names[i] })) };
  const seqs = observe(truth, rig, { noisePx: 1, missRate: 0.02, seed: 11 });
  return { truth, rig, seqs };
}

const filteredPoints = (dir: string) => decodePoints3dFile(new Uint8Array(readFileSync(join(dir, 'output', 'points3d.p3d')))).points;

describe('a Pose2Sim trial folder, as it is', () => {
  it('reads pose/<cam>_json (BODY_25B, recognised by geometry), the session-level calibration/ and Config.toml, and triangulates the known motion', async () => {
    const session = join(root, 'S00_Session');
    const trial = join(session, 'S00_P00_Participant', 'S00_P00_T01_Trial');
    const { truth, rig, seqs } = capture('body25b', ['cam01', 'cam02', 'cam03', 'cam04']);
    for (const s of seqs) writeOpenPoseJson(join(trial, 'pose', `${s.camera}_json`), s);
    mkdirSync(join(session, 'calibration'), { recursive: true });
    writeFileSync(
      join(session, 'calibration', 'Calib_scene.toml'),
      formatCalibrationToml({ cameras: rig.cameras.map((c) => ({ ...c, name: c.name.replace('cam', 'cam_') })) }),
    );
    // The session's Config.toml sets most keys; the trial's overrides the frame rate (as Pose2Sim reads them).
    writeFileSync(
      join(session, 'Config.toml'),
      [
        '[project]',
        'multi_person = false',
        'frame_rate = 60',
        "frame_range = 'auto'",
        '[pose]',
        "pose_model = 'BODY_25B'",
        "mode = 'balanced'",
        '[triangulation]',
        'reproj_error_threshold_triangulation = 15',
        'likelihood_threshold_triangulation = 0.3',
        'min_cameras_for_triangulation = 2',
        '[filtering]',
        'reject_outliers = true',
        'filter = true',
        "type = 'butterworth'",
        '[filtering.butterworth]',
        'cut_off_frequency = 6',
        'order = 4',
        '[kinematics]',
        'use_augmentation = true',
      ].join('\n'),
    );
    writeFileSync(join(trial, 'Config.toml'), '[project]\nframe_rate = 30\n');
    expect(resolveSessionLayout(trial).kind).toBe('pose2sim');

    const config = formatEffectiveSettings(loadSettings(trial), trial);
    expect(config).toContain('folder recognised as a Pose2Sim trial folder');
    expect(config).toMatch(/fps = 30 +# from Config\.toml/);
    expect(config).toMatch(/keypoint_layout = "body25b" +# from Config\.toml/);
    expect(config).toMatch(/order = 2 +# from Config\.toml/);
    expect(config).toMatch(/ignored from .*Config\.toml \(no openmocap equivalent\)/);
    expect(config).toContain('project.multi_person');
    expect(config).toContain('kinematics.use_augmentation');

    // The CLI prints the same, and the keypoint layout with each candidate's fit.
    const cli = spawnSync(process.execPath, [join(repoRoot, 'bin/openmocap.mjs'), 'config', trial], { encoding: 'utf8', timeout: 60_000 });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('folder recognised as a Pose2Sim trial folder');
    // (Header lines are wrapped: "#   " continues the line above.)
    expect(cli.stdout.replace(/\n# {3}/g, ' ')).toMatch(
      /2D keypoints: OpenPose JSON \(4 cameras, 25 keypoints per person\) read as body25b \(project\.keypoint_layout\); fit of each candidate, lower is better: body25b 0\.\d+, body25 0\.\d+/,
    );
    expect(keypointLayoutNote(trial, 'auto')[0]).toMatch(/recognised as body25b from the first frames; fit/);

    const summary = await runProcess(trial);
    expect(summary.layout).toBe('body25b');
    expect(summary.fps).toBe(30);
    expect(summary.cameras).toEqual(['cam01', 'cam02', 'cam03', 'cam04']);
    expect(summary.notes.join('\n')).toMatch(/Pose2Sim trial folder/);
    expect(summary.notes.join('\n')).toMatch(/using the 2D keypoints in .*pose for cam01, cam02, cam03, cam04/);
    expect(summary.warnings.filter((w) => w.code === 'layout-uncertain')).toEqual([]);
    const e = errorMm(filteredPoints(trial), truth);
    expect(e.compared).toBeGreaterThan(0.9 * truth.frames * truth.joints);
    expect(e.meanMm).toBeLessThan(15);
    // Pose2Sim's BODY_25B OpenSim markers: UpperNeck → Neck, HeadTop → Head, in its order.
    const header = readFileSync(join(trial, 'output', 'points3d.trc'), 'utf8')
      .split('\n')[3]
      .split('\t')
      .filter(Boolean);
    expect(header.slice(2, 17)).toEqual([
      'RHip',
      'RKnee',
      'RAnkle',
      'RBigToe',
      'RSmallToe',
      'RHeel',
      'LHip',
      'LKnee',
      'LAnkle',
      'LBigToe',
      'LSmallToe',
      'LHeel',
      'Neck',
      'Head',
      'Nose',
    ]);
  }, 120_000);
});

describe.skipIf(ffmpegMissing() !== '')(
  `a FreeMoCap recording and a caliscope project, as they are${ffmpegMissing() ? ` (skipped: ${ffmpegMissing()})` : ''}`,
  () => {
    // Their videos are real (short ffmpeg-encoded pattern clips); the 2D keypoints of the synthetic
    // person are put where `openmocap detect` writes them, newer than the videos, so process adopts
    // them instead of running the pose network on pattern frames.
    async function videosAndDetections(
      videoDir: string,
      sessionDir: string,
      seqs: PoseSequence2D[],
      stem: (s: PoseSequence2D) => string,
    ): Promise<void> {
      mkdirSync(videoDir, { recursive: true });
      for (const s of seqs) await writePatternVideo(join(videoDir, `${stem(s)}.mp4`), { width: 320, height: 240, fps: 30, frames: 4 });
      await new Promise((r) => setTimeout(r, 20));
      for (const s of seqs) writePose2d(sessionDir, { ...s, camera: stem(s), model: 'movenet-lightning' });
    }

    it('Pose2Sim with videos/ as well: cameras whose 2D is in pose/ are not detected again, the others are', async () => {
      const trial = join(root, 'p2s_videos');
      const { rig, seqs } = capture('halpe26', ['cam01', 'cam02', 'cam03']);
      mkdirSync(trial, { recursive: true });
      writeFileSync(join(trial, 'Config.toml'), "[project]\nframe_rate = 30\n[pose]\npose_model = 'HALPE_26'\n");
      mkdirSync(join(trial, 'calibration'));
      writeFileSync(join(trial, 'calibration', 'Calib.toml'), formatCalibrationToml(rig));
      // cam01 and cam02 have Pose2Sim's JSON; cam03 only a video, detected into pose2d/ (adopted here, see above).
      for (const s of seqs.slice(0, 2)) writeOpenPoseJson(join(trial, 'pose', `${s.camera}_json`), s);
      await videosAndDetections(join(trial, 'videos'), trial, seqs.slice(2), (s) => s.camera);
      for (const s of seqs.slice(0, 2))
        await writePatternVideo(join(trial, 'videos', `${s.camera}.mp4`), { width: 320, height: 240, fps: 30, frames: 4 });
      const summary = await runProcess(trial);
      expect(summary.stages.filter((s) => s.stage.startsWith('detect:')).map((s) => s.stage)).toEqual(['detect:cam03']);
      expect(summary.notes.join('\n')).toMatch(/using the 2D keypoints in .*pose for cam01, cam02 \(their videos are not detected again\)/);
      expect(summary.cameras).toEqual(['cam01', 'cam02', 'cam03']);
      expect(summary.layout).toBe('halpe26');
    }, 120_000);

    it('FreeMoCap: synchronized_videos/ and <recording>_camera_calibration.toml in millimetres', async () => {
      const rec = join(root, 'freemocap_data', 'recording_sessions', 'session_2024', 'recording_10_walk');
      const { truth, rig, seqs } = capture('halpe26', ['cam_0', 'cam_1', 'cam_2']);
      await videosAndDetections(join(rec, 'synchronized_videos'), rec, seqs, (s) => `Camera_00${s.camera.slice(4)}_synchronized`);
      const mm = {
        cameras: rig.cameras.map((c) => ({ ...c, translation: c.translation.map((v) => v * 1000) as [number, number, number] })),
      };
      writeFileSync(join(rec, 'recording_10_walk_camera_calibration.toml'), formatCalibrationToml(mm));
      expect(resolveSessionLayout(rec).kind).toBe('freemocap');
      const config = formatEffectiveSettings(loadSettings(rec), rec);
      expect(config).toContain('folder recognised as a FreeMoCap recording folder');
      expect(config).toMatch(/calibration_units = "mm" +# from recording_10_walk_camera_calibration\.toml/);

      const summary = await runProcess(rec);
      expect(summary.cameras).toEqual(['Camera_000_synchronized', 'Camera_001_synchronized', 'Camera_002_synchronized']);
      expect(summary.stages.filter((s) => s.stage.startsWith('detect:')).map((s) => s.status)).toEqual(['adopted', 'adopted', 'adopted']);
      const e = errorMm(filteredPoints(rec), truth);
      expect(e.compared).toBeGreaterThan(0.9 * truth.frames * truth.joints);
      expect(e.meanMm).toBeLessThan(15);
    }, 120_000);

    it('caliscope: recordings/<name>/cam_N.mp4, camera_array.toml (3×3 rotations, metres) and charuco.toml as board settings', async () => {
      const project = join(root, 'caliscope_project');
      const recording = join(project, 'recordings', 'walking_trial');
      const { truth, rig, seqs } = capture('coco17', ['cam_0', 'cam_1', 'cam_2', 'cam_3']);
      await videosAndDetections(recording, project, seqs, (s) => s.camera);
      mkdirSync(join(project, 'calibration', 'extrinsic'), { recursive: true });
      const fmt = (m: number[]) => `[[${m.slice(0, 3).join(', ')}], [${m.slice(3, 6).join(', ')}], [${m.slice(6, 9).join(', ')}]]`;
      writeFileSync(
        join(project, 'camera_array.toml'),
        rig.cameras
          .map((c, i) =>
            [
              `[cameras.${i}]`,
              `cam_id = ${i}`,
              'rotation_count = 0',
              'error = 0.3',
              'exposure = -6',
              'grid_count = 30',
              'ignore = false',
              `size = [${c.width}, ${c.height}]`,
              `matrix = ${fmt(c.matrix)}`,
              `distortions = [${c.distortions.join(', ')}]`,
              `translation = [${c.translation.join(', ')}]`,
              `rotation = ${fmt(rodriguesToMatrix(c.rotation))}`,
              '',
            ].join('\n'),
          )
          .join('\n'),
      );
      writeFileSync(
        join(project, 'charuco.toml'),
        'columns = 4\nrows = 5\nboard_height = 11.0\nboard_width = 8.5\ndictionary = "DICT_4X4_1000"\nunits = "inch"\naruco_scale = 0.75\nsquare_size_overide_cm = 5.4\ninverted = true\nlegacy_pattern = false\n',
      );
      expect(resolveSessionLayout(project).kind).toBe('caliscope');
      expect(resolveSessionLayout(recording).videoDir).toBe(recording);
      const config = formatEffectiveSettings(loadSettings(project), project);
      expect(config).toContain('folder recognised as a caliscope project (recording walking_trial)');
      expect(config).toMatch(/board = "charuco" +# from charuco\.toml/);
      expect(config).toMatch(/charuco_squares = \[4, 5\] +# from charuco\.toml/);
      expect(config).toMatch(/square_size_mm = 54 +# from charuco\.toml/);
      expect(config).toMatch(/charuco_dictionary = "DICT_4X4_1000" +# from charuco\.toml/);

      const summary = await runProcess(project);
      expect(summary.cameras).toEqual(['cam_0', 'cam_1', 'cam_2', 'cam_3']);
      const e = errorMm(filteredPoints(project), truth);
      expect(e.compared).toBeGreaterThan(0.9 * truth.frames * truth.joints);
      expect(e.meanMm).toBeLessThan(15);
    }, 120_000);
  },
);
