// The one place that knows how a session folder is laid out: openmocap's own, or another tool's
// folder taken as it is (no copying or renaming). Maps a folder to where its videos, 2D keypoints,
// calibration and settings are. process, detect and config all ask here. Node-only.
//
//   openmocap  videos/, pose2d/, calibration.toml (or the one *.toml / *.qca.txt), mocap.toml
//   Pose2Sim   trial folder: videos/, pose/<cam>_json/ (older: pose-2d/), calibration/ (older: calib-2d/)
//              in the trial or a parent folder (session level), Config.toml in the trial and its parents
//              (the closest wins)
//   FreeMoCap  recording folder: synchronized_videos/ (pre-alpha: SynchedVideos/),
//              <recording>_camera_calibration.toml (millimetres), here or in the parent folder
//   caliscope  project folder (with one recording) or recordings/<name>/: cam_N.mp4 (older: port_N.mp4),
//              camera_array.toml (calibration/extrinsic/capture_volume/, or the project root) or the
//              older config.toml, charuco.toml (project root or calibration/targets/) as board settings
// openmocap writes its own files into the folder given: pose2d/ (detections) and output/.
// ref: Pose2Sim README and Demo_SinglePerson/Config.toml; FreeMoCap's paths_and_file_names
//      (synchronized_videos, *_camera_calibration.toml); caliscope docs/project_setup.md.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse } from 'smol-toml';
import { UserError } from '../core/errors.ts';
import { cameraOfVideo, isVideoFileName } from '../core/videoFiles.ts';
import { OUTPUT } from './exports.ts';
import { canonicalLayoutName } from '../core/layouts.ts';
import { isCaliscopeCalibration, parseCaliscopeCharuco } from '../formats/caliscope.ts';
import { sampleOpenPoseLayout } from '../io/pose2d.ts';

export type SessionLayoutKind = 'openmocap' | 'pose2sim' | 'freemocap' | 'caliscope';

/** Settings another tool's files give, shaped like mocap.toml; mocap.toml's own values win over them. */
import type { SettingsLayer } from './parseSettings.ts';
export type { SettingsLayer };

export interface SessionLayout {
  kind: SessionLayoutKind;
  /** The folder given (openmocap writes pose2d/ and output/ here). */
  dir: string;
  /** What the folder was recognised as, for `openmocap config` and notes. */
  description: string;
  /** Folder holding one video per camera (may not exist). */
  videoDir: string;
  /** Folders of per-camera 2D keypoints, in order of preference: openmocap's pose2d/ first, then the tool's. */
  pose2dDirs: string[];
  /** The tool's own 2D folders (a subset of pose2dDirs): cameras with 2D here are not detected again. */
  foreignPose2dDirs: string[];
  /** The calibration file found by the tool's rules; undefined = openmocap's search in `dir`. */
  calibrationFile?: string;
  /** Settings from the tool's files, lowest priority first. */
  settingsLayers: SettingsLayer[];
  /** Board photos or videos per camera for the lenses (`openmocap calibrate`). */
  intrinsicsDir: string;
  /** Synchronised board videos (or photos) per camera for the camera positions. */
  extrinsicsDir: string;
}

/**
 * The video files of a folder (core/videoFiles.ts's extensions, hidden files skipped), sorted, each
 * with its camera (the file stem). The one folder scan for videos: process, detect, sync, overlay,
 * calibration from a person and the server all list videos through it. [] when the folder is absent.
 */
export function listVideoFiles(dir: string): { camera: string; path: string }[] {
  return list(dir)
    .filter(isVideoFileName)
    .map((f) => ({ camera: cameraOfVideo(f), path: join(dir, f) }));
}

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();
const isFile = (p: string): boolean => existsSync(p) && statSync(p).isFile();
const list = (dir: string): string[] =>
  isDir(dir)
    ? readdirSync(dir)
        .filter((f) => !f.startsWith('.'))
        .sort()
    : [];

/** Works out how `dir` is laid out. Throws a UserError only when a layout is recognised but unusable as it is. */
export function resolveSessionLayout(dir: string): SessionLayout {
  return caliscopeLayout(dir) ?? freemocapLayout(dir) ?? pose2simLayout(dir) ?? ownLayout(dir);
}

function ownLayout(dir: string): SessionLayout {
  return {
    kind: 'openmocap',
    dir,
    description: 'openmocap session folder',
    videoDir: join(dir, 'videos'),
    pose2dDirs: [join(dir, 'pose2d')],
    foreignPose2dDirs: [],
    settingsLayers: [],
    ...calibrationInputs(join(dir, 'calibration')),
  };
}

/** openmocap's (and Pose2Sim's) calibration input folders under a calibration/ folder. */
const calibrationInputs = (cal: string): Pick<SessionLayout, 'intrinsicsDir' | 'extrinsicsDir'> => ({
  intrinsicsDir: join(cal, 'intrinsics'),
  extrinsicsDir: join(cal, 'extrinsics'),
});

// ---------------------------------------------------------------- Pose2Sim

/** Pose2Sim's 2D folders: pose/ (current), pose-2d/ (older versions). */
const POSE2SIM_POSE_DIRS = ['pose', 'pose-2d'];

const hasJsonFolders = (dir: string): boolean =>
  list(dir).some((f) => isDir(join(dir, f)) && list(join(dir, f)).some((g) => g.toLowerCase().endsWith('.json')));

function pose2simLayout(dir: string): SessionLayout | undefined {
  const poseDirs = POSE2SIM_POSE_DIRS.map((d) => join(dir, d)).filter(hasJsonFolders);
  const configs = [dir, dirname(resolve(dir)), dirname(dirname(resolve(dir)))].map((d) => join(d, 'Config.toml')).filter(isFile);
  // A trial folder has its Config.toml, or Pose2Sim's 2D folders (an openmocap session has neither).
  if (!isFile(join(dir, 'Config.toml')) && poseDirs.length === 0) return undefined;
  const calibration = pose2simCalibration(dir);
  return {
    kind: 'pose2sim',
    dir,
    description: 'Pose2Sim trial folder',
    videoDir: join(dir, 'videos'),
    pose2dDirs: [join(dir, 'pose2d'), ...poseDirs],
    foreignPose2dDirs: poseDirs,
    calibrationFile: calibration,
    // Pose2Sim reads the Config.toml of the level above for keys the trial's does not set: parents first.
    settingsLayers: configs.reverse().map(readPose2simConfig),
    // Pose2Sim's calibration/intrinsics/int_cam01_img/ and calibration/extrinsics/ext_cam01_img/, beside its calibration file.
    ...calibrationInputs(calibration ? dirname(calibration) : join(dir, 'calibration')),
  };
}

/** Pose2Sim's calibration: calibration/ of the trial, else of a parent folder (session level); a TOML wins over a .qca.txt. */
function pose2simCalibration(dir: string): string | undefined {
  // Older Pose2Sim versions called the folder calib-2d/.
  const bases = [dir, dirname(resolve(dir)), dirname(dirname(resolve(dir)))];
  for (const cal of bases.flatMap((b) => [join(b, 'calibration'), join(b, 'calib-2d')])) {
    const files = list(cal).filter((f) => isFile(join(cal, f)));
    const tomls = files.filter((f) => f.toLowerCase().endsWith('.toml'));
    const pick = tomls.length ? tomls : files.filter((f) => f.toLowerCase().endsWith('.qca.txt'));
    if (pick.length === 1) return join(cal, pick[0]);
    if (pick.length > 1)
      throw new UserError(
        `several calibration files in ${cal} (${pick.join(', ')}); name the one to use in ${join(dir, 'mocap.toml')}: [project] calibration = "<path relative to ${dir}>"`,
      );
  }
  return undefined;
}

/** Pose2Sim pose_model values and the openmocap layout they store. */
const POSE2SIM_MODELS: Record<string, string> = {
  body_with_feet: 'halpe26',
  lower_body: 'halpe26',
  halpe_26: 'halpe26',
  whole_body: 'wholebody133',
  coco_133: 'wholebody133',
  body: 'coco17',
  coco_17: 'coco17',
  coco: 'coco17',
  body_25: 'body25',
  body_25b: 'body25b',
  blazepose: 'blazepose33',
};

/** Flattens a TOML table to dotted keys (arrays of tables kept whole). */
function flatten(t: Record<string, unknown>, prefix = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) out.push(...flatten(v as Record<string, unknown>, key));
    else out.push([key, v]);
  }
  return out;
}

function readToml(file: string): Record<string, unknown> {
  try {
    return parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(
      `could not read ${file} (${code ?? (err as Error).message.split('\n')[0]}); fix it, or remove it to use openmocap's defaults`,
    );
  }
}

/** Pose2Sim's Config.toml keys that have an openmocap equivalent, mapped; the rest listed as ignored. */
export function readPose2simConfig(file: string): SettingsLayer {
  const flat = new Map(flatten(readToml(file)));
  const values: SettingsLayer['values'] = {};
  const mapped: string[] = [];
  const used = new Set<string>();
  const set = (from: string, section: string, key: string, value: unknown, how = ''): void => {
    (values[section] ??= {})[key] = value;
    mapped.push(`${from} → ${section}.${key}${how}`);
    used.add(from);
  };
  const get = (k: string): unknown => flat.get(k);

  const fps = get('project.frame_rate');
  if (typeof fps === 'number') set('project.frame_rate', 'project', 'fps', fps);
  const model = get('pose.pose_model');
  if (typeof model === 'string') {
    const layout = POSE2SIM_MODELS[model.toLowerCase()] ?? canonicalLayoutName(model);
    if (layout) set('pose.pose_model', 'project', 'keypoint_layout', layout, ` ("${model}" = ${layout})`);
  }
  const num = (k: string, section: string, key: string, scale = 1): void => {
    const v = get(k);
    if (typeof v === 'number') set(k, section, key, v * scale, scale === 1 ? '' : ` (× ${scale})`);
  };
  num('triangulation.likelihood_threshold_triangulation', 'triangulation', 'min_score');
  num('triangulation.reproj_error_threshold_triangulation', 'triangulation', 'max_reprojection_error_px');
  num('triangulation.min_cameras_for_triangulation', 'triangulation', 'min_cameras');
  num('triangulation.interp_if_gap_smaller_than', 'triangulation', 'max_gap_frames');
  const interp = get('triangulation.interpolation');
  if (interp === 'linear' || interp === 'cubic') set('triangulation.interpolation', 'triangulation', 'interpolation', interp);
  num('calibration.calculate.intrinsics.intrinsics_square_size', 'calibration', 'square_size_mm');
  const corners = get('calibration.calculate.intrinsics.intrinsics_corners_nb');
  if (Array.isArray(corners) && corners.length === 2)
    set('calibration.calculate.intrinsics.intrinsics_corners_nb', 'calibration', 'inner_corners', corners);

  // Filtering: Pose2Sim's switches and type become openmocap's filter list, where it has the filter.
  const type = get('filtering.type') ?? 'butterworth';
  const filterOn = get('filtering.filter');
  const outliers = get('filtering.reject_outliers');
  if (typeof filterOn === 'boolean' || typeof outliers === 'boolean' || flat.has('filtering.type')) {
    const smooth = filterOn === false ? [] : type === 'butterworth' || type === 'median' ? [type] : undefined;
    if (smooth) {
      const filters = [...(outliers === true ? ['hampel'] : []), ...smooth];
      (values.filter ??= {}).filters = filters;
      mapped.push(
        `filtering.filter, filtering.reject_outliers, filtering.type → filter.filters = [${filters.map((f) => `"${f}"`).join(', ')}]`,
      );
      for (const k of ['filtering.filter', 'filtering.reject_outliers', 'filtering.type']) used.add(k);
    }
  }
  num('filtering.butterworth.cut_off_frequency', 'filter', 'cutoff_hz');
  // Pose2Sim's order counts both filtfilt passes; openmocap's order is one pass's (see [filter] order).
  const order = get('filtering.butterworth.order');
  if (typeof order === 'number' && order % 2 === 0)
    set('filtering.butterworth.order', 'filter', 'order', order / 2, ' (÷ 2: openmocap counts one filtfilt pass)');
  num('filtering.median.kernel_size', 'filter', 'median_window_frames');

  const ignored = [...flat.keys()].filter((k) => !used.has(k) && !k.startsWith('pose.CUSTOM'));
  if ([...flat.keys()].some((k) => k.startsWith('pose.CUSTOM'))) ignored.push('pose.CUSTOM (custom skeletons)');
  return { file, values, mapped, ignored };
}

// ---------------------------------------------------------------- FreeMoCap

function freemocapLayout(dir: string): SessionLayout | undefined {
  // FreeMoCap's pre-alpha versions called the folder SynchedVideos/.
  const videos = [join(dir, 'synchronized_videos'), join(dir, 'SynchedVideos')].find(isDir);
  if (!videos) return undefined;
  const calibrations = [dir, dirname(resolve(dir))].map((d) =>
    list(d)
      .filter((f) => /camera_calibration.*\.toml$/i.test(f) && isFile(join(d, f)))
      .map((f) => join(d, f)),
  );
  const here = calibrations[0].length ? calibrations[0] : calibrations[1];
  if (here.length > 1)
    throw new UserError(
      `several FreeMoCap calibrations next to ${dir} (${here.map((f) => basename(f)).join(', ')}); name the one to use in ${join(dir, 'mocap.toml')}: [project] calibration = "<file>"`,
    );
  const file = here[0];
  return {
    kind: 'freemocap',
    dir,
    description: 'FreeMoCap recording folder',
    videoDir: videos,
    pose2dDirs: [join(dir, 'pose2d')],
    foreignPose2dDirs: [],
    calibrationFile: file,
    ...calibrationInputs(join(dir, 'calibration')),
    settingsLayers: file
      ? [
          {
            file,
            values: { project: { calibration_units: 'mm' } },
            mapped: ['FreeMoCap calibration translations in millimetres → project.calibration_units = "mm"'],
            ignored: [],
          },
        ]
      : [],
  };
}

// ---------------------------------------------------------------- caliscope

/** caliscope's calibration in a project folder, newest location first. */
function caliscopeCalibration(project: string): string | undefined {
  const candidates = [
    join(project, 'calibration', 'extrinsic', 'capture_volume', 'camera_array.toml'),
    join(project, 'camera_array.toml'),
    join(project, 'config.toml'),
  ];
  return candidates.find((f) => isFile(f) && isCaliscopeCalibration(readFileSync(f, 'utf8')));
}

const isCaliscopeVideo = (f: string): boolean => /^(cam|port)_\d+\.[a-z0-9]+$/i.test(f) && isVideoFileName(f);

function caliscopeLayout(dir: string): SessionLayout | undefined {
  const abs = resolve(dir);
  let project: string;
  let recording: string;
  if (isDir(join(dir, 'recordings')) && (caliscopeCalibration(dir) || isDir(join(dir, 'calibration', 'extrinsic')))) {
    // The project folder: take its one recording.
    project = dir;
    const recordings = list(join(dir, 'recordings')).filter((r) => list(join(dir, 'recordings', r)).some(isCaliscopeVideo));
    if (recordings.length === 0)
      throw new UserError(
        `${join(dir, 'recordings')} holds no recording with cam_N.mp4 videos; add one, or pass the recording folder itself`,
      );
    if (recordings.length > 1)
      throw new UserError(
        `${dir} is a caliscope project with ${recordings.length} recordings (${recordings.join(', ')}); pass one of them: ${join(dir, 'recordings', recordings[0])}`,
      );
    recording = join(dir, 'recordings', recordings[0]);
  } else if (basename(dirname(abs)) === 'recordings' && list(dir).some(isCaliscopeVideo) && caliscopeCalibration(dirname(dirname(abs)))) {
    project = dirname(dirname(abs));
    recording = dir;
  } else return undefined;
  const layers: SettingsLayer[] = [];
  const board = [join(project, 'charuco.toml'), join(project, 'calibration', 'targets', 'charuco.toml')].find(isFile);
  const config = join(project, 'config.toml');
  if (board) layers.push(charucoLayer(board, readFileSync(board, 'utf8')));
  else if (isFile(config) && readToml(config).charuco) layers.push(charucoLayer(config, readFileSync(config, 'utf8')));
  return {
    kind: 'caliscope',
    dir,
    description: `caliscope project (recording ${basename(recording)})`,
    videoDir: recording,
    pose2dDirs: [join(dir, 'pose2d')],
    foreignPose2dDirs: [],
    calibrationFile: caliscopeCalibration(project),
    settingsLayers: layers,
    // caliscope's own calibration videos: calibration/intrinsic/cam_N.mp4 and calibration/extrinsic/cam_N.mp4.
    intrinsicsDir: join(project, 'calibration', 'intrinsic'),
    extrinsicsDir: join(project, 'calibration', 'extrinsic'),
  };
}

function charucoLayer(file: string, text: string): SettingsLayer {
  const b = parseCaliscopeCharuco(text, file);
  return {
    file,
    values: { calibration: { ...b.settings } },
    mapped: b.mapped.map((m) => m.replace(/→ /, '→ calibration.')),
    ignored: b.ignored,
  };
}

/** Lines describing a layout, for `openmocap config` and process notes. */
export function describeSessionLayout(layout: SessionLayout, show: (p: string) => string = (p) => p): string[] {
  if (layout.kind === 'openmocap') return [];
  const lines = [`folder recognised as a ${layout.description}: videos from ${show(layout.videoDir)}`];
  if (layout.foreignPose2dDirs.length)
    lines.push(`2D keypoints read from ${layout.foreignPose2dDirs.map(show).join(', ')} (cameras found there are not detected again)`);
  lines.push(
    layout.calibrationFile
      ? `calibration: ${show(layout.calibrationFile)}`
      : "calibration: none found by the tool's rules; looking in the folder itself",
  );
  lines.push(
    `openmocap writes its 2D keypoints to ${show(join(layout.dir, 'pose2d'))} and its results to ${show(join(layout.dir, OUTPUT.dir))}`,
  );
  for (const l of layout.settingsLayers) {
    if (l.mapped.length) lines.push(`settings from ${show(l.file)} (mocap.toml overrides them): ${l.mapped.join('; ')}`);
    if (l.ignored.length) lines.push(`ignored from ${show(l.file)} (no openmocap equivalent): ${l.ignored.join(', ')}`);
  }
  return lines;
}

/**
 * One line on the keypoint layout of the session's OpenPose JSON (for `openmocap config`): the forced
 * one, or the one found from the first frames with its fit. Nothing when there is no JSON input.
 */
export function keypointLayoutNote(dir: string, setting: string): string[] {
  let sample;
  try {
    sample = sampleOpenPoseLayout(dir, { dirs: resolveSessionLayout(dir).pose2dDirs });
  } catch (err) {
    return [`2D keypoints: could not be read (${(err as Error).message})`];
  }
  if (!sample || sample.count === undefined) return [];
  const { found, count } = sample;
  const where = `OpenPose JSON (${sample.folders.length} camera${sample.folders.length > 1 ? 's' : ''}, ${count} keypoints per person)`;
  const fits = found.fits
    .filter((f) => Number.isFinite(f.score))
    .map((f) => `${f.layout} ${f.score.toFixed(2)}`)
    .join(', ');
  if (setting !== 'auto')
    return [
      `2D keypoints: ${where} read as ${setting} (project.keypoint_layout)${fits ? `; fit of each candidate, lower is better: ${fits}` : ''}`,
    ];
  if (!found.layout) return [`2D keypoints: ${where} match no supported layout`];
  return [
    `2D keypoints: ${where} recognised as ${found.layout} from the first frames${found.confident ? '' : ' (uncertain: set project.keypoint_layout)'}${fits ? `; fit, lower is better: ${fits}` : ''}`,
  ];
}
