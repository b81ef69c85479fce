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
    // Nothing but videos: find the person first, with the more precise model by default.
    const { detectSession, listSessionVideos } = await import('../detect/runDetect.ts');
    const videos = listSessionVideos(sessionDir);
    log(`from-person: finding the person in ${videos.length} videos with ${settings.person_model} (pose2d/ is absent; "openmocap detect" writes it too)`);
    let lastPrint = 0;
    const { summary } = await detectSession(sessionDir, { model: settings.person_model }, (p) => {
      const now = Date.now();
      if (now - lastPrint < 2000 && !(p.framesTotal && p.framesDone >= p.framesTotal)) return;
      lastPrint = now;
      const eta = p.etaS !== undefined ? `, ${Math.ceil(p.etaS)} s left` : '';
      log(`detect ${p.camera.padEnd(8)} ${p.framesDone}${p.framesTotal ? `/${p.framesTotal}` : ''} frames, ${p.fps.toFixed(1)} frames/s${eta}`);
    }, { log });
    const failed = summary.filter((c) => c.error);
    for (const c of failed) log(`warning: ${c.camera}: ${c.error}`);
    if (summary.length - failed.length < 2) {
      throw new UserError(`--from-person: the person was found in fewer than 2 videos of ${join(sessionDir, 'videos')}${failed.length ? ` (${failed.map((c) => c.camera).join(', ')} failed)` : ''}; film one person walking through the whole area every camera sees`);
    }
  }
  const all = readPose2dFolder(sessionDir);
  const { seesAnyone } = await import('../session/sessionInputs.ts');
  const blind = all.filter((q) => !seesAnyone(q));
  for (const q of blind) log(`warning: ${q.camera} sees nobody (its keypoints in ${join(sessionDir, 'pose2d')} are empty); calibrating the other cameras without it`);
  const sequences = all.filter(seesAnyone);
  if (sequences.length < 2) {
    throw new UserError(`--from-person: only ${sequences.length} of the ${all.length} cameras in ${join(sessionDir, 'pose2d')} see a person${blind.length ? ` (nobody in ${blind.map((q) => q.camera).join(', ')})` : ''}; film one person walking through the whole area every camera sees`);
  }
  const models = [...new Set(sequences.map((s) => s.model).filter(Boolean))];
  if (models.includes('movenet-lightning')) {
    log('from-person: these keypoints come from movenet-lightning; movenet-thunder places joints more precisely and gives better camera poses (delete pose2d/ and rerun to let calibrate detect with it)');
  }
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
    res = calibrateFromPerson(cv, sequences, cameras, {
      personHeightM: settings.person_height_m,
      refineFocal: guessed,
      onCandidate: (c) => log(`from-person: candidate ${c.seed}: consensus cost ${(c.consensusCost / 1e3).toFixed(1)}k px², reprojection ${c.rmsPx.toFixed(2)} px`),
    });
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
