// Node-only: the `calibrate` stage over a session folder. Finds the calibration inputs, detects
// the board in photos / video frames per camera (with progress), solves intrinsics (and
// extrinsics when their inputs are there), and writes calibration.toml atomically.
//
//   calibration/intrinsics/<camera>/*.jpg|png   photos, or a video inside the folder
//   calibration/intrinsics/<camera>.mp4         or a video per camera
//   calibration/extrinsics/<camera>.mp4         a ChArUco board moved through the shared view (synchronised)
//
// Writes calibration.toml (aniposelib / Pose2Sim TOML), and calibration-report.md / .json beside it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { UserError, type Warning } from '../core/errors.ts';
import type { Camera } from '../core/types.ts';
import { writeFileAtomic } from '../io/atomic.ts';
import { withSessionLock } from '../session/runner.ts';
import { formatCalibrationToml } from '../formats/calibrationToml.ts';
import { calibrationSettingsSchema, type CalibrationSettings } from './calibrationSettingsSchema.ts';
import { findCheckerboardCorners } from './checkerboard.ts';
import { charucoCornerCount, charucoCornerPosition, createCharucoDetector, type CharucoDetector } from './charuco.ts';
import { calibrateExtrinsics } from './extrinsics.ts';
import { normaliseCameraName } from '../core/matchCameras.ts';
import { toGray, type GrayImage } from './grayImage.ts';
import { calibrateIntrinsics, gridObjectPoints, type BoardView, type IntrinsicsResult } from './intrinsics.ts';
import { imageCoverage, intrinsicsReport } from './intrinsicsReport.ts';
import {
  formatCalibrationReport,
  type CalibrationReport,
  type CameraExtrinsicsReport,
  type CameraIntrinsicsReport,
} from './calibrationReport.ts';
import { boardBlurPx, selectBoardViews, type CandidateView } from './selectBoardViews.ts';
import { cameraCenter } from '../camera/project.ts';
import { closest, describeIssue, describeValue } from '../core/validateSettings.ts';
import { loadGrayImage } from './loadImage.node.ts';
import { loadOpenCv } from './opencv.node.ts';
import { resolveSessionLayout } from '../session/sessionLayout.ts';
import { readSettingsTables } from '../session/settings.ts';
import { isVideoFileName } from '../core/videoFiles.ts';

const PHOTO_EXT = new Set(['.jpg', '.jpeg', '.png', '.bmp', '.webp']);

export interface CalibrateProgress {
  camera: string;
  stage: 'intrinsics' | 'extrinsics';
  done: number;
  total: number;
  /** What `done` counts. */
  unit: 'photos' | 'frames';
  /** Views with the board found so far. */
  found: number;
}

export interface CalibrateOptions {
  /** Settings overriding mocap.toml [calibration]. */
  settings?: Partial<CalibrationSettings>;
  onProgress?: (p: CalibrateProgress) => void;
  /** One-line messages for the user (stderr). */
  log?: (line: string) => void;
}

export interface CalibrateSummary {
  /** calibration.toml. */
  file: string;
  /** calibration-report.md (calibration-report.json beside it). */
  reportFile: string;
  intrinsics: CameraIntrinsicsReport[];
  /** Empty when the session has no extrinsic inputs. */
  extrinsics: CameraExtrinsicsReport[];
  /** Where the world frame was put, in words (null without extrinsics). */
  worldFrame: string | null;
  /** What is still missing for a complete calibration (empty when complete). */
  missing: string[];
  warnings: Warning[];
}

/** The raw [calibration] table of the session's mocap.toml ({} when there is none), read by the session settings loader. */
function readCalibrationSection(sessionDir: string): Record<string, unknown> {
  const table = readSettingsTables(sessionDir).calibration ?? {};
  return (typeof table === 'object' && !Array.isArray(table) ? table : {}) as Record<string, unknown>;
}

/** [calibration] of the session's mocap.toml merged with overrides, validated. */
export function loadCalibrationSettings(sessionDir: string, overrides: Partial<CalibrationSettings> = {}): CalibrationSettings {
  const file = join(sessionDir, 'mocap.toml');
  const section = readCalibrationSection(sessionDir);
  const keys = Object.keys(calibrationSettingsSchema.shape);
  for (const k of Object.keys(section)) {
    if (keys.includes(k)) continue;
    // A misspelt key would otherwise be ignored silently and its default used (a wrong scale, a wrong board).
    const hint = closest(k, keys);
    throw new UserError(
      `${file}: unknown setting calibration.${k}${hint ? ` (did you mean calibration.${hint}?)` : ''}; known keys in [calibration]: ${keys.join(', ')}`,
    );
  }
  const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  // A foreign folder's board description (caliscope's charuco.toml, Pose2Sim's Config.toml) under mocap.toml's.
  const fromTools = Object.assign({}, ...resolveSessionLayout(sessionDir).settingsLayers.map((l) => l.values.calibration ?? {}));
  const merged = { ...fromTools, ...section, ...given };
  const parsed = calibrationSettingsSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0] ?? '');
    // A message written in the schema (e.g. the dictionary's) says more than the generic one.
    const custom = !/^(Invalid|Too (big|small)|Expected)/.test(issue.message);
    const what = custom
      ? `calibration.${key}: ${issue.message}, got ${describeValue(merged[key as keyof typeof merged])}`
      : describeIssue('calibration', issue, merged);
    const flag = CALIBRATION_FLAGS[key];
    // Name where the bad value came from: the command line wins over mocap.toml.
    const where = key in given ? `the command line${flag ? ` (${flag})` : ''}` : file;
    // The allowed values already say what to set; other mistakes get the key's hint or where to read about it.
    const hint =
      CALIBRATION_HINTS[key] ??
      (custom || issue.code === 'invalid_value'
        ? ''
        : `fix it ("openmocap config ${sessionDir}" lists every [calibration] key with its meaning)`);
    throw new UserError(`${where}: ${what}${hint ? `; ${hint}` : ''}`);
  }
  return parsed.data;
}

/** The command-line flag of a [calibration] key, for messages. */
const CALIBRATION_FLAGS: Record<string, string> = {
  board: '--board',
  extrinsics_board: '--extrinsics-board',
  inner_corners: '--inner-corners',
  square_size_mm: '--square-size',
  charuco_squares: '--charuco-squares',
  charuco_dictionary: '--dictionary',
  charuco_marker_ratio: '--marker-ratio',
  max_video_frames: '--max-frames',
  person_height_m: '--person-height',
  person_model: '--person-model',
  person_check_halves: '--no-check-halves',
};

/** What to do about a bad value, for the keys where "fix it" is not enough. */
const CALIBRATION_HINTS: Record<string, string> = {
  person_height_m: 'set the height of the person filmed (the tallest one when several are in view), in metres, e.g. person_height_m = 1.75',
  person_model:
    'pick one of those ("movenet-thunder", the default, is the one the accuracy in docs/calibration-from-person.md was measured with)',
  person_check_halves:
    'set true (also calibrate each half of the take alone and report how far apart they are) or false (skip that check, about half the time)',
  inner_corners:
    'count the inner corners of the checkerboard (where four squares meet), e.g. inner_corners = [4, 7] for a board of 5×8 squares',
  square_size_mm: 'measure one printed square in millimetres, e.g. square_size_mm = 60',
};

interface CameraInput {
  camera: string;
  photos: string[];
  video?: string;
}

/** The intrinsic inputs of each camera, sorted by camera name. */
export function findIntrinsicInputs(sessionDir: string): CameraInput[] {
  // Where the folder's layout keeps them (caliscope: calibration/intrinsic/), see session/sessionLayout.ts.
  const dir = resolveSessionLayout(sessionDir).intrinsicsDir;
  if (!existsSync(dir)) return [];
  const out: CameraInput[] = [];
  // Hidden files (macOS writes ._cam01.mp4 beside cam01.mp4 on exFAT drives) are not inputs.
  for (const name of readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const files = readdirSync(path)
        .filter((f) => !f.startsWith('.'))
        .sort();
      const photos = files.filter((f) => PHOTO_EXT.has(extname(f).toLowerCase())).map((f) => join(path, f));
      const videos = files.filter(isVideoFileName).map((f) => join(path, f));
      if (videos.length > 1 && photos.length === 0) {
        throw new UserError(`${path} holds ${videos.length} videos; keep one calibration video per camera folder`);
      }
      if (photos.length === 0 && videos.length === 0) {
        throw new UserError(
          `${path} holds no photos or video${files.length ? ` (found ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})` : ''}: ` +
            `put JPEG/PNG photos or one video of the board filmed by ${name} there (10–20 views at several distances and tilts), or remove the folder`,
        );
      }
      out.push({ camera: name, photos, video: photos.length ? undefined : videos[0] });
    } else if (isVideoFileName(name)) {
      out.push({ camera: basename(name, extname(name)), photos: [], video: path });
    }
  }
  return out;
}

/** Extrinsic inputs: calibration/extrinsics/<camera>.<video|photo>, one synchronised video (or one photo) per camera. */
export function findExtrinsicInputs(sessionDir: string): { camera: string; file: string; photo: boolean }[] {
  const dir = resolveSessionLayout(sessionDir).extrinsicsDir;
  if (!existsSync(dir)) return [];
  const out: { camera: string; file: string; photo: boolean }[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort()) {
    const ext = extname(name).toLowerCase();
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    if (isVideoFileName(name) || PHOTO_EXT.has(ext))
      out.push({ camera: basename(name, extname(name)), file: path, photo: PHOTO_EXT.has(ext) });
  }
  const kinds = new Set(out.map((o) => o.photo));
  if (kinds.size > 1)
    throw new UserError(
      `${dir} mixes photos and videos; use one synchronised video per camera (or one photo per camera taken at the same moment)`,
    );
  return out;
}

/** Detects the configured board in one grey image. */
type BoardFinder = (img: GrayImage) => BoardView | null;

function makeFinder(settings: CalibrationSettings, charuco: CharucoDetector | null): BoardFinder {
  if (settings.board === 'charuco') return (img) => charuco!.detect(img);
  const [cols, rows] = settings.inner_corners;
  return (img) => {
    const found = findCheckerboardCorners(img, { innerCorners: [cols, rows], allowPartial: true });
    if (!found) return null;
    // A full board with an odd rows + columns count has one canonical corner order in every
    // camera (see findCheckerboardCorners), so its corners can be matched across cameras.
    const ids = !found.partial && (cols + rows) % 2 === 1 ? Int32Array.from({ length: cols * rows }, (_, i) => i) : undefined;
    return {
      imagePoints: found.corners,
      objectPoints: gridObjectPoints(found.cols, found.rows, settings.square_size_mm),
      partialGrid: found.partial ? [found.cols, found.rows] : undefined,
      ids,
    };
  };
}

function boardDescription(s: CalibrationSettings): string {
  return s.board === 'charuco'
    ? `ChArUco board ${s.charuco_squares[0]}×${s.charuco_squares[1]} squares, ${s.charuco_dictionary}${s.charuco_legacy_pattern ? ' (legacy layout)' : ''}`
    : `checkerboard with ${s.inner_corners[0]}×${s.inner_corners[1]} inner corners`;
}

interface CollectedViews {
  views: BoardView[];
  width: number;
  height: number;
  /** Photos / frames looked at. */
  looked: number;
  /** Views where the board was found (before skipping blurred and repeated ones). */
  found: number;
  blurred: number;
  duplicates: number;
}

async function collectViews(
  input: CameraInput,
  find: BoardFinder,
  settings: CalibrationSettings,
  onProgress?: (p: CalibrateProgress) => void,
): Promise<CollectedViews> {
  let width = 0;
  let height = 0;
  const look = (img: GrayImage, label: string, source: string): BoardView | null => {
    if (!width) {
      width = img.width;
      height = img.height;
    } else if (img.width !== width || img.height !== height) {
      throw new UserError(
        `${source} is ${img.width}×${img.height} but earlier views of ${input.camera} are ${width}×${height}; use one camera resolution (and orientation) per camera`,
      );
    }
    const v = find(img);
    return v ? { ...v, label } : null;
  };
  if (input.photos.length) {
    // Photos are chosen by the user: all are used.
    const views: BoardView[] = [];
    for (const [i, photo] of input.photos.entries()) {
      const v = look(await loadGrayImage(photo), basename(photo), photo);
      if (v) views.push(v);
      onProgress?.({
        camera: input.camera,
        stage: 'intrinsics',
        done: i + 1,
        total: input.photos.length,
        unit: 'photos',
        found: views.length,
      });
    }
    return { views, width, height, looked: input.photos.length, found: views.length, blurred: 0, duplicates: 0 };
  }
  // A video: frames spread evenly over it, then blurred views and near-repeats skipped.
  const { probeVideo } = await import('../video/probe.ts');
  const { decodeFrames } = await import('../video/decode.ts');
  const info = await probeVideo(input.video!);
  const frames = info.frames ?? Math.round(info.durationS * info.fps);
  const step = Math.max(1, Math.ceil(frames / settings.max_video_frames));
  const total = Math.ceil(frames / step);
  const candidates: CandidateView[] = [];
  let looked = 0;
  for await (const f of decodeFrames(input.video!, { info, everyNth: step })) {
    const img = toGray(f.rgb, f.width, f.height, 3);
    const v = look(img, `frame ${f.index}`, input.video!);
    if (v) candidates.push({ view: v, blurPx: boardBlurPx(img, v.imagePoints) });
    looked++;
    onProgress?.({ camera: input.camera, stage: 'intrinsics', done: looked, total, unit: 'frames', found: candidates.length });
  }
  const sel = selectBoardViews(candidates, { width, height });
  return { views: sel.views, width, height, looked, found: candidates.length, blurred: sel.blurred, duplicates: sel.duplicates };
}

/**
 * calibrateIntrinsics with the failures a user can cause turned into messages: OpenCV giving up,
 * or views that leave the focal length undetermined (e.g. the board always facing the camera
 * squarely, which lets the solver run off to a focal length of a million pixels).
 */
function solveIntrinsics(
  cv: unknown,
  views: BoardView[],
  width: number,
  height: number,
  settings: CalibrationSettings,
  where: string,
): IntrinsicsResult {
  const film = 'film the board at several distances and tilted 30–45° in different directions, covering the whole image';
  let res: IntrinsicsResult;
  try {
    res = calibrateIntrinsics(cv, views, width, height, { distortionCoefficients: settings.distortion_coefficients });
  } catch (err) {
    const ocv = cv as { exceptionFromPtr?: (p: number) => { msg?: string } };
    const why =
      typeof err === 'number' && ocv.exceptionFromPtr
        ? (ocv.exceptionFromPtr(err).msg ?? String(err))
        : ((err as Error).message ?? String(err));
    throw new UserError(
      `the lens could not be solved from the ${views.length} views in ${where} (OpenCV: ${why.split('\n')[0].trim()}); ${film}`,
    );
  }
  const f = res.matrix[0];
  const size = Math.max(width, height);
  const [cx, cy] = [res.matrix[2], res.matrix[5]];
  if (!(f > 0.1 * size && f < 10 * size) || !(cx > 0 && cx < width && cy > 0 && cy < height)) {
    throw new UserError(
      `the views in ${where} do not determine the lens (solved focal length ${f.toFixed(0)} px, centre ${cx.toFixed(0)}, ${cy.toFixed(0)} for a ${width}×${height} image); ${film}`,
    );
  }
  return res;
}

/** What to check when the board is never found, for the configured board type. */
function boardHint(s: CalibrationSettings): string {
  if (s.board === 'checkerboard') {
    return `check [calibration] board and inner_corners (count the inner corners where four squares meet, not the squares) in mocap.toml`;
  }
  return (
    `check [calibration] board, charuco_squares (squares across × down, e.g. [7, 5] — not inner corners) and charuco_dictionary in mocap.toml` +
    (s.charuco_squares[1] % 2 === 0 && !s.charuco_legacy_pattern
      ? ' (a board with an even number of squares down made by OpenCV before 4.6 also needs charuco_legacy_pattern = true)'
      : '')
  );
}

/** runCalibrateLocked holding the session lock (see withSessionLock): calibration.toml is not rewritten under a running command. */
export async function runCalibrate(sessionDir: string, opts: CalibrateOptions = {}): Promise<CalibrateSummary> {
  if (!existsSync(sessionDir)) throw new UserError(`session folder ${sessionDir} does not exist`);
  return withSessionLock(sessionDir, () => runCalibrateLocked(sessionDir, opts));
}

/** Runs the calibration of a session; see the file header for the inputs. */
async function runCalibrateLocked(sessionDir: string, opts: CalibrateOptions = {}): Promise<CalibrateSummary> {
  if (!existsSync(sessionDir)) throw new UserError(`session folder ${sessionDir} does not exist`);
  const settings = loadCalibrationSettings(sessionDir, opts.settings);
  const section = readCalibrationSection(sessionDir);
  const given = (key: keyof CalibrationSettings): boolean => opts.settings?.[key] !== undefined || section[key] !== undefined;
  const squareSizeGiven = given('square_size_mm');
  // Keys of the other board type are a sign the board type is wrong (e.g. board left at its default).
  const where = `[calibration] of ${join(sessionDir, 'mocap.toml')} or the command line`;
  const boards = new Set([settings.board, settings.extrinsics_board ?? settings.board]);
  const charucoKeys = (['charuco_squares', 'charuco_dictionary', 'charuco_marker_ratio', 'charuco_legacy_pattern'] as const).filter(given);
  if (!boards.has('charuco') && charucoKeys.length) {
    throw new UserError(
      `${charucoKeys.join(', ')} ${charucoKeys.length > 1 ? 'are' : 'is'} set but board = "checkerboard" (${where}): for a ChArUco board set board = "charuco" (--board charuco; or extrinsics_board = "charuco" for the camera positions only), otherwise remove ${charucoKeys.length > 1 ? 'them' : 'it'}`,
    );
  }
  if (!boards.has('checkerboard') && given('inner_corners')) {
    throw new UserError(
      `inner_corners is set but board = "charuco" (${where}): a ChArUco board is described by charuco_squares (squares across × down, e.g. [7, 5]); remove inner_corners, or set board = "checkerboard"`,
    );
  }
  const log = opts.log ?? (() => {});
  const inputs = findIntrinsicInputs(sessionDir);
  const extrinsicsDir = resolveSessionLayout(sessionDir).extrinsicsDir;
  const extInputs = findExtrinsicInputs(sessionDir);
  if (inputs.length === 0 && extInputs.length === 0) {
    throw new UserError(
      `nothing to calibrate in ${sessionDir}: put photos or a video of the board per camera in calibration/intrinsics/<camera>/, ` +
        `and synchronised videos of a ChArUco board in calibration/extrinsics/<camera>.mp4 (or use --from-person)`,
    );
  }
  if (extInputs.length === 1) {
    throw new UserError(
      `${extrinsicsDir} holds one camera's board video (${basename(extInputs[0].file)}); extrinsics need synchronised board videos from at least 2 cameras, one per camera`,
    );
  }
  if (extInputs.length >= 2 && !squareSizeGiven) {
    throw new UserError(
      `square_size_mm is not set: camera positions are measured in board squares, so measure the side of one printed square (mm) and set it in [calibration] of ${join(sessionDir, 'mocap.toml')} or with --square-size`,
    );
  }
  const { cv } = await loadOpenCv();
  const charuco = boards.has('charuco')
    ? createCharucoDetector(cv, {
        squares: settings.charuco_squares,
        squareSizeMm: settings.square_size_mm,
        markerRatio: settings.charuco_marker_ratio,
        dictionary: settings.charuco_dictionary,
        legacyPattern: settings.charuco_legacy_pattern,
      })
    : null;
  try {
    // The board of the camera positions may differ from the lenses' one (extrinsics_board).
    const extSettings: CalibrationSettings = { ...settings, board: settings.extrinsics_board ?? settings.board };
    return await calibrateSession(
      sessionDir,
      settings,
      extSettings,
      cv,
      makeFinder(settings, charuco),
      makeFinder(extSettings, charuco),
      inputs,
      extInputs,
      opts,
      log,
    );
  } finally {
    charuco?.delete();
  }
}

async function calibrateSession(
  sessionDir: string,
  settings: CalibrationSettings,
  extSettings: CalibrationSettings,
  cv: unknown,
  find: BoardFinder,
  findExt: BoardFinder,
  inputs: CameraInput[],
  extInputs: ExtrinsicInput[],
  opts: CalibrateOptions,
  log: (line: string) => void,
): Promise<CalibrateSummary> {
  const cameras: Camera[] = [];
  const reports: CameraIntrinsicsReport[] = [];
  const warnings: Warning[] = [];
  /** Cameras whose intrinsics failed, with the reason (the others go on). */
  const failures: { camera: string; message: string }[] = [];
  for (const input of inputs) {
    try {
      const where = input.video ?? join(resolveSessionLayout(sessionDir).intrinsicsDir, input.camera);
      const got = await collectViews(input, find, settings, opts.onProgress);
      const { views, width, height, looked } = got;
      const what = input.video ? 'frames' : 'photos';
      if (views.length === 0) {
        throw new UserError(
          `the ${boardDescription(settings)} was never found in ${where} (${looked} ${what}); ${boardHint(settings)}, ` +
            `and film the whole board, flat, well lit, filling a third of the image`,
        );
      }
      if (views.every((v) => v.partialGrid)) {
        const [c, r] = views[0].partialGrid!;
        const same = views.every((v) => v.partialGrid![0] === c && v.partialGrid![1] === r);
        throw new UserError(
          `the whole ${boardDescription(settings)} was never seen in ${where}, only part of a board` +
            (same
              ? ` (${c}×${r} inner corners, in ${views.length} of ${looked} ${what}): if your board has ${c}×${r} inner corners, set inner_corners = [${c}, ${r}] in [calibration] of mocap.toml; otherwise`
              : ';') +
            ` film the whole board inside the image`,
        );
      }
      if (views.length < settings.min_views) {
        const skipped = got.blurred || got.duplicates ? `, ${got.blurred} blurred and ${got.duplicates} near-repeats skipped` : '';
        throw new UserError(
          `the board was usable in only ${views.length} of ${looked} ${what} in ${where} (found in ${got.found}${skipped}); ` +
            `need at least ${settings.min_views} (min_views): ${input.video ? 'move the board slowly' : 'take more photos'} at several distances and tilts, covering the whole image, edges included`,
        );
      }
      const res = solveIntrinsics(cv, views, width, height, settings, where);
      const report = intrinsicsReport(input.camera, views, res, width, height, settings.min_views);
      reports.push({
        ...report,
        source: relative(sessionDir, where) || where,
        looked,
        found: got.found,
        blurred: got.blurred,
        duplicates: got.duplicates,
        width,
        height,
        focalPx: [res.matrix[0], res.matrix[4]],
        principalPointPx: [res.matrix[2], res.matrix[5]],
      });
      warnings.push(...report.warnings);
      const skipped = input.video ? ` (board in ${got.found}, skipped ${got.blurred} blurred, ${got.duplicates} repeats)` : '';
      log(
        `${input.camera.padEnd(8)} ${views.length}/${looked} views${skipped}, reprojection ${res.reprojectionErrorPx.toFixed(2)} px, ` +
          `coverage ${(report.coverage * 100).toFixed(0)} %, f ${res.matrix[0].toFixed(1)} px, centre (${res.matrix[2].toFixed(1)}, ${res.matrix[5].toFixed(1)})`,
      );
      cameras.push({
        name: input.camera,
        width,
        height,
        matrix: res.matrix,
        distortions: res.distortions,
        rotation: [0, 0, 0],
        translation: [0, 0, 0],
        fisheye: false,
      });
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      failures.push({ camera: input.camera, message: err.message });
    }
  }
  const file = join(sessionDir, 'calibration.toml');
  const reportFile = join(sessionDir, 'calibration-report.md');
  const missing: string[] = [];
  const extReports: CameraExtrinsicsReport[] = [];
  let world: { description: string; errorPx: number } | null = null;
  let rig: Camera[] = cameras;
  const write = (): CalibrateSummary => {
    const report: CalibrationReport = {
      session: sessionDir,
      board:
        boardDescription(settings) +
        (extSettings.board !== settings.board && extInputs.length ? `; camera positions: ${boardDescription(extSettings)}` : ''),
      squareSizeMm: settings.square_size_mm,
      intrinsics: reports,
      extrinsics: extReports,
      worldFrame: world?.description ?? null,
      extrinsicsErrorPx: world?.errorPx ?? null,
      warnings,
      missing,
    };
    writeFileAtomic(
      file,
      formatCalibrationToml(
        { cameras: rig },
        {
          calibrated_by: 'openmocap calibrate',
          board: report.board,
          square_size_mm: settings.square_size_mm,
          ...(reports.length ? { intrinsics_reprojection_error_px: reports.map((r) => r.reprojectionErrorPx) } : {}),
          extrinsics_calibrated: world !== null,
          ...(world
            ? { extrinsics_reprojection_error_px: extReports.map((e) => e.reprojectionErrorPx), world_frame: world.description }
            : {}),
        },
      ),
    );
    writeFileAtomic(reportFile, formatCalibrationReport(report));
    writeFileAtomic(reportFile.replace(/\.md$/, '.json'), `${JSON.stringify(report, null, 2)}\n`);
    return { file, reportFile, intrinsics: reports, extrinsics: extReports, worldFrame: world?.description ?? null, missing, warnings };
  };
  /**
   * Without new camera positions, cameras of the existing calibration.toml that this run did not
   * calibrate keep their intrinsics (lens data is not thrown away); every position is reset, since
   * positions hold only for the intrinsics they were solved with and a half-placed rig is worse than none.
   */
  const keepOthers = async (): Promise<void> => {
    const before = await existingCameras(sessionDir);
    if (before.some((c) => c.translation.some((v) => v !== 0) || c.rotation.some((v) => v !== 0))) {
      warnings.push({
        code: 'extrinsics-dropped',
        message: `the camera positions that were in ${file} are dropped (they belong to the previous intrinsics): calibrate the extrinsics again`,
      });
    }
    const ours = new Set(cameras.map((c) => normaliseCameraName(c.name)));
    const kept = before.filter((c) => !ours.has(normaliseCameraName(c.name)));
    if (kept.length) {
      rig = [...cameras, ...kept.map((c): Camera => ({ ...c, rotation: [0, 0, 0], translation: [0, 0, 0] }))].sort((a, b) =>
        normaliseCameraName(a.name).localeCompare(normaliseCameraName(b.name), 'en', { numeric: true }),
      );
      warnings.push({
        code: 'intrinsics-kept',
        message: `${kept.map((c) => c.name).join(', ')}: intrinsics kept from the previous ${file} (not calibrated in this run)`,
      });
    }
  };
  if (failures.length) {
    // Keep the cameras that worked; say what is wrong with the first that did not, and name the rest.
    for (const f of failures) missing.push(`intrinsics of ${f.camera}: ${f.message}`);
    const others =
      failures.length > 1
        ? ` (${failures
            .slice(1)
            .map((f) => f.camera)
            .join(', ')} failed too: see ${reportFile})`
        : '';
    if (!cameras.length) throw new UserError(`${failures[0].message}${others}`);
    await keepOthers();
    write();
    throw new UserError(
      `${failures[0].message}${others}; the intrinsics of ${cameras.map((c) => c.name).join(', ')} were written to ${file}`,
    );
  }
  if (extInputs.length >= 2) {
    try {
      const placed = await runExtrinsics(sessionDir, extInputs, cameras, extSettings, cv, findExt, opts, extReports, warnings);
      rig = placed.cameras;
      world = { description: placed.worldFrame, errorPx: placed.errorPx };
      log(`extrinsics: world frame = ${placed.worldFrame}`);
    } catch (err) {
      // Keep the intrinsics already solved: write them, then report the extrinsic problem.
      if (err instanceof UserError && cameras.length) {
        missing.push(`camera positions (extrinsics): ${err.message}`);
        await keepOthers();
        const out = write();
        throw new UserError(`${err.message} (the intrinsics were written to ${out.file})`);
      }
      throw err;
    }
  } else {
    missing.push(
      `camera positions (extrinsics): film a ChArUco board moved through the shared view with all cameras recording into calibration/extrinsics/<camera>.mp4, ` +
        `or run "openmocap calibrate ${sessionDir} --from-person" on videos of a person walking through the capture volume`,
    );
    await keepOthers();
  }
  return write();
}

/** Reads the existing calibration.toml of the session (for its intrinsics), if any. */
async function existingCameras(sessionDir: string): Promise<Camera[]> {
  const file = join(sessionDir, 'calibration.toml');
  if (!existsSync(file)) return [];
  try {
    const { parseCalibrationTomlDetailed } = await import('../formats/calibrationToml.ts');
    const parsed = parseCalibrationTomlDetailed(readFileSync(file, 'utf8'), { file });
    // Lenses that `--from-person` only guessed (its [metadata] lenses_guessed) are no intrinsics to keep.
    const guessed = new Set(
      (Array.isArray(parsed.metadata.lenses_guessed) ? parsed.metadata.lenses_guessed : []).map((n) => normaliseCameraName(String(n))),
    );
    return parsed.rig.cameras.filter((c) => !guessed.has(normaliseCameraName(c.name)));
  } catch {
    return [];
  }
}

type ExtrinsicInput = { camera: string; file: string; photo: boolean };

async function runExtrinsics(
  sessionDir: string,
  inputs: ExtrinsicInput[],
  intrinsicCameras: Camera[],
  settings: CalibrationSettings,
  cv: unknown,
  find: BoardFinder,
  opts: CalibrateOptions,
  reports: CameraExtrinsicsReport[],
  warnings: Warning[],
): Promise<{ cameras: Camera[]; worldFrame: string; errorPx: number }> {
  const dir = resolveSessionLayout(sessionDir).extrinsicsDir;
  const nCam = inputs.length;
  const views: (BoardView | null)[][] = inputs.map(() => []);
  /** Blur of each view found (for choosing views if a camera's intrinsics must come from this video). */
  const blurs: number[][] = inputs.map(() => []);
  const detect = (c: number, img: GrayImage): void => {
    const v = find(img);
    views[c].push(v);
    blurs[c].push(v ? boardBlurPx(img, v.imagePoints) : NaN);
  };
  const sizes: [number, number][] = inputs.map(() => [0, 0]);
  /** Video frame number of each synchronised sample. */
  const frameNumbers: number[] = [];
  if (inputs[0].photo) {
    for (const [c, input] of inputs.entries()) {
      const img = await loadGrayImage(input.file);
      sizes[c] = [img.width, img.height];
      detect(c, img);
      opts.onProgress?.({
        camera: input.camera,
        stage: 'extrinsics',
        done: c + 1,
        total: nCam,
        unit: 'photos',
        found: views.flat().filter(Boolean).length,
      });
    }
    frameNumbers.push(0);
  } else {
    const { probeVideo } = await import('../video/probe.ts');
    const { decodeFrames } = await import('../video/decode.ts');
    const infos = await Promise.all(inputs.map((i) => probeVideo(i.file)));
    const counts = infos.map((i) => i.frames ?? Math.round(i.durationS * i.fps));
    const frames = Math.min(...counts);
    if (Math.max(...counts) - frames > Math.max(2, 0.02 * frames) || infos.some((i) => Math.abs(i.fps - infos[0].fps) > 0.5)) {
      warnings.push({
        code: 'extrinsic-videos-differ',
        message:
          `the board videos in ${dir} differ (${inputs.map((input, c) => `${input.camera} ${counts[c]} frames at ${infos[c].fps.toFixed(1)} fps`).join(', ')}); ` +
          `they are read frame by frame as synchronised: start and stop all cameras together (or trim them to the same start) at the same frame rate`,
      });
    }
    const step = Math.max(1, Math.ceil(frames / settings.max_video_frames));
    const total = Math.ceil(frames / step);
    const iters = inputs.map((input, c) => decodeFrames(input.file, { info: infos[c], maxFrames: frames })[Symbol.asyncIterator]());
    let done = 0;
    try {
      for (let f = 0; f < frames; f++) {
        const got = await Promise.all(iters.map((it) => it.next()));
        if (got.some((g) => g.done)) break;
        if (f % step !== 0) continue;
        got.forEach((g, c) => {
          const fr = g.value!;
          sizes[c] = [fr.width, fr.height];
          detect(c, toGray(fr.rgb, fr.width, fr.height, 3));
        });
        frameNumbers.push(f);
        done++;
        opts.onProgress?.({ camera: 'all', stage: 'extrinsics', done, total, unit: 'frames', found: views.flat().filter(Boolean).length });
      }
    } finally {
      await Promise.all(iters.map((it) => it.return?.(undefined)));
    }
  }
  for (const [c, input] of inputs.entries()) {
    if (!views[c].some(Boolean)) {
      throw new UserError(
        `the ${boardDescription(settings)} was never found in ${input.file}; ${boardHint(settings)}, and film the board (flat, well lit, whole) where this camera and its neighbours all see it`,
      );
    }
  }
  const together = views[0].map((_, f) => views.filter((v) => v[f] && v[f]!.ids).length).filter((k) => k >= 2).length;
  if (together === 0) {
    throw new UserError(
      `no frame of ${dir} shows the board to two cameras at once` +
        (settings.board === 'checkerboard'
          ? ' (a checkerboard must be seen whole, and have an odd rows + columns count, to be matched across cameras: a ChArUco board is easier)'
          : '') +
        `; move the board slowly through the area the cameras share, tilted towards them`,
    );
  }
  // Intrinsics: from this run, else the session's calibration.toml, else from the board views themselves.
  const known = [...intrinsicCameras, ...(await existingCameras(sessionDir))];
  const cameras: Camera[] = inputs.map((input, c) => {
    const key = normaliseCameraName(input.camera);
    const k = known.find((cam) => normaliseCameraName(cam.name) === key);
    const [width, height] = sizes[c];
    if (k) {
      if (k.width !== width || k.height !== height) {
        throw new UserError(
          `${input.file} is ${width}×${height} but the intrinsics of ${k.name} are for ${k.width}×${k.height}; film both with the same resolution and orientation`,
        );
      }
      // The intrinsics' camera name (cam01, not cam01_ext) names the camera in calibration.toml.
      return { ...k, rotation: [0, 0, 0], translation: [0, 0, 0] };
    }
    const candidates = views[c].flatMap((v, f) => (v ? [{ view: v, blurPx: blurs[c][f] }] : []));
    const own = selectBoardViews(candidates, { width, height }).views;
    if (own.length < settings.min_views) {
      throw new UserError(
        `no intrinsics for ${input.camera}: put board photos in calibration/intrinsics/${input.camera}/ (or a calibration.toml with this camera), ` +
          `or let the board be seen in more frames of ${input.file} (${own.length} distinct sharp views now, need ${settings.min_views})`,
      );
    }
    const res = solveIntrinsics(cv, own, width, height, settings, input.file);
    warnings.push({
      code: 'intrinsics-from-extrinsic-video',
      message: `${input.camera}: intrinsics estimated from the extrinsic board video (${res.reprojectionErrorPx.toFixed(2)} px); a separate intrinsic calibration is more accurate`,
    });
    return {
      name: input.camera,
      width,
      height,
      matrix: res.matrix,
      distortions: res.distortions,
      rotation: [0, 0, 0],
      translation: [0, 0, 0],
      fisheye: false,
    };
  });
  for (const k of intrinsicCameras) {
    if (!cameras.some((c) => c.name === k.name)) {
      warnings.push({
        code: 'camera-without-extrinsics',
        message: `${k.name} has intrinsics but no board video in ${dir}; it is left out of calibration.toml`,
      });
    }
  }
  let boardPoints: Float64Array;
  if (settings.board === 'charuco') {
    const spec = {
      squares: settings.charuco_squares,
      squareSizeMm: settings.square_size_mm,
      markerRatio: settings.charuco_marker_ratio,
      dictionary: settings.charuco_dictionary,
    };
    const n = charucoCornerCount(spec);
    boardPoints = new Float64Array(n * 3);
    for (let i = 0; i < n; i++) boardPoints.set(charucoCornerPosition(spec, i), 3 * i);
  } else {
    boardPoints = gridObjectPoints(settings.inner_corners[0], settings.inner_corners[1], settings.square_size_mm);
  }
  let res: ReturnType<typeof calibrateExtrinsics>;
  try {
    res = calibrateExtrinsics(cv, cameras, views, boardPoints);
  } catch (err) {
    if (typeof err !== 'number') throw err;
    // opencv.js throws a pointer to its exception.
    const msg = (cv as { exceptionFromPtr?: (p: number) => { msg?: string } }).exceptionFromPtr?.(err).msg ?? String(err);
    throw new UserError(
      `the camera positions could not be solved from the board in ${dir} (OpenCV: ${msg.split('\n')[0].trim()}); film the board tilted towards the cameras, whole and sharp, where several cameras see it`,
    );
  }
  if (res.unplaced.length) {
    throw new UserError(
      `could not place ${res.unplaced.join(', ')}: in ${dir} the board was never seen by ${res.unplaced.length > 1 ? 'these cameras' : 'this camera'} in the same frames as the others (need 2 or more); move the board through the area they share`,
    );
  }
  warnings.push(...res.warnings);
  inputs.forEach((input, c) => {
    const seen = views[c].filter((v): v is BoardView => v !== null);
    const coverage = imageCoverage(seen, sizes[c][0], sizes[c][1]);
    const err = res.perCameraErrorPx[c];
    reports.push({
      camera: res.cameras[c].name,
      source: relative(sessionDir, input.file),
      views: res.viewsPerCamera[c],
      sharedViews: res.sharedViewsPerCamera[c],
      reprojectionErrorPx: err,
      coverage,
      positionM: cameraCenter(res.cameras[c]),
    });
    if (err > 1) {
      warnings.push({
        code: 'extrinsics-high-error',
        message: `${res.cameras[c].name}: board reprojection error ${err.toFixed(2)} px after the bundle adjustment (want < 1); check its intrinsics and that the videos are synchronised`,
      });
    }
    if (coverage < 0.15 && !inputs[0].photo) {
      warnings.push({
        code: 'extrinsics-low-coverage',
        message: `${res.cameras[c].name}: the board covered only ${(coverage * 100).toFixed(0)} % of its image; move it through more of the volume this camera sees`,
      });
    }
  });
  const frameNo = frameNumbers[res.originFrame] ?? res.originFrame;
  const when = inputs[0].photo ? 'in the photos' : `in frame ${frameNo}`;
  const origin =
    settings.board === 'charuco'
      ? `origin at the board corner drawn top-left by OpenCV, X along its ${settings.charuco_squares[0]}-square side`
      : `origin at the first inner corner, X along its ${settings.inner_corners[0]}-corner side`;
  const worldFrame = res.worldOnFloor
    ? `on the board lying level ${when} (${origin}, Z up), metres`
    : `on the board ${when} (${origin}, Z out of its face; it never lay level, so Z is not necessarily up), metres`;
  opts.log?.(`extrinsics: ${res.framesUsed} board poses, reprojection ${res.reprojectionErrorPx.toFixed(2)} px`);
  return { cameras: res.cameras, worldFrame, errorPx: res.reprojectionErrorPx };
}
