// Node-only: `openmocap calibrate <session> --from-person`. Reads pose2d/ (finding the person first
// in every video that has no keypoints there yet), intrinsics from the session's calibration.toml
// when present (else a guessed lens, kept as is), recovers the camera poses from the person, writes
// calibration.toml and the report atomically.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError, type Warning } from '../core/errors.ts';
import type { Camera } from '../core/types.ts';
import { writeFileAtomic } from '../io/atomic.ts';
import { withSessionLock } from '../session/runner.ts';
import { listPose2dSources, readPose2dFolder } from '../io/pose2d.ts';
import { resolveSessionLayout } from '../session/sessionLayout.ts';
import { normaliseCameraName } from '../core/matchCameras.ts';
import { formatCalibrationToml, parseCalibrationTomlDetailed } from '../formats/calibrationToml.ts';
import { guessLens, personDetectSettings, solveFromPerson } from './fromPersonSolve.ts';
import { poolTakes, type Take } from './poolTakes.ts';
import { findIntrinsicInputs, loadCalibrationSettings } from './runCalibrate.node.ts';
import type { CalibrationSettings } from './calibrationSettingsSchema.ts';
import { loadOpenCv } from './opencv.node.ts';
import { lensForImage, lensResizeNote } from '../camera/imageSize.ts';
import { formatFromPersonReport } from './fromPersonReport.ts';
import { type CalibrationReport, formatCalibrationReport } from './calibrationReport.ts';

export interface FromPersonSummary {
  /** calibration.toml. */
  file: string;
  /** calibration-from-person-report.md (the .json beside it). */
  reportFile: string;
  lines: string[];
}

export { personDetectSettings } from './fromPersonSolve.ts';

/** Beside calibration.toml: the measured lenses of cameras that --from-person could not place. */
export const UNPLACED_LENSES_FILE = 'calibration-lenses-unplaced.toml';

/** The message for a lens calibrated at another image size than the camera's video. */
function lensSizeMessage(calFile: string, lens: Camera, width: number, height: number): string {
  return `${calFile}: the lens of ${lens.name} is calibrated for ${lens.width}×${lens.height} images but its video is ${width}×${height}; film the board again at the video's resolution and orientation and rerun "openmocap calibrate" (or delete ${lens.name} from calibration.toml to let --from-person guess its lens)`;
}

/**
 * Finds the person (writes pose2d/<camera>.pose2d) in every video of the session that has no
 * keypoints yet, so a run interrupted during detection continues where it stopped. Checks first,
 * in seconds, what would otherwise fail after minutes of detection: fewer than 2 cameras, a lens
 * calibrated at another image size.
 */
async function detectMissingCameras(
  sessionDir: string,
  settings: CalibrationSettings,
  known: Camera[],
  calFile: string,
  log: (l: string) => void,
  leftOut: Warning[],
): Promise<void> {
  const pose2dDir = join(sessionDir, 'pose2d');
  let have: string[] = [];
  if (existsSync(pose2dDir)) {
    try {
      have = listPose2dSources(sessionDir, { dirs: resolveSessionLayout(sessionDir).pose2dDirs }).map((s) => s.camera);
    } catch (err) {
      // An empty pose2d/ (a run stopped before any camera finished) is no keypoints, not an error.
      if (!(err instanceof UserError) || !/holds no \.pose2d files/.test(err.message)) throw err;
    }
  }
  const haveKeys = new Set(have.map(normaliseCameraName));
  const { listSessionVideos } = await import('../detect/runDetect.ts');
  let videos: { camera: string; path: string }[] = [];
  try {
    videos = listSessionVideos(sessionDir);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    if (have.length >= 2) return; // keypoints without their videos (e.g. OpenPose JSON): enough
    throw new UserError(
      `--from-person: no videos in ${join(sessionDir, 'videos')}${have.length ? ` and keypoints of only ${have.join(', ')} in ${pose2dDir}` : ''}; put one synchronised video per camera there (cam01.mp4, cam02.mp4, …), 2 cameras or more, all filming the person at the same time`,
    );
  }
  const missing = videos.filter((v) => !haveKeys.has(normaliseCameraName(v.camera)));
  if (have.length + missing.length < 2) {
    const names = [...have, ...missing.map((v) => v.camera)];
    throw new UserError(
      `--from-person: ${dirname(videos[0].path)} holds ${names.length === 1 ? `the video of one camera only (${names[0]})` : 'no camera'}; the camera positions come from the person seen by 2 cameras or more at the same moments: put one synchronised video per camera there`,
    );
  }
  if (!missing.length) return;
  // Sizes first (ffprobe, a fraction of a second): a lens calibrated at another resolution stops the run now, not after detection.
  const { probeVideo } = await import('../video/probe.ts');
  const frames = new Map<string, number>();
  for (const v of missing) {
    const info = await probeVideo(v.path);
    if (info.frames) frames.set(v.camera, info.frames);
    const k = known.find((c) => normaliseCameraName(c.name) === normaliseCameraName(v.camera));
    if (k && !lensForImage(k, info.width, info.height)) {
      throw new UserError(lensSizeMessage(calFile, k, info.width, info.height));
    }
  }
  const which = have.length
    ? `${missing.length} of ${have.length + missing.length} videos (${missing.map((v) => v.camera).join(', ')}; ${pose2dDir} holds the others)`
    : `${missing.length} videos`;
  log(
    `from-person: finding the person in ${which} with ${settings.person_model}; the keypoints go to ${pose2dDir} (an interrupted run continues from there)`,
  );
  const { detectSession } = await import('../detect/runDetect.ts');
  const done = new Map<string, number>();
  const totalFrames = [...frames.values()].reduce((a, b) => a + b, 0);
  let t0 = 0;
  let lastPrint = 0;
  const finishedCameras = new Set<string>();
  const { summary } = await detectSession(
    sessionDir,
    personDetectSettings(settings.person_model),
    (p) => {
      const now = Date.now();
      if (!t0) t0 = now; // the clock starts at the first frame, not while the model loads
      done.set(p.camera, p.framesDone);
      const finished = p.framesTotal !== undefined && p.framesDone >= p.framesTotal;
      if (finished && finishedCameras.has(p.camera)) return;
      if (finished) finishedCameras.add(p.camera);
      if (now - lastPrint < 2000 && !finished) return;
      lastPrint = now;
      // One line over all cameras: frames done, overall rate and time left (cameras queue behind each other).
      const doneAll = [...done.values()].reduce((a, b) => a + b, 0);
      const rate = doneAll / Math.max(1e-3, (now - t0) / 1000);
      const speed =
        doneAll >= 5
          ? ` — ${rate.toFixed(1)} frames/s${totalFrames > doneAll ? `, ~${formatSeconds((totalFrames - doneAll) / rate)} left` : ''}`
          : '';
      const per = missing.map((v) => `${v.camera} ${done.get(v.camera) ?? 0}/${frames.get(v.camera) ?? '?'}`).join(', ');
      log(`detect ${per} frames${speed}`);
    },
    { log, cameras: missing.map((v) => v.camera) },
  );
  for (const c of summary.filter((c) => c.error)) {
    leftOut.push({
      code: 'camera-left-out',
      message: `${c.camera} is left out: ${c.error!.replace(/;[^;]*$/, '')}; check that it films the person at the same time as the others${c.file ? ` (recorded as empty in ${c.file}: delete that file to search its video again)` : ` (its video is searched again on every run: remove it from ${dirname(c.video)} to leave it out for good)`}`,
    });
    log(`warning: ${leftOut.at(-1)!.message}`);
  }
  const found = have.length + summary.filter((c) => !c.error).length;
  if (found < 2) {
    const failed = summary.filter((c) => c.error).map((c) => c.camera);
    throw new UserError(
      `--from-person: the person was found in fewer than 2 videos of ${dirname(videos[0].path)}${failed.length ? ` (nobody found in ${failed.join(', ')})` : ''}; film one person walking through the whole area every camera sees`,
    );
  }
}

/**
 * The lens report of an earlier board calibration (calibration-report.md/.json) says the camera
 * positions are still needed; now they are placed, so it says where they came from instead.
 */
function settleBoardReport(sessionDir: string, worldFrame: string): void {
  const jsonFile = join(sessionDir, 'calibration-report.json');
  if (!existsSync(jsonFile)) return;
  let r: CalibrationReport;
  try {
    r = JSON.parse(readFileSync(jsonFile, 'utf8')) as CalibrationReport;
  } catch {
    return; // an unreadable old report is left as it is
  }
  if (!Array.isArray(r.missing) || !Array.isArray(r.extrinsics) || !Array.isArray(r.intrinsics)) return;
  const missing = r.missing.filter((m) => !m.startsWith('camera positions (extrinsics)'));
  if (missing.length === r.missing.length) return;
  const settled: CalibrationReport = {
    ...r,
    missing,
    worldFrame: `camera positions placed by "openmocap calibrate --from-person" (see calibration-from-person-report.md); ${worldFrame}`,
  };
  writeFileAtomic(join(sessionDir, 'calibration-report.md'), formatCalibrationReport(settled));
  writeFileAtomic(jsonFile, `${JSON.stringify(settled, null, 2)}\n`);
}

function formatSeconds(s: number): string {
  return s < 90 ? `${Math.ceil(s)} s` : `${Math.round(s / 60)} min`;
}

/** runCalibrateFromPersonLocked holding the session lock (see withSessionLock). */
export async function runCalibrateFromPerson(
  sessionDir: string,
  opts: { settings?: Partial<CalibrationSettings>; log?: (l: string) => void } = {},
): Promise<FromPersonSummary> {
  if (!existsSync(sessionDir))
    throw new UserError(
      `session folder ${sessionDir} does not exist; pass the folder holding videos/ (and calibration.toml with the lenses)`,
    );
  return withSessionLock(sessionDir, () => runCalibrateFromPersonLocked(sessionDir, opts));
}

async function runCalibrateFromPersonLocked(
  sessionDir: string,
  opts: { settings?: Partial<CalibrationSettings>; log?: (l: string) => void } = {},
): Promise<FromPersonSummary> {
  if (!existsSync(sessionDir))
    throw new UserError(
      `session folder ${sessionDir} does not exist; pass the folder holding videos/ (and calibration.toml with the lenses)`,
    );
  const settings = loadCalibrationSettings(sessionDir, opts.settings);
  const log = opts.log ?? (() => {});
  const calFile = join(sessionDir, 'calibration.toml');
  // Lenses guessed by an earlier --from-person run stay guesses (and keep their warning).
  const parsed = existsSync(calFile) ? parseCalibrationTomlDetailed(readFileSync(calFile, 'utf8'), { file: calFile }) : null;
  const wasGuessed = new Set(
    (Array.isArray(parsed?.metadata.lenses_guessed) ? parsed.metadata.lenses_guessed : []).map((n) => normaliseCameraName(String(n))),
  );
  const measured: Camera[] = (parsed?.rig.cameras ?? []).filter((c) => !wasGuessed.has(normaliseCameraName(c.name)));
  // Lenses of cameras an earlier run left out (kept aside so calibration.toml holds only placed cameras).
  const asideFile = join(sessionDir, UNPLACED_LENSES_FILE);
  const aside: Camera[] = existsSync(asideFile)
    ? parseCalibrationTomlDetailed(readFileSync(asideFile, 'utf8'), { file: asideFile }).rig.cameras
    : [];
  const known: Camera[] = [
    ...measured,
    ...aside.filter((a) => !measured.some((m) => normaliseCameraName(m.name) === normaliseCameraName(a.name))),
  ];
  // Board photos for a lens that calibration.toml lacks: the board step was skipped; a guessed lens would waste them.
  let boardInputs: string[] = [];
  try {
    boardInputs = findIntrinsicInputs(sessionDir).map((i) => i.camera);
  } catch {
    // a damaged calibration/intrinsics/ is the board step's business; its message comes when that step runs
  }
  const unmeasured = boardInputs.filter((c) => !known.some((k) => normaliseCameraName(k.name) === normaliseCameraName(c)));
  if (unmeasured.length) {
    throw new UserError(
      `${join(sessionDir, 'calibration', 'intrinsics')} holds board photos or videos for ${unmeasured.join(', ')} but ${calFile} has no lens for ${unmeasured.length > 1 ? 'them' : 'it'}: run "openmocap calibrate ${sessionDir}" (without --from-person) first to measure the lenses, then --from-person (or remove ${unmeasured.length > 1 ? 'those folders' : 'that folder'} to let ${unmeasured.length > 1 ? 'their lenses' : 'its lens'} be guessed)`,
    );
  }
  const leftOut: Warning[] = [];
  await detectMissingCameras(sessionDir, settings, known, calFile, log, leftOut);
  const all = readPose2dFolder(sessionDir, { dirs: resolveSessionLayout(sessionDir).pose2dDirs });
  const { seesAnyone } = await import('../session/sessionInputs.ts');
  const blind = all.filter((q) => !seesAnyone(q));
  for (const q of blind) {
    // Already said by the detection that just found nobody in its video.
    if (leftOut.some((w) => w.message.startsWith(`${q.camera} is left out:`))) continue;
    leftOut.push({
      code: 'camera-left-out',
      message: `${q.camera} is left out: nobody in its keypoints (${join(sessionDir, 'pose2d')}); check that it films the person at the same time as the others`,
    });
    log(`warning: ${leftOut.at(-1)!.message}`);
  }
  const sequences = all.filter(seesAnyone);
  if (sequences.length < 2) {
    throw new UserError(
      `--from-person: only ${sequences.length} of the ${all.length} cameras in ${join(sessionDir, 'pose2d')} see a person${blind.length ? ` (nobody in ${blind.map((q) => q.camera).join(', ')})` : ''}; film one person walking through the whole area every camera sees`,
    );
  }
  const models = [...new Set(sequences.map((s) => s.model).filter(Boolean))];
  if (models.includes('movenet-lightning')) {
    log(
      'from-person: these keypoints come from movenet-lightning; movenet-thunder places joints more precisely and gives better camera poses (delete pose2d/ and rerun to let calibrate detect with it; [detect] model = "movenet-thunder" in mocap.toml makes "process" use it too)',
    );
  }
  const guessed: string[] = [];
  const cameras: Camera[] = sequences.map((s) => {
    const k = known.find((c) => normaliseCameraName(c.name) === normaliseCameraName(s.camera));
    if (k) {
      // A lens calibrated at another size: scaled to the video when the video is a resized copy.
      const lens = lensForImage(k, s.imageWidth, s.imageHeight);
      if (!lens) throw new UserError(lensSizeMessage(calFile, k, s.imageWidth, s.imageHeight));
      if (lens !== k) log(`from-person: ${lensResizeNote(s.camera, k, s.imageWidth, s.imageHeight)}`);
      return { ...lens, name: s.camera };
    }
    guessed.push(s.camera);
    return guessLens(s.camera, s.imageWidth, s.imageHeight);
  });
  // The person fixes the focal length poorly (it trades against distance: on the lab recording the
  // consensus cost varies by under 1 % between 0.95 and 1.1 × the true focal length, and refining it
  // per camera let the cameras drift 2–9 % apart and the angles 8° off), so a guess is kept as is.
  if (guessed.length) {
    leftOut.push({
      code: 'lens-guessed',
      message: `no lens calibration for ${guessed.join(', ')} ${parsed ? `in ${calFile}` : `(${calFile} does not exist)`}: the focal length is guessed (a 59° field of view across the long side) and every distance scales with it; film a checkerboard into calibration/intrinsics/<camera>/ and run "openmocap calibrate ${sessionDir}" first for accurate results`,
    });
    log(`warning: ${leftOut.at(-1)!.message}`);
  }
  // Extra takes of the same cameras for the calibration: calibration/person/<take>/, each laid out
  // like a session (its videos, and pose2d/ where its keypoints go); pooled after videos/.
  const takesDir = join(sessionDir, 'calibration', 'person');
  const takeDirs =
    existsSync(takesDir) && statSync(takesDir).isDirectory()
      ? readdirSync(takesDir, { withFileTypes: true })
          .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
          .map((d) => join(takesDir, d.name))
          .sort()
      : [];
  const extras: Take[] = [];
  for (const dir of takeDirs) {
    await detectMissingCameras(dir, settings, known, calFile, log, leftOut);
    extras.push({ source: dir, sequences: readPose2dFolder(dir).filter(seesAnyone) });
  }
  const pooledTakes = poolTakes({ source: join(sessionDir, 'videos'), sequences }, extras);
  const pooled = pooledTakes.sequences;
  const takes = [join(sessionDir, 'videos'), ...extras.map((t) => t.source)].map((source, k) => ({
    source,
    frames: pooledTakes.frames[k],
  }));
  if (extras.length) log(`from-person: takes pooled: ${takes.map((t) => `${t.source} (${t.frames} frames)`).join(', ')}`);
  const lensLine = `lenses: ${guessed.length === cameras.length ? 'guessed for every camera (no lens calibration)' : `from ${calFile}${guessed.length ? `, guessed for ${guessed.join(', ')}` : ''}`}`;
  const { cv } = await loadOpenCv();
  log(
    `from-person: ${sequences.length} cameras, ${Math.min(...pooled.map((s) => s.frames))} frames, person height ${settings.person_height_m} m`,
  );
  const { report, lines, calibrationToml, res } = solveFromPerson(cv, {
    session: sessionDir,
    pooled,
    cameras,
    takes,
    model: [...new Set([...sequences, ...extras.flatMap((t) => t.sequences)].map((q) => q.model ?? 'unknown'))].join(', '),
    settings,
    leftOut,
    guessed,
    lensLine,
    calibratedBy: 'openmocap calibrate --from-person',
    log,
  });
  const reportFile = join(sessionDir, 'calibration-from-person-report.md');
  // Measured lenses of cameras left out (nobody in view, no video) must not be lost with the old file.
  const unplaced = known.filter((k) => !res.cameras.some((c) => normaliseCameraName(c.name) === normaliseCameraName(k.name)));
  if (unplaced.length) {
    writeFileAtomic(
      asideFile,
      formatCalibrationToml(
        { cameras: unplaced.map((c) => ({ ...c, rotation: [0, 0, 0], translation: [0, 0, 0] })) },
        {
          calibrated_by: 'openmocap calibrate (lenses of cameras that --from-person left out; used again by the next --from-person run)',
          extrinsics_calibrated: false,
        },
      ),
    );
    const w = {
      code: 'lenses-kept-aside',
      message: `the lens calibration of ${unplaced.map((c) => c.name).join(', ')} (not placed) is kept in ${asideFile}; the next --from-person run uses it`,
    };
    report.warnings.push(w);
    lines.push(`warning: ${w.message}`);
  }
  writeFileAtomic(calFile, calibrationToml);
  writeFileAtomic(reportFile, formatFromPersonReport(report));
  writeFileAtomic(join(sessionDir, 'calibration-from-person-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  settleBoardReport(sessionDir, res.worldFrame);
  return { file: calFile, reportFile, lines };
}
