// The public option types document each default (`@defaultValue`) — checked here against the
// defaults the stage schemas define (the one place they are set).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { triangulateSettingsSchema } from '../../src/triangulate/triangulateSettings.ts';
import { filterSettingsSchema } from '../../src/filter/filterPoints.ts';
import { detectSettingsSchema } from '../../src/detect/detectSettingsSchema.ts';

const text = readFileSync(fileURLToPath(new URL('../../src/api/options.ts', import.meta.url)), 'utf8');

/** key → documented default, for one interface of api/options.ts. */
function documented(name: string): Record<string, unknown> {
  const body = text.slice(text.indexOf(`export interface ${name} {`), text.indexOf('\n}\n', text.indexOf(`export interface ${name} {`)));
  const out: Record<string, unknown> = {};
  for (const m of body.matchAll(/@defaultValue ([^\n*]+?)\s*(?:\n\s*)?\*\/\s*\n\s*(\w+)\?:/g)) out[m[2]] = JSON.parse(m[1]);
  return out;
}

describe('documented defaults of the public option types', () => {
  it.each([
    ['TriangulationOptions', triangulateSettingsSchema],
    ['FilterOptions', filterSettingsSchema],
    ['DetectOptions', detectSettingsSchema],
  ] as const)('%s: every key documents the schema default', (name, schema) => {
    const defaults = schema.parse({});
    expect(documented(name)).toEqual(defaults);
  });
});
