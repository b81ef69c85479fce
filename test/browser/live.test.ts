// The live page (web/live.html) in a real browser (Debian's chromium via playwright-core, headless,
// tfjs wasm), with fake cameras fed by the shared real recording:
// - one camera: Chromium's fake capture device playing a Y4M made at test time from cam01.mp4
//   (--use-fake-device-for-media-stream --use-file-for-fake-video-capture);
// - two cameras: two video files played in <video> elements and captured with captureStream()
//   (Chromium has one fake device per browser), as the page's "use video files as cameras" does.
// Measured numbers are printed (console) and copied into docs/live.md.
// The live view must find the person; a recorded 2-camera take must save a session whose frame times
// are monotonic and that `openmocap process` reconstructs; a camera unplugged mid-take must leave the
// other camera's file complete and the take must say which camera stopped when.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrameTimesCsv, firstNonMonotonic } from '../../src/live/take.ts';
import { APP_ASSETS_DIR, startAppServer, type AppServer } from '../../src/server/startAppServer.ts';
import { runProcess } from '../../src/session/process.ts';
import { decodePoints3dFile } from '../../src/formats/points3dFile.ts';
import { squatSequence } from '../../src/live/squatSequence.ts';
import { decodeFrames } from '../../src/video/decode.ts';
import { probeVideo } from '../../src/video/probe.ts';
import { readPose2dFolder } from '../../src/io/pose2d.ts';
import { readCalibration, readCalibrationFile } from '../../src/io/calibration.ts';
import { calibrationFile } from '../../src/session/sessionInputs.ts';
import { loadSettings } from '../../src/session/settings.ts';
import { cameraCenter, rotationMatrix } from '../../src/camera/project.ts';
import { createVideoWriter } from '../../src/video/encode.ts';
import { findFfmpeg } from '../../src/video/ffmpeg.ts';
import { sharedDataDir, sharedVideosDir } from '../../src/video/testVideos.ts';

const CHROMIUM = '/usr/bin/chromium';
const videos = sharedVideosDir();
const skipReason = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is not installed`
  : !existsSync(join(APP_ASSETS_DIR, 'live.html'))
    ? 'web-dist/ has no live.html (npm run build:web)'
    : !videos
      ? 'the shared recording (../shared/data) is absent'
      : !hasFfmpeg()
        ? 'ffmpeg is not installed'
        : '';
const SLOW = 300_000;

function hasFfmpeg(): boolean {
  try {
    findFfmpeg();
    return true;
  } catch {
    return false;
  }
}

interface CameraStats {
  framesSeen: number;
  posesDrawn: number;
  framesWithPerson: number;
  cameraFps: number;
  poseFps: number;
  latencyMedianMs: number;
  latencyP90Ms: number;
  detectMedianMs: number;
  backend: string;
  clock: string;
}
interface LiveState {
  state: string;
  error: string | null;
  messages: string[];
  cameras: Record<string, CameraStats>;
  take: { cameras: string[]; zipBytes: number; stopped: Record<string, { atMs: number; reason: string }> } | null;
  worldLandmarks: boolean;
  repAngleDeg: number;
}

describe.skipIf(!!skipReason)(`live page in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: Browser;
  let browser3d: Browser;
  let server: AppServer;
  let root: string;
  const clips: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    root = mkdtempSync(join(tmpdir(), 'openmocap-live-'));
    const ffmpeg = findFfmpeg().ffmpeg;
    // Small copies of the real recording: 270×480 (a quarter of 1080×1920), the fake camera at 30 frames/s for 2 s.
    const y4m = join(root, 'cam01.y4m');
    execFileSync(ffmpeg, [
      '-loglevel',
      'error',
      '-y',
      '-i',
      join(videos!, 'cam01.mp4'),
      '-vf',
      'scale=270:480,fps=30',
      '-pix_fmt',
      'yuv420p',
      '-t',
      '2',
      y4m,
    ]);
    for (const c of ['cam01', 'cam02']) {
      // H.264 ultrafast: VP8 encoding took ~25 s on the shared 2-core machine, this ~1 s.
      const out = join(root, `${c}.mp4`);
      execFileSync(ffmpeg, [
        '-loglevel',
        'error',
        '-y',
        '-i',
        join(videos!, `${c}.mp4`),
        '-vf',
        'scale=270:480',
        '-c:v',
        'libx264',
        '-preset',
        'ultrafast',
        '-pix_fmt',
        'yuv420p',
        '-an',
        out,
      ]);
      clips.push(out);
    }
    server = await startAppServer({});
    const args = [
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
    ];
    browser = await chromium.launch({ executablePath: CHROMIUM, args });
    // The coach and live 3D pages draw in three.js: WebGL on the CPU (SwiftShader). A browser of their
    // own: with these flags the recorded takes' frame times came out wrong (first recorded frame ~0.6 s
    // off the sidecar's), so the recording tests run without them.
    browser3d = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...args, '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    });
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
    await browser3d?.close();
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const stateOf = (page: Page): Promise<LiveState> =>
    page.evaluate(() => {
      const h = (window as unknown as { openmocapLive: LiveState }).openmocapLive;
      return JSON.parse(
        JSON.stringify({
          state: h.state,
          error: h.error,
          messages: h.messages,
          cameras: h.cameras,
          take: h.take,
          worldLandmarks: h.worldLandmarks,
          repAngleDeg: h.repAngleDeg,
        }),
      ) as LiveState;
    });

  type View3d = {
    pushed: number;
    rendered: number;
    fps: number;
    latencyMedianMs: number;
    latencyP90Ms: number;
    lastFrame: (number | null)[];
  };
  const view3dOf = (page: Page, id: 'world3d' | 'live3d'): Promise<View3d | undefined> =>
    page.evaluate(
      (k) =>
        JSON.parse(
          JSON.stringify((window as unknown as { openmocapLive: { view3d: Record<string, unknown> } }).openmocapLive.view3d[k] ?? null),
        ) ?? undefined,
      id,
    );
  /** The three.js canvas of a 3D view: pixels unlike the clear colour, and pixels changed since the last call for it. */
  const webglPixels = (page: Page, id: 'world3d' | 'live3d'): Promise<{ width: number; lit: number; changed: number }> =>
    page.evaluate((k) => {
      const c = document.querySelector(`#${k} canvas`) as HTMLCanvasElement;
      const t = document.createElement('canvas');
      [t.width, t.height] = [c.width, c.height];
      const g = t.getContext('2d', { willReadFrequently: true })!;
      g.drawImage(c, 0, 0);
      const d = g.getImageData(0, 0, t.width, t.height).data;
      const w = window as unknown as Record<string, Uint8ClampedArray | undefined>;
      const prev = w[`snap_${k}`];
      let lit = 0,
        changed = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (Math.abs(d[i] - 0x11) + Math.abs(d[i + 1] - 0x13) + Math.abs(d[i + 2] - 0x18) > 12) lit++;
        if (prev && Math.abs(d[i] - prev[i]) + Math.abs(d[i + 1] - prev[i + 1]) + Math.abs(d[i + 2] - prev[i + 2]) > 12) changed++;
      }
      w[`snap_${k}`] = d;
      return { width: t.width, lit, changed };
    }, id);
  /** The three.js view draws the live skeleton: frames pushed and rendered, its joints moving, its pixels changing. */
  async function expectLiveView3d(page: Page, id: 'world3d' | 'live3d'): Promise<View3d> {
    const a = (await view3dOf(page, id))!;
    const pa = await webglPixels(page, id);
    expect(a.pushed, `${id} frames pushed`).toBeGreaterThan(0);
    expect(a.rendered, `${id} renders`).toBeGreaterThanOrEqual(a.pushed);
    expect(pa.width).toBeGreaterThan(100);
    expect(pa.lit, `${id}: the grid and the skeleton are drawn`).toBeGreaterThan(500);
    await page.waitForFunction(
      ([k, n]) =>
        ((window as unknown as { openmocapLive: { view3d: Record<string, { pushed: number }> } }).openmocapLive.view3d[k as string]
          ?.pushed ?? 0) >=
        (n as number) + 4,
      [id, a.pushed],
      { timeout: 60_000, polling: 100 },
    );
    const b = (await view3dOf(page, id))!;
    const pb = await webglPixels(page, id);
    let moved = 0;
    for (let i = 0; i < a.lastFrame.length; i++)
      if (a.lastFrame[i] !== null && b.lastFrame[i] !== null && Math.abs(a.lastFrame[i]! - b.lastFrame[i]!) > 1e-4) moved++;
    expect(moved, `${id}: joint coordinates moved between frames`).toBeGreaterThan(3);
    expect(b.rendered).toBeGreaterThan(a.rendered);
    expect(pb.changed, `${id}: the WebGL canvas changed as the skeleton moved`).toBeGreaterThan(20);
    expect(b.latencyMedianMs).toBeGreaterThan(0);
    expect(b.fps).toBeGreaterThan(0);
    console.log(
      `${id} (three.js skeleton view): ${b.pushed} frames pushed, ${b.rendered} renders, ${b.fps.toFixed(1)} 3D frames/s, frame → drawn 3D median ${b.latencyMedianMs.toFixed(0)} ms (p90 ${b.latencyP90Ms.toFixed(0)}); ${pb.lit} lit pixels, ${pb.changed} changed over 4 frames`,
    );
    return b;
  }

  async function openLive(query: string, context?: BrowserContext): Promise<{ page: Page; errors: string[] }> {
    const page = await (context ?? (/mode=(coach|3d)/.test(query) ? browser3d : browser)).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}live.html?backend=wasm&${query}`);
    return { page, errors };
  }

  it(
    'finds the person on a fake camera playing the real recording: skeleton drawn, frames/s and frame→skeleton latency measured',
    async () => {
      const { page, errors } = await openLive('mode=record&model=movenet-lightning');
      await page.click('#find-cameras');
      await page.waitForFunction(() => !(document.getElementById('start') as HTMLButtonElement).disabled);
      await page.click('#start');
      await page.waitForFunction(
        () => ((window as unknown as { openmocapLive: LiveState }).openmocapLive.cameras.cam01?.posesDrawn ?? 0) >= 20,
        undefined,
        { timeout: 90_000, polling: 200 },
      );
      const s = await stateOf(page);
      const cam = s.cameras.cam01;
      expect(errors).toEqual([]);
      expect(s.error).toBeNull();
      expect(cam.backend).toMatch(/^wasm/);
      expect(cam.framesWithPerson / cam.posesDrawn).toBeGreaterThan(0.8);
      expect(cam.cameraFps).toBeGreaterThan(5);
      expect(cam.poseFps).toBeGreaterThan(0);
      expect(cam.latencyMedianMs).toBeGreaterThan(0);
      expect(cam.latencyMedianMs).toBeLessThan(10_000);
      // The skeleton is drawn: the overlay has coloured pixels.
      const drawn = await page.evaluate(() => {
        const c = document.querySelector('.cam canvas.overlay') as HTMLCanvasElement;
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        return n;
      });
      expect(drawn).toBeGreaterThan(100);
      console.log(
        `live (fake camera, 270×480, MoveNet Lightning, wasm): camera ${cam.cameraFps.toFixed(1)} fps, skeleton ${cam.poseFps.toFixed(1)} fps, frame→skeleton median ${cam.latencyMedianMs.toFixed(0)} ms (p90 ${cam.latencyP90Ms.toFixed(0)}), detection ${cam.detectMedianMs.toFixed(0)} ms, clock ${cam.clock}`,
      );
      await page.close();
    },
    SLOW,
  );

  it(
    'coaches with one camera: BlazePose world landmarks drawn as 3D, the squat angle measured live',
    async () => {
      const { page, errors } = await openLive('mode=coach&exercise=squat&model=blazepose-lite');
      await page.click('#find-cameras');
      await page.waitForFunction(() => !(document.getElementById('start') as HTMLButtonElement).disabled);
      await page.click('#start');
      await page.waitForFunction(
        () => ((window as unknown as { openmocapLive: LiveState }).openmocapLive.cameras.cam01?.posesDrawn ?? 0) >= 10,
        undefined,
        { timeout: 90_000, polling: 200 },
      );
      const s = await stateOf(page);
      expect(errors).toEqual([]);
      expect(s.worldLandmarks).toBe(true);
      // Standing and balancing on the platform: knees far from a squat's ~90°. The frame sampled depends on
      // timing; 48° was seen once in CI (under 45° in three other runs), so the bar is 60°.
      expect(s.repAngleDeg).toBeGreaterThanOrEqual(0);
      expect(s.repAngleDeg).toBeLessThan(60);
      // The world landmarks are drawn in the three.js skeleton view, frame after frame.
      await expectLiveView3d(page, 'world3d');
      expect(await page.textContent('#world3d-status')).toMatch(/frames\/s, frame → drawn 3D \d+ ms/);
      const cam = s.cameras.cam01;
      console.log(
        `coach (fake camera, 270×480, BlazePose lite + MoveNet finder, wasm): skeleton ${cam.poseFps.toFixed(1)} fps, frame→skeleton median ${cam.latencyMedianMs.toFixed(0)} ms (p90 ${cam.latencyP90Ms.toFixed(0)}), detection ${cam.detectMedianMs.toFixed(0)} ms`,
      );
      await page.close();
    },
    SLOW,
  );

  it(
    'coaches a rendered squat sequence played as the camera: counts exactly its 3 squats in the page',
    async () => {
      const seq = squatSequence({ squats: 3, fps: 15, size: 256 });
      const clip = join(root, 'squats.mp4');
      const w = createVideoWriter(clip, { width: seq.width, height: seq.height, fps: seq.fps, preset: 'ultrafast' });
      for (let f = 0; f < seq.frames; f++) await w.write(seq.render(f));
      await w.close();
      const { page, errors } = await openLive('mode=coach&exercise=squat&loop=0');
      await page.setInputFiles('#video-files', [clip]);
      await page.click('#start');
      // The clip lasts 9.1 s; wait until it has played out.
      await page.waitForFunction(
        () => (window as unknown as { openmocapLive: { filesEnded: number } }).openmocapLive.filesEnded > 0,
        undefined,
        { timeout: 90_000, polling: 250 },
      );
      const reps = await page.evaluate(
        () =>
          (window as unknown as { openmocapLive: { reps: { rangeDeg: number; downS: number; upS: number; cues: string[] }[] } })
            .openmocapLive.reps,
      );
      const s = await stateOf(page);
      expect(errors).toEqual([]);
      expect(s.worldLandmarks).toBe(true);
      console.log(
        `coach on the rendered squats (BlazePose lite world landmarks): ${reps.length} reps, ${reps.map((r) => `${r.rangeDeg.toFixed(0)}° ${r.downS.toFixed(1)}+${r.upS.toFixed(1)} s [${r.cues.join(',')}]`).join('; ')}; ${s.cameras.cam01.poseFps.toFixed(1)} skeletons/s`,
      );
      expect(reps.length).toBe(seq.squats);
      expect(await page.textContent('#rep-count')).toBe(String(seq.squats));
      // Seen 27° off the body's side: the knee-valgus cue is not judged, and the page says so.
      for (const r of reps) expect(r.cues).not.toContain('knee-valgus');
      expect(await page.textContent('#reps tbody')).toMatch(/valgus: face the camera/);
      await page.close();
    },
    SLOW,
  );

  it(
    'live 3D with 2 calibrated cameras: every frame triangulated, latency shown',
    async () => {
      const { page, errors } = await openLive('mode=3d&model=movenet-lightning&rate=0.5');
      await page.setInputFiles('#calibration', join(sharedDataDir()!, 'pose2sim-demo/calibration/Calib_qualisys.toml'));
      await page.waitForFunction(() => /calibration/.test(document.getElementById('status')!.textContent ?? ''));
      await page.setInputFiles('#video-files', clips);
      await page.click('#start');
      await page.waitForFunction(
        () => (window as unknown as { openmocapLive: { live3d: { frames: number } } }).openmocapLive.live3d.frames >= 5,
        undefined,
        { timeout: 90_000, polling: 100 },
      );
      const l = await page.evaluate(
        () =>
          (
            window as unknown as {
              openmocapLive: { live3d: { frames: number; latencyMedianMs: number; jointsLastFrame: number; missingCameras: string[] } };
            }
          ).openmocapLive.live3d,
      );
      expect(errors).toEqual([]);
      expect(l.missingCameras).toEqual([]);
      expect(l.jointsLastFrame).toBeGreaterThan(10);
      expect(l.latencyMedianMs).toBeGreaterThan(0);
      expect(await page.textContent('#live3d-status')).toMatch(/3D frames\/s; frame → drawn 3D \d+ ms/);
      await expectLiveView3d(page, 'live3d');
      console.log(
        `live 3D (2 cameras, 270×480, MoveNet Lightning, wasm): ${l.frames} 3D frames, frame→drawn 3D median ${l.latencyMedianMs.toFixed(0)} ms, ${l.jointsLastFrame}/17 joints in the last frame`,
      );
      await page.close();
    },
    SLOW,
  );

  it(
    'live 3D without calibration.toml: a warm-up calibrates from the person (as calibrate --from-person); the calibration is saved, in a take and for the next visit',
    async () => {
      // 2.5 s and at least 40 skeletons per camera (a busy machine detects fewer per second).
      const context = await browser3d.newContext();
      const { page, errors } = await openLive('mode=3d&model=movenet-lightning&rate=0.5&warmup_s=2.5&warmup_frames=40', context);
      await page.setInputFiles('#video-files', clips);
      await page.click('#start');
      const calibrationOf = (p: Page): Promise<string> =>
        p.evaluate(() => (window as unknown as { openmocapLive: { calibration: string } }).openmocapLive.calibration);
      await page.waitForFunction(
        () => /^(failed|from the person)/.test((window as unknown as { openmocapLive: { calibration: string } }).openmocapLive.calibration),
        undefined,
        { timeout: 90_000, polling: 250 },
      );
      const summary = await calibrationOf(page);
      console.log(`live 3D warm-up (2.5 s of the balancing trial): ${summary}; ${(await stateOf(page)).messages.join(' | ')}`);
      expect(errors).toEqual([]);
      expect(summary).toMatch(/^from the person: \d+ 3D keypoints, reprojection/);
      // Then every frame is triangulated with it.
      await page.waitForFunction(
        () => (window as unknown as { openmocapLive: { live3d: { frames: number } } }).openmocapLive.live3d.frames >= 3,
        undefined,
        { timeout: 60_000, polling: 100 },
      );
      const l = await page.evaluate(
        () =>
          (window as unknown as { openmocapLive: { live3d: { jointsLastFrame: number; latencyMedianMs: number } } }).openmocapLive.live3d,
      );
      console.log(`then live 3D: ${l.jointsLastFrame}/17 joints, frame→drawn 3D median ${l.latencyMedianMs.toFixed(0)} ms`);
      expect(l.jointsLastFrame).toBeGreaterThan(10);
      // A take recorded after the warm-up carries the warm-up's calibration.toml at the session's root, where `openmocap process` looks.
      expect(await page.textContent('#calibration-saved')).toMatch(/kept in this browser/);
      await page.click('#record');
      await page.waitForTimeout(700);
      await page.click('#stop-record');
      await page.waitForFunction(() => (window as unknown as { openmocapLive: LiveState }).openmocapLive.state === 'saved', undefined, {
        timeout: 90_000,
        polling: 100,
      });
      const b64 = await page.evaluate(() =>
        (window as unknown as { openmocapLive: { takeZipBase64(): Promise<string | null> } }).openmocapLive.takeZipBase64(),
      );
      const files = unzipSync(new Uint8Array(Buffer.from(b64!, 'base64')));
      const dir = join(root, 'take-after-warmup');
      for (const [path, bytes] of Object.entries(files)) {
        const out = join(dir, path.split('/').slice(1).join('/'));
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, bytes);
      }
      const saved = await page.evaluate(
        () => (window as unknown as { openmocapLive: { savedCalibration: string | null } }).openmocapLive.savedCalibration,
      );
      expect(readFileSync(join(dir, 'calibration.toml'), 'utf8')).toBe(saved);
      // The CLI's reader accepts it, as the session's calibration, and the rig is plausible: the two
      // cameras at their image size, each lens the guessed one, and the pair placed as the lab's own
      // (Qualisys) calibration places cam_01 and cam_02 (48.7° apart, 2.85 m): the same geometry from the person.
      // The file `openmocap process` picks for this take (its mocap.toml as written by the page), read by the CLI's reader.
      expect(calibrationFile(dir, loadSettings(dir).settings)).toBe(join(dir, 'calibration.toml'));
      const read = readCalibration(dir);
      expect(read.file).toBe(join(dir, 'calibration.toml'));
      const [c1, c2] = read.rig.cameras;
      expect(read.rig.cameras.map((c) => c.name)).toEqual(['cam01', 'cam02']);
      for (const c of [c1, c2]) {
        expect([c.width, c.height]).toEqual([270, 480]);
        expect(c.matrix[0]).toBeCloseTo(0.87 * 480, 0);
        const R = rotationMatrix(c.rotation);
        expect(R[0] * R[0] + R[1] * R[1] + R[2] * R[2]).toBeCloseTo(1, 6);
      }
      const lab = readCalibrationFile(join(sharedDataDir()!, 'pose2sim-demo/calibration/Calib_qualisys.toml')).rig.cameras;
      const between = (a: typeof c1, b: typeof c1): { deg: number; m: number } => {
        const Ra = rotationMatrix(a.rotation),
          Rb = rotationMatrix(b.rotation);
        let tr = 0;
        for (let i = 0; i < 9; i++) tr += Ra[i] * Rb[i];
        const ca = cameraCenter(a),
          cb = cameraCenter(b);
        return {
          deg: (Math.acos(Math.max(-1, Math.min(1, (tr - 1) / 2))) * 180) / Math.PI,
          m: Math.hypot(ca[0] - cb[0], ca[1] - cb[1], ca[2] - cb[2]),
        };
      };
      const got = between(c1, c2),
        want = between(lab[0], lab[1]);
      console.log(
        `warm-up calibration: cameras ${got.deg.toFixed(1)}° apart, ${got.m.toFixed(2)} m (the lab's calibration: ${want.deg.toFixed(1)}°, ${want.m.toFixed(2)} m)`,
      );
      expect(Math.abs(got.deg - want.deg)).toBeLessThan(15);
      expect(got.m / want.m).toBeGreaterThan(0.6);
      expect(got.m / want.m).toBeLessThan(1.6);
      // The next visit (same browser) offers it; choosing it loads it as the page's calibration.
      await page.close();
      const next = await context.newPage();
      await next.goto(`${server.url}live.html?backend=wasm&mode=3d`);
      await next.click('#use-saved-calibration');
      expect(await next.textContent('#status')).toMatch(/calibration the warm-up's calibration of .*: cam01, cam02/);
      await context.close();
    },
    SLOW,
  );

  async function recordTake(unplugAtMs?: number): Promise<{ page: Page; state: LiveState; dir: string; errors: string[] }> {
    const { page, errors } = await openLive('mode=record&model=movenet-lightning&loop=0&rate=0.5');
    await page.setInputFiles('#video-files', clips);
    await page.click('#start');
    await page.waitForFunction(
      () =>
        Object.values((window as unknown as { openmocapLive: LiveState }).openmocapLive.cameras).filter((c) => c.posesDrawn > 0).length ===
        2,
      undefined,
      { timeout: 90_000, polling: 100 },
    );
    await page.click('#record');
    if (unplugAtMs !== undefined) {
      await page.waitForTimeout(unplugAtMs);
      await page.evaluate(() => (window as unknown as { openmocapLive: { unplug(c: string): void } }).openmocapLive.unplug('cam02'));
    }
    await page.waitForTimeout(1300 - (unplugAtMs ?? 0));
    await page.click('#stop-record');
    await page.waitForFunction(() => (window as unknown as { openmocapLive: LiveState }).openmocapLive.state === 'saved', undefined, {
      timeout: 90_000,
      polling: 100,
    });
    const state = await stateOf(page);
    const b64 = await page.evaluate(() =>
      (window as unknown as { openmocapLive: { takeZipBase64(): Promise<string | null> } }).openmocapLive.takeZipBase64(),
    );
    expect(b64).toBeTruthy();
    const files = unzipSync(new Uint8Array(Buffer.from(b64!, 'base64')));
    const dir = join(root, `take-${unplugAtMs ?? 'full'}`);
    for (const [path, bytes] of Object.entries(files)) {
      const out = join(dir, path.split('/').slice(1).join('/'));
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, bytes);
    }
    return { page, state, dir, errors };
  }

  /** Frame times of a video as the CLI decodes them (ms): its own decoder, every frame with its own timestamp. */
  const decodedTimesMs = async (file: string): Promise<number[]> => {
    const t: number[] = [];
    for await (const f of decodeFrames(file, { maxSize: 64 })) t.push(f.timestampMs);
    return t;
  };

  it(
    'records a 2-camera take: saved as a session with monotonic frame times, which openmocap process reconstructs',
    async () => {
      const { page, state, dir, errors } = await recordTake();
      expect(errors).toEqual([]);
      expect(state.take!.cameras).toEqual(['cam01', 'cam02']);
      expect(state.take!.stopped).toEqual({});
      expect(readdirSync(join(dir, 'videos')).sort()).toEqual(['cam01.frames.csv', 'cam01.webm', 'cam02.frames.csv', 'cam02.webm']);
      const take = JSON.parse(readFileSync(join(dir, 'take.json'), 'utf8')) as {
        cameras: Record<string, { frames: number; stopped_at_ms: number | null }>;
      };
      for (const c of ['cam01', 'cam02']) {
        const times = parseFrameTimesCsv(readFileSync(join(dir, 'videos', `${c}.frames.csv`), 'utf8'), c);
        expect(times.length, c).toBeGreaterThan(10);
        expect(firstNonMonotonic(times), c).toBe(-1);
        expect(take.cameras[c].frames).toBe(times.length);
        expect(take.cameras[c].stopped_at_ms).toBeNull();
        const pts = await decodedTimesMs(join(dir, 'videos', `${c}.webm`));
        expect((take.cameras[c] as { video_frames?: number }).video_frames, `${c}.webm frames as the page read them back`).toBe(pts.length);
        const m = take.cameras[c] as { first_recorded_frame_ms?: number; recorded_to_sidecar_ms?: number };
        // Taken at most a few frames before the recorders started (a frame is delivered some ms after its capture).
        expect(m.first_recorded_frame_ms, c).toBeGreaterThan(-150);
        // …and not after the first frame the page saw, give or take the WebM's millisecond rounding and a frame's delivery.
        expect(m.first_recorded_frame_ms, c).toBeLessThan(times[0] + 40);
        expect(m.recorded_to_sidecar_ms, c).toBeLessThan(3);
        console.log(
          `${c}: sidecar ${times.length} frames over ${(times.at(-1)! - times[0]).toFixed(0)} ms; webm ${pts.length} frames over ${(pts.at(-1)! - pts[0]).toFixed(0)} ms; first recorded frame at ${m.first_recorded_frame_ms!.toFixed(1)} ms (first seen ${times[0].toFixed(1)} ms), sidecar ↔ recorded frames median ${m.recorded_to_sidecar_ms!.toFixed(2)} ms apart`,
        );
      }
      const toml = readFileSync(join(dir, 'mocap.toml'), 'utf8');
      expect(toml).toMatch(/method = "none"/);
      expect(toml).toMatch(/start_s = \{ cam01 = 0\.0000, cam02 = -?\d+\.\d{4} \}/);
      // No [project] fps: it would space every camera's frames evenly instead of by their recorded times.
      expect(toml).not.toMatch(/\[project\]|\nfps =/);
      // A MediaRecorder WebM may store no frame rate (ffprobe: 1k tbr), and the CLI then measures it from the
      // frames' timestamps; Chromium 150 here has also written WebMs whose container gives 30 fps. Either way
      // the rate is a camera's, and below every frame keeps its own recorded time.
      const info = await probeVideo(join(dir, 'videos/cam01.webm'));
      console.log(
        'probe of the recorded cam01.webm:',
        JSON.stringify({ fps: info.fps, fpsSource: info.fpsSource, fpsGuessed: info.fpsGuessed, frames: info.frames }),
      );
      if (info.fpsSource === 'container') expect(info.fpsGuessed).not.toBe(true);
      expect(info.fps).toBeGreaterThan(10);
      expect(info.fps).toBeLessThan(61);
      const fps = info.fps;
      // The calibration of the recording goes beside it, then the CLI processes the folder as it is.
      writeFileSync(join(dir, 'calibration.toml'), readFileSync(join(sharedDataDir()!, 'pose2sim-demo/calibration/Calib_qualisys.toml')));
      await runProcess(dir, {});
      const p3d = decodePoints3dFile(new Uint8Array(readFileSync(join(dir, 'output/points3d.p3d')))).points;
      let ok = 0;
      const err: number[] = [];
      for (let i = 0; i < p3d.frames * p3d.joints; i++) {
        if (Number.isFinite(p3d.data[i * 3])) ok++;
        if (Number.isFinite(p3d.reprojectionErrorPx[i])) err.push(p3d.reprojectionErrorPx[i]);
      }
      err.sort((a, b) => a - b);
      const medianErr = err[err.length >> 1];
      console.log(
        `process on the take: ${p3d.frames} frames, ${ok} of ${p3d.frames * p3d.joints} joint positions, median reprojection error ${medianErr.toFixed(2)} px (calibration pixels)`,
      );
      expect(p3d.frames).toBeGreaterThan(10);
      expect(p3d.fps).toBeCloseTo(fps, 2);
      // Each camera's 2D carries its recorded frames' own times, and the 3D is on the reference camera's
      // recorded frame times (cam02 resampled onto them by its own times) — not on an even grid.
      const rel = (t: ArrayLike<number>): number[] => Array.from(t, (x) => x - t[0]);
      const recorded = {
        cam01: rel(await decodedTimesMs(join(dir, 'videos/cam01.webm'))),
        cam02: rel(await decodedTimesMs(join(dir, 'videos/cam02.webm'))),
      };
      const pose2d = new Map(readPose2dFolder(dir).map((s) => [s.camera, rel(s.timestampsMs)]));
      for (const c of ['cam01', 'cam02'] as const) {
        expect(pose2d.get(c)!.length, c).toBe(recorded[c].length);
        for (let k = 0; k < recorded[c].length; k++) expect(pose2d.get(c)![k], `${c} pose2d frame ${k}`).toBeCloseTo(recorded[c][k], 3);
      }
      const t3d = rel(p3d.timestampsMs);
      expect(t3d.length).toBe(recorded.cam01.length);
      for (let k = 0; k < t3d.length; k++) expect(t3d[k], `3D frame ${k}`).toBeCloseTo(recorded.cam01[k], 3);
      const span = t3d.at(-1)!;
      const offGrid = Math.max(...t3d.map((t, k) => Math.abs(t - (k * span) / (t3d.length - 1))));
      console.log(
        `recorded frame times: ${fps.toFixed(2)} fps measured from cam01.webm's timestamps; the 3D frames lie up to ${offGrid.toFixed(1)} ms off an even grid, as recorded`,
      );
      expect(offGrid).toBeGreaterThan(1);
      expect(ok / (p3d.frames * p3d.joints)).toBeGreaterThan(0.7);
      expect(medianErr).toBeLessThan(15);
      await page.close();
    },
    SLOW,
  );

  it(
    'a camera unplugged mid-take: the other camera records to the end, the take says which camera stopped when',
    async () => {
      const { page, state, dir, errors } = await recordTake(500);
      expect(errors).toEqual([]);
      expect(Object.keys(state.take!.stopped)).toEqual(['cam02']);
      const at = state.take!.stopped.cam02.atMs;
      expect(at).toBeGreaterThan(300);
      expect(at).toBeLessThan(1300);
      expect(state.messages.some((m) => /cam02 .*stopped .* s into the take/.test(m))).toBe(true);
      const take = JSON.parse(readFileSync(join(dir, 'take.json'), 'utf8')) as {
        duration_ms: number;
        cameras: Record<string, { last_frame_ms: number; stopped_at_ms: number | null; stop_reason: string | null }>;
      };
      expect(take.cameras.cam02.stopped_at_ms).toBeCloseTo(at, 3);
      expect(take.cameras.cam02.stop_reason).toMatch(/unplugged/);
      expect(take.cameras.cam01.stopped_at_ms).toBeNull();
      expect(take.cameras.cam02.last_frame_ms).toBeLessThanOrEqual(at + 1);
      expect(take.cameras.cam01.last_frame_ms).toBeGreaterThan(at + 300);
      // Both files are whole WebM files that decode to their last frame.
      const d1 = await decodedTimesMs(join(dir, 'videos/cam01.webm')),
        d2 = await decodedTimesMs(join(dir, 'videos/cam02.webm'));
      expect(d1.at(-1)! - d1[0]).toBeGreaterThan(d2.at(-1)! - d2[0] + 200);
      expect(d2.length).toBeGreaterThan(3);
      expect(readFileSync(join(dir, 'mocap.toml'), 'utf8')).toMatch(/# cam02 stopped at \d+\.\d\d s/);
      await page.close();
    },
    SLOW,
  );
});
