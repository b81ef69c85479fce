// Purity: the algorithm folders never touch Node built-ins (only io/, cli/, session/, server/ and
// *.node.ts edge files may), and the browser entry's whole import graph is free of them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { valueImports } from './imports.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
/** Folders of pure stages: typed arrays in, typed arrays out. */
const PURE_FOLDERS = [
  'analysis',
  'calibration',
  'camera',
  'core',
  'filter',
  'formats',
  'report',
  'skeleton',
  'sync',
  'synthetic',
  'triangulate',
];
const BUILTINS = new Set(builtinModules);

const isNodeBuiltin = (spec: string) => spec.startsWith('node:') || BUILTINS.has(spec.split('/')[0]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'fixtures' ? [] : sourceFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('.node.ts') ? [p] : [];
  });
}

describe('purity', () => {
  it('finds value imports and skips type-only ones (the checker itself can fail)', () => {
    expect(valueImports("import { a } from 'node:fs';\nimport type { B } from 'node:os';\nconst m = await import('node:path');")).toEqual([
      'node:fs',
      'node:path',
    ]);
    expect(isNodeBuiltin('fs')).toBe(true);
    expect(isNodeBuiltin('zod')).toBe(false);
  });

  it.each(PURE_FOLDERS)('src/%s/ imports no Node built-in', (folder) => {
    const bad = sourceFiles(join(SRC, folder)).flatMap((f) =>
      valueImports(readFileSync(f, 'utf8'))
        .filter(isNodeBuiltin)
        .map((s) => `${relative(SRC, f)} imports ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it.each(PURE_FOLDERS)('src/%s/ imports nothing from an edge folder (io, cli, session, server, video, demo)', (folder) => {
    const bad = sourceFiles(join(SRC, folder)).flatMap((f) =>
      valueImports(readFileSync(f, 'utf8'))
        .filter((s) => s.startsWith('.') && /^(io|cli|session|server|video|demo)\//.test(relative(SRC, resolve(dirname(f), s))))
        .map((s) => `${relative(SRC, f)} imports ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('the browser entry (src/browser.ts) reaches no Node built-in and no edge folder', () => {
    const seen = new Set<string>();
    const bad: string[] = [];
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const rel = relative(SRC, file);
      if (/^(io|cli|session|server)\//.test(rel) || rel.endsWith('.node.ts')) bad.push(`${rel} is an edge module`);
      for (const spec of valueImports(readFileSync(file, 'utf8'))) {
        if (isNodeBuiltin(spec)) bad.push(`${rel} imports ${spec}`);
        else if (spec.startsWith('.')) walk(resolve(dirname(file), spec));
      }
    };
    walk(join(SRC, 'browser.ts'));
    expect(seen.size).toBeGreaterThan(20);
    expect(bad).toEqual([]);
  });
});
