// Finding and reading a session's calibration file (Node only).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UserError } from '../core/errors.ts';
import type { CameraRig } from '../core/types.ts';
import { formatCalibrationToml, parseCalibrationTomlDetailed, type CalibrationUnits } from '../formats/calibrationToml.ts';
import { parseQca } from '../formats/qca.ts';
import { isCaliscopeCalibration, parseCaliscopeCalibration } from '../formats/caliscope.ts';
import { writeFileAtomic } from './atomic.ts';
import { readInputText } from './readInput.ts';

export interface ReadCalibrationOptions {
  /** A calibration file to use instead of searching the session. */
  file?: string;
  /** Translation units of a TOML file. Defaults to 'auto' (see detectTranslationUnits). */
  units?: CalibrationUnits;
}

export interface CalibrationRead {
  rig: CameraRig;
  /** The file read. */
  file: string;
  /** Units the translations were read in ('m' for .qca.txt, which is always mm → converted). */
  units: 'm' | 'mm';
  /** Things to tell the user, e.g. how the units were chosen. */
  notes: string[];
}

// mocap.toml holds openmocap's settings, Config.toml Pose2Sim's: neither is a calibration.
const isCalibrationFile = (name: string): boolean =>
  (name.toLowerCase().endsWith('.toml') && name.toLowerCase() !== 'mocap.toml' && name.toLowerCase() !== 'config.toml') || name.toLowerCase().endsWith('.qca.txt');

/**
 * The calibration file of a session: `calibration.toml` when present, else the single `*.toml`
 * (other than mocap.toml) or `*.qca.txt` in the session folder or its `calibration/` subfolder.
 * Throws a UserError when there is none, or several to choose from.
 */
export function findCalibrationFile(sessionDir: string): string {
  const main = join(sessionDir, 'calibration.toml');
  if (existsSync(main)) return main;
  const found: string[] = [];
  for (const dir of [sessionDir, join(sessionDir, 'calibration')]) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (isCalibrationFile(name) && statSync(path).isFile()) found.push(path);
    }
  }
  if (found.length === 1) return found[0];
  if (found.length === 0)
    throw new UserError(`no calibration in ${sessionDir}: put calibration.toml (aniposelib/Pose2Sim/FreeMoCap) or a Qualisys .qca.txt there, or run "openmocap calibrate"`);
  const list = found.map((f) => relative(sessionDir, f)).join(', ');
  throw new UserError(`several calibration files in ${sessionDir} (${list}); rename the one to use to calibration.toml, or name it in mocap.toml: [project] calibration = "<file>"`);
}

/** Reads a calibration file by extension (.toml or .qca.txt). */
export function readCalibrationFile(file: string, units: CalibrationUnits = 'auto'): CalibrationRead {
  if (!existsSync(file)) throw new UserError(`${file} does not exist; check the calibration path`);
  const text = readInputText(file, 'the calibration');
  if (file.toLowerCase().endsWith('.qca.txt') || /^\s*<\?xml|^\s*<calibration\b/.test(text)) {
    return { rig: parseQca(text, { file }), file, units: 'mm', notes: [`${file}: Qualisys export, positions in millimetres`] };
  }
  if (isCaliscopeCalibration(text))
    return { rig: parseCaliscopeCalibration(text, file), file, units: 'm', notes: [`${file}: caliscope camera array, positions in metres`] };
  const parsed = parseCalibrationTomlDetailed(text, { file, units });
  return { rig: parsed.rig, file, units: parsed.units, notes: [parsed.unitsReason] };
}

/** Finds and reads a session's calibration (see findCalibrationFile). Translations come back in metres. */
export function readCalibration(sessionDir: string, opts: ReadCalibrationOptions = {}): CalibrationRead {
  return readCalibrationFile(opts.file ?? findCalibrationFile(sessionDir), opts.units);
}

/** Writes a rig as Pose2Sim-style TOML (metres), atomically. */
export function writeCalibration(file: string, rig: CameraRig, metadata?: Record<string, unknown>): void {
  writeFileAtomic(file, formatCalibrationToml(rig, metadata));
}
