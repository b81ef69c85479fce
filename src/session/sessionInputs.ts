// Finding a session's inputs: videos, 2D keypoints, calibration, and pairing each camera's 2D data
// with its calibrated camera. Node-only.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UserError, type Warning } from '../core/errors.ts';
import type { CameraRig, Pose2DInput, PoseSequence2D } from '../core/types.ts';
import { DEFAULT_CHUNK_FRAMES } from '../core/frameWindow.ts';
import { findCalibrationFile, readCalibrationFile } from '../io/calibration.ts';
import { matchCameras, normaliseCameraName } from '../io/matchCameras.ts';
import { listPose2dSources, readPose2dFolder, POSE2D_DIR } from '../io/pose2d.ts';
import { displayPath, type Settings } from './settings.ts';

export const VIDEO_DIR = 'videos';
const VIDEO_EXT = /\.(mp4|mov|avi|mkv|webm|m4v|mpg|mpeg)$/i;

export interface SessionVideo {
  camera: string;
  path: string;
}

/** Videos in <session>/videos (file stem = camera), restricted to [project].cameras when set. */
export function listVideos(sessionDir: string, settings: Settings): SessionVideo[] {
  const dir = join(sessionDir, VIDEO_DIR);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const videos = readdirSync(dir)
    .filter((f) => VIDEO_EXT.test(f) && !f.startsWith('.'))
    .sort()
    .map((f) => ({ camera: f.replace(VIDEO_EXT, ''), path: join(dir, f) }));
  return restrictCameras(videos, settings, `videos in ${dir}`, sessionDir);
}

/**
 * The items of the cameras [project].cameras lists (all when it is not set). A listed camera with no
 * item is the settings' mistake: the message names mocap.toml and what is there.
 */
function restrictCameras<T extends { camera: string }>(items: T[], settings: Settings, what: string, sessionDir: string): T[] {
  const wanted = settings.project.cameras;
  if (!wanted) return items;
  const names = items.map((i) => i.camera);
  const missing = wanted.filter((n) => {
    try {
      matchCameras([n], names, what);
      return false;
    } catch (err) {
      return err instanceof UserError && err.message.includes('has no match');
    }
  });
  if (missing.length) {
    const videos = what.startsWith('videos');
    throw new UserError(
      `project.cameras lists ${missing.map((n) => `"${n}"`).join(', ')}, which ${missing.length > 1 ? 'have' : 'has'} no ${videos ? 'video' : '2D keypoints'} in ${displayPath(what.replace(/^(videos|2D inputs) in /, ''))} ` +
        `(found: ${names.join(', ') || 'nothing'}); ${videos ? 'add the video' : 'detect its video'} or take ${missing.length > 1 ? 'them' : 'it'} out of project.cameras (in ${displayPath(join(sessionDir, 'mocap.toml'))})`,
    );
  }
  const map = matchCameras(wanted, names, what);
  const keep = new Set(map.values());
  return items.filter((i) => keep.has(i.camera));
}

/** The calibration file the session uses ([project].calibration, else found automatically). */
export function calibrationFile(sessionDir: string, settings: Settings): string {
  const given = settings.project.calibration;
  if (given) {
    const path = join(sessionDir, given);
    if (!existsSync(path)) throw new UserError(`project.calibration points to ${path}, which does not exist; fix the path in ${join(sessionDir, 'mocap.toml')}`);
    if (statSync(path).isDirectory())
      throw new UserError(`project.calibration points to ${path}, which is a folder; point it at the calibration file itself (in ${join(sessionDir, 'mocap.toml')})`);
    return path;
  }
  const path = findCalibrationFile(sessionDir);
  if (existsSync(path) && statSync(path).isDirectory())
    throw new UserError(`${displayPath(path)} is a folder, not a calibration file; move the calibration file itself there (cameras in the aniposelib/Pose2Sim TOML format)`);
  return path;
}

/** Every file the 2D inputs consist of (for fingerprints): .pose2d files and the JSON files of OpenPose folders. */
export function pose2dInputFiles(sessionDir: string): string[] {
  const dir = join(sessionDir, POSE2D_DIR);
  if (!existsSync(dir)) return [];
  let sources;
  try {
    sources = listPose2dSources(sessionDir);
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
  const all = readPose2dFolder(sessionDir, { fps: settings.project.fps, onWarning: (w) => warnings.push(w), stream: opts.stream === true });
  // The file (or folder) name names the camera, whatever the file says inside (it may have been renamed).
  const sources = listPose2dSources(sessionDir);
  const named = all.map((s, i) => ({ ...s, camera: sources[i]?.camera ?? s.camera, source: sources[i]?.path }));
  const chosen = restrictCameras(named, settings, `2D inputs in ${join(sessionDir, POSE2D_DIR)}`, sessionDir);
  // A camera whose video shows nobody (a black clip, an empty room) is left out, loudly, while 2 or
  // more cameras see the person; with fewer the run cannot go on.
  const sequences = chosen.filter(seesAnyone);
  const blind = chosen.filter((q) => !seesAnyone(q)).map((q) => ({ camera: q.camera, frames: q.frames, file: displayPath(videoOf(sessionDir, settings, q.camera) ?? q.source ?? join(sessionDir, POSE2D_DIR)) }));
  if (blind.length && sequences.length < 2) throw new UserError(tooFewCamerasSeeAPerson(sequences.map((q) => q.camera), blind));
  for (const b of blind) warnings.push({ code: 'camera-sees-nobody', message: nobodyInCamera(b.camera, b.file, b.frames) });
  const rigNames = calib.rig.cameras.map((c) => c.name);
  const rel = relative(sessionDir, file) || file;
  const map = matchCameras(sequences.map((s) => s.camera), rigNames, `cameras of the calibration ${rel}`);
  const byName = new Map(calib.rig.cameras.map((c) => [c.name, c]));
  const rig: CameraRig = { cameras: sequences.map((s) => byName.get(map.get(s.camera)!)!) };
  const used = new Set(rig.cameras.map((c) => c.name));
  // A units setting that contradicts the cameras' spacing is a likely mistake, not a remark.
  const notes = calib.notes.filter((n) => !/check project\.calibration_units/.test(n));
  for (const n of calib.notes) if (!notes.includes(n)) warnings.push({ code: 'calibration-units', message: n });
  // (A camera left out for seeing nobody has its own warning.)
  const unused = rigNames.filter((n) => !used.has(n) && !blind.some((b) => sameCamera(b.camera, n)));
  const excluded = unused.filter((n) => named.some((q) => sameCamera(q.camera, n)));
  const missing = unused.filter((n) => !excluded.includes(n));
  if (missing.length) notes.push(`calibrated camera${missing.length > 1 ? 's' : ''} without 2D data, not used: ${missing.join(', ')}`);
  if (excluded.length) notes.push(`left out by project.cameras: ${excluded.join(', ')}`);
  if (sequences.length < 2)
    throw new UserError(`only ${sequences.length} camera${sequences.length === 1 ? '' : 's'} with 2D data in ${join(sessionDir, POSE2D_DIR)}; triangulation needs at least 2`);
  if (settings.project.fps !== undefined) {
    for (const s of sequences) {
      s.fps = settings.project.fps;
      s.timestampsMs = Float64Array.from({ length: s.frames }, (_, f) => (f * 1000) / settings.project.fps!);
    }
  }
  // Image sizes that differ from the calibration are scaled or warned about by triangulate (once).
  return { sequences: sequences.map(({ source: _, ...q }) => q), rig, calibrationFile: file, notes, warnings };
}

/** Whether a camera's 2D data holds any keypoint at all (a camera that saw nobody has none); 2D read by frame ranges is read a chunk at a time. */
export function seesAnyone(seq: Pose2DInput): boolean {
  const any = (d: Float32Array): boolean => {
    for (let i = 0; i < d.length; i += 3) if (Number.isFinite(d[i])) return true;
    return false;
  };
  if ('data' in seq) return any(seq.data);
  for (let f = 0; f < seq.frames; f += DEFAULT_CHUNK_FRAMES) if (any(seq.readFrames(f, Math.min(seq.frames, f + DEFAULT_CHUNK_FRAMES)))) return true;
  return false;
}

/** The warning for a camera left out because nobody is in its video (the detect stage and triangulate say the same). */
export function nobodyInCamera(camera: string, file: string, frames: number): string {
  return `camera ${camera} was left out: nobody found in any of the ${frames} frames of ${file}; check that it films the subject (then rerun), or leave it out for good with [project] cameras = [...] in mocap.toml`;
}

function tooFewCamerasSeeAPerson(seeing: string[], blind: { camera: string; file: string }[]): string {
  const list = blind.map((b) => `${b.camera} (${b.file})`).join(', ');
  const total = seeing.length + blind.length;
  const head = seeing.length === 0 ? `none of the ${total} cameras sees a person` : `only 1 of the ${total} cameras sees a person (${seeing[0]})`;
  return `${head}: nobody found in ${list}; check that the cameras film the subject and replace those videos, or choose 2 or more cameras that see the person with [project] cameras = [...] in mocap.toml`;
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
    existing = restrictCameras(listPose2dSources(sessionDir), settings, `2D inputs in ${join(sessionDir, POSE2D_DIR)}`, sessionDir).map((s) => s.camera);
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
      `only 1 camera (${names[0]}) in ${displayPath(join(sessionDir, fromVideo ? VIDEO_DIR : POSE2D_DIR))}: openmocap needs 2 or more synchronised cameras; add the other cameras' ${fromVideo ? 'videos' : '2D keypoints'}`,
    );
  }
  try {
    matchCameras(names, rigNames, `cameras of the calibration ${rel}`);
  } catch (err) {
    if (!(err instanceof UserError) || wanted) throw err;
    throw new UserError(`${err.message}, or leave cameras out with [project] cameras = [...] in mocap.toml`);
  }
}

export const sameCamera = (a: string, b: string): boolean => normaliseCameraName(a) === normaliseCameraName(b);
