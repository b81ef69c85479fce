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
import { charucoCornerCount, charucoCornerPosition, createCharucoDetector, type CharucoDetector } from './charuco.ts';
import { calibrateExtrinsics } from './extrinsics.ts';
import { normaliseCameraName } from '../io/matchCameras.ts';
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

export interface ExtrinsicsReport {
  camera: string;
  /** Synchronised frames in which the camera saw the board. */
  views: number;
  reprojectionErrorPx: number;
}

export interface CalibrateSummary {
  file: string;
  intrinsics: IntrinsicsReport[];
  /** Empty when the session has no extrinsic inputs. */
  extrinsics: ExtrinsicsReport[];
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

/** Extrinsic inputs: calibration/extrinsics/<camera>.<video|photo>, one synchronised video (or one photo) per camera. */
export function findExtrinsicInputs(sessionDir: string): { camera: string; file: string; photo: boolean }[] {
  const dir = join(sessionDir, 'calibration', 'extrinsics');
  if (!existsSync(dir)) return [];
  const out: { camera: string; file: string; photo: boolean }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const ext = extname(name).toLowerCase();
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    if (VIDEO_EXT.has(ext) || PHOTO_EXT.has(ext)) out.push({ camera: basename(name, extname(name)), file: path, photo: PHOTO_EXT.has(ext) });
  }
  const kinds = new Set(out.map((o) => o.photo));
  if (kinds.size > 1) throw new UserError(`${dir} mixes photos and videos; use one synchronised video per camera (or one photo per camera taken at the same moment)`);
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
  } catch (err) {
    charuco?.delete();
    throw err;
  }
  const missing: string[] = [];
  const extrinsics: ExtrinsicsReport[] = [];
  let extrinsicsDone = false;
  const extInputs = findExtrinsicInputs(sessionDir);
  if (extInputs.length === 1) {
    throw new UserError(`${extrinsicsDir} holds one camera's board video; extrinsics need synchronised board videos from at least 2 cameras`);
  }
  if (extInputs.length >= 2) {
    let placedRig: Camera[];
    try {
      placedRig = await runExtrinsics(sessionDir, extInputs, cameras, settings, cv, find, opts, extrinsics, warnings);
    } catch (err) {
      charuco?.delete();
      throw err;
    }
    cameras.length = 0;
    cameras.push(...placedRig);
    extrinsicsDone = true;
  }
  if (!extrinsicsDone) {
    missing.push(
      `camera positions (extrinsics): film a ChArUco board moved through the shared view with all cameras recording into calibration/extrinsics/<camera>.mp4, ` +
        `or run "openmocap calibrate ${sessionDir} --from-person" on videos of a person walking through the capture volume`,
    );
  }
  charuco?.delete();
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
      ...(extrinsicsDone ? { extrinsics_reprojection_error_px: extrinsics.map((e) => e.reprojectionErrorPx), world_frame: 'board in the first frame seen by the most cameras, Z up out of its face' } : {}),
    }),
  );
  return { file, intrinsics: reports, extrinsics, missing, warnings };
}

/** Reads the existing calibration.toml of the session (for its intrinsics), if any. */
async function existingCameras(sessionDir: string): Promise<Camera[]> {
  const file = join(sessionDir, 'calibration.toml');
  if (!existsSync(file)) return [];
  try {
    const { parseCalibrationToml } = await import('../formats/calibrationToml.ts');
    return parseCalibrationToml(readFileSync(file, 'utf8'), { file }).cameras;
  } catch {
    return [];
  }
}

async function runExtrinsics(
  sessionDir: string,
  inputs: { camera: string; file: string; photo: boolean }[],
  intrinsicCameras: Camera[],
  settings: CalibrationSettings,
  cv: unknown,
  find: BoardFinder,
  opts: CalibrateOptions,
  reports: ExtrinsicsReport[],
  warnings: Warning[],
): Promise<Camera[]> {
  const dir = join(sessionDir, 'calibration', 'extrinsics');
  const nCam = inputs.length;
  const views: (BoardView | null)[][] = inputs.map(() => []);
  const sizes: [number, number][] = inputs.map(() => [0, 0]);
  if (inputs[0].photo) {
    for (const [c, input] of inputs.entries()) {
      const img = await loadGrayImage(input.file);
      sizes[c] = [img.width, img.height];
      views[c].push(find(img));
      opts.onProgress?.({ camera: input.camera, stage: 'extrinsics', done: c + 1, total: nCam, found: views.flat().filter(Boolean).length });
    }
  } else {
    const { probeVideo } = await import('../video/probe.ts');
    const { decodeFrames } = await import('../video/decode.ts');
    const infos = await Promise.all(inputs.map((i) => probeVideo(i.file)));
    const frames = Math.min(...infos.map((i) => i.frames ?? Math.round(i.durationS * i.fps)));
    const step = Math.max(1, Math.floor(frames / settings.max_video_frames));
    const total = Math.ceil(frames / step);
    const iters = inputs.map((input, c) => decodeFrames(input.file, { info: infos[c], maxFrames: frames })[Symbol.asyncIterator]());
    let done = 0;
    for (let f = 0; f < frames; f++) {
      const got = await Promise.all(iters.map((it) => it.next()));
      if (got.some((g) => g.done)) break;
      if (f % step !== 0) continue;
      got.forEach((g, c) => {
        const fr = g.value!;
        sizes[c] = [fr.width, fr.height];
        views[c].push(find(toGray(fr.rgb, fr.width, fr.height, 3)));
      });
      done++;
      opts.onProgress?.({ camera: 'all', stage: 'extrinsics', done, total, found: views.flat().filter(Boolean).length });
    }
    await Promise.all(iters.map((it) => it.return?.(undefined)));
  }
  for (const [c, input] of inputs.entries()) {
    if (!views[c].some(Boolean)) {
      throw new UserError(
        `the ${boardDescription(settings)} was never found in ${input.file}; film the board (flat, well lit, whole) where this camera and its neighbours all see it`,
      );
    }
  }
  const together = views[0].map((_, f) => views.filter((v) => v[f] && v[f]!.ids).length).filter((k) => k >= 2).length;
  if (together === 0) {
    throw new UserError(
      `no frame of ${dir} shows the board to two cameras at once` +
        (settings.board === 'checkerboard' ? ' (a checkerboard must be seen whole, and have an odd rows + columns count, to be matched across cameras: a ChArUco board is easier)' : '') +
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
      return { ...k, name: input.camera, rotation: [0, 0, 0], translation: [0, 0, 0] };
    }
    const own = views[c].filter((v): v is BoardView => v !== null);
    if (own.length < settings.min_views) {
      throw new UserError(
        `no intrinsics for ${input.camera}: put board photos in calibration/intrinsics/${input.camera}/ (or a calibration.toml with this camera), ` +
          `or let the board be seen in more frames of ${input.file} (${own.length} now, need ${settings.min_views})`,
      );
    }
    const res = calibrateIntrinsics(cv, own, width, height, { distortionCoefficients: settings.distortion_coefficients });
    warnings.push({ code: 'intrinsics-from-extrinsic-video', message: `${input.camera}: intrinsics estimated from the extrinsic board video (${res.reprojectionErrorPx.toFixed(2)} px)` });
    return { name: input.camera, width, height, matrix: res.matrix, distortions: res.distortions, rotation: [0, 0, 0], translation: [0, 0, 0], fisheye: false };
  });
  let boardPoints: Float64Array;
  if (settings.board === 'charuco') {
    const spec = { squares: settings.charuco_squares, squareSizeMm: settings.square_size_mm, markerRatio: settings.charuco_marker_ratio, dictionary: settings.charuco_dictionary };
    const n = charucoCornerCount(spec);
    boardPoints = new Float64Array(n * 3);
    for (let i = 0; i < n; i++) boardPoints.set(charucoCornerPosition(spec, i), 3 * i);
  } else {
    boardPoints = gridObjectPoints(settings.inner_corners[0], settings.inner_corners[1], settings.square_size_mm);
  }
  const res = calibrateExtrinsics(cv, cameras, views, boardPoints);
  if (res.unplaced.length) {
    throw new UserError(
      `could not place ${res.unplaced.join(', ')}: in ${dir} the board was never seen by ${res.unplaced.length > 1 ? 'these cameras' : 'this camera'} in the same frames as the others (need 2 or more); move the board through the area they share`,
    );
  }
  warnings.push(...res.warnings);
  inputs.forEach((input, c) => reports.push({ camera: input.camera, views: res.viewsPerCamera[c], reprojectionErrorPx: res.perCameraErrorPx[c] }));
  opts.log?.(`extrinsics: ${res.framesUsed} board poses, reprojection ${res.reprojectionErrorPx.toFixed(2)} px, world on the board in frame ${res.originFrame}`);
  return res.cameras;
}
