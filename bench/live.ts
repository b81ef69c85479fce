// The live page (web/live.html) in headless Chromium with tfjs on wasm: a fake camera (Chromium's
// --use-file-for-fake-video-capture, a Y4M made from the shared real recording at 360×640, 30 frames/s;
// the demo session's rendered video when ../shared/data is absent) watched for 10 s per model. Prints
// the camera's frames/s, the skeletons drawn per second, the latency from the frame's capture time to
// its skeleton drawn on the page (median and 90th percentile) and the detection time per frame.
// The coach also draws BlazePose's world landmarks in the three.js skeleton view: its 3D frames/s and
// frame → drawn 3D latency are printed too. Then live 3D: two cameras (the shared recording's cam01
// and cam02 at 360×640 played as cameras, "use video files as cameras") with the lab's calibration,
// MoveNet Lightning, every synchronous pair triangulated and drawn in the three.js view: 3D frames/s
// and frame (the older of the pair) → drawn 3D latency. The machine (CPU, cores, load) is printed.
// Run alone: npm run bench -- live   (needs /usr/bin/chromium, ffmpeg and web-dist/ built: npm run build:web)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoSession } from '../src/demo/buildDemoSession.ts';
import { APP_ASSETS_DIR, startAppServer } from '../src/server/startAppServer.ts';
import { findFfmpeg } from '../src/video/ffmpeg.ts';
import { sharedDataDir, sharedVideosDir } from '../src/video/testVideos.ts';

const CHROMIUM = '/usr/bin/chromium';
const WATCH_MS = 10_000;

interface View3dStats {
  pushed: number;
  fps: number;
  latencyMedianMs: number;
  latencyP90Ms: number;
  drawMedianMs: number;
}
interface Stats {
  cameraFps: number;
  poseFps: number;
  latencyMedianMs: number;
  latencyP90Ms: number;
  detectMedianMs: number;
  posesDrawn: number;
  framesWithPerson: number;
  backend: string;
  clock: string;
}

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
    execFileSync(findFfmpeg().ffmpeg, [
      '-loglevel',
      'error',
      '-y',
      '-i',
      src,
      '-vf',
      `${real ? 'scale=360:640,' : ''}fps=30`,
      '-pix_fmt',
      'yuv420p',
      '-t',
      '3',
      y4m,
    ]);
    const { chromium } = await import('playwright-core');
    const server = await startAppServer({});
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${y4m}`,
        '--autoplay-policy=no-user-gesture-required',
        // WebGL on the CPU (SwiftShader): the three.js 3D views, as on a machine without a GPU.
        '--use-gl=angle',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    });
    const machine = (): string =>
      `${cpus().length} × ${cpus()[0]?.model ?? '?'}, load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' / ')}`;
    console.log(`machine: ${machine()}`);
    console.log(`fake camera: ${label}, 30 frames/s, looped; ${WATCH_MS / 1000} s per run; max detection size 480 px (the page's default)`);
    try {
      // The coach twice: with the three.js view of the world landmarks, and without it (?view3d=0), to see what drawing it costs.
      for (const [mode, model, extra] of [
        ['record', 'movenet-lightning', ''],
        ['coach', 'blazepose-lite', ''],
        ['coach', 'blazepose-lite', '&view3d=0'],
      ] as const) {
        const page = await browser.newPage();
        await page.goto(`${server.url}live.html?backend=wasm&mode=${mode}&model=${model}${extra}`);
        await page.click('#find-cameras');
        await page.waitForFunction(() => !(document.getElementById('start') as HTMLButtonElement).disabled);
        await page.click('#start');
        await page.waitForFunction(
          () =>
            ((window as unknown as { openmocapLive: { cameras: Record<string, { posesDrawn: number }> } }).openmocapLive.cameras.cam01
              ?.posesDrawn ?? 0) > 0,
          undefined,
          { timeout: 120_000 },
        );
        // Count from here: model loading excluded.
        await page.evaluate(() => {
          (window as unknown as { openmocapLive: { resetStats(): void } }).openmocapLive.resetStats();
        });
        await page.waitForTimeout(WATCH_MS);
        const s = (await page.evaluate(
          () => (window as unknown as { openmocapLive: { cameras: Record<string, unknown> } }).openmocapLive.cameras.cam01,
        )) as Stats;
        const v = (await page.evaluate(
          () => (window as unknown as { openmocapLive: { view3d: Record<string, unknown> } }).openmocapLive.view3d.world3d,
        )) as View3dStats | undefined;
        console.log(
          `${mode.padEnd(6)} ${model.padEnd(18)}${extra ? ' without the 3D view' : ''} tfjs ${s.backend}: camera ${s.cameraFps.toFixed(1)} fps, skeletons ${s.poseFps.toFixed(1)}/s (${s.framesWithPerson}/${s.posesDrawn} with the person), frame→skeleton median ${s.latencyMedianMs.toFixed(0)} ms, p90 ${s.latencyP90Ms.toFixed(0)} ms, detection ${s.detectMedianMs.toFixed(0)} ms/frame (frame times: ${s.clock} time)` +
            (v
              ? `; three.js world landmarks ${v.fps.toFixed(1)} 3D frames/s, frame→drawn 3D median ${v.latencyMedianMs.toFixed(0)} ms, p90 ${v.latencyP90Ms.toFixed(0)} ms, push + render ${v.drawMedianMs.toFixed(1)} ms (main thread)`
              : ''),
        );
        console.log(`  (${machine()})`);
        await page.close();
      }
      if (real && sharedDataDir()) {
        const clips = ['cam01', 'cam02'].map((c) => {
          const out = join(tmp, `${c}.mp4`);
          execFileSync(findFfmpeg().ffmpeg, [
            '-loglevel',
            'error',
            '-y',
            '-i',
            join(real, `${c}.mp4`),
            '-vf',
            'scale=360:640',
            '-c:v',
            'libx264',
            '-preset',
            'ultrafast',
            '-pix_fmt',
            'yuv420p',
            '-an',
            out,
          ]);
          return out;
        });
        const page = await browser.newPage();
        await page.goto(`${server.url}live.html?backend=wasm&mode=3d&model=movenet-lightning`);
        await page.setInputFiles('#calibration', join(sharedDataDir()!, 'pose2sim-demo/calibration/Calib_qualisys.toml'));
        await page.setInputFiles('#video-files', clips);
        await page.click('#start');
        await page.waitForFunction(
          () => (window as unknown as { openmocapLive: { live3d: { frames: number } } }).openmocapLive.live3d.frames > 0,
          undefined,
          { timeout: 120_000 },
        );
        await page.evaluate(() => {
          (window as unknown as { openmocapLive: { resetStats(): void } }).openmocapLive.resetStats();
        });
        const before = await page.evaluate(
          () => (window as unknown as { openmocapLive: { live3d: { frames: number } } }).openmocapLive.live3d.frames,
        );
        await page.waitForTimeout(WATCH_MS);
        const r = (await page.evaluate(() => {
          const h = (
            window as unknown as {
              openmocapLive: {
                live3d: { frames: number; jointsLastFrame: number };
                view3d: Record<string, unknown>;
                cameras: Record<string, { poseFps: number; latencyMedianMs: number; detectMedianMs: number }>;
              };
            }
          ).openmocapLive;
          return JSON.parse(JSON.stringify({ live3d: h.live3d, view: h.view3d.live3d, cameras: h.cameras }));
        })) as {
          live3d: { frames: number; jointsLastFrame: number };
          view: View3dStats;
          cameras: Record<string, { poseFps: number; latencyMedianMs: number; detectMedianMs: number }>;
        };
        const per = Object.entries(r.cameras)
          .map(([c, s]) => `${c} ${s.poseFps.toFixed(1)} skeletons/s, detection ${s.detectMedianMs.toFixed(0)} ms`)
          .join(', ');
        console.log(
          `3d     movenet-lightning  2 cameras (360×640 clips of the shared recording, Qualisys calibration): ${((r.live3d.frames - before) / (WATCH_MS / 1000)).toFixed(1)} 3D frames/s triangulated and drawn (three.js), frame→drawn 3D median ${r.view.latencyMedianMs.toFixed(0)} ms, p90 ${r.view.latencyP90Ms.toFixed(0)} ms, push + render ${r.view.drawMedianMs.toFixed(1)} ms, ${r.live3d.jointsLastFrame}/17 joints in the last frame; ${per}`,
        );
        console.log(`  (${machine()})`);
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
