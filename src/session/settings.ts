// mocap.toml: one file per session, a section per stage, every key optional. The schema is
// composed from each stage's own exported schema (defaults live there, once) plus the session's
// [project] and [output] sections. Node-only (reads the file).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TomlError } from 'smol-toml';
import { UserError } from '../core/errors.ts';
import { triangulateSettingsSchema, type TriangulateSettings } from '../triangulate/triangulate.ts';
import { filterSettingsSchema, type FilterSettings } from '../filter/filterPoints.ts';
import { detectSettingsSchema, type DetectSettings } from '../detect/detectSettingsSchema.ts';
import { calibrationSettingsSchema, type CalibrationSettings } from '../calibration/calibrationSettingsSchema.ts';
import { syncSettingsSchema, type SyncSettings } from '../sync/syncSettings.ts';
import {
  outputSettingsSchema,
  projectSettingsSchema,
  type OutputSettings,
  type ProjectSettings,
} from './sessionSettingsSchemas.ts';
import { docCommentsOf, formatSettingsToml, validateSettings, type SectionSchema, type ValidatedSettings } from './validateSettings.ts';

export { EXPORT_FORMATS, type ExportFormat } from './sessionSettingsSchemas.ts';

/** Every section of mocap.toml, in pipeline order. */
export const settingsSections = {
  project: projectSettingsSchema,
  calibration: calibrationSettingsSchema,
  detect: detectSettingsSchema,
  sync: syncSettingsSchema,
  triangulation: triangulateSettingsSchema,
  filter: filterSettingsSchema,
  output: outputSettingsSchema,
} as unknown as Record<SectionName, SectionSchema>;

export type SectionName = 'project' | 'calibration' | 'detect' | 'sync' | 'triangulation' | 'filter' | 'output';

/** Effective settings of a session. */
export interface Settings {
  project: ProjectSettings;
  calibration: CalibrationSettings;
  detect: DetectSettings;
  sync: SyncSettings;
  triangulation: TriangulateSettings;
  filter: FilterSettings;
  output: OutputSettings;
}

export interface LoadedSettings {
  settings: Settings;
  /** Where each value came from, per section and key. */
  origins: ValidatedSettings['origins'];
  /** The mocap.toml path, or undefined when the session has none (all defaults). */
  file?: string;
}

export const SETTINGS_FILE = 'mocap.toml';

/** A path as the user would type it: relative to the working directory when inside it. */
export function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
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

/** Loads `<sessionDir>/mocap.toml` (all defaults when absent). */
export function loadSettings(sessionDir: string): LoadedSettings {
  const path = join(sessionDir, SETTINGS_FILE);
  if (!existsSync(path)) {
    const { settings, origins } = parseSettings('', displayPath(path));
    return { settings, origins };
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'EISDIR'
        ? `${displayPath(path)} is a folder, not a settings file; remove it (every setting is optional) or put a mocap.toml text file there`
        : `could not read ${displayPath(path)} (${code ?? (err as Error).message}); make it a readable text file`,
    );
  }
  const { settings, origins } = parseSettings(text, displayPath(path));
  return { settings, origins, file: path };
}

/** Source files of the stage schemas, whose doc comments document keys that have no .describe(). */
const SCHEMA_SOURCES: Partial<Record<SectionName, string>> = {
  calibration: '../calibration/calibrationSettingsSchema.ts',
  detect: '../detect/detectSettingsSchema.ts',
  sync: '../sync/syncSettings.ts',
  triangulation: '../triangulate/triangulateSettings.ts',
  filter: '../filter/filterPoints.ts',
};

function wrap(text: string, width = 96): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function schemaDocs(): Record<string, Map<string, string>> {
  const docs: Record<string, Map<string, string>> = {};
  for (const [section, rel] of Object.entries(SCHEMA_SOURCES)) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (!existsSync(path)) continue;
    const found = docCommentsOf(readFileSync(path, 'utf8'));
    docs[section] = new Map([...found].map(([k, v]) => [k, wrap(v)]));
  }
  return docs;
}

/** The effective settings as commented TOML (what `openmocap config` prints). */
export function formatEffectiveSettings(loaded: LoadedSettings, sessionDir: string): string {
  return formatSettingsToml({ values: loaded.settings as unknown as ValidatedSettings['values'], origins: loaded.origins }, settingsSections, [
    `openmocap effective settings for ${displayPath(sessionDir)}`,
    loaded.file ? `read from ${displayPath(loaded.file)}; keys marked "default" are not in that file` : `no ${SETTINGS_FILE} in the session: every value is the default`,
    `copy any line into ${SETTINGS_FILE} (under its [section]) to change it`,
  ], schemaDocs());
}
