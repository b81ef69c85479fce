// The web app in headless Chromium against the CLI: detection frames/s on the same clip (one camera
// at a time, so both use one worker), with tfjs on wasm (SIMD, threads: the app server makes the
// page cross-origin isolated) and on WebGL through SwiftShader (software GL: no GPU here), and the
// peak memory of the tab (page + workers, performance.measureUserAgentSpecificMemory) while it
// processes the 4-camera recording end to end. Frames/s count from each camera's first frame done
// (model loading excluded), for the page and the CLI alike. Then the same take looped to 6× its
// length, to show the tab's memory does not grow with the video (frames are streamed, only 2D
// keypoints are kept).
// Clip: the shared real recording (../shared/data/pose2sim-demo/single-person, 4 × 100 frames,
// 1080×1920, decoded at 360×640), else the demo session (4 × 60 frames, 640×480).
// Run alone: npm run bench -- web   (needs /usr/bin/chromium and web-dist/)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildDemoSession } from '../src/demo/buildDemoSession.ts';
import { detectVideo } from '../src/detect/runDetect.ts';
import { loadSettings } from '../src/session/settings.ts';
import { APP_ASSETS_DIR, startAppServer } from '../src/server/startAppServer.ts';
import { sharedVideosDir } from '../src/video/testVideos.ts';
import { findFfmpeg } from '../src/video/ffmpeg.ts';

const CHROMIUM = '/usr/bin/chromium';
const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
];
const SWIFTSHADER = ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

interface PageRun {
  state: string;
  error: string | null;
  detectFps: Record<string, number>;
  backends: Record<string, { backend: string; detail: string; skipped: string[] }>;
  peakBytes: number;
  peakMainHeapBytes: number;
  wallS: number;
}

async function session(tmp: string): Promise<{ dir: string; label: string }> {
  const real = sharedVideosDir();
  const dir = join(tmp, 'session');
  if (real) {
    mkdirSync(join(dir, 'videos'), { recursive: true });
    for (const f of readdirSync(real)) cpSync(join(real, f), join(dir, 'videos', f));
    cpSync(join(real, '..', '..', 'calibration', 'Calib_qualisys.toml'), join(dir, 'calibration.toml'));
    return { dir, label: 'the real recording (4 × 100 frames, 1080×1920 → 360×640)' };
  }
  await buildDemoSession(dir, { frames: 60 });
  return { dir, label: 'the demo session (4 × 60 frames, 640×480; ../shared/data is absent)' };
}

async function runPage(url: string, files: string[], query: string, args: string[]): Promise<PageRun> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...BASE_ARGS, ...args] });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}?${query}`);
    await page.setInputFiles('#files', files);
    await page.waitForFunction(() => (window as unknown as { openmocapApp: { state: string } }).openmocapApp.state !== 'idle');
    const t0 = performance.now();
    await page.click('#process');
    let peakBytes = 0,
      peakMainHeapBytes = 0;
    for (;;) {
      const s = await page.evaluate(async () => {
        const app = (window as unknown as { openmocapApp: { state: string } }).openmocapApp;
        const perf = performance as Performance & {
          measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }>;
          memory?: { usedJSHeapSize: number };
        };
        let bytes = 0;
        try {
          bytes = perf.measureUserAgentSpecificMemory ? (await perf.measureUserAgentSpecificMemory()).bytes : 0;
        } catch {
          bytes = 0;
        }
        return { state: app.state, bytes, main: perf.memory?.usedJSHeapSize ?? 0 };
      });
      peakBytes = Math.max(peakBytes, s.bytes);
      peakMainHeapBytes = Math.max(peakMainHeapBytes, s.main);
      if (['done', 'failed', 'cancelled'].includes(s.state)) break;
      await page.waitForTimeout(500);
    }
    const wallS = (performance.now() - t0) / 1000;
    const r = await page.evaluate(() => {
      const a = (window as unknown as { openmocapApp: PageRun }).openmocapApp;
      return { state: a.state, error: a.error, detectFps: a.detectFps, backends: a.backends };
    });
    return { ...r, peakBytes, peakMainHeapBytes, wallS };
  } finally {
    await browser.close();
  }
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmtFps = (r: Record<string, number>): string =>
  `${mean(Object.values(r)).toFixed(1)} frames/s (per camera: ${Object.entries(r)
    .map(([c, f]) => `${c} ${f.toFixed(1)}`)
    .join(', ')})`;

export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM)) return console.log(`web: skipped (${CHROMIUM} is not installed)`);
  if (!existsSync(join(APP_ASSETS_DIR, 'index.html'))) return console.log('web: skipped (web-dist/ is not built: npm run build:web)');
  const tmp = mkdtempSync(join(tmpdir(), 'omc-web-bench-'));
  const server = await startAppServer({});
  try {
    const { dir, label } = await session(tmp);
    const videos = readdirSync(join(dir, 'videos'))
      .filter((f) => f.endsWith('.mp4'))
      .sort();
    const files = [
      ...videos.map((f) => join(dir, 'videos', f)),
      join(dir, 'calibration.toml'),
      ...(existsSync(join(dir, 'mocap.toml')) ? [join(dir, 'mocap.toml')] : []),
    ];
    console.log(`web: clip = ${label}`);

    // CLI: the same videos, one worker thread, same settings.
    const settings = loadSettings(dir).settings.detect;
    const cliFps: Record<string, number> = {};
    for (const f of videos) {
      let first = 0,
        last = 0,
        n = 0;
      await detectVideo(join(dir, 'videos', f), f.replace(/\.mp4$/, ''), { ...settings, workers: 1 }, (p) => {
        if (p.framesDone === 1) first = performance.now();
        last = performance.now();
        n = p.framesDone;
      });
      cliFps[f.replace(/\.mp4$/, '')] = (n - 1) / ((last - first) / 1000);
    }
    console.log(`web: CLI (Node, tfjs wasm, 1 worker thread): ${fmtFps(cliFps)}`);

    // The page, one camera at a time (workers=1), wasm.
    const wasm = await runPage(server.url, files, 'backend=wasm&workers=1', []);
    if (wasm.state !== 'done') throw new Error(`web: the page did not finish on wasm: ${wasm.error}`);
    const b = Object.values(wasm.backends)[0];
    console.log(`web: page, wasm (${b.detail}), 1 worker: ${fmtFps(wasm.detectFps)}`);

    // WebGL on SwiftShader (software GL).
    const gl = await runPage(server.url, files, 'backend=webgl&workers=1', SWIFTSHADER);
    if (gl.state === 'done') {
      const g = Object.values(gl.backends)[0];
      console.log(`web: page, WebGL on SwiftShader (${g.backend}: ${g.detail || 'renderer unknown'}), 1 worker: ${fmtFps(gl.detectFps)}`);
    } else console.log(`web: page on WebGL/SwiftShader did not finish: ${gl.error}`);

    // The whole pipeline with the cameras side by side (the page's default), for memory and wall time.
    const full = await runPage(server.url, files, 'backend=wasm', []);
    if (full.state !== 'done') throw new Error(`web: the page did not finish: ${full.error}`);
    console.log(
      `web: page, whole pipeline, ${videos.length} cameras side by side (wasm): ${full.wallS.toFixed(1)} s wall; ` +
        `peak memory of the tab (page + workers, measureUserAgentSpecificMemory) ${(full.peakBytes / 1e6).toFixed(0)} MB, peak page JS heap ${(full.peakMainHeapBytes / 1e6).toFixed(0)} MB`,
    );

    // A longer take (each video looped 6×, stream copy): the tab's peak should not grow with the length.
    const long = join(tmp, 'long');
    mkdirSync(join(long, 'videos'), { recursive: true });
    const ff = findFfmpeg().ffmpeg;
    for (const f of videos)
      execFileSync(ff, [
        '-v',
        'error',
        '-stream_loop',
        '5',
        '-i',
        join(dir, 'videos', f),
        '-map',
        '0:v:0',
        '-c',
        'copy',
        '-y',
        join(long, 'videos', f),
      ]);
    const longFiles = [...videos.map((f) => join(long, 'videos', f)), ...files.slice(videos.length)];
    const longRun = await runPage(server.url, longFiles, 'backend=wasm', []);
    if (longRun.state !== 'done') throw new Error(`web: the page did not finish the long take: ${longRun.error}`);
    console.log(
      `web: page, the same take 6× as long (${videos.length} cameras): ${longRun.wallS.toFixed(1)} s wall; peak memory of the tab ${(longRun.peakBytes / 1e6).toFixed(0)} MB, peak page JS heap ${(longRun.peakMainHeapBytes / 1e6).toFixed(0)} MB`,
    );
  } finally {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
