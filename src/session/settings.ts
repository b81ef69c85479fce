// mocap.toml: one file per session, a section per stage, every key optional. The schema is
// composed from each stage's own exported schema (defaults live there, once) plus the session's
// [project] and [output] sections. Node-only (reads the file); the parsing is parseSettings.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { UserError } from '../core/errors.ts';
import { SOURCE_DIR } from '../io/packageFiles.ts';
import { parseSettings, parseSettingsToml, settingsSections, SETTINGS_FILE, type SectionName, type Settings } from './parseSettings.ts';
import { docCommentsOf, formatSettingsToml, type ValidatedSettings } from '../core/validateSettings.ts';
import { describeSessionLayout, resolveSessionLayout, type SessionLayout } from './sessionLayout.ts';

export { EXPORT_FORMATS, type ExportFormat } from './sessionSettingsSchemas.ts';
export { parseSettings, settingsSections, SETTINGS_FILE, type SectionName, type Settings } from './parseSettings.ts';

/** The settings of a session (mocap.toml with every default filled in) and where each value came from. */
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

/** A path as the user would type it: relative to the working directory when inside it. */
export function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
}

/**
 * Loads `<sessionDir>/mocap.toml` (all defaults when absent), over the settings another tool's files
 * give when the folder is laid out as that tool's (Pose2Sim's Config.toml, caliscope's charuco.toml …).
 */
export function loadSettings(sessionDir: string): LoadedSettings {
  const path = join(sessionDir, SETTINGS_FILE);
  const layout = resolveSessionLayout(sessionDir);
  const text = readSettingsText(path);
  const { settings, origins, originLabels } = parseSettings(text ?? '', displayPath(path), layout.settingsLayers);
  return text === undefined ? { settings, origins, originLabels, layout } : { settings, origins, originLabels, layout, file: path };
}

/**
 * The raw tables of `<sessionDir>/mocap.toml` ({} when absent), not validated — for a command that
 * merges its own flags over one section and names where a bad value came from (calibrate). Same
 * read and TOML errors as loadSettings; every other caller uses loadSettings.
 */
export function readSettingsTables(sessionDir: string): Record<string, unknown> {
  const path = join(sessionDir, SETTINGS_FILE);
  const text = readSettingsText(path);
  return text === undefined ? {} : parseSettingsToml(text, displayPath(path));
}

/** mocap.toml's text, undefined when there is none; a UserError when it cannot be read. */
function readSettingsText(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'EISDIR'
        ? `${displayPath(path)} is a folder, not a settings file; remove it (every setting is optional) or put a mocap.toml text file there`
        : `could not read ${displayPath(path)} (${code ?? (err as Error).message}); make it a readable text file`,
    );
  }
}

/** Source files of the stage schemas, whose doc comments document keys that have no .describe(). */
const SCHEMA_SOURCES: Partial<Record<SectionName, string>> = {
  calibration: 'calibration/calibrationSettingsSchema.ts',
  detect: 'detect/detectSettingsSchema.ts',
  sync: 'sync/syncSettings.ts',
  triangulation: 'triangulate/triangulateSettings.ts',
  filter: 'filter/filterPoints.ts',
  queue: 'queue/queueSettingsSchema.ts',
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
    const path = join(SOURCE_DIR, rel);
    if (!existsSync(path)) continue;
    const found = docCommentsOf(readFileSync(path, 'utf8'));
    docs[section] = new Map([...found].map(([k, v]) => [k, wrap(v)]));
  }
  return docs;
}

/** The effective settings as commented TOML (what `openmocap config` prints), with `notes` about the session in the header. */
export function formatEffectiveSettings(loaded: LoadedSettings, sessionDir: string, notes: string[] = []): string {
  const layout = [...(loaded.layout ? describeSessionLayout(loaded.layout, displayPath) : []), ...notes];
  return formatSettingsToml(
    { values: loaded.settings as unknown as ValidatedSettings['values'], origins: loaded.origins },
    settingsSections,
    [
      `openmocap effective settings for ${displayPath(sessionDir)}`,
      ...layout.flatMap((l) =>
        wrap(l, 100)
          .split('\n')
          .map((x, i) => (i ? `  ${x}` : x)),
      ),
      loaded.file
        ? `read from ${displayPath(loaded.file)}; keys marked "default" are not in that file`
        : `no ${SETTINGS_FILE} in the session: every value is the default${layout.length ? ' or from the files named above' : ''}`,
      `copy any line into ${SETTINGS_FILE} (under its [section]) to change it`,
    ],
    schemaDocs(),
    loaded.originLabels,
  );
}
