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
import { compareRigs } from './compareRigs.ts';
import { cameraCenter } from '../camera/project.ts';
import type { PoseSequence2D } from '../core/types.ts';
import { type FromPersonReport, formatFromPersonReport, fromPersonWarnings } from './fromPersonReport.ts';

/** Frames [from, to) of a sequence. */
function sliceFrames(q: PoseSequence2D, from: number, to: number): PoseSequence2D {
  const per = q.persons * q.joints * 3;
  return {
    ...q,
    frames: to - from,
    data: q.data.slice(from * per, to * per),
    timestampsMs: q.timestampsMs.slice(from, to),
    trackIds: q.trackIds.slice(from * q.persons, to * q.persons),
  };
}

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
  // The person fixes the focal length poorly (it trades against distance: on the lab recording the
  // consensus cost varies by under 1 % between 0.95 and 1.1 × the true focal length, and refining it
  // per camera let the cameras drift 2–9 % apart and the angles 8° off), so a guess is kept as is.
  if (guessed) log('warning: no lens calibration for some cameras; their focal length is guessed (a 59° field of view across the long side) and every distance scales with it — film a board into calibration/intrinsics/<camera>/ and run "openmocap calibrate" for accurate results');
  const { cv } = await loadOpenCv();
  log(`from-person: ${sequences.length} cameras, ${Math.min(...sequences.map((s) => s.frames))} frames, person height ${settings.person_height_m} m`);
  let res;
  try {
    res = calibrateFromPerson(cv, sequences, cameras, {
      personHeightM: settings.person_height_m,
      onCandidate: (c) => log(`from-person: candidate ${c.seed}: consensus cost ${(c.consensusCost / 1e3).toFixed(1)}k px², reprojection ${c.rmsPx.toFixed(2)} px`),
    });
  } catch (err) {
    throw new UserError(`calibration from the person failed (${(err as Error).message}); film the person walking through the whole area every camera sees, fully in view, for 10 s or more`);
  }
  // The take cut in two, each half calibrated alone: how firmly does the take fix the cameras?
  let halves: FromPersonReport['halves'] = null;
  const frames = Math.min(...sequences.map((s) => s.frames));
  if (settings.person_check_halves && frames >= 40) {
    log('from-person: checking consistency — calibrating each half of the take alone');
    try {
      const half = (a: number, b: number) =>
        calibrateFromPerson(cv, sequences.map((q) => sliceFrames(q, a, b)), cameras, { personHeightM: settings.person_height_m }).cameras;
      const cmp = compareRigs({ cameras: half(0, frames >> 1) }, { cameras: half(frames >> 1, frames) });
      halves = { maxRotationDiffDeg: cmp.maxRotationDiffDeg, maxDistanceDiffPct: cmp.maxDistanceDiffPct };
    } catch (err) {
      log(`from-person: a half of the take alone could not be calibrated (${(err as Error).message.split('\n')[0]})`);
    }
  }
  const base = {
    session: sessionDir,
    frames,
    model: [...new Set(sequences.map((q) => q.model ?? 'unknown'))].join(', '),
    personHeightM: settings.person_height_m,
    reprojectionErrorPx: res.reprojectionErrorPx,
    keypoints3d: res.points,
    cameras: res.cameras.map((c, i) => ({ camera: c.name, ...res.perCamera[i], positionM: cameraCenter(c) })),
    areaCoveredM: res.areaCoveredM,
    worldFrame: res.worldFrame,
    candidates: res.candidates,
    halves,
  };
  const report: FromPersonReport = { ...base, warnings: [...res.warnings, ...fromPersonWarnings(base)] };
  const reportFile = join(sessionDir, 'calibration-from-person-report.md');
  const lines = [
    `from the person: ${res.points} 3D keypoints, reprojection ${res.reprojectionErrorPx.toFixed(2)} px, scale from a ${settings.person_height_m} m person`,
    'camera    keypoints  median px  coverage',
    ...report.cameras.map((c) => `${c.camera.padEnd(9)} ${String(c.keypoints).padStart(9)} ${c.medianErrorPx.toFixed(1).padStart(10)} ${`${(100 * c.coverage).toFixed(0)} %`.padStart(9)}`),
    `floor area covered ${res.areaCoveredM[0].toFixed(2)} × ${res.areaCoveredM[1].toFixed(2)} m` +
      (halves ? `; halves of the take agree within ${halves.maxRotationDiffDeg.toFixed(1)}° and ${halves.maxDistanceDiffPct.toFixed(1)} %` : ''),
    ...report.warnings.map((w) => `warning: ${w.message}`),
    `report: ${reportFile}`,
  ];
  writeFileAtomic(calFile, formatCalibrationToml({ cameras: res.cameras }, {
    calibrated_by: 'openmocap calibrate --from-person',
    person_height_m: settings.person_height_m,
    reprojection_error_px: res.reprojectionErrorPx,
    extrinsics_calibrated: true,
    world_frame: res.worldFrame,
  }));
  writeFileAtomic(reportFile, formatFromPersonReport(report));
  writeFileAtomic(join(sessionDir, 'calibration-from-person-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return { file: calFile, lines };
}
