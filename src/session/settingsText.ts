// Changing one value of a mocap.toml text while keeping everything else (comments, order, other
// keys) as written. Pure. The web app uses it when a setting chosen in the page ([triangulation]
// people) differs from the session's mocap.toml, so that the zipped session says what was run.
import { parseSettings, type SectionName } from './parseSettings.ts';

const header = (line: string): string | null => /^\s*\[\s*([A-Za-z0-9_-]+)\s*\]\s*(#.*)?$/.exec(line)?.[1] ?? null;

/**
 * `text` with `[section] key = value` (value as TOML, e.g. '"all"' or '3'): the key's line replaced
 * when the section has it, else added under the section's header, else a new section at the end.
 * The result is checked with the settings schema (a UserError names the file when it would not load).
 */
export function withSettingValue(text: string, section: SectionName, key: string, value: string, file = 'mocap.toml'): string {
  const lines = text.split('\n');
  const line = `${key} = ${value}`;
  const start = lines.findIndex((l) => header(l) === section);
  if (start < 0) {
    const body = text.length && !text.endsWith('\n') ? `${text}\n` : text;
    return check(`${body}${body.trim() ? '\n' : ''}[${section}]\n${line}\n`, file);
  }
  let end = lines.findIndex((l, i) => i > start && /^\s*\[/.test(l));
  if (end < 0) end = lines.length;
  const keyRe = new RegExp(`^\\s*${key}\\s*=`);
  const at = lines.findIndex((l, i) => i > start && i < end && keyRe.test(l));
  if (at >= 0) lines[at] = line;
  else lines.splice(start + 1, 0, line);
  return check(lines.join('\n'), file);
}

function check(text: string, file: string): string {
  parseSettings(text, file);
  return text;
}
