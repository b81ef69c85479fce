// Node-only: the `calibrate` stage over a session folder. Finds the calibration inputs, detects
// the board in photos / video frames per camera (with progress), solves intrinsics (and
// extrinsics when their inputs are there), and writes calibration.toml atomically.
//
//   calibration/intrinsics/<camera>/*.jpg|png   photos, or a video inside the folder
//   calibration/intrinsics/<camera>.mp4         or a video per camera
//   calibration/extrinsics/<camera>.mp4         a ChArUco board moved through the shared view (synchronised)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { UserError, type Warning } from '../core/errors.ts';
import type { Camera, CameraRig } from '../core/types.ts';
import { writeFileAtomic } from '../io/atomic.ts';
import { formatCalibrationToml } from '../formats/calibrationToml.ts';
import { calibrationSettingsSchema, type CalibrationSettings } from './calibrationSettingsSchema.ts';
import { findCheckerboardCorners } from './checkerboard.ts';
import { createCharucoDetector, type CharucoDetector } from './charuco.ts';
import { toGray, type GrayImage } from './grayImage.ts';
import { calibrateIntrinsics, gridObjectPoints, type BoardView, type IntrinsicsResult } from './intrinsics.ts';
import { intrinsicsReport, type IntrinsicsReport } from './intrinsicsReport.ts';
import { loadGrayImage } from './loadImage.node.ts';
import { loadOpenCv } from './opencv.ts';

const PHOTO_EXT = new Set(['.jpg', '.jpeg', '.png', '.bmp', '.webp']);
const VIDEO_EXT = new Set(['.mp4', '.mov', '.avi', '.mkv', '.webm', '.m4v', '.mts']);

export interface CalibrateProgress {
  camera: string;
  stage: 'intrinsics' | 'extrinsics';
  done: number;
  total: number;
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
  file: string;
  intrinsics: IntrinsicsReport[];
  /** What is still missing for a complete calibration (empty when complete). */
  missing: string[];
  warnings: Warning[];
}

/** [calibration] of the session's mocap.toml merged with overrides, validated. */
export function loadCalibrationSettings(sessionDir: string, overrides: Partial<CalibrationSettings> = {}): CalibrationSettings {
  const file = join(sessionDir, 'mocap.toml');
  let section: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      section = ((parseToml(readFileSync(file, 'utf8')) as Record<string, unknown>).calibration ?? {}) as Record<string, unknown>;
    } catch (err) {
      throw new UserError(`${file}: ${(err as Error).message.split('\n')[0]} — fix the TOML syntax`);
    }
  }
  const merged = { ...section, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) };
  const parsed = calibrationSettingsSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`calibration.${issue.path.join('.')}: ${issue.message} (in ${file} or the command-line options)`);
  }
  return parsed.data;
}

interface CameraInput {
  camera: string;
  photos: string[];
  video?: string;
}

/** The intrinsic inputs of each camera, sorted by camera name. */
export function findIntrinsicInputs(sessionDir: string): CameraInput[] {
  const dir = join(sessionDir, 'calibration', 'intrinsics');
  if (!existsSync(dir)) return [];
  const out: CameraInput[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const files = readdirSync(path).sort();
      const photos = files.filter((f) => PHOTO_EXT.has(extname(f).toLowerCase())).map((f) => join(path, f));
      const videos = files.filter((f) => VIDEO_EXT.has(extname(f).toLowerCase())).map((f) => join(path, f));
      if (videos.length > 1 && photos.length === 0) {
        throw new UserError(`${path} holds ${videos.length} videos; keep one calibration video per camera folder`);
      }
      if (photos.length || videos.length) out.push({ camera: name, photos, video: photos.length ? undefined : videos[0] });
    } else if (VIDEO_EXT.has(extname(name).toLowerCase())) {
      out.push({ camera: basename(name, extname(name)), photos: [], video: path });
    }
  }
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
    return {
      imagePoints: found.corners,
      objectPoints: gridObjectPoints(found.cols, found.rows, settings.square_size_mm),
      partialGrid: found.partial ? [found.cols, found.rows] : undefined,
    };
  };
}

function boardDescription(s: CalibrationSettings): string {
  return s.board === 'charuco'
    ? `ChArUco board ${s.charuco_squares[0]}×${s.charuco_squares[1]} squares, ${s.charuco_dictionary}`
    : `checkerboard with ${s.inner_corners[0]}×${s.inner_corners[1]} inner corners`;
}

async function collectViews(
  input: CameraInput,
  find: BoardFinder,
  settings: CalibrationSettings,
  onProgress?: (p: CalibrateProgress) => void,
): Promise<{ views: BoardView[]; width: number; height: number; looked: number }> {
  const views: BoardView[] = [];
  let width = 0;
  let height = 0;
  const take = (img: GrayImage, label: string, source: string): void => {
    if (!width) {
      width = img.width;
      height = img.height;
    } else if (img.width !== width || img.height !== height) {
      throw new UserError(
        `${source} is ${img.width}×${img.height} but earlier views of ${input.camera} are ${width}×${height}; use one camera resolution (and orientation) per camera`,
      );
    }
    const v = find(img);
    if (v) views.push({ ...v, label });
  };
  if (input.photos.length) {
    for (const [i, photo] of input.photos.entries()) {
      take(await loadGrayImage(photo), basename(photo), photo);
      onProgress?.({ camera: input.camera, stage: 'intrinsics', done: i + 1, total: input.photos.length, found: views.length });
    }
    return { views, width, height, looked: input.photos.length };
  }
  const { probeVideo } = await import('../video/probe.ts');
  const { decodeFrames } = await import('../video/decode.ts');
  const info = await probeVideo(input.video!);
  const frames = info.frames ?? Math.round(info.durationS * info.fps);
  const step = Math.max(1, Math.floor(frames / settings.max_video_frames));
  const total = Math.ceil(frames / step);
  let looked = 0;
  for await (const f of decodeFrames(input.video!, { info })) {
    if (f.index % step !== 0) continue;
    take(toGray(f.rgb, f.width, f.height, 3), `frame ${f.index}`, input.video!);
    looked++;
    onProgress?.({ camera: input.camera, stage: 'intrinsics', done: looked, total, found: views.length });
  }
  return { views, width, height, looked };
}

/** Runs the calibration of a session; see the file header for the inputs. */
export async function runCalibrate(sessionDir: string, opts: CalibrateOptions = {}): Promise<CalibrateSummary> {
  if (!existsSync(sessionDir)) throw new UserError(`session folder ${sessionDir} does not exist`);
  const settings = loadCalibrationSettings(sessionDir, opts.settings);
  const log = opts.log ?? (() => {});
  const inputs = findIntrinsicInputs(sessionDir);
  const extrinsicsDir = join(sessionDir, 'calibration', 'extrinsics');
  if (inputs.length === 0 && !existsSync(extrinsicsDir)) {
    throw new UserError(
      `nothing to calibrate in ${sessionDir}: put photos or a video of the board per camera in calibration/intrinsics/<camera>/, ` +
        `and synchronised videos of a ChArUco board in calibration/extrinsics/<camera>.mp4 (or use --from-person)`,
    );
  }
  const { cv } = await loadOpenCv();
  const charuco =
    settings.board === 'charuco'
      ? createCharucoDetector(cv, {
          squares: settings.charuco_squares,
          squareSizeMm: settings.square_size_mm,
          markerRatio: settings.charuco_marker_ratio,
          dictionary: settings.charuco_dictionary,
        })
      : null;
  const find = makeFinder(settings, charuco);
  const cameras: Camera[] = [];
  const reports: IntrinsicsReport[] = [];
  const warnings: Warning[] = [];
  try {
    for (const input of inputs) {
      const where = input.video ?? join(sessionDir, 'calibration', 'intrinsics', input.camera);
      const { views, width, height, looked } = await collectViews(input, find, settings, opts.onProgress);
      if (views.length === 0) {
        throw new UserError(
          `the ${boardDescription(settings)} was never found in ${where} (${looked} ${input.video ? 'frames' : 'photos'}); ` +
            `check [calibration] board, ${settings.board === 'charuco' ? 'charuco_squares and charuco_dictionary' : 'inner_corners (count inner corners, not squares)'} in mocap.toml, ` +
            `and film the whole board, flat, well lit, filling a third of the image`,
        );
      }
      if (views.length > 0 && views.every((v) => v.partialGrid)) {
        const [c, r] = views[0].partialGrid!;
        const same = views.every((v) => v.partialGrid![0] === c && v.partialGrid![1] === r);
        throw new UserError(
          `the whole ${boardDescription(settings)} was never seen in ${where}, only part of a board` +
            (same ? ` (${c}×${r} inner corners, in ${views.length} of ${looked} views): if your board has ${c}×${r} inner corners, set inner_corners = [${c}, ${r}] in [calibration] of mocap.toml; otherwise` : ';') +
            ` film the whole board inside the image`,
        );
      }
      if (views.length < 3) {
        throw new UserError(
          `the board was found in only ${views.length} of ${looked} ${input.video ? 'frames' : 'photos'} in ${where}; ` +
            `need at least ${settings.min_views}: film it at several distances and tilts, covering the whole image`,
        );
      }
      const res: IntrinsicsResult = calibrateIntrinsics(cv, views, width, height, {
        distortionCoefficients: settings.distortion_coefficients,
      });
      const report = intrinsicsReport(input.camera, views, res, width, height, settings.min_views);
      reports.push(report);
      warnings.push(...report.warnings);
      log(
        `${input.camera.padEnd(8)} ${views.length}/${looked} views, reprojection ${res.reprojectionErrorPx.toFixed(2)} px, ` +
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
    }
  } finally {
    charuco?.delete();
  }
  const missing: string[] = [];
  const extrinsicsDone = false;
  if (!extrinsicsDone) {
    missing.push(
      `camera positions (extrinsics): film a ChArUco board moved through the shared view with all cameras recording into calibration/extrinsics/<camera>.mp4, ` +
        `or run "openmocap calibrate ${sessionDir} --from-person" on videos of a person walking through the capture volume`,
    );
  }
  const rig: CameraRig = { cameras };
  const file = join(sessionDir, 'calibration.toml');
  writeFileAtomic(
    file,
    formatCalibrationToml(rig, {
      calibrated_by: 'openmocap calibrate',
      board: boardDescription(settings),
      square_size_mm: settings.square_size_mm,
      intrinsics_reprojection_error_px: reports.map((r) => r.reprojectionErrorPx),
      extrinsics_calibrated: extrinsicsDone,
    }),
  );
  return { file, intrinsics: reports, missing, warnings };
}
