#!/usr/bin/env node
// Entry point. An installed package runs its compiled JavaScript (dist/, built by `npm run build`,
// which `npm ci`/`npm install` run through `prepare`) on plain Node. A git checkout runs the
// TypeScript sources through tsx instead, so a developer's edits take effect without a rebuild.
import { existsSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const fromSource = existsSync(new URL('.git', root)) || !existsSync(new URL('dist/cli/main.js', root));
let main;
if (fromSource) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
} else {
  ({ main } = await import('../dist/cli/main.js'));
}
process.exitCode = await main(process.argv.slice(2));
