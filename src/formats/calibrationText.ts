// A calibration file's text → cameras, by its kind (aniposelib/Pose2Sim TOML or a Qualisys .qca.txt).
// Pure: the CLI (io/calibration.ts) reads the file, the web app a dropped File, and both parse here.
import type { CameraRig } from '../core/types.ts';
import { parseCalibrationTomlDetailed, type CalibrationUnits } from './calibrationToml.ts';
import { parseQca } from './qca.ts';

export interface ParsedCalibrationText {
  rig: CameraRig;
  /** Units the translations were read in ('mm' for .qca.txt, converted to metres). */
  units: 'm' | 'mm';
  /** Things to tell the user, e.g. how the units were chosen. */
  notes: string[];
}

/** Whether a file name looks like a calibration file (any .toml but mocap.toml, or a .qca.txt). */
export const isCalibrationFile = (name: string): boolean =>
  (name.toLowerCase().endsWith('.toml') && name.toLowerCase() !== 'mocap.toml') || name.toLowerCase().endsWith('.qca.txt');

/** Parses calibration text; `file` names it in messages and decides the kind by its extension. */
export function parseCalibrationText(text: string, file: string, units: CalibrationUnits = 'auto'): ParsedCalibrationText {
  if (file.toLowerCase().endsWith('.qca.txt') || /^\s*<\?xml|^\s*<calibration\b/.test(text)) {
    return { rig: parseQca(text, { file }), units: 'mm', notes: [`${file}: Qualisys export, positions in millimetres`] };
  }
  const parsed = parseCalibrationTomlDetailed(text, { file, units });
  return { rig: parsed.rig, units: parsed.units, notes: [parsed.unitsReason] };
}
