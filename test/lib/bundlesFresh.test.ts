// The committed bundles (web-dist/, viewer-dist/) must be built from the sources as they are: each records
// its input files with their SHA-256 (vite.sources.ts); a file changed since the build fails here.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashFile, SOURCES_FILE } from '../../vite.sources.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));

describe.each([
  ['web-dist', 'npm run build:web'],
  ['viewer-dist', 'npm run build:web (it builds the viewer too)'],
])('%s', (dir, command) => {
  it(`was built from the current sources (else: ${command})`, () => {
    const manifestPath = `${repo}${dir}/${SOURCES_FILE}`;
    expect(existsSync(manifestPath), `${dir}/${SOURCES_FILE} is missing: run ${command}`).toBe(true);
    const files: Record<string, string> = JSON.parse(readFileSync(manifestPath, 'utf8')).files;
    // The bundle must have recorded real inputs: its page code and the pure stages it runs.
    expect(Object.keys(files).length).toBeGreaterThan(10);
    const stale = Object.entries(files)
      .filter(([f, hash]) => !existsSync(`${repo}${f}`) || hashFile(`${repo}${f}`) !== hash)
      .map(([f]) => f);
    expect(stale, `${dir} is stale (${stale.slice(0, 5).join(', ')} changed since it was built): run ${command} and commit it`).toEqual([]);
  });
});
