// Every ```js block of docs/learn/*.md runs here (as an .mjs file at the repository root, with
// `openmocap` resolved to the sources through the package's "source" export condition); the
// snippets assert what the pages claim. Each page also links the file that implements it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LEARN = join(ROOT, 'docs', 'learn');
const pages = readdirSync(LEARN)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort();

describe('docs/learn', () => {
  it('has the five pages, each with a figure, an implementing file, references and a snippet', () => {
    expect(pages).toEqual(['calibration.md', 'camera-model.md', 'filtering.md', 'skeletons.md', 'triangulation.md']);
    for (const p of pages) {
      const text = readFileSync(join(LEARN, p), 'utf8');
      const figure = /!\[[^\]]*\]\((figures\/[^)]+)\)/.exec(text);
      expect(figure, p).not.toBeNull();
      expect(existsSync(join(LEARN, figure![1])), `${p}: ${figure![1]}`).toBe(true);
      const links = [...text.matchAll(/\]\((\.\.\/\.\.\/src\/[^)]+)\)/g)].map((m) => m[1]);
      expect(links.length, p).toBeGreaterThan(0);
      for (const l of links) expect(existsSync(resolve(LEARN, l)), `${p} links ${l}`).toBe(true);
      expect(text, p).toMatch(/## References\n/);
    }
  });

  it('every ```js snippet runs and its assertions hold', () => {
    // One Node process for all snippets (each its own module, run in page order): one start-up of tsx.
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    // Inside the package (not under node_modules), so `import 'openmocap'` resolves to this package.
    const dir = mkdtempSync(join(ROOT, 'test-output', 'learn-'));
    try {
      const names: string[] = [];
      for (const page of pages) {
        const blocks = [...readFileSync(join(LEARN, page), 'utf8').matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
        expect(blocks.length, page).toBeGreaterThan(0);
        blocks.forEach((code, i) => {
          const name = `${page.replace('.md', '')}-${i}.mjs`;
          writeFileSync(join(dir, name), code);
          names.push(name);
        });
      }
      writeFileSync(join(dir, 'run.mjs'), names.map((n) => `console.log('=== ${n}');\nawait import('./${n}');\n`).join(''));
      const out = execFileSync('node', ['--conditions=source', '--import', 'tsx', join(dir, 'run.mjs')], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // Each snippet started and printed something after its header.
      for (const n of names) expect(out).toMatch(new RegExp(`=== ${n}\\n[^=]`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
