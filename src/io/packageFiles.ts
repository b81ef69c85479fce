// Where the installed package's own files are. Works from src/io/ (tsx, tests) and from dist/io/
// (the compiled package): both sit two folders below the package root.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (the folder holding package.json). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The TypeScript sources (shipped in the package): stage code hashes and settings docs read them. */
export const SOURCE_DIR = join(PACKAGE_ROOT, 'src');

let version: string | undefined;
/** The package's semantic version, read from package.json (the one place it is written). */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
