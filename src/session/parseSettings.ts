// mocap.toml text → validated settings. Pure (no file system): the CLI (settings.ts) and the web app
// parse the same schema, composed from each stage's own exported schema (defaults live there, once)
// plus the session's [project] and [output] sections.
import { parse, TomlError } from 'smol-toml';
import { UserError } from '../core/errors.ts';
import { triangulateSettingsSchema, type TriangulateSettings } from '../triangulate/triangulateSettings.ts';
import { filterSettingsSchema, type FilterSettings } from '../filter/filterPoints.ts';
import { detectSettingsSchema, type DetectSettings } from '../detect/detectSettingsSchema.ts';
import { calibrationSettingsSchema, type CalibrationSettings } from '../calibration/calibrationSettingsSchema.ts';
import { syncSettingsSchema, type SyncSettings } from '../sync/syncSettings.ts';
import { queueSettingsSchema, type QueueSettings } from '../queue/queueSettingsSchema.ts';
import { outputSettingsSchema, projectSettingsSchema, type OutputSettings, type ProjectSettings } from './sessionSettingsSchemas.ts';
import { validateSettings, type SectionSchema, type ValidatedSettings } from '../core/validateSettings.ts';

export { EXPORT_FORMATS, type ExportFormat } from './sessionSettingsSchemas.ts';

export const SETTINGS_FILE = 'mocap.toml';

/** Every section of mocap.toml, in pipeline order. */
export const settingsSections = {
  project: projectSettingsSchema,
  calibration: calibrationSettingsSchema,
  detect: detectSettingsSchema,
  sync: syncSettingsSchema,
  triangulation: triangulateSettingsSchema,
  filter: filterSettingsSchema,
  output: outputSettingsSchema,
  queue: queueSettingsSchema,
} as unknown as Record<SectionName, SectionSchema>;

export type SectionName = 'project' | 'calibration' | 'detect' | 'sync' | 'triangulation' | 'filter' | 'output' | 'queue';

/** Effective settings of a session. */
export interface Settings {
  project: ProjectSettings;
  calibration: CalibrationSettings;
  detect: DetectSettings;
  sync: SyncSettings;
  triangulation: TriangulateSettings;
  filter: FilterSettings;
  output: OutputSettings;
  queue: QueueSettings;
}

/** Settings another tool's files give (a foreign session folder's, see sessionLayout.ts), as mocap.toml values. */
export interface SettingsLayer {
  /** The file they come from. */
  file: string;
  /** Values per mocap.toml section. */
  values: Record<string, Record<string, unknown>>;
  /** What was carried over, as "their key → section.key". */
  mapped: string[];
  /** Their keys with no openmocap equivalent (and why, where it is not obvious). */
  ignored: string[];
}

/**
 * Puts the values of other tools' settings files (a foreign session folder's, see sessionLayout.ts)
 * under mocap.toml's: a key mocap.toml sets is kept; a value openmocap would reject is not carried
 * over but listed with the layer's ignored keys. Returns where each carried value came from.
 */
function mergeLayers(raw: Record<string, unknown>, layers: SettingsLayer[]): Record<string, Record<string, string>> {
  const labels: Record<string, Record<string, string>> = {};
  // mocap.toml's own keys, before any layer: they win; among layers the later (closer) one wins.
  const own = new Map(
    Object.entries(raw).map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? new Set(Object.keys(v)) : undefined]),
  );
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
        (labels[section] ??= {})[key] = `from ${layer.file.split(/[\\/]/).pop()}`;
      }
    }
  }
  return labels;
}

/** mocap.toml text as its raw tables (not validated). Throws a UserError naming the line for bad TOML. */
export function parseSettingsToml(text: string, file = SETTINGS_FILE): Record<string, unknown> {
  try {
    return parse(text) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof TomlError) {
      const first = err.message.split('\n')[0];
      throw new UserError(`${file} line ${err.line}, column ${err.column}: ${first} — fix the TOML syntax`);
    }
    throw err;
  }
}

/** Parses and validates mocap.toml text. Throws UserError listing every problem on one line. */
export function parseSettings(
  text: string,
  file = SETTINGS_FILE,
  layers: SettingsLayer[] = [],
): { settings: Settings; origins: ValidatedSettings['origins']; originLabels: Record<string, Record<string, string>> } {
  const raw = parseSettingsToml(text, file);
  const originLabels = mergeLayers(raw, layers);
  const result = validateSettings(raw, settingsSections);
  if (!result.ok) {
    const more =
      result.problems.length > 1
        ? ` (and ${result.problems.length - 1} more problem${result.problems.length > 2 ? 's' : ''}: ${result.problems.slice(1).join('; ')})`
        : '';
    throw new UserError(`${result.problems[0]} (in ${file})${more}`);
  }
  return { settings: result.settings.values as unknown as Settings, origins: result.settings.origins, originLabels };
}
