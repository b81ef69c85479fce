// Finding a session's inputs: videos, 2D keypoints, calibration, and pairing each camera's 2D data
// with its calibrated camera. Node-only.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UserError, type Warning } from '../core/errors.ts';
import type { CameraRig, Pose2DInput, PoseSequence2D } from '../core/types.ts';
import { findCalibrationFile, readCalibrationFile } from '../io/calibration.ts';
import { matchCameras, normaliseCameraName } from '../core/matchCameras.ts';
import { listPose2dSources, readPose2dFolder, POSE2D_DIR } from '../io/pose2d.ts';
import { displayPath, type Settings } from './settings.ts';
import { listVideoFiles, resolveSessionLayout } from './sessionLayout.ts';
import { pairWithCalibration, restrictCameras as restrictPure, sameCamera } from './pairInputs.ts';

export { nobodyInCamera, sameCamera, seesAnyone } from './pairInputs.ts';

export const VIDEO_DIR = 'videos';

export interface SessionVideo {
  camera: string;
  path: string;
}

/** Videos in <session>/videos, or where the folder's layout keeps them (file stem = camera), restricted to [project].cameras when set. */
export function listVideos(sessionDir: string, settings: Settings): SessionVideo[] {
  const dir = resolveSessionLayout(sessionDir).videoDir;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const videos = listVideoFiles(dir);
  for (const v of videos)
    if (statSync(v.path).isDirectory())
      throw new UserError(
        `${displayPath(v.path)} is a folder, not a video; move the camera's video file itself there (or rename the folder)`,
      );
  return restrictCameras(videos, settings, `videos in ${dir}`, sessionDir);
}

/** restrictCameras (pairInputs.ts) with this session's mocap.toml named and paths shown as typed. */
function restrictCameras<T extends { camera: string }>(items: T[], settings: Settings, what: string, sessionDir: string): T[] {
  return restrictPure(items, settings, what, displayPath(join(sessionDir, 'mocap.toml')), displayPath);
}

/** The calibration file the session uses ([project].calibration, else found automatically). */
export function calibrationFile(sessionDir: string, settings: Settings): string {
  const given = settings.project.calibration;
  if (given) {
    const path = join(sessionDir, given);
    if (!existsSync(path))
      throw new UserError(`project.calibration points to ${path}, which does not exist; fix the path in ${join(sessionDir, 'mocap.toml')}`);
    if (statSync(path).isDirectory())
      throw new UserError(
        `project.calibration points to ${path}, which is a folder; point it at the calibration file itself (in ${join(sessionDir, 'mocap.toml')})`,
      );
    return path;
  }
  // A foreign folder (Pose2Sim, FreeMoCap, caliscope) has its calibration where that tool keeps it,
  // unless `openmocap calibrate` wrote calibration.toml into it since.
  const own = join(sessionDir, 'calibration.toml');
  const path = (!existsSync(own) && resolveSessionLayout(sessionDir).calibrationFile) || findCalibrationFile(sessionDir);
  if (existsSync(path) && statSync(path).isDirectory())
    throw new UserError(
      `${displayPath(path)} is a folder, not a calibration file; move the calibration file itself there (cameras in the aniposelib/Pose2Sim TOML format)`,
    );
  return path;
}

/** Every file the 2D inputs consist of (for fingerprints): .pose2d files and the JSON files of OpenPose folders. */
export function pose2dInputFiles(sessionDir: string): string[] {
  const dirs = pose2dDirs(sessionDir);
  if (!dirs.some((d) => existsSync(d))) return [];
  let sources;
  try {
    sources = listPose2dSources(sessionDir, { dirs });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const s of sources) {
    if (s.kind === 'pose2d') files.push(s.path);
    else for (const f of readdirSync(s.path).sort()) if (f.toLowerCase().endsWith('.json')) files.push(join(s.path, f));
  }
  return files;
}

export interface PairedInputs<S extends Pose2DInput = PoseSequence2D> {
  /** sequences[i] belongs to rig.cameras[i]. */
  sequences: S[];
  rig: CameraRig;
  calibrationFile: string;
  notes: string[];
  warnings: Warning[];
}

/**
 * Reads the 2D keypoints and the calibration and pairs them by camera name. Every 2D input needs a
 * calibrated camera (clear error otherwise); calibrated cameras without 2D data are left out with a note.
 */
export function readPairedInputs(sessionDir: string, settings: Settings): PairedInputs;
/** With `stream`, own-format 2D files are opened to be read by frame ranges (for triangulation in bounded memory). */
export function readPairedInputs(sessionDir: string, settings: Settings, opts: { stream: boolean }): PairedInputs<Pose2DInput>;
export function readPairedInputs(sessionDir: string, settings: Settings, opts: { stream?: boolean } = {}): PairedInputs<Pose2DInput> {
  const warnings: Warning[] = [];
  const file = calibrationFile(sessionDir, settings);
  const calib = readCalibrationFile(file, settings.project.calibration_units);
  const dirs = pose2dDirs(sessionDir);
  const all = readPose2dFolder(sessionDir, {
    dirs,
    fps: settings.project.fps,
    layout: settings.project.keypoint_layout,
    onWarning: (w) => warnings.push(w),
    stream: opts.stream === true,
  });
  // The file (or folder) name names the camera, whatever the file says inside (it may have been renamed).
  const sources = listPose2dSources(sessionDir, { dirs });
  const named = all.map((s, i) => ({ ...s, camera: sources[i]?.camera ?? s.camera, source: sources[i]?.path }));
  const paired = pairWithCalibration(
    named,
    calib,
    settings,
    {
      pose2dDir: pose2dWhere(sessionDir),
      calibrationRel: relative(sessionDir, file) || file,
      settingsFile: displayPath(join(sessionDir, 'mocap.toml')),
      display: displayPath,
      blindFile: (camera, source) => displayPath(videoOf(sessionDir, settings, camera) ?? source ?? pose2dWhere(sessionDir)),
    },
    warnings,
  );
  return { ...paired, calibrationFile: file };
}

/** The video of a camera in videos/, if there is one. */
function videoOf(sessionDir: string, settings: Settings, camera: string): string | undefined {
  try {
    return listVideos(sessionDir, settings).find((v) => sameCamera(v.camera, camera))?.path;
  } catch {
    return undefined;
  }
}

/** Throws when [project].cameras names a camera the calibration does not have (the mistake is in mocap.toml). */
export function checkProjectCameras(sessionDir: string, settings: Settings, rig?: CameraRig, rel?: string): void {
  const wanted = settings.project.cameras;
  if (!wanted) return;
  if (!rig) {
    const file = calibrationFile(sessionDir, settings);
    rig = readCalibrationFile(file, settings.project.calibration_units).rig;
    rel = relative(sessionDir, file) || file;
  }
  const rigNames = rig.cameras.map((c) => c.name);
  const rigKeys = new Set(rigNames.map(normaliseCameraName));
  const unknown = wanted.filter((n) => !rigKeys.has(normaliseCameraName(n)));
  if (unknown.length)
    throw new UserError(
      `project.cameras lists ${unknown.map((n) => `"${n}"`).join(', ')}, which ${unknown.length > 1 ? 'are not cameras' : 'is not a camera'} of ${rel} (cameras: ${rigNames.join(', ')}) (in ${displayPath(join(sessionDir, 'mocap.toml'))})`,
    );
}

/**
 * Checks, before any slow work, that the session's calibration can be found and read, that it places
 * the cameras (not intrinsics only), that [project].cameras names calibrated cameras, and that it has
 * a camera for every camera the run will triangulate: each video in videos/ and each 2D input
 * already in pose2d/. Throws a one-line UserError; the triangulate stage would otherwise fail the
 * same way only after detection.
 */
export function checkCalibrationForCameras(sessionDir: string, settings: Settings, listVideoCameras: () => string[]): void {
  const file = calibrationFile(sessionDir, settings);
  const calib = readCalibrationFile(file, settings.project.calibration_units);
  const rel = relative(sessionDir, file) || file;
  const rigNames = calib.rig.cameras.map((c) => c.name);
  const placed = calib.rig.cameras.filter((c) => [...c.rotation, ...c.translation].some((x) => x !== 0));
  if (calib.rig.cameras.length >= 2 && placed.length === 0)
    throw new UserError(
      `${displayPath(file)} has the cameras' intrinsics but not where they are (every rotation and translation is zero); ` +
        `add synchronised board videos as calibration/extrinsics/<camera>.mp4 and run "openmocap calibrate ${displayPath(sessionDir)}", or run "openmocap calibrate ${displayPath(sessionDir)} --from-person"`,
    );
  const wanted = settings.project.cameras;
  if (wanted) checkProjectCameras(sessionDir, settings, calib.rig, rel);
  let existing: string[] = [];
  try {
    existing = restrictCameras(
      listPose2dSources(sessionDir, { dirs: pose2dDirs(sessionDir) }),
      settings,
      `2D inputs in ${pose2dWhere(sessionDir)}`,
      sessionDir,
    ).map((s) => s.camera);
  } catch {
    // No pose2d/ yet (detect will write it), or nothing usable in it: only the videos count.
  }
  const names: string[] = [];
  const seen = new Set<string>();
  const videoCameras = listVideoCameras();
  for (const n of [...videoCameras, ...existing]) {
    const key = normaliseCameraName(n);
    if (!seen.has(key)) {
      seen.add(key);
      names.push(n);
    }
  }
  if (names.length === 1) {
    const fromVideo = videoCameras.length === 1;
    throw new UserError(
      `only 1 camera (${names[0]}) in ${displayPath(fromVideo ? resolveSessionLayout(sessionDir).videoDir : pose2dWhere(sessionDir))}: openmocap needs 2 or more synchronised cameras; add the other cameras' ${fromVideo ? 'videos' : '2D keypoints'}`,
    );
  }
  try {
    matchCameras(names, rigNames, `cameras of the calibration ${rel}`);
  } catch (err) {
    if (!(err instanceof UserError) || wanted) throw err;
    throw new UserError(`${err.message}, or leave cameras out with [project] cameras = [...] in mocap.toml`);
  }
}

/** Where a session's 2D keypoints are, for messages: the existing 2D folders (pose2d/ when none exists). */
function pose2dWhere(sessionDir: string): string {
  const dirs = pose2dDirs(sessionDir).filter((d) => existsSync(d));
  return dirs.length ? dirs.join(' and ') : join(sessionDir, POSE2D_DIR);
}

/** The folders a session's 2D keypoints are read from (pose2d/, then a foreign tool's, see sessionLayout.ts). */
export const pose2dDirs = (sessionDir: string): string[] => resolveSessionLayout(sessionDir).pose2dDirs;

/**
 * Cameras whose 2D keypoints a foreign folder already holds (Pose2Sim's pose/<cam>_json/): process
 * uses them instead of detecting those cameras' videos again.
 */
export function foreignPose2dCameras(sessionDir: string): { cameras: string[]; dirs: string[] } {
  const dirs = resolveSessionLayout(sessionDir).foreignPose2dDirs.filter((d) => existsSync(d));
  if (!dirs.length) return { cameras: [], dirs };
  return { cameras: listPose2dSources(sessionDir, { dirs }).map((s) => s.camera), dirs };
}
