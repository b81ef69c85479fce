// The aniposelib / Pose2Sim / FreeMoCap calibration TOML format:
//
//   [cam_01]
//   name = "cam_01"
//   size = [ 1088.0, 1920.0]                       # width, height in pixels
//   matrix = [ [ fx, 0.0, cx], [ 0.0, fy, cy], [ 0.0, 0.0, 1.0]]
//   distortions = [ k1, k2, p1, p2]                # 4 or 5 (k3) for pinhole, 4 (k1..k4) for fisheye
//   rotation = [ rx, ry, rz]                       # Rodrigues vector, world → camera
//   translation = [ tx, ty, tz]                    # world → camera; metres (Pose2Sim) or mm (FreeMoCap)
//   fisheye = false                                # optional
//
//   [metadata]                                     # optional, anything
//
// Every top-level table except [metadata] is a camera, in file order.
import { parse, stringify, TomlError } from 'smol-toml';
import { UserError } from '../core/errors.ts';
import type { Camera, CameraRig } from '../core/types.ts';
import { cameraCentreOf } from './rodrigues.ts';
import { upperMedian } from '../core/stats.ts';

/** Translation units of a calibration file; 'auto' detects them (see detectTranslationUnits). */
export type CalibrationUnits = 'auto' | 'm' | 'mm';

/** Options of `parseCalibrationToml`. */
export interface ParseCalibrationOptions {
  /** File name used in error messages. @defaultValue "calibration file" */
  file?: string;
  /** Translation units in the file: 'auto' tells metres from millimetres by the camera spacing. @defaultValue "auto" */
  units?: CalibrationUnits;
}

export interface ParsedCalibration {
  /** Cameras with translations converted to metres. */
  rig: CameraRig;
  /** Units the file's translations were read in. */
  units: 'm' | 'mm';
  /** One line saying how the units were chosen, for the user ("… detected: cameras 1.9–4.4 m apart"). */
  unitsReason: string;
  /** The [metadata] table, if any. */
  metadata: Record<string, unknown>;
}

/** Largest plausible camera spacing in metres; beyond it a rig is taken to be in millimetres. */
export const MM_THRESHOLD = 50;

/**
 * Decides whether translations are metres or millimetres. Rule: take every non-zero distance between
 * two camera centres and from each camera centre to the world origin, in the file's units; if their
 * median exceeds 50, the file is in millimetres (a rig whose cameras sit 50 m apart is implausible, and
 * one 50 mm apart is too), otherwise metres. FreeMoCap puts its first camera at the origin, hence the
 * pairwise distances. With no non-zero distance at all (a single camera at the origin) it says metres.
 */
export function detectTranslationUnits(cameras: Pick<Camera, 'rotation' | 'translation'>[]): { units: 'm' | 'mm'; reason: string } {
  const centres = cameras.map((c) => cameraCentreOf(c.rotation, c.translation));
  const d: number[] = [];
  for (let i = 0; i < centres.length; i++) {
    d.push(Math.hypot(...centres[i]));
    for (let j = i + 1; j < centres.length; j++)
      d.push(Math.hypot(centres[i][0] - centres[j][0], centres[i][1] - centres[j][1], centres[i][2] - centres[j][2]));
  }
  const nz = d.filter((v) => v > 1e-9).sort((a, b) => a - b);
  if (nz.length === 0) return { units: 'm', reason: 'translation units assumed metres (no camera away from the origin to tell)' };
  const median = upperMedian(nz);
  const units = median > MM_THRESHOLD ? 'mm' : 'm';
  const fmt = (v: number): string => (v >= 100 ? v.toFixed(0) : v.toPrecision(3));
  return {
    units,
    reason: `translation units detected as ${units === 'mm' ? 'millimetres' : 'metres'}: median camera distance ${fmt(median)} (threshold ${MM_THRESHOLD}); to override, set project.calibration_units = "m" or "mm" in mocap.toml`,
  };
}

/** Keys every camera table must have (name and fisheye are optional). */
const REQUIRED_KEYS = ['size', 'matrix', 'distortions', 'rotation', 'translation'] as const;

function numberList(v: unknown, n: number | number[]): number[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const ok = Array.isArray(n) ? n.includes(v.length) : v.length === n;
  if (!ok || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) return undefined;
  return v as number[];
}

/**
 * Parses a calibration TOML (see the file header). Translations become metres. Throws a UserError
 * naming the file and the key for malformed input. Returns which units were used and why.
 */
export function parseCalibrationTomlDetailed(text: string, opts: ParseCalibrationOptions = {}): ParsedCalibration {
  const file = opts.file ?? 'calibration file';
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (err) {
    const where = err instanceof TomlError ? ` at line ${err.line}` : '';
    const reason = (err as Error).message.split('\n')[0].replace(/^Invalid TOML document:\s*/i, '');
    throw new UserError(`${file} is not valid TOML${where} (${reason}); fix that line or export the calibration again`);
  }
  const metadata = (typeof doc.metadata === 'object' && doc.metadata !== null ? doc.metadata : {}) as Record<string, unknown>;
  const cameras: Camera[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'metadata') continue;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new UserError(`${file}: top-level key "${key}" is not a camera table; expected [cam_…] tables and an optional [metadata]`);
    const t = value as Record<string, unknown>;
    const bad = (k: string, what: string): UserError => new UserError(`${file}: [${key}].${k} ${what}`);
    const missing = REQUIRED_KEYS.filter((k) => t[k] === undefined);
    if (missing.length > 0)
      throw new UserError(
        `${file}: [${key}] has no ${missing.join(', ')}; every camera table needs ${REQUIRED_KEYS.join(', ')} (aniposelib / Pose2Sim layout)`,
      );
    const fisheyeRaw = t.fisheye ?? false;
    if (typeof fisheyeRaw !== 'boolean') throw bad('fisheye', 'must be true or false');
    const size = numberList(t.size, 2);
    if (!size || !(size[0] > 0 && size[1] > 0)) throw bad('size', 'must be [width, height] in pixels, both > 0');
    const rows = Array.isArray(t.matrix) && t.matrix.length === 3 ? t.matrix.map((r) => numberList(r, 3)) : [];
    if (rows.length !== 3 || rows.some((r) => !r))
      throw bad('matrix', 'must be a 3×3 list of numbers [[fx, 0, cx], [0, fy, cy], [0, 0, 1]]');
    const matrix = (rows as number[][]).flat();
    if (!(matrix[0] > 0 && matrix[4] > 0)) throw bad('matrix', 'must have positive focal lengths fx, fy');
    const distortions = numberList(t.distortions, fisheyeRaw ? 4 : [4, 5]);
    if (!distortions)
      throw bad('distortions', fisheyeRaw ? 'must be 4 numbers (fisheye k1 k2 k3 k4)' : 'must be 4 or 5 numbers (k1 k2 p1 p2 [k3])');
    const rotation = numberList(t.rotation, 3);
    if (!rotation) throw bad('rotation', 'must be a Rodrigues vector of 3 numbers (world → camera)');
    const translation = numberList(t.translation, 3);
    if (!translation) throw bad('translation', 'must be 3 numbers (world → camera)');
    const name = t.name ?? key;
    if (typeof name !== 'string' && typeof name !== 'number') throw bad('name', 'must be a string');
    cameras.push({
      name: String(name),
      width: size[0],
      height: size[1],
      matrix,
      distortions: [...distortions],
      rotation: [rotation[0], rotation[1], rotation[2]],
      translation: [translation[0], translation[1], translation[2]],
      fisheye: fisheyeRaw,
    });
  }
  if (cameras.length === 0) throw new UserError(`${file} holds no camera tables; expected [cam_…] tables with name, size, matrix, …`);
  const names = cameras.map((c) => c.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) throw new UserError(`${file}: two cameras are named "${dup}"; camera names must be unique`);

  const requested = opts.units ?? 'auto';
  let units: 'm' | 'mm';
  let unitsReason: string;
  if (requested === 'auto') ({ units, reason: unitsReason } = detectTranslationUnits(cameras));
  else {
    units = requested;
    unitsReason = `translation units set to ${units === 'mm' ? 'millimetres' : 'metres'}`;
    const guess = detectTranslationUnits(cameras);
    if (guess.units !== units && cameras.length > 1)
      unitsReason += ` although the cameras' spacing looks like ${guess.units === 'mm' ? 'millimetres' : 'metres'} (${guess.reason.replace(/^.*?: /, '').replace(/; to override.*$/, '')}); check project.calibration_units in mocap.toml`;
  }
  if (units === 'mm') for (const c of cameras) c.translation = [c.translation[0] / 1000, c.translation[1] / 1000, c.translation[2] / 1000];
  return { rig: { cameras }, units, unitsReason: `${file}: ${unitsReason}`, metadata };
}

/** Parses a calibration TOML into a rig with translations in metres. See parseCalibrationTomlDetailed. */
export function parseCalibrationToml(text: string, opts: ParseCalibrationOptions = {}): CameraRig {
  return parseCalibrationTomlDetailed(text, opts).rig;
}

/** A number as a TOML float, always with a decimal point or exponent (1 → 1.0), full precision. */
function float(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`formatCalibrationToml: non-finite value ${v}`);
  const s = String(v);
  return /[.eE]/.test(s) ? s : `${s}.0`;
}
const list = (v: number[]): string => `[ ${v.map(float).join(', ')}]`;

/** A TOML table key: bare when it can be, quoted otherwise. */
const tableKey = (k: string): string => (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k));

/**
 * Writes a rig in the Pose2Sim TOML layout (translations in metres, floats written with a decimal
 * point, one [<name>] table per camera), followed by an optional [metadata] table.
 */
export function formatCalibrationToml(rig: CameraRig, metadata?: Record<string, unknown>): string {
  const out: string[] = [];
  for (const c of rig.cameras) {
    const m = c.matrix;
    out.push(
      `[${tableKey(c.name)}]`,
      `name = ${JSON.stringify(c.name)}`,
      `size = ${list([c.width, c.height])}`,
      `matrix = [ ${list(m.slice(0, 3))}, ${list(m.slice(3, 6))}, ${list(m.slice(6, 9))}]`,
      `distortions = ${list(c.distortions)}`,
      `rotation = ${list(c.rotation)}`,
      `translation = ${list(c.translation)}`,
      `fisheye = ${c.fisheye ? 'true' : 'false'}`,
      '',
    );
  }
  if (metadata && Object.keys(metadata).length > 0) out.push(stringify({ metadata }).trim(), '');
  return out.join('\n');
}
