// The committed bundles (web-dist/, viewer-dist/) record which repository files they were built from,
// with each file's SHA-256, in `sources.json`. test/lib/bundlesFresh.test.ts re-hashes those files and
// fails when one changed since the build ("run npm run build:web"), so a stale bundle cannot pass the
// page-vs-CLI tests by accident or ship.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const repo = fileURLToPath(new URL('.', import.meta.url));

/** Name of the file written into each bundle folder. */
export const SOURCES_FILE = 'sources.json';

/** SHA-256 of a file's bytes, hex. */
export function hashFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Collects the repository files (not node_modules) of every build that uses the returned plugins — the
 * page's and its workers' — and writes `<outDir>/sources.json` when the main build closes. The
 * dependency versions are covered by package-lock.json's hash.
 */
export function sourcesManifest(outDir: string): { main: Plugin; worker: Plugin } {
  const files = new Set<string>();
  const collect: Plugin = {
    name: 'openmocap-sources-collect',
    buildEnd() {
      for (const id of this.getModuleIds()) {
        const path = id.split('?')[0];
        if (path.startsWith('\0') || !path.startsWith(repo) || path.includes(`${sep}node_modules${sep}`)) continue;
        files.add(relative(repo, path).split(sep).join('/'));
      }
    },
  };
  const main: Plugin = {
    ...collect,
    name: 'openmocap-sources-manifest',
    closeBundle() {
      files.add('package-lock.json');
      const sorted = [...files].sort();
      const manifest = { files: Object.fromEntries(sorted.map((f) => [f, hashFile(`${repo}${f}`)])) };
      writeFileSync(`${outDir}/${SOURCES_FILE}`, `${JSON.stringify(manifest, null, 1)}\n`);
    },
  };
  return { main, worker: collect };
}
