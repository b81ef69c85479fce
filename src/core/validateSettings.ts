// Pure validation and printing of session settings (mocap.toml): one zod object schema per
// section, every key optional with its default defined once in its schema. Errors name the key,
// what is allowed, what was found and the file, so a user can fix them without reading code.
import { stringify } from 'smol-toml';
import type { z } from 'zod';

/** A section schema: a zod object whose keys all have defaults (or are optional). */
export type SectionSchema = z.ZodObject<z.ZodRawShape>;
export type SectionSchemas = Record<string, SectionSchema>;

/** Where an effective value came from. */
export type SettingOrigin = 'default' | 'file';

export interface ValidatedSettings {
  /** Effective values per section (defaults filled in). */
  values: Record<string, Record<string, unknown>>;
  /** Origin of each key, per section. */
  origins: Record<string, Record<string, SettingOrigin>>;
}

/** Validates a parsed TOML table against the sections; returns effective values or a list of one-line problems. */
export function validateSettings(
  raw: Record<string, unknown>,
  sections: SectionSchemas,
): { ok: true; settings: ValidatedSettings } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const values: Record<string, Record<string, unknown>> = {};
  const origins: Record<string, Record<string, SettingOrigin>> = {};
  const known = Object.keys(sections);
  for (const key of Object.keys(raw)) {
    if (!(key in sections)) {
      const hint = closest(key, known);
      problems.push(
        `unknown section [${key}]${hint ? ` (did you mean [${hint}]?)` : ''}; known sections: ${known.map((k) => `[${k}]`).join(', ')}`,
      );
    }
  }
  for (const [name, schema] of Object.entries(sections)) {
    const given = raw[name];
    if (given !== undefined && (typeof given !== 'object' || given === null || Array.isArray(given))) {
      problems.push(`${name} must be a table (write it as a [${name}] section), got ${describeValue(given)}`);
      continue;
    }
    const table = (given ?? {}) as Record<string, unknown>;
    const keys = Object.keys(schema.shape);
    for (const k of Object.keys(table)) {
      if (!keys.includes(k)) {
        const hint = closest(k, keys);
        problems.push(
          `unknown setting ${name}.${k}${hint ? ` (did you mean ${name}.${hint}?)` : ''}; known keys in [${name}]: ${keys.join(', ')}`,
        );
      }
    }
    const known = Object.fromEntries(Object.entries(table).filter(([k]) => keys.includes(k)));
    const parsed = schema.safeParse(known);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(describeIssue(name, issue, known));
      continue;
    }
    values[name] = parsed.data as Record<string, unknown>;
    origins[name] = Object.fromEntries(keys.map((k) => [k, k in known ? 'file' : 'default'] as [string, SettingOrigin]));
  }
  return problems.length ? { ok: false, problems } : { ok: true, settings: { values, origins } };
}

/** Turns one zod issue into "section.key must be …, got …". */
export function describeIssue(section: string, issue: z.core.$ZodIssue, table: Record<string, unknown>): string {
  // Keys joined with dots, list positions in brackets: filter.filters[1].
  const path = issue.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${String(p)}`), section);
  let value: unknown = table;
  for (const p of issue.path) value = value == null ? undefined : (value as Record<PropertyKey, unknown>)[p as PropertyKey];
  const got = `, got ${describeValue(value)}`;
  const i = issue as unknown as Record<string, unknown>;
  switch (issue.code) {
    case 'too_small': {
      const op = i.inclusive === false ? '>' : '≥';
      if (i.origin === 'array') return `${path} needs at least ${i.minimum} entr${i.minimum === 1 ? 'y' : 'ies'}${got}`;
      if (i.origin === 'string') return `${path} must not be empty${got}`;
      return `${path} must be ${op} ${String(i.minimum)}${got}`;
    }
    case 'too_big': {
      const op = i.inclusive === false ? '<' : '≤';
      if (i.origin === 'array') return `${path} allows at most ${i.maximum} entries${got}`;
      return `${path} must be ${op} ${String(i.maximum)}${got}`;
    }
    case 'invalid_type': {
      if (value === undefined) return `${path} is required`;
      return `${path} must be ${article(String(i.expected))}${got}`;
    }
    case 'invalid_value':
      return `${path} must be one of ${(i.values as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${got}`;
    case 'unrecognized_keys':
      return `unknown setting${(i.keys as string[]).length > 1 ? 's' : ''} ${(i.keys as string[]).map((k) => `${path}.${k}`).join(', ')}`;
    default:
      return `${path}: ${issue.message}${got}`;
  }
}

function article(expected: string): string {
  const map: Record<string, string> = {
    int: 'a whole number',
    number: 'a number',
    string: 'a string (in quotes)',
    boolean: 'true or false',
    array: 'a list like [1, 2]',
    object: 'a table',
    bigint: 'a whole number',
  };
  return map[expected] ?? expected;
}

/** A short, readable rendering of a TOML value for error messages. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(describeValue).join(', ')}]`;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && v !== null) return 'a table';
  return String(v);
}

/** The known name closest to `name` (edit distance ≤ 3), if any. */
export function closest(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestD = 4;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The description attached to a schema (through .default/.optional wrappers). */
export function schemaDescription(schema: unknown): string | undefined {
  let s = schema as { description?: string; _def?: { innerType?: unknown } } | undefined;
  for (let depth = 0; s && depth < 6; depth++) {
    if (s.description) return s.description;
    s = s._def?.innerType as typeof s;
  }
  return undefined;
}

/**
 * Doc comments of a zod object's keys in its source text: the `/** … *\/` block right before
 * `key:`, as plain text (leading asterisks dropped, lines joined, "Defaults to …" kept).
 */
export function docCommentsOf(source: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\/\*\*([\s\S]*?)\*\/\s*([A-Za-z_][A-Za-z0-9_]*)\s*:/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const text = m[1]
      .split('\n')
      .map((l) => l.replace(/^\s*\*\s?/, '').trim())
      .filter(Boolean)
      .join(' ');
    if (text) out.set(m[2], text);
  }
  return out;
}

/** A value as inline TOML (tables inline, so they stay inside their section). */
export function tomlValue(v: unknown): string {
  if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return `{ ${entries.map(([k, x]) => `${/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k)} = ${tomlValue(x)}`).join(', ')} }`;
  }
  if (Array.isArray(v)) return `[${v.map(tomlValue).join(', ')}]`;
  return stringify({ v }).trim().slice(4);
}

/**
 * Prints effective settings as TOML, with each key's description as a comment and where its
 * value came from. Unset optional keys are printed commented out. The output parses back to
 * the same effective values.
 */
export function formatSettingsToml(
  settings: ValidatedSettings,
  sections: SectionSchemas,
  header: string[] = [],
  /** Descriptions for keys whose schema has none (e.g. from doc comments), per section. */
  docs: Record<string, Map<string, string>> = {},
  /** Where a value came from when not mocap.toml or a default (e.g. "from Config.toml"), per section and key. */
  originLabels: Record<string, Record<string, string>> = {},
): string {
  const lines: string[] = header.map((h) => `# ${h}`);
  for (const [name, schema] of Object.entries(sections)) {
    const vals = settings.values[name] ?? {};
    if (lines.length) lines.push('');
    lines.push(`[${name}]`);
    for (const key of Object.keys(schema.shape)) {
      const desc = schemaDescription(schema.shape[key]) ?? docs[name]?.get(key);
      if (desc) for (const d of desc.split('\n')) lines.push(`# ${d}`);
      const origin = originLabels[name]?.[key] ?? (settings.origins[name]?.[key] === 'file' ? 'from mocap.toml' : 'default');
      const v = vals[key];
      if (v === undefined) lines.push(`# ${key} =   (not set; ${origin})`);
      else lines.push(`${key} = ${tomlValue(v)}   # ${origin}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
