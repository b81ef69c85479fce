// Node-only: `openmocap calibrate <session> --from-person`. Reads pose2d/ (run `openmocap detect`
// first), intrinsics from the session's calibration.toml when present (else a guess refined by
// the adjustment), recovers the camera poses from the person, writes calibration.toml atomically.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../core/errors.ts';
import type { Camera } from '../core/types.ts';
import { writeFileAtomic } from '../io/atomic.ts';
import { readPose2dFolder } from '../io/pose2d.ts';
import { normaliseCameraName } from '../io/matchCameras.ts';
import { formatCalibrationToml, parseCalibrationToml } from '../formats/calibrationToml.ts';
import { calibrateFromPerson } from './fromPerson.ts';
import { loadCalibrationSettings } from './runCalibrate.node.ts';
import type { CalibrationSettings } from './calibrationSettingsSchema.ts';
import { loadOpenCv } from './opencv.ts';

export interface FromPersonSummary {
  file: string;
  lines: string[];
}

export async function runCalibrateFromPerson(
  sessionDir: string,
  opts: { settings?: Partial<CalibrationSettings>; log?: (l: string) => void } = {},
): Promise<FromPersonSummary> {
  if (!existsSync(sessionDir)) throw new UserError(`session folder ${sessionDir} does not exist`);
  const settings = loadCalibrationSettings(sessionDir, opts.settings);
  const log = opts.log ?? (() => {});
  if (!existsSync(join(sessionDir, 'pose2d'))) {
    throw new UserError(`--from-person needs 2D keypoints in ${join(sessionDir, 'pose2d')}: run "openmocap detect ${sessionDir}" first (videos of a person walking through the whole capture volume)`);
  }
  const sequences = readPose2dFolder(sessionDir);
  if (sequences.length < 2) throw new UserError(`--from-person needs 2D keypoints from at least 2 cameras in ${join(sessionDir, 'pose2d')}, found ${sequences.length}`);
  const calFile = join(sessionDir, 'calibration.toml');
  const known: Camera[] = existsSync(calFile) ? parseCalibrationToml(readFileSync(calFile, 'utf8'), { file: calFile }).cameras : [];
  let guessed = false;
  const cameras: Camera[] = sequences.map((s) => {
    const k = known.find((c) => normaliseCameraName(c.name) === normaliseCameraName(s.camera));
    if (k) {
      if (Math.abs(k.width - s.imageWidth) > 16 || Math.abs(k.height - s.imageHeight) > 16) {
        throw new UserError(`${calFile}: ${k.name} is ${k.width}×${k.height} but its video is ${s.imageWidth}×${s.imageHeight}; calibrate the intrinsics at the video's resolution and orientation`);
      }
      return { ...k, name: s.camera, width: s.imageWidth, height: s.imageHeight };
    }
    guessed = true;
    // No intrinsics: a typical camera (horizontal field of view ≈ 60° on the long side), refined below.
    const f = 0.87 * Math.max(s.imageWidth, s.imageHeight);
    return {
      name: s.camera, width: s.imageWidth, height: s.imageHeight,
      matrix: [f, 0, (s.imageWidth - 1) / 2, 0, f, (s.imageHeight - 1) / 2, 0, 0, 1],
      distortions: [0, 0, 0, 0], rotation: [0, 0, 0], translation: [0, 0, 0], fisheye: false,
    };
  });
  if (guessed) log('from-person: no intrinsic calibration for some cameras; guessing their focal length and refining it (film a board into calibration/intrinsics/ for better results)');
  const { cv } = await loadOpenCv();
  log(`from-person: ${sequences.length} cameras, ${Math.min(...sequences.map((s) => s.frames))} frames, person height ${settings.person_height_m} m`);
  let res;
  try {
    res = calibrateFromPerson(cv, sequences, cameras, { personHeightM: settings.person_height_m, refineFocal: guessed });
  } catch (err) {
    throw new UserError(`calibration from the person failed (${(err as Error).message}); film the person walking through the whole area every camera sees, fully in view, for 10 s or more`);
  }
  const lines = [
    `from the person: ${res.points} 3D keypoints, reprojection ${res.reprojectionErrorPx.toFixed(2)} px, scale from a ${settings.person_height_m} m person`,
    ...res.cameras.map((c, i) => `${c.name.padEnd(9)} ${String(res.observationsPerCamera[i]).padStart(6)} keypoints used`),
    ...res.warnings.map((w) => `warning: ${w.message}`),
  ];
  writeFileAtomic(calFile, formatCalibrationToml({ cameras: res.cameras }, {
    calibrated_by: 'openmocap calibrate --from-person',
    person_height_m: settings.person_height_m,
    reprojection_error_px: res.reprojectionErrorPx,
    extrinsics_calibrated: true,
    world_frame: 'floor under the person (Z up), scale from the person height',
  }));
  return { file: calFile, lines };
}
