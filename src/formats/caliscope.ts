// caliscope's camera calibration: `camera_array.toml` (current versions) or the camera tables of a
// project's `config.toml` (earlier versions).
//
//   [cameras.0]                       (earlier: [cam_0] with port = 0)
//   cam_id = 0
//   size = [1280, 720]                width, height in pixels
//   matrix = [[fx, 0, cx], [0, fy, cy], [0, 0, 1]]
//   distortions = [k1, k2, p1, p2, k3]   (fisheye = true: k1 k2 k3 k4)
//   rotation = [rx, ry, rz]           Rodrigues vector, or a 3×3 matrix in older files
//   translation = [tx, ty, tz]        metres
//   ignore = false                    true: the camera is left out
//   rotation_count = 0                quarter turns caliscope applies to the preview
//
// Convention: caliscope uses [R | t] as each camera's normalised projection matrix, so
// X_camera = R · X_world + t with OpenCV's camera axes — openmocap's convention. Translations are in
// metres (caliscope's charuco.toml gives the square size in centimetres; its solver works in metres).
// Cameras are named cam_<id>, as caliscope names its recordings (recordings/<take>/cam_<id>.mp4).
// A camera without rotation/translation has not been posed yet.
// ref: caliscope documentation and source (CameraData / CameraArray.from_toml: "normalized projection
//      matrix" = transformation[0:3, :]), read for the conventions, not copied.
import { parse } from 'smol-toml';
import { UserError } from '../core/errors.ts';
import type { Camera, CameraRig } from '../core/types.ts';
import { matrixToRodrigues } from './rodrigues.ts';

type Table = Record<string, unknown>;

export interface CaliscopeCalibration {
  rig: CameraRig;
  /** Things to tell the user (cameras ignored, preview rotations). */
  notes: string[];
}

const nums = (v: unknown): number[] | undefined => {
  const flat = Array.isArray(v) ? (v as unknown[]).flat() : undefined;
  return flat?.every((x) => typeof x === 'number' && Number.isFinite(x)) ? (flat as number[]) : undefined;
};

/** Whether a parsed TOML document holds caliscope camera tables ([cameras.N] or [cam_N] with port/cam_id). */
export function isCaliscopeToml(doc: Record<string, unknown>): boolean {
  if (typeof doc.cameras === 'object' && doc.cameras !== null && !Array.isArray(doc.cameras)) return true;
  return Object.entries(doc).some(
    ([k, v]) => /^cam_\d+$/.test(k) && typeof v === 'object' && v !== null && ('port' in v || 'cam_id' in v) && !('name' in v),
  );
}

/** Reads caliscope's camera_array.toml (or config.toml) text. Translations come back in metres. */
export function parseCaliscope(text: string, file: string): CaliscopeCalibration {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new UserError(`${file} is not valid TOML (${(err as Error).message.split('\n')[0]}); fix it or let caliscope save it again`);
  }
  const tables: [string, Record<string, unknown>][] = [];
  if (typeof doc.cameras === 'object' && doc.cameras !== null) {
    for (const [id, t] of Object.entries(doc.cameras as Record<string, unknown>)) tables.push([id, t as Record<string, unknown>]);
  }
  for (const [k, t] of Object.entries(doc)) {
    const m = /^cam_(\d+)$/.exec(k);
    if (m && typeof t === 'object' && t !== null) tables.push([m[1]!, t as Record<string, unknown>]);
  }
  if (tables.length === 0)
    throw new UserError(`${file} holds no caliscope cameras ([cameras.N] or [cam_N] tables); point at caliscope's camera_array.toml`);
  const notes: string[] = [];
  const cameras: Camera[] = [];
  const unposed: string[] = [];
  for (const [id, t] of tables.sort((a, b) => Number(a[0]) - Number(b[0]))) {
    const name = `cam_${t.cam_id ?? t.port ?? id}`;
    if (t.ignore === true) {
      notes.push(`${file}: ${name} is marked ignore = true in caliscope and is left out`);
      continue;
    }
    const bad = (what: string) => new UserError(`${file}: ${name} ${what}; calibrate it in caliscope or fix the file`);
    const size = nums(t.size);
    const matrix = nums(t.matrix);
    const dist = nums(t.distortions);
    if (!size || size.length !== 2 || !(size[0]! > 0 && size[1]! > 0)) throw bad('has no size = [width, height]');
    if (!matrix || matrix.length !== 9) throw bad('has no intrinsic matrix (3×3)');
    if (!dist || ![4, 5].includes(dist.length)) throw bad('has no distortions (4 or 5 numbers)');
    const rot = nums(t.rotation);
    const tr = nums(t.translation);
    if (!rot || !tr) {
      unposed.push(name);
      continue;
    }
    if (tr.length !== 3 || (rot.length !== 3 && rot.length !== 9))
      throw bad('has a rotation that is neither 3 (Rodrigues) nor 3×3 numbers, or a translation that is not 3');
    const rotation = rot.length === 9 ? matrixToRodrigues(rot) : (rot as [number, number, number]);
    if (typeof t.rotation_count === 'number' && t.rotation_count % 4 !== 0)
      notes.push(
        `${file}: ${name} has rotation_count = ${t.rotation_count} (caliscope turns its preview); the calibration is used for the video as recorded`,
      );
    cameras.push({
      name,
      width: size[0]!,
      height: size[1]!,
      matrix,
      distortions: dist,
      rotation: [rotation[0], rotation[1], rotation[2]],
      translation: [tr[0]!, tr[1]!, tr[2]!],
      fisheye: t.fisheye === true,
    });
  }
  if (unposed.length > 0)
    throw new UserError(
      `${file}: ${unposed.join(', ')} ha${unposed.length > 1 ? 've' : 's'} no position yet (no rotation/translation); run caliscope's extrinsic calibration first, or calibrate with "openmocap calibrate"`,
    );
  if (cameras.length === 0) throw new UserError(`${file}: every camera is marked ignore = true; nothing to read`);
  return { rig: { cameras }, notes };
}

/** True when TOML text is a caliscope camera file (camera_array.toml, or config.toml with cameras in it). */
export function isCaliscopeCalibration(text: string): boolean {
  try {
    return isCaliscopeToml(parse(text) as Record<string, unknown>);
  } catch {
    return false;
  }
}

/** The rig of caliscope camera_array.toml / config.toml text (see parseCaliscope for its notes). */
export function parseCaliscopeCalibration(text: string, file = 'camera_array.toml'): CameraRig {
  return parseCaliscope(text, file).rig;
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
  const columns = t.columns,
    rows = t.rows;
  if (!Number.isInteger(columns) || !Number.isInteger(rows) || (columns as number) < 2 || (rows as number) < 2)
    throw new UserError(
      `${file}: columns and rows must be whole numbers ≥ 2 (the board's squares); fix the file or set [calibration] charuco_squares in mocap.toml`,
    );
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
