// mocap.toml: one file per session, a section per stage, every key optional. The schema is
// composed from each stage's own exported schema (defaults live there, once) plus the session's
// [project] and [output] sections. Node-only (reads the file).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TomlError } from 'smol-toml';
import { UserError } from '../core/errors.ts';
import { triangulateSettingsSchema, type TriangulateSettings } from '../triangulate/triangulate.ts';
import { filterSettingsSchema, type FilterSettings } from '../filter/filterPoints.ts';
import { detectSettingsSchema, type DetectSettings } from '../detect/detectSettingsSchema.ts';
import { calibrationSettingsSchema, type CalibrationSettings } from '../calibration/calibrationSettingsSchema.ts';
import {
  outputSettingsSchema,
  projectSettingsSchema,
  type OutputSettings,
  type ProjectSettings,
} from './sessionSettingsSchemas.ts';
import { describeSessionLayout, resolveSessionLayout, type SessionLayout, type SettingsLayer } from './sessionLayout.ts';
import { docCommentsOf, formatSettingsToml, validateSettings, type SectionSchema, type ValidatedSettings } from './validateSettings.ts';

export { EXPORT_FORMATS, type ExportFormat } from './sessionSettingsSchemas.ts';

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

export interface LoadedSettings {
  settings: Settings;
  /** Where each value came from, per section and key. */
  origins: ValidatedSettings['origins'];
  /** The mocap.toml path, or undefined when the session has none (all defaults). */
  file?: string;
  /** Where values not from mocap.toml or the defaults came from (another tool's settings file), per section and key. */
  originLabels?: Record<string, Record<string, string>>;
  /** How the session folder is laid out (openmocap's own, or another tool's). */
  layout?: SessionLayout;
}

export const SETTINGS_FILE = 'mocap.toml';

/** A path as the user would type it: relative to the working directory when inside it. */
export function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
}

/**
 * Puts the values of other tools' settings files (a foreign session folder's, see sessionLayout.ts)
 * under mocap.toml's: a key mocap.toml sets is kept; a value openmocap would reject is not carried
 * over but listed with the layer's ignored keys. Returns where each carried value came from.
 */
function mergeLayers(raw: Record<string, unknown>, layers: SettingsLayer[]): Record<string, Record<string, string>> {
  const labels: Record<string, Record<string, string>> = {};
  // mocap.toml's own keys, before any layer: they win; among layers the later (closer) one wins.
  const own = new Map(Object.entries(raw).map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? new Set(Object.keys(v)) : undefined]));
  for (const layer of layers) {
    for (const [section, values] of Object.entries(layer.values)) {
      if (own.has(section) && !own.get(section)) continue; // not a table: mocap.toml's problem, reported by validation
      for (const [key, value] of Object.entries(values)) {
        if (own.get(section)?.has(key)) continue;
        const check = validateSettings({ [section]: { [key]: value } }, settingsSections);
        if (!check.ok) {
          // Not carried over after all: say so with the tool's key, and why.
          const at = layer.mapped.findIndex((m) => new RegExp(`→ ${section}\\.${key}\\b`).test(m));
          const from = at >= 0 ? layer.mapped.splice(at, 1)[0].split(' → ')[0] : `${section}.${key}`;
          layer.ignored.push(`${from} = ${JSON.stringify(value)} (not used: ${check.problems[0]})`);
          continue;
        }
        raw[section] = { ...((raw[section] as Record<string, unknown>) ?? {}), [key]: value };
        (labels[section] ??= {})[key] = `from ${basename(layer.file)}`;
      }
    }
  }
  return labels;
}

/** Parses and validates mocap.toml text. Throws UserError listing every problem on one line. */
export function parseSettings(
  text: string,
  file = SETTINGS_FILE,
  layers: SettingsLayer[] = [],
): { settings: Settings; origins: ValidatedSettings['origins']; originLabels: Record<string, Record<string, string>> } {
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
  const originLabels = mergeLayers(raw, layers);
  const result = validateSettings(raw, settingsSections);
  if (!result.ok) {
    const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more problem${result.problems.length > 2 ? 's' : ''}: ${result.problems.slice(1).join('; ')})` : '';
    throw new UserError(`${result.problems[0]} (in ${file})${more}`);
  }
  return { settings: result.settings.values as unknown as Settings, origins: result.settings.origins, originLabels };
}

/**
 * Loads `<sessionDir>/mocap.toml` (all defaults when absent), over the settings another tool's files
 * give when the folder is laid out as that tool's (Pose2Sim's Config.toml, caliscope's charuco.toml …).
 */
export function loadSettings(sessionDir: string): LoadedSettings {
  const path = join(sessionDir, SETTINGS_FILE);
  const layout = resolveSessionLayout(sessionDir);
  if (!existsSync(path)) {
    const { settings, origins, originLabels } = parseSettings('', displayPath(path), layout.settingsLayers);
    return { settings, origins, originLabels, layout };
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
  const { settings, origins, originLabels } = parseSettings(text, displayPath(path), layout.settingsLayers);
  return { settings, origins, originLabels, layout, file: path };
}

/** Source files of the stage schemas, whose doc comments document keys that have no .describe(). */
const SCHEMA_SOURCES: Partial<Record<SectionName, string>> = {
  calibration: '../calibration/calibrationSettingsSchema.ts',
  detect: '../detect/detectSettingsSchema.ts',
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

/** The effective settings as commented TOML (what `openmocap config` prints), with `notes` about the session in the header. */
export function formatEffectiveSettings(loaded: LoadedSettings, sessionDir: string, notes: string[] = []): string {
  const layout = [...(loaded.layout ? describeSessionLayout(loaded.layout, displayPath) : []), ...notes];
  return formatSettingsToml({ values: loaded.settings as unknown as ValidatedSettings['values'], origins: loaded.origins }, settingsSections, [
    `openmocap effective settings for ${displayPath(sessionDir)}`,
    ...layout.flatMap((l) => wrap(l, 100).split('\n').map((x, i) => (i ? `  ${x}` : x))),
    loaded.file ? `read from ${displayPath(loaded.file)}; keys marked "default" are not in that file` : `no ${SETTINGS_FILE} in the session: every value is the default${layout.length ? ' or from the files named above' : ''}`,
    `copy any line into ${SETTINGS_FILE} (under its [section]) to change it`,
  ], schemaDocs(), loaded.originLabels);
}
