// CLI start-up: `openmocap --help` from the packed tarball installed in a fresh folder (compiled
// dist/ on plain Node) against a bare `node -e 0`, median of 5 runs each, interleaved so machine
// load hits both alike. Also the git checkout's bin (TypeScript through tsx) for comparison.
//   npm run bench -- startup
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RUNS = 5;

function timeMs(cmd: string, args: string[]): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'openmocap-startup-'));
  try {
    console.log('packing and installing the tarball into a fresh folder …');
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tarball = join(dir, (JSON.parse(out.slice(out.indexOf('['))) as { filename: string }[])[0].filename);
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name":"consumer","private":true}');
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
      cwd: app,
      stdio: 'pipe',
    });
    const installed = join(app, 'node_modules', '.bin', 'openmocap');
    const checkout = join(ROOT, 'bin', 'openmocap.mjs');
    // Warm-up (file cache), not counted.
    timeMs('node', ['-e', '0']);
    timeMs(installed, ['--help']);
    timeMs(checkout, ['--help']);
    const bare: number[] = [],
      pkg: number[] = [],
      src: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(timeMs('node', ['-e', '0']));
      pkg.push(timeMs(installed, ['--help']));
      src.push(timeMs(checkout, ['--help']));
    }
    const b = median(bare),
      p = median(pkg),
      s = median(src);
    console.log(`node -e 0                              median of ${RUNS}: ${b.toFixed(0)} ms`);
    console.log(
      `openmocap --help (installed tarball)   median of ${RUNS}: ${p.toFixed(0)} ms  = ${(p / b).toFixed(2)}× node -e 0 (target ≤ 2×)`,
    );
    console.log(`openmocap --help (git checkout, tsx)   median of ${RUNS}: ${s.toFixed(0)} ms  = ${(s / b).toFixed(2)}× node -e 0`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
