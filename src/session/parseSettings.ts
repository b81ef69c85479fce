// mocap.toml text → validated settings. Pure (no file system): the CLI (settings.ts) and the web app
// parse the same schema, composed from each stage's own exported schema (defaults live there, once)
// plus the session's [project] and [output] sections.
import { parse, TomlError } from 'smol-toml';
import { UserError } from '../core/errors.ts';
import { triangulateSettingsSchema, type TriangulateSettings } from '../triangulate/triangulateSettings.ts';
import { filterSettingsSchema, type FilterSettings } from '../filter/filterPoints.ts';
import { detectSettingsSchema, type DetectSettings } from '../detect/detectSettingsSchema.ts';
import { calibrationSettingsSchema, type CalibrationSettings } from '../calibration/calibrationSettingsSchema.ts';
import {
  outputSettingsSchema,
  projectSettingsSchema,
  type OutputSettings,
  type ProjectSettings,
} from './sessionSettingsSchemas.ts';
import { validateSettings, type SectionSchema, type ValidatedSettings } from './validateSettings.ts';

export { EXPORT_FORMATS, type ExportFormat } from './sessionSettingsSchemas.ts';

export const SETTINGS_FILE = 'mocap.toml';

/** Every section of mocap.toml, in pipeline order. */
export const settingsSections = {
  project: projectSettingsSchema,
  calibration: calibrationSettingsSchema,
  detect: detectSettingsSchema,
  triangulation: triangulateSettingsSchema,
  filter: filterSettingsSchema,
  output: outputSettingsSchema,
} as unknown as Record<SectionName, SectionSchema>;

export type SectionName = 'project' | 'calibration' | 'detect' | 'triangulation' | 'filter' | 'output';

/** Effective settings of a session. */
export interface Settings {
  project: ProjectSettings;
  calibration: CalibrationSettings;
  detect: DetectSettings;
  triangulation: TriangulateSettings;
  filter: FilterSettings;
  output: OutputSettings;
}

/** Parses and validates mocap.toml text. Throws UserError listing every problem on one line. */
export function parseSettings(text: string, file = SETTINGS_FILE): { settings: Settings; origins: ValidatedSettings['origins'] } {
  let raw: Record<string, unknown>;
  try {
    raw = parse(text) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof TomlError) {
      const first = err.message.split('\n')[0];
      throw new UserError(`${file} line ${err.line}, column ${err.column}: ${first} — fix the TOML syntax`);
    }
    throw err;
  }
  const result = validateSettings(raw, settingsSections);
  if (!result.ok) {
    const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more problem${result.problems.length > 2 ? 's' : ''}: ${result.problems.slice(1).join('; ')})` : '';
    throw new UserError(`${result.problems[0]} (in ${file})${more}`);
  }
  return { settings: result.settings.values as unknown as Settings, origins: result.settings.origins };
}

