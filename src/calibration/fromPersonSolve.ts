// The pure half of `openmocap calibrate --from-person`, shared by the CLI (runCalibrateFromPerson.node.ts)
// and the web app (web/calibrateInPage.ts): how the person is detected for it, the guessed lens of a
// camera without lens calibration, and the solve itself (calibrateFromPerson, the two-halves check, the
// report, the summary lines and calibration.toml's text). Pure: no files, the caller writes them.
import { UserError, type Warning } from '../core/errors.ts';
import type { Camera, PoseSequence2D } from '../core/types.ts';
import type { DetectSettings } from '../detect/detectSettingsSchema.ts';
import type { ModelName } from '../detect/modelSpecs.ts';
import { cameraCenter } from '../camera/project.ts';
import { formatCalibrationToml } from '../formats/calibrationToml.ts';
import type { CalibrationSettings } from './calibrationSettingsSchema.ts';
import { compareRigs } from './compareRigs.ts';
import { calibrateFromPerson, type FromPersonResult } from './fromPerson.ts';
import { type FromPersonReport, fromPersonWarnings } from './fromPersonReport.ts';
import type { OpenCv } from './opencv.node.ts';

/** Frames [from, to) of a sequence. */
export function sliceFrames(q: PoseSequence2D, from: number, to: number): PoseSequence2D {
  const per = q.persons * q.joints * 3;
  return {
    ...q,
    frames: to - from,
    data: q.data.slice(from * per, to * per),
    timestampsMs: q.timestampsMs.slice(from, to),
    trackIds: q.trackIds.slice(from * q.persons, to * q.persons),
  };
}

/**
 * How --from-person finds the person: the model, a second run per frame on a crop centred on this
 * frame's person, and a tight crop (1.1 × the keypoint box, MoveNet) so that the person fills the
 * model's input. On the lab's single-person take (bench/fromPersonLab.ts, movenet-thunder, 3 × 3
 * RANSAC seeds) this took the camera rotations from 4.2–4.9° to 2.9–4.4° of the lab's (median of
 * candidates 4.6° → 3.2°) and the distances from 5.0–5.8 % to 3.4–4.0 %; the two-people take stayed at
 * 2.6–2.8°. Padding 1.0 cut off hands and feet (a quarter fewer keypoints); full-size decoding did not help.
 */
export function personDetectSettings(model: ModelName): Partial<DetectSettings> {
  return { model, crop_padding: 1.1, recrop: true };
}

/** No intrinsics: a typical camera (field of view ≈ 59° across the long side), kept as is by the solve. */
export function guessLens(camera: string, width: number, height: number): Camera {
  const f = 0.87 * Math.max(width, height);
  return {
    name: camera,
    width,
    height,
    matrix: [f, 0, (width - 1) / 2, 0, f, (height - 1) / 2, 0, 0, 1],
    distortions: [0, 0, 0, 0],
    rotation: [0, 0, 0],
    translation: [0, 0, 0],
    fisheye: false,
  };
}

export interface FromPersonSolveInput {
  /** The session (its name in the report). */
  session: string;
  /** The person's keypoints per camera (cameras that see someone), pooled over the takes. */
  pooled: PoseSequence2D[];
  /** One lens per pooled sequence (measured, or guessLens). */
  cameras: Camera[];
  /** The takes pooled and their frames (report). */
  takes: { source: string; frames: number }[];
  /** The models that found the person (report). */
  model: string;
  settings: CalibrationSettings;
  /** Warnings gathered before the solve (cameras left out, guessed lenses); they open the report's list. */
  leftOut: Warning[];
  /** Names of the cameras whose lens was guessed (calibration.toml's lenses_guessed). */
  guessed: string[];
  /** The "lenses: …" line of the summary. */
  lensLine: string;
  /** calibration.toml's calibrated_by. */
  calibratedBy: string;
  log?: (line: string) => void;
}

export interface FromPersonSolved {
  res: FromPersonResult;
  report: FromPersonReport;
  /** The summary printed by the CLI and shown by the page. */
  lines: string[];
  /** calibration.toml's text. */
  calibrationToml: string;
}

/** Calibrates the cameras from the person, checks the two halves of the take, builds the report. */
export function solveFromPerson(cv: OpenCv, input: FromPersonSolveInput): FromPersonSolved {
  const { pooled, cameras, settings, leftOut } = input;
  const log = input.log ?? (() => {});
  let res: FromPersonResult;
  try {
    res = calibrateFromPerson(cv, pooled, cameras, {
      personHeightM: settings.person_height_m,
      onCandidate: (c) =>
        log(
          c.error
            ? `from-person: candidate ${c.seed}: failed (${c.error})`
            : `from-person: candidate ${c.seed}: consensus cost ${(c.consensusCost / 1e3).toFixed(1)}k px², reprojection ${c.rmsPx.toFixed(2)} px`,
        ),
    });
  } catch (err) {
    throw new UserError(
      `calibration from the person failed (${(err as Error).message}); film the person walking through the whole area every camera sees, fully in view, for 10 s or more`,
    );
  }
  const solved = res.candidates.filter((c) => !c.error);
  if (res.candidates.length > 1 && solved.length) {
    const best = solved.reduce((a, b) => (b.consensusCost < a.consensusCost ? b : a));
    log(`from-person: kept candidate ${best.seed} (the lowest consensus cost)`);
  }
  // The take cut in two, each half calibrated alone: how firmly does the take fix the cameras?
  let halves: FromPersonReport['halves'] = null;
  const frames = Math.min(...pooled.map((s) => s.frames));
  if (settings.person_check_halves && frames < 40)
    log(
      `from-person: the take has only ${frames} frames; the consistency check (each half calibrated alone) needs 40 or more and is skipped`,
    );
  if (settings.person_check_halves && frames >= 40) {
    log('from-person: checking consistency — calibrating each half of the take alone');
    try {
      const half = (a: number, b: number) =>
        calibrateFromPerson(
          cv,
          pooled.map((q) => sliceFrames(q, a, b)),
          cameras,
          { personHeightM: settings.person_height_m },
        ).cameras;
      const cmp = compareRigs({ cameras: half(0, frames >> 1) }, { cameras: half(frames >> 1, frames) });
      halves = { maxRotationDiffDeg: cmp.maxRotationDiffDeg, maxDistanceDiffPct: cmp.maxDistanceDiffPct };
    } catch (err) {
      // The check itself failing says the take barely fixes the cameras: a warning, in the summary and the report.
      leftOut.push({
        code: 'halves-failed',
        message: `the consistency check could not calibrate a half of the take alone (${(err as Error).message.split('\n')[0]}): the take holds little more than the calibration needs; film a longer take with the person walking through the whole space, fully in view`,
      });
      log(`warning: ${leftOut.at(-1)!.message}`);
    }
  }
  const base = {
    session: input.session,
    frames,
    takes: input.takes,
    model: input.model,
    personHeightM: settings.person_height_m,
    reprojectionErrorPx: res.reprojectionErrorPx,
    keypoints3d: res.points,
    cameras: res.cameras.map((c, i) => ({ camera: c.name, ...res.perCamera[i], positionM: cameraCenter(c) })),
    areaCoveredM: res.areaCoveredM,
    worldFrame: res.worldFrame,
    candidates: res.candidates,
    halves,
  };
  const report: FromPersonReport = { ...base, warnings: [...leftOut, ...res.warnings, ...fromPersonWarnings(base)] };
  const lines = [
    `from the person: ${res.points} 3D keypoints, reprojection ${res.reprojectionErrorPx.toFixed(2)} px, scale from a ${settings.person_height_m} m person`,
    'camera    keypoints  median px  coverage',
    ...report.cameras.map(
      (c) =>
        `${c.camera.padEnd(9)} ${String(c.keypoints).padStart(9)} ${c.medianErrorPx.toFixed(1).padStart(10)} ${`${(100 * c.coverage).toFixed(0)} %`.padStart(9)}`,
    ),
    `floor area covered ${res.areaCoveredM[0].toFixed(2)} × ${res.areaCoveredM[1].toFixed(2)} m` +
      (halves
        ? `; halves of the take agree within ${halves.maxRotationDiffDeg.toFixed(1)}° and ${halves.maxDistanceDiffPct.toFixed(1)} %`
        : ''),
    input.lensLine,
    `world frame: ${res.worldFrame}`,
    ...report.warnings.map((w) => `warning: ${w.message}`),
  ];
  const calibrationToml = formatCalibrationToml(
    { cameras: res.cameras },
    {
      calibrated_by: input.calibratedBy,
      person_height_m: settings.person_height_m,
      reprojection_error_px: res.reprojectionErrorPx,
      extrinsics_calibrated: true,
      world_frame: res.worldFrame,
      ...(input.guessed.length ? { lenses_guessed: input.guessed } : {}),
    },
  );
  return { res, report, lines, calibrationToml };
}
