// Viewer smoothness on a long take: a 10-minute, 60 fps session (36,000 frames × 26 joints, 2D
// keypoints for 4 cameras, one 10-minute video) played in headless Chromium. Prints the load time
// and the JavaScript cost of the animation loop per shown frame (3D instance update, plot cursors,
// timeline, video sync) — rendering itself runs on SwiftShader here, so GPU time is not measured.
// Run alone: npx tsx bench/viewer.ts   (needs /usr/bin/chromium and viewer-dist/)
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startViewerServer } from '../src/server/startViewerServer.ts';
import { findFfmpeg } from '../src/video/ffmpeg.ts';
import { buildViewerSession } from '../test/browser/buildViewerSession.ts';

/** The viewer page's test hook (window.openmocapViewer), as this bench drives it. */
type Hooked = {
  openmocapViewer: {
    ready?: boolean;
    error?: string;
    frame: number;
    stats: { loadMs: number; loadSteps: Record<string, number> } & Record<string, unknown>;
    seek(frame: number): void;
    setSpeed(speed: number): void;
    play(): void;
    pause(): void;
  };
};

const CHROMIUM = '/usr/bin/chromium';
const FRAMES = 36_000;
const FPS = 60;

export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`viewer: skipped (${CHROMIUM} is not installed)`);
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'omc-viewer-bench-'));
  try {
    let t0 = performance.now();
    const dir = join(tmp, 'long-take');
    await buildViewerSession(dir, { frames: FRAMES, fps: FPS, videos: false, pipeline: false });
    console.log(`viewer: built a ${FRAMES}-frame session in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    t0 = performance.now();
    mkdirSync(join(dir, 'videos'), { recursive: true });
    const ff = spawnSync(findFfmpeg().ffmpeg, [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      `testsrc2=size=320x240:rate=${FPS}:duration=${FRAMES / FPS}`,
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
      '-y',
      join(dir, 'videos', 'cam01.mp4'),
    ]);
    if (ff.status !== 0) console.log(`viewer: could not make the test video: ${ff.stderr}`);
    else console.log(`viewer: encoded a 10-minute ${FPS} fps video in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const server = await startViewerServer({ sessionDir: dir });
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--use-gl=angle',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(server.url);
      await page.waitForFunction(
        () => (window as unknown as Hooked).openmocapViewer?.ready || (window as unknown as Hooked).openmocapViewer?.error,
        null,
        { timeout: 300_000 },
      );
      const loadMs = await page.evaluate(() => (window as unknown as Hooked).openmocapViewer.stats.loadMs as number);
      const steps: Record<string, number> = await page.evaluate(() => (window as unknown as Hooked).openmocapViewer.stats.loadSteps);
      console.log(
        `viewer: load steps (ms): ${Object.entries(steps)
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(', ')}`,
      );
      const heap0 = await page.evaluate(
        () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN,
      );
      for (const speed of [1, 4]) {
        await page.evaluate((s) => {
          const v = (window as unknown as Hooked).openmocapViewer;
          v.seek(12_000);
          v.setSpeed(s);
          Object.assign(v.stats, { ticks: 0, frameUpdates: 0, updateMsTotal: 0, updateMsMax: 0, tickMsTotal: 0, tickMsMax: 0 });
          v.play();
        }, speed);
        const f0 = await page.evaluate(() => (window as unknown as Hooked).openmocapViewer.frame as number);
        await page.waitForTimeout(5000);
        const r: Record<string, number> = await page.evaluate(() => {
          const v = (window as unknown as Hooked).openmocapViewer;
          v.pause();
          const { loadSteps: _steps, ...timings } = v.stats as Record<string, number>;
          return { frame: v.frame as number, ...timings };
        });
        console.log(
          `viewer: ${speed}× for 5 s: ${r.frame - f0} frames advanced, ${r.ticks} animation ticks; ` +
            `per shown frame ${(r.updateMsTotal / Math.max(1, r.frameUpdates)).toFixed(3)} ms mean, ${r.updateMsMax.toFixed(2)} ms max; ` +
            `whole tick (incl. SwiftShader render) ${(r.tickMsTotal / Math.max(1, r.ticks)).toFixed(2)} ms mean, ${r.tickMsMax.toFixed(1)} ms max`,
        );
      }
      // Scrubbing across the whole take.
      const scrub = await page.evaluate(() => {
        const v = (window as unknown as Hooked).openmocapViewer;
        const t = performance.now();
        for (let f = 0; f < 36_000; f += 360) v.seek(f);
        return (performance.now() - t) / 100;
      });
      const blankRaf = await page.evaluate(
        'new Promise((r) => { let n = 0; const t = performance.now(); function f() { n++; if (performance.now() - t < 2000) requestAnimationFrame(f); else r(n / 2); } requestAnimationFrame(f); })',
      );
      console.log(`viewer: for comparison, this browser runs ${String(blankRaf)} animation frames/s on this page while paused`);
      const heap1 = await page.evaluate(
        () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN,
      );
      console.log(
        `viewer: load ${(loadMs / 1000).toFixed(2)} s (fetch + decode + plots); seek ${scrub.toFixed(3)} ms per jump; JS heap ${(heap0 / 1e6).toFixed(0)} → ${(heap1 / 1e6).toFixed(0)} MB; page errors: ${errors.length}`,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
