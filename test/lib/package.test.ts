// The packed package, installed into a fresh folder, used the way a developer would: from plain
// JavaScript on Node (no tsx), from TypeScript (tsc resolves the shipped .d.ts), from a page in
// Chromium (openmocap/browser bundled by vite), and the CLI from its bin. Also checks what the
// tarball holds: the compiled library, and no tests, fixtures or caches.
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedVideosDir } from '../../src/video/testVideos.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const SLOW = 300_000;
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The same computation in every consumer: 4 synthetic cameras, triangulate, a TRC round trip. */
const USE_JS = `
import { generateMotion, makeRingRig, observe, triangulate, formatTrc, parseTrc } from 'openmocap/browser';
export function run() {
  const truth = generateMotion({ frames: 12, fps: 30, seed: 3 });
  const rig = makeRingRig(4);
  const { points } = triangulate(observe(truth, rig, { noisePx: 0.5, seed: 2 }), rig);
  let worst = 0;
  for (let i = 0; i < truth.data.length; i++) worst = Math.max(worst, Math.abs(points.data[i] - truth.data[i]));
  const trc = parseTrc(formatTrc(points));
  return { frames: points.frames, joints: points.joints, worstErrorM: worst, x0: points.data[0], trcFrames: trc.frames };
}
`;

let dir = '';
let tarball = '';
let packedFiles: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'openmocap-pkg-'));
  // npm pack runs `prepare` (tsc → dist/), as a publish would.
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const info = (JSON.parse(out.slice(out.indexOf('['))) as { filename: string; files: { path: string }[] }[])[0];
  tarball = join(dir, info.filename);
  packedFiles = info.files.map((f) => f.path);
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: app, stdio: 'pipe' });
}, SLOW);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const app = () => join(dir, 'app');

describe('the packed package', () => {
  it('holds the compiled library and its types, and no tests, fixtures or caches', () => {
    for (const f of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/browser.js',
      'dist/browser.d.ts',
      'dist/cli/main.js',
      'bin/openmocap.mjs',
      'package.json',
    ])
      expect(packedFiles).toContain(f);
    const bad = packedFiles.filter(
      (f) => /\.test\.|(^|\/)(test|fixtures|\.cache|node_modules|test-output|sessions)\//.test(f) || /testVideos|testPoses/.test(f),
    );
    expect(bad).toEqual([]);
    expect(packedFiles.some((f) => f.startsWith('web-dist/models/') || f.startsWith('docs/api/'))).toBe(false);
  });

  it(
    'is used from plain JavaScript on Node, without tsx installed',
    () => {
      expect(existsSync(join(app(), 'node_modules', 'tsx'))).toBe(false);
      writeFileSync(
        join(app(), 'use.mjs'),
        `${USE_JS}
import { processSession, readCalibrationFile, writeTrc, UserError } from 'openmocap';
import { readFileSync } from 'node:fs';
const r = run();
writeTrc('out.trc', generateMotion({ frames: 3, fps: 30 }));
let err = '';
try { await processSession('no-such-session'); } catch (e) { err = e instanceof UserError ? 'UserError: ' + e.message : String(e); }
console.log(JSON.stringify({ ...r, trcBytes: readFileSync('out.trc').length, err, readCalibrationFile: typeof readCalibrationFile }));
`,
      );
      const out = execFileSync('node', ['use.mjs'], { cwd: app(), encoding: 'utf8' });
      const r = JSON.parse(out) as Record<string, number | string>;
      expect(r.frames).toBe(12);
      expect(r.trcFrames).toBe(12);
      expect(r.worstErrorM).toBeLessThan(0.02);
      expect(r.trcBytes).toBeGreaterThan(500);
      expect(r.err).toMatch(/^UserError: .*no-such-session/);
      expect(r.readCalibrationFile).toBe('function');
    },
    SLOW,
  );

  it.skipIf(!sharedVideosDir() || !existsSync('/usr/bin/ffmpeg'))(
    'detects on a real video from the compiled package (the worker runs dist/detect/detectWorker.js)',
    () => {
      writeFileSync(
        join(app(), 'detect.mjs'),
        `import { detect } from 'openmocap';
const seq = await detect(${JSON.stringify(join(sharedVideosDir() ?? '', 'cam01.mp4'))}, 'cam01', { max_persons: 1, workers: 1 }, undefined, { maxFrames: 3 });
let best = 0;
for (let j = 0; j < seq.joints; j++) best = Math.max(best, seq.data[j * 3 + 2]);
console.log(JSON.stringify({ frames: seq.frames, layout: seq.layout, best }));
`,
      );
      const r = JSON.parse(execFileSync('node', ['detect.mjs'], { cwd: app(), encoding: 'utf8' })) as {
        frames: number;
        layout: string;
        best: number;
      };
      expect(r.frames).toBe(3);
      expect(r.best).toBeGreaterThan(0.5);
    },
    SLOW,
  );

  it(
    'gives TypeScript its types: a correct program compiles, a wrong one is refused',
    () => {
      const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
      writeFileSync(
        join(app(), 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module: 'nodenext',
            moduleResolution: 'nodenext',
            target: 'es2022',
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            types: [],
          },
          include: ['good.ts'],
        }),
      );
      writeFileSync(
        join(app(), 'good.ts'),
        `
import { triangulate, makeRingRig, generateMotion, observe, type Points3D, type TriangulationResult } from 'openmocap';
import { filterPoints } from 'openmocap/browser';
const rig = makeRingRig(3);
const r: TriangulationResult = triangulate(observe(generateMotion({ frames: 2, fps: 30 }), rig), rig, { min_score: 0.4 });
const p: Points3D = filterPoints(r.points, { cutoff_hz: 6 });
export const frames: number = p.frames;
`,
      );
      const good = spawnSync(tsc, ['-p', '.'], { cwd: app(), encoding: 'utf8' });
      expect(good.stdout + good.stderr).toBe('');
      expect(good.status).toBe(0);
      writeFileSync(
        join(app(), 'good.ts'),
        `import { triangulate, makeRingRig } from 'openmocap';\nexport const s: string = triangulate([], makeRingRig(2)).points.frames;\n`,
      );
      const bad = spawnSync(tsc, ['-p', '.'], { cwd: app(), encoding: 'utf8' });
      expect(bad.status).not.toBe(0);
      expect(bad.stdout).toMatch(/number.*not assignable to type 'string'/);
    },
    SLOW,
  );

  it(
    'runs its CLI from the bin on plain Node',
    () => {
      const bin = join(app(), 'node_modules', '.bin', 'openmocap');
      expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe(VERSION);
      const help = execFileSync(bin, ['--help'], { encoding: 'utf8' });
      expect(help).toMatch(/process \[options\] <session>/);
      const bad = spawnSync(bin, ['process', join(app(), 'missing')], { encoding: 'utf8' });
      expect(bad.status).toBe(2);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    },
    SLOW,
  );

  it.skipIf(!existsSync(CHROMIUM))(
    'is used from a page in Chromium (examples/browser/ bundled by vite against the installed package), with the same numbers as Node',
    async () => {
      // The page of examples/browser/ (run here, against the installed package), plus the shared computation.
      writeFileSync(join(app(), 'use.js'), USE_JS);
      copyFileSync(join(ROOT, 'examples', 'browser', 'main.js'), join(app(), 'main.js'));
      writeFileSync(
        join(app(), 'index.html'),
        `${readFileSync(join(ROOT, 'examples', 'browser', 'index.html'), 'utf8')}<script type="module" src="./page.js"></script>\n`,
      );
      writeFileSync(
        join(app(), 'page.js'),
        "import { run } from './use.js';\ntry { window.result = run(); } catch (e) { window.result = { error: String(e) }; }\n",
      );
      const { build } = await import('vite');
      await build({ root: app(), logLevel: 'error', build: { outDir: join(app(), 'web'), emptyOutDir: true }, configFile: false });
      const nodeResult = JSON.parse(
        execFileSync('node', ['--input-type=module', '-e', "import { run } from './use.js'; console.log(JSON.stringify(run()));"], {
          cwd: app(),
          encoding: 'utf8',
        }),
      );
      const server: Server = createServer((req, res) => {
        const path = join(app(), 'web', decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/\/$/, '/index.html'));
        if (!path.startsWith(join(app(), 'web')) || !existsSync(path)) return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'text/html' }).end(readFileSync(path));
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--no-first-run', '--disable-background-networking'],
      });
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
        await page.waitForFunction(() => (window as unknown as { result?: unknown }).result !== undefined, null, { timeout: 60_000 });
        await page.waitForFunction(() => 'openmocapExample' in window, null, { timeout: 60_000 });
        const example = await page.evaluate(
          () => (window as unknown as { openmocapExample: { frames: number; worstErrorMm: number; bvhLines: number } }).openmocapExample,
        );
        expect(example.frames).toBe(60);
        expect(example.worstErrorMm).toBeLessThan(30);
        expect(example.bvhLines).toBeGreaterThan(60);
        const result = await page.evaluate(() => (window as unknown as { result: unknown }).result);
        expect(errors).toEqual([]);
        // Same code, same seed: equal to Node's up to the last bits of Math.sin/cos (V8 builds differ).
        const r = result as Record<string, number>;
        for (const [k, v] of Object.entries(nodeResult as Record<string, number>)) expect(r[k], k).toBeCloseTo(v, 12);
        expect((result as { worstErrorM: number }).worstErrorM).toBeLessThan(0.02);
      } finally {
        await browser.close();
        server.close();
      }
    },
    SLOW,
  );
});
