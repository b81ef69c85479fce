// The live page (web/live.html) in headless Chromium with tfjs on wasm: a fake camera (Chromium's
// --use-file-for-fake-video-capture, a Y4M made from the shared real recording at 360×640, 30 frames/s;
// the demo session's rendered video when ../shared/data is absent) watched for 10 s per model. Prints
// the camera's frames/s, the skeletons drawn per second, the latency from the frame's capture time to
// its skeleton drawn on the page (median and 90th percentile) and the detection time per frame.
// Run alone: npm run bench -- live   (needs /usr/bin/chromium, ffmpeg and web-dist/ built: npm run build:web)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoSession } from '../src/demo/buildDemoSession.ts';
import { APP_ASSETS_DIR, startAppServer } from '../src/server/startAppServer.ts';
import { findFfmpeg } from '../src/video/ffmpeg.ts';
import { sharedVideosDir } from '../src/video/testVideos.ts';

const CHROMIUM = '/usr/bin/chromium';
const WATCH_MS = 10_000;

interface Stats { cameraFps: number; poseFps: number; latencyMedianMs: number; latencyP90Ms: number; detectMedianMs: number; posesDrawn: number; framesWithPerson: number; backend: string; clock: string }

export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM)) return console.log(`skipped: ${CHROMIUM} is not installed`);
  if (!existsSync(join(APP_ASSETS_DIR, 'live.html'))) return console.log('skipped: web-dist/ has no live.html (npm run build:web)');
  const tmp = mkdtempSync(join(tmpdir(), 'openmocap-bench-live-'));
  try {
    const real = sharedVideosDir();
    let src: string, label: string;
    if (real) {
      src = join(real, 'cam01.mp4');
      label = 'shared recording cam01 (1080×1920) scaled to 360×640';
    } else {
      const demo = await buildDemoSession(join(tmp, 'demo'), { frames: 60 });
      src = demo.videos[0];
      label = 'demo session cam01 (640×480)';
    }
    const y4m = join(tmp, 'camera.y4m');
    execFileSync(findFfmpeg().ffmpeg, ['-loglevel', 'error', '-y', '-i', src, '-vf', `${real ? 'scale=360:640,' : ''}fps=30`, '-pix_fmt', 'yuv420p', '-t', '3', y4m]);
    const { chromium } = await import('playwright-core');
    const server = await startAppServer({});
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${y4m}`],
    });
    console.log(`fake camera: ${label}, 30 frames/s, looped; ${WATCH_MS / 1000} s per run; max detection size 480 px (the page's default)`);
    try {
      for (const [mode, model] of [['record', 'movenet-lightning'], ['coach', 'blazepose-lite']] as const) {
        const page = await browser.newPage();
        await page.goto(`${server.url}live.html?backend=wasm&mode=${mode}&model=${model}`);
        await page.click('#find-cameras');
        await page.waitForFunction(() => !(document.getElementById('start') as HTMLButtonElement).disabled);
        await page.click('#start');
        await page.waitForFunction(() => ((window as unknown as { openmocapLive: { cameras: Record<string, { posesDrawn: number }> } }).openmocapLive.cameras.cam01?.posesDrawn ?? 0) > 0, undefined, { timeout: 120_000 });
        // Count from here: model loading excluded.
        await page.evaluate(() => { (window as unknown as { openmocapLive: { resetStats(): void } }).openmocapLive.resetStats(); });
        await page.waitForTimeout(WATCH_MS);
        const s = await page.evaluate(() => (window as unknown as { openmocapLive: { cameras: Record<string, unknown> } }).openmocapLive.cameras.cam01) as Stats;
        console.log(`${mode.padEnd(6)} ${model.padEnd(18)} tfjs ${s.backend}: camera ${s.cameraFps.toFixed(1)} fps, skeletons ${s.poseFps.toFixed(1)}/s (${s.framesWithPerson}/${s.posesDrawn} with the person), frame→skeleton median ${s.latencyMedianMs.toFixed(0)} ms, p90 ${s.latencyP90Ms.toFixed(0)} ms, detection ${s.detectMedianMs.toFixed(0)} ms/frame (frame times: ${s.clock} time)`);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
