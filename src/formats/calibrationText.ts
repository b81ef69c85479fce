// A calibration file's text → cameras, by its kind (docs/calibration-formats.md): aniposelib/Pose2Sim/
// FreeMoCap TOML, caliscope camera_array.toml, Qualisys .qca.txt, Vicon .xcp, one OpenCV FileStorage
// camera file. Pure: the CLI (io/calibration.ts) reads the file(s), the web app a dropped File, and both
// parse here — the one dispatch of calibration formats. Formats made of several files (EasyMocap's
// intri.yml + extri.yml, a folder of OpenCV per-camera files) are gathered by io/calibration.ts and
// parsed with the same pure readers.
import { UserError } from '../core/errors.ts';
import type { Camera, CameraRig } from '../core/types.ts';
import { isCaliscopeCalibration, parseCaliscope } from './caliscope.ts';
import { detectTranslationUnits, parseCalibrationTomlDetailed, type CalibrationUnits } from './calibrationToml.ts';
import { isOpenCvCameraStorage, parseOpenCvCamera } from './openCvCamera.ts';
import { isOpenCvStorage, parseOpenCvStorage } from './openCvStorage.ts';
import { isOptitrackMcal, parseOptitrackMcal } from './optitrackMcal.ts';
import { parseQca } from './qca.ts';
import { isViconXcp, parseViconXcp } from './viconXcp.ts';

export interface ParsedCalibrationText {
  rig: CameraRig;
  /** Units the translations were read in (converted to metres). */
  units: 'm' | 'mm';
  /** The format recognised, e.g. 'Vicon .xcp'. */
  format: string;
  /** Things to tell the user, e.g. how the units were chosen. */
  notes: string[];
}

/** OpenCV FileStorage extensions (EasyMocap, per-camera files). */
export const FILE_STORAGE_EXT = /\.(ya?ml|xml)$/i;

/**
 * Whether a file name may be a calibration: any .toml but mocap.toml (openmocap's settings) and
 * config.toml (Pose2Sim's settings; caliscope's older calibration is found by the session layout),
 * a .qca.txt, a Vicon .xcp, an OptiTrack .mcal, or an OpenCV FileStorage .yml/.yaml/.xml.
 */
export const isCalibrationFile = (name: string): boolean => {
  const n = name.toLowerCase();
  return (
    (n.endsWith('.toml') && n !== 'mocap.toml' && n !== 'config.toml') ||
    n.endsWith('.qca.txt') ||
    n.endsWith('.xcp') ||
    n.endsWith('.mcal') ||
    FILE_STORAGE_EXT.test(n)
  );
};

const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/** Translations of cameras read in unknown units: decided as for TOML files, converted to metres. */
export function withUnits(
  cameras: Camera[],
  units: CalibrationUnits,
  file: string,
): { cameras: Camera[]; units: 'm' | 'mm'; note: string } {
  const guess = detectTranslationUnits(cameras);
  const chosen = units === 'auto' ? guess.units : units;
  const note =
    units === 'auto' ? `${file}: ${guess.reason}` : `${file}: translation units set to ${chosen === 'mm' ? 'millimetres' : 'metres'}`;
  const k = chosen === 'mm' ? 1 / 1000 : 1;
  return {
    cameras: cameras.map((c) => ({ ...c, translation: [c.translation[0] * k, c.translation[1] * k, c.translation[2] * k] })),
    units: chosen,
    note,
  };
}

/** Checks that camera names are unique (they are matched to videos by name). */
export function uniqueNames(rig: CameraRig, file: string): CameraRig {
  const names = rig.cameras.map((c) => c.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) throw new UserError(`${file}: two cameras are named "${dup}"; camera names must be unique`);
  return rig;
}

/** Parses calibration text; `file` names it in messages and, with the text, decides the kind. */
export function parseCalibrationText(text: string, file: string, units: CalibrationUnits = 'auto'): ParsedCalibrationText {
  const lower = baseName(file).toLowerCase();
  if (lower.endsWith('.pickle') || lower.endsWith('.pkl'))
    throw new UserError(
      `${file} is a Python pickle (OpenCap's cameraIntrinsicsExtrinsics.pickle), which openmocap does not read (pickles run code when loaded); convert it to a calibration TOML with Pose2Sim, then give that file`,
    );
  if (lower.endsWith('.mcal') || isOptitrackMcal(text)) {
    const m = parseOptitrackMcal(text, file);
    const u = withUnits(m.rig.cameras, units, file);
    return {
      rig: uniqueNames({ cameras: u.cameras }, file),
      units: u.units,
      format: 'OptiTrack Motive .mcal',
      notes: [`${file}: OptiTrack Motive calibration`, u.note, ...m.notes],
    };
  }
  if (lower.endsWith('.cal'))
    throw new UserError(
      `${file} is an OptiTrack Motive .cal calibration (binary, Motive 2 and earlier), which openmocap does not read; load it in Motive 3 or later and export the calibration as .mcal, then give that file`,
    );
  if (lower.endsWith('.qca.txt') || /^\s*<\?xml[^>]*>\s*<calibration\b|^\s*<calibration\b/.test(text))
    return {
      rig: parseQca(text, { file }),
      units: 'mm',
      format: 'Qualisys .qca.txt',
      notes: [`${file}: Qualisys export, positions in millimetres`],
    };
  if (lower.endsWith('.xcp') || isViconXcp(text)) {
    const lensNotes: string[] = [];
    const rig = uniqueNames(parseViconXcp(text, file, lensNotes), file);
    return { rig, units: 'mm', format: 'Vicon .xcp', notes: [`${file}: Vicon calibration, positions in millimetres`, ...lensNotes] };
  }
  if (isOpenCvStorage(text)) {
    if (!isOpenCvCameraStorage(parseOpenCvStorage(text, file)))
      throw new UserError(`${file} is an OpenCV FileStorage file without a camera_matrix; it is not a camera calibration`);
    const u = withUnits([parseOpenCvCamera(text, lower.replace(FILE_STORAGE_EXT, ''), file)], units, file);
    return { rig: { cameras: u.cameras }, units: u.units, format: 'OpenCV per-camera FileStorage', notes: [u.note] };
  }
  if (lower.endsWith('.toml') && isCaliscopeCalibration(text)) {
    const c = parseCaliscope(text, file);
    return {
      rig: uniqueNames(c.rig, file),
      units: 'm',
      format: 'caliscope camera_array.toml',
      notes: [`${file}: caliscope calibration, translations in metres`, ...c.notes],
    };
  }
  const parsed = parseCalibrationTomlDetailed(text, { file, units });
  return { rig: parsed.rig, units: parsed.units, format: 'aniposelib/Pose2Sim/FreeMoCap TOML', notes: [parsed.unitsReason] };
}
