// caliscope project files, read as they are (pure parsing; files are found by session/sessionLayout.ts):
//   camera_array.toml  [cameras.<id>] tables: size, matrix (3×3), distortions (5, or 4 for fisheye),
//                      rotation (3×3 matrix, or a Rodrigues vector in newer versions) and translation (metres)
//   config.toml        older projects: the same fields in [cam_<id>] tables, plus [charuco]
//   charuco.toml       the ChArUco board: columns, rows, dictionary, aruco_scale, board size and units,
//                      square_size_overide_cm, inverted, legacy_pattern
// rotation/translation are the world → camera transform: caliscope projects with [R | t] (its
// CameraData.normalized_projection_matrix), the same convention as OpenCV's rvec/tvec.
// ref: caliscope documentation (docs/project_setup.md, "Workspace Setup") and its example projects'
//      camera_array.toml / config.toml / charuco.toml (github.com/mprib/caliscope).
import { parse } from 'smol-toml';
import { UserError } from '../core/errors.ts';
import type { Camera, CameraRig } from '../core/types.ts';
import { matrixToRodrigues } from './rodrigues.ts';

type Table = Record<string, unknown>;

/** The camera tables of a parsed caliscope file, by camera id, or undefined when it is not one. */
function cameraTables(doc: Table): [string, Table][] | undefined {
  const cameras = doc.cameras;
  if (cameras && typeof cameras === 'object' && !Array.isArray(cameras))
    return Object.entries(cameras as Table).filter(([, t]) => t && typeof t === 'object') as [string, Table][];
  // Older config.toml: [cam_0], [cam_1] … with a 3×3 rotation (Pose2Sim/anipose TOML uses a Rodrigues vector and has `name`).
  const old = Object.entries(doc).filter(([k, t]) => /^cam_\d+$/.test(k) && t && typeof t === 'object') as [string, Table][];
  if (old.length && old.every(([, t]) => isMatrix3(t.rotation) || (t.rotation === undefined && t.name === undefined)))
    return old.map(([k, t]) => [k.slice(4), t]);
  return undefined;
}

const isNumberList = (v: unknown, n?: number): v is number[] =>
  Array.isArray(v) && (n === undefined || v.length === n) && v.every((x) => typeof x === 'number' && Number.isFinite(x));
const isMatrix3 = (v: unknown): v is number[][] => Array.isArray(v) && v.length === 3 && v.every((r) => isNumberList(r, 3));

/** True when TOML text is a caliscope camera file (camera_array.toml, or config.toml with cameras in it). */
export function isCaliscopeCalibration(text: string): boolean {
  let doc: Table;
  try {
    doc = parse(text) as Table;
  } catch {
    return false;
  }
  return (cameraTables(doc)?.length ?? 0) > 0;
}

/**
 * Reads a caliscope camera_array.toml (or an older config.toml) as a rig. Cameras are named
 * `cam_<id>`, as caliscope names their videos (cam_0.mp4 …). Cameras caliscope marks `ignore = true`
 * are left out. Throws a UserError naming `file` when a camera lacks what projection needs.
 */
export function parseCaliscopeCalibration(text: string, file = 'camera_array.toml'): CameraRig {
  let doc: Table;
  try {
    doc = parse(text) as Table;
  } catch (err) {
    throw new UserError(`${file} is not valid TOML (${(err as Error).message.split('\n')[0]}); re-export it from caliscope`);
  }
  const tables = cameraTables(doc);
  if (!tables?.length) throw new UserError(`${file} holds no caliscope cameras ([cameras.<id>] or [cam_<id>] tables); is it caliscope's camera_array.toml?`);
  const cameras: Camera[] = [];
  for (const [id, t] of tables.sort((a, b) => Number(a[0]) - Number(b[0]))) {
    if (t.ignore === true) continue;
    const where = `${file}: camera ${id}`;
    if (!isNumberList(t.size, 2)) throw new UserError(`${where} has no size = [width, height]; calibrate its intrinsics in caliscope`);
    if (!isMatrix3(t.matrix)) throw new UserError(`${where} has no 3×3 matrix (intrinsics); calibrate its intrinsics in caliscope`);
    if (!isNumberList(t.distortions) || (t.distortions.length !== 4 && t.distortions.length !== 5))
      throw new UserError(`${where}: distortions must be 4 or 5 numbers; calibrate its intrinsics in caliscope`);
    if (!isNumberList(t.translation, 3) || !(isMatrix3(t.rotation) || isNumberList(t.rotation, 3)))
      throw new UserError(`${where} has no rotation and translation (not placed); run caliscope's extrinsic calibration, or leave the camera out`);
    const rotation = isMatrix3(t.rotation) ? matrixToRodrigues(t.rotation.flat()) : (t.rotation as [number, number, number]);
    cameras.push({
      name: `cam_${id}`,
      width: t.size[0],
      height: t.size[1],
      matrix: t.matrix.flat(),
      distortions: [...t.distortions],
      rotation: [rotation[0], rotation[1], rotation[2]],
      translation: [t.translation[0], t.translation[1], t.translation[2]],
      fisheye: t.fisheye === true,
    });
  }
  if (cameras.length === 0) throw new UserError(`${file}: every camera is marked ignore = true; un-ignore the cameras to use in caliscope`);
  return { cameras };
}

/** A caliscope ChArUco board as openmocap [calibration] settings, with what was not carried over. */
export interface CaliscopeBoard {
  settings: {
    board: 'charuco';
    charuco_squares: [number, number];
    charuco_dictionary?: string;
    charuco_marker_ratio?: number;
    square_size_mm?: number;
    charuco_legacy_pattern?: boolean;
  };
  /** Keys read into settings, as `charuco.toml key → [calibration] key`. */
  mapped: string[];
  /** Keys with no openmocap equivalent, and why. */
  ignored: string[];
}

const UNIT_MM: Record<string, number> = { inch: 25.4, inches: 25.4, in: 25.4, cm: 10, mm: 1, m: 1000 };

/**
 * Reads caliscope's charuco.toml (or the [charuco] table of an older config.toml) as board settings.
 * The square size is `square_size_overide_cm` when given, else the printed board size over the
 * squares (board_width / columns, board_height / rows, the smaller, in `units`), as caliscope computes it.
 */
export function parseCaliscopeCharuco(text: string, file = 'charuco.toml'): CaliscopeBoard {
  let doc: Table;
  try {
    doc = parse(text) as Table;
  } catch (err) {
    throw new UserError(`${file} is not valid TOML (${(err as Error).message.split('\n')[0]}); re-export it from caliscope`);
  }
  const t = (doc.charuco && typeof doc.charuco === 'object' ? doc.charuco : doc) as Table;
  const columns = t.columns, rows = t.rows;
  if (!Number.isInteger(columns) || !Number.isInteger(rows) || (columns as number) < 2 || (rows as number) < 2)
    throw new UserError(`${file}: columns and rows must be whole numbers ≥ 2 (the board's squares); fix the file or set [calibration] charuco_squares in mocap.toml`);
  const settings: CaliscopeBoard['settings'] = { board: 'charuco', charuco_squares: [columns as number, rows as number] };
  const mapped = ['columns, rows → charuco_squares'];
  const ignored: string[] = [];
  if (typeof t.dictionary === 'string') {
    settings.charuco_dictionary = t.dictionary;
    mapped.push('dictionary → charuco_dictionary');
  }
  if (typeof t.aruco_scale === 'number') {
    settings.charuco_marker_ratio = t.aruco_scale;
    mapped.push('aruco_scale → charuco_marker_ratio');
  }
  if (typeof t.square_size_overide_cm === 'number' && t.square_size_overide_cm > 0) {
    settings.square_size_mm = t.square_size_overide_cm * 10;
    mapped.push('square_size_overide_cm → square_size_mm (× 10)');
  } else if (typeof t.board_width === 'number' && typeof t.board_height === 'number') {
    const unit = UNIT_MM[String(t.units ?? 'inch').toLowerCase()];
    if (unit === undefined) ignored.push(`units = "${String(t.units)}" (unknown unit: set [calibration] square_size_mm)`);
    else {
      settings.square_size_mm = Math.min(t.board_width / (columns as number), t.board_height / (rows as number)) * unit;
      mapped.push('board_width, board_height, units → square_size_mm');
    }
  }
  if (typeof t.legacy_pattern === 'boolean') {
    settings.charuco_legacy_pattern = t.legacy_pattern;
    mapped.push('legacy_pattern → charuco_legacy_pattern');
  }
  if (t.inverted !== undefined) ignored.push('inverted (no setting: boards of either polarity are looked for)');
  return { settings, mapped, ignored };
}
