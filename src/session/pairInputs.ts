// Pairing each camera's 2D keypoints with its calibrated camera, leaving out cameras that see nobody
// or that [project].cameras does not list. Pure: the CLI (sessionInputs.ts) reads the session folder,
// the web app its dropped files, and both pair here. Paths in messages come in already displayable.
import { UserError, type Warning } from '../core/errors.ts';
import type { CameraRig, Pose2DInput, PoseSequence2D } from '../core/types.ts';
import { DEFAULT_CHUNK_FRAMES } from '../core/frameWindow.ts';
import { matchCameras, normaliseCameraName } from '../core/matchCameras.ts';
import type { Settings } from './parseSettings.ts';

export const sameCamera = (a: string, b: string): boolean => normaliseCameraName(a) === normaliseCameraName(b);

/**
 * The items of the cameras [project].cameras lists (all when it is not set). A listed camera with no
 * item is the settings' mistake: the message names mocap.toml (`settingsFile`) and what is there.
 * `display` turns the folder of `what` into the path shown to the user.
 */
export function restrictCameras<T extends { camera: string }>(
  items: T[],
  settings: Settings,
  what: string,
  settingsFile: string,
  display: (p: string) => string = (p) => p,
): T[] {
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
      `project.cameras lists ${missing.map((n) => `"${n}"`).join(', ')}, which ${missing.length > 1 ? 'have' : 'has'} no ${videos ? 'video' : '2D keypoints'} in ${display(what.replace(/^(videos|2D inputs) in /, ''))} ` +
        `(found: ${names.join(', ') || 'nothing'}); ${videos ? 'add the video' : 'detect its video'} or take ${missing.length > 1 ? 'them' : 'it'} out of project.cameras (in ${settingsFile})`,
    );
  }
  const map = matchCameras(wanted, names, what);
  const keep = new Set(map.values());
  return items.filter((i) => keep.has(i.camera));
}

/** Whether a camera's 2D data holds any keypoint at all (a camera that saw nobody has none); 2D read by frame ranges is read a chunk at a time. */
export function seesAnyone(seq: Pose2DInput): boolean {
  const any = (d: Float32Array): boolean => {
    for (let i = 0; i < d.length; i += 3) if (Number.isFinite(d[i])) return true;
    return false;
  };
  if ('data' in seq) return any(seq.data);
  for (let f = 0; f < seq.frames; f += DEFAULT_CHUNK_FRAMES)
    if (any(seq.readFrames(f, Math.min(seq.frames, f + DEFAULT_CHUNK_FRAMES)))) return true;
  return false;
}

/** The warning for a camera left out because nobody is in its video (the detect stage and triangulate say the same). */
export function nobodyInCamera(camera: string, file: string, frames: number): string {
  return `camera ${camera} was left out: nobody found in any of the ${frames} frames of ${file}; check that it films the subject (then rerun), or leave it out for good with [project] cameras = [...] in mocap.toml`;
}

function tooFewCamerasSeeAPerson(seeing: string[], blind: { camera: string; file: string }[]): string {
  const list = blind.map((b) => `${b.camera} (${b.file})`).join(', ');
  const total = seeing.length + blind.length;
  const head =
    seeing.length === 0 ? `none of the ${total} cameras sees a person` : `only 1 of the ${total} cameras sees a person (${seeing[0]})`;
  return `${head}: nobody found in ${list}; check that the cameras film the subject and replace those videos, or choose 2 or more cameras that see the person with [project] cameras = [...] in mocap.toml`;
}

export interface PairContext {
  /** The 2D inputs' folder as shown to the user (e.g. my-session/pose2d). */
  pose2dDir: string;
  /** The calibration file as shown in messages (session-relative). */
  calibrationRel: string;
  /** mocap.toml as shown in messages. */
  settingsFile: string;
  /** The file to name for a camera that sees nobody (its video when there is one). */
  blindFile: (camera: string, source?: string) => string;
  display?: (p: string) => string;
}

export interface PairedSequences<S extends Pose2DInput = PoseSequence2D> {
  /** sequences[i] belongs to rig.cameras[i]. */
  sequences: S[];
  rig: CameraRig;
  notes: string[];
  warnings: Warning[];
}

/**
 * Pairs 2D sequences (named by their file, `source` = where they came from) with the calibration's
 * cameras. Every 2D input needs a calibrated camera (clear error otherwise); calibrated cameras
 * without 2D data are left out with a note; cameras that see nobody are left out with a warning
 * while 2 or more cameras see the person. Appends to `warnings`.
 */
export function pairWithCalibration<S extends Pose2DInput>(
  named: (S & { source?: string })[],
  calib: { rig: CameraRig; notes: string[] },
  settings: Settings,
  ctx: PairContext,
  warnings: Warning[] = [],
): PairedSequences<S> {
  const chosen = restrictCameras(named, settings, `2D inputs in ${ctx.pose2dDir}`, ctx.settingsFile, ctx.display);
  // A camera whose video shows nobody (a black clip, an empty room) is left out, loudly, while 2 or
  // more cameras see the person; with fewer the run cannot go on.
  const sequences = chosen.filter(seesAnyone);
  const blind = chosen
    .filter((q) => !seesAnyone(q))
    .map((q) => ({ camera: q.camera, frames: q.frames, file: ctx.blindFile(q.camera, q.source) }));
  if (blind.length && sequences.length < 2)
    throw new UserError(
      tooFewCamerasSeeAPerson(
        sequences.map((q) => q.camera),
        blind,
      ),
    );
  for (const b of blind) warnings.push({ code: 'camera-sees-nobody', message: nobodyInCamera(b.camera, b.file, b.frames) });
  const rigNames = calib.rig.cameras.map((c) => c.name);
  const map = matchCameras(
    sequences.map((s) => s.camera),
    rigNames,
    `cameras of the calibration ${ctx.calibrationRel}`,
  );
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
    throw new UserError(
      `only ${sequences.length} camera${sequences.length === 1 ? '' : 's'} with 2D data in ${ctx.pose2dDir}; triangulation needs at least 2`,
    );
  // A frame rate of 0 would surface later as a filter setting's fault: name the file and the fix.
  if (settings.project.fps === undefined)
    for (const q of sequences)
      if (!(q.fps > 0))
        throw new UserError(
          `${q.source ? (ctx.display ?? ((x: string) => x))(q.source) : ctx.pose2dDir} gives camera ${q.camera} a frame rate of ${q.fps} fps; set the real rate with [project] fps = <frames per second> in ${ctx.settingsFile}, or rerun "openmocap detect" to write the file again`,
        );
  if (settings.project.fps !== undefined) {
    for (const s of sequences) {
      s.fps = settings.project.fps;
      s.timestampsMs = Float64Array.from({ length: s.frames }, (_, f) => (f * 1000) / settings.project.fps!);
    }
  }
  // Image sizes that differ from the calibration are scaled or warned about by triangulate (once).
  return { sequences: sequences.map(({ source: _, ...q }) => q as unknown as S), rig, notes, warnings };
}
