// Finding and reading a session's calibration file (Node only).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { UserError } from '../core/errors.ts';
import type { CameraRig } from '../core/types.ts';
import { formatCalibrationToml, type CalibrationUnits } from '../formats/calibrationToml.ts';
import { FILE_STORAGE_EXT, isCalibrationFile, parseCalibrationText, uniqueNames, withUnits } from '../formats/calibrationText.ts';
import { parseEasyMocap } from '../formats/easymocap.ts';
import { isOpenCvCameraStorage, parseOpenCvCamera } from '../formats/openCvCamera.ts';
import { isOpenCvStorage, parseOpenCvStorage } from '../formats/openCvStorage.ts';
import { decodeMcal } from '../formats/optitrackMcal.ts';
import { writeFileAtomic } from './atomic.ts';
import { readInputFile, readInputText } from './readInput.ts';

/** Which calibration `readCalibration` reads, and how. */
export interface ReadCalibrationOptions {
  /** A calibration file to use instead of searching the session. @defaultValue the one found in the session (findCalibrationFile) */
  file?: string;
  /** Translation units of a TOML file: 'auto' tells metres from millimetres by the camera spacing. @defaultValue "auto" */
  units?: CalibrationUnits;
}

/** A calibration as read from a file: the cameras, and what was read and how. */
export interface CalibrationRead {
  rig: CameraRig;
  /** The file read. */
  file: string;
  /** Units the translations were read in (translations in `rig` are always metres). */
  units: 'm' | 'mm';
  /** The format recognised, e.g. "aniposelib/Pose2Sim TOML", "EasyMocap intri.yml/extri.yml". */
  format: string;
  /** Things to tell the user, e.g. how the units were chosen. */
  notes: string[];
}

const EASYMOCAP_FILES = ['intri.yml', 'extri.yml'];

/** Whether a .yml/.yaml/.xml file is an OpenCV FileStorage file holding one camera's calibration. */
function isPerCameraStorage(path: string): boolean {
  if (!FILE_STORAGE_EXT.test(path) || EASYMOCAP_FILES.includes(basename(path).toLowerCase())) return false;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return false;
  }
  if (!isOpenCvStorage(text)) return false;
  try {
    return isOpenCvCameraStorage(parseOpenCvStorage(text, path));
  } catch {
    return true; // a damaged camera file: reading it will say what is wrong
  }
}

/**
 * The files of one folder that together form one calibration count once: EasyMocap's intri.yml and
 * extri.yml (as intri.yml), OpenCV per-camera files (as the first). Other .yml/.xml files are not
 * calibrations.
 */
function groupCalibrationFiles(paths: string[]): string[] {
  const out: string[] = [];
  const byDir = new Map<string, string[]>();
  for (const p of paths) byDir.set(dirname(p), [...(byDir.get(dirname(p)) ?? []), p]);
  for (const files of byDir.values()) {
    const names = files.map((f) => basename(f).toLowerCase());
    const easy = EASYMOCAP_FILES.every((n) => names.includes(n));
    let perCameraSeen = false;
    for (const f of files) {
      const n = basename(f).toLowerCase();
      if (!FILE_STORAGE_EXT.test(n)) out.push(f);
      else if (EASYMOCAP_FILES.includes(n)) {
        if (easy && n === 'intri.yml') out.push(f);
      } else if (isPerCameraStorage(f) && !perCameraSeen) {
        perCameraSeen = true;
        out.push(f);
      }
    }
  }
  return out;
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
  found.splice(0, found.length, ...groupCalibrationFiles(found));
  if (found.length === 1) return found[0];
  if (found.length === 0)
    throw new UserError(
      `no calibration in ${sessionDir}: put calibration.toml (aniposelib/Pose2Sim/FreeMoCap) or another supported calibration (see docs/calibration-formats.md) there, or run "openmocap calibrate"`,
    );
  const list = found.map((f) => relative(sessionDir, f)).join(', ');
  throw new UserError(
    `several calibration files in ${sessionDir} (${list}); rename the one to use to calibration.toml, or name it in mocap.toml: [project] calibration = "<file>"`,
  );
}

/**
 * Every file a calibration consists of, given the one that names it: EasyMocap's intri.yml and
 * extri.yml, every OpenCV per-camera file beside a per-camera file, else the file itself. (What a
 * rerun must watch for changes.)
 */
export function calibrationSourceFiles(file: string): string[] {
  const dir = dirname(file);
  const lower = basename(file).toLowerCase();
  if (EASYMOCAP_FILES.includes(lower)) return EASYMOCAP_FILES.map((n) => join(dir, n));
  if (FILE_STORAGE_EXT.test(lower) && isPerCameraStorage(file)) {
    return readdirSync(dir)
      .filter((n) => FILE_STORAGE_EXT.test(n))
      .map((n) => join(dir, n))
      .filter((p) => p === file || isPerCameraStorage(p))
      .sort();
  }
  return [file];
}

/**
 * Reads a calibration in any supported format (docs/calibration-formats.md), recognised from its
 * name and contents: aniposelib/Pose2Sim/FreeMoCap TOML, caliscope camera_array.toml/config.toml,
 * Qualisys .qca.txt, Vicon .xcp, OptiTrack Motive .mcal, EasyMocap intri.yml (with extri.yml beside it, or either of
 * the two), OpenCV FileStorage per-camera .yml/.xml (with every per-camera file beside it, one
 * camera each, named after the file). Translations come back in metres, world → camera.
 */
export function readCalibrationFile(file: string, units: CalibrationUnits = 'auto'): CalibrationRead {
  if (!existsSync(file)) throw new UserError(`${file} does not exist; check the calibration path`);
  const lower = basename(file).toLowerCase();
  if (statSync(file).isDirectory())
    throw new UserError(`${file} is a folder; give the calibration file itself (see docs/calibration-formats.md)`);
  if (lower.endsWith('.pickle') || lower.endsWith('.pkl')) return { file, ...parseCalibrationText('', file, units) }; // refused there, in one line
  // Motive writes .mcal as UTF-16 with a BOM; everything else is read as UTF-8.
  const bytes = readInputFile(file, 'the calibration');
  const text = decodeMcal(bytes);
  if (EASYMOCAP_FILES.includes(lower)) {
    const intri = join(dirname(file), 'intri.yml');
    const extri = join(dirname(file), 'extri.yml');
    for (const f of [intri, extri])
      if (!existsSync(f)) throw new UserError(`${f} is missing: EasyMocap's calibration is intri.yml and extri.yml side by side`);
    const rig = parseEasyMocap(readInputText(intri, 'the calibration'), readInputText(extri, 'the calibration'), { intri, extri });
    return {
      rig: uniqueNames(rig, intri),
      file: intri,
      units: 'm',
      format: 'EasyMocap intri.yml/extri.yml',
      notes: [`${intri}: EasyMocap calibration (with extri.yml), translations in metres`],
    };
  }
  if (FILE_STORAGE_EXT.test(lower) && isPerCameraStorage(file)) {
    // Every per-camera file beside this one is a camera of the same rig.
    const dir = dirname(file);
    const files = calibrationSourceFiles(file);
    const cameras = files.map((p) => parseOpenCvCamera(readInputText(p, 'the calibration'), basename(p, extname(p)), p));
    const u = withUnits(cameras, units, file);
    const list = files.map((p) => basename(p)).join(', ');
    return {
      rig: uniqueNames({ cameras: u.cameras }, file),
      file,
      units: u.units,
      format: 'OpenCV per-camera FileStorage',
      notes: [`${dir}: OpenCV per-camera calibration files (${list})`, u.note],
    };
  }
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
