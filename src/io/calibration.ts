// Finding and reading a session's calibration file (Node only).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UserError } from '../core/errors.ts';
import type { CameraRig } from '../core/types.ts';
import { formatCalibrationToml, type CalibrationUnits } from '../formats/calibrationToml.ts';
import { isCalibrationFile, parseCalibrationText } from '../formats/calibrationText.ts';
import { writeFileAtomic } from './atomic.ts';

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
  const text = readFileSync(file, 'utf8');
  return { file, ...parseCalibrationText(text, file, units) };
}

/** Finds and reads a session's calibration (see findCalibrationFile). Translations come back in metres. */
export function readCalibration(sessionDir: string, opts: ReadCalibrationOptions = {}): CalibrationRead {
  return readCalibrationFile(opts.file ?? findCalibrationFile(sessionDir), opts.units);
}

/** Writes a rig as Pose2Sim-style TOML (metres), atomically. */
export function writeCalibration(file: string, rig: CameraRig, metadata?: Record<string, unknown>): void {
  writeFileAtomic(file, formatCalibrationToml(rig, metadata));
}
