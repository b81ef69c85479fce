// The web app in a real browser (Debian's chromium via playwright-core, headless, wasm backend):
// it processes the demo session from files put into its file input and gets the same 3D as
// `openmocap process` on the same files; every export downloads and opens with our readers (GLB
// through gltf-validator); the session zip is read by the CLI as is; a camera whose video cannot be
// decoded shows a message naming the codec and a conversion command while the others carry on.
// The shared real recording gets the same 3D check (skipped when ../shared/data is absent).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
// @ts-expect-error gltf-validator ships no type declarations
import validator from 'gltf-validator';
import { buildDemoSession } from '../../src/demo/buildDemoSession.ts';
import { decodeC3d } from '../../src/formats/c3d.ts';
import { parseTrc } from '../../src/formats/trc.ts';
import { APP_ASSETS_DIR, startAppServer, type AppServer } from '../../src/server/startAppServer.ts';
import { runProcess } from '../../src/session/process.ts';
import { decodePoints3dFile } from '../../src/formats/points3dFile.ts';
import { sharedVideosDir } from '../../src/video/testVideos.ts';
import { findFfmpeg } from '../../src/video/ffmpeg.ts';
import { runCalibrateFromPerson } from '../../src/calibration/runCalibrateFromPerson.node.ts';
import { compareRigs } from '../../src/calibration/compareRigs.ts';
import { parseCalibrationToml } from '../../src/formats/calibrationToml.ts';
import { execFileSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const skipReason = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is not installed`
  : !existsSync(join(APP_ASSETS_DIR, 'index.html'))
    ? 'web-dist/ is not built (npm run build:web)'
    : '';
const SLOW = 900_000;

interface AppState {
  state: string;
  error: string | null;
  messages: string[];
  cameraErrors: Record<string, string>;
  backends: Record<string, { backend: string; detail: string }>;
  outputs: Record<string, number>;
  crossOriginIsolated: boolean;
}

/** Median distance (mm) between two Points3D files' joints, over joints present in both. */
function medianDistanceMm(a: Uint8Array, b: Uint8Array): { medianMm: number; n: number; frames: [number, number] } {
  const p = decodePoints3dFile(a).points,
    q = decodePoints3dFile(b).points;
  const d: number[] = [];
  for (let i = 0; i < Math.min(p.data.length, q.data.length); i += 3) {
    const x = Math.hypot(p.data[i] - q.data[i], p.data[i + 1] - q.data[i + 1], p.data[i + 2] - q.data[i + 2]);
    if (Number.isFinite(x)) d.push(x * 1000);
  }
  d.sort((u, v) => u - v);
  return { medianMm: d.length ? d[d.length >> 1] : NaN, n: d.length, frames: [p.frames, q.frames] };
}

/** The session's input files (videos, calibration, mocap.toml) as the user would pick them. */
function inputFiles(dir: string): string[] {
  const videos = readdirSync(join(dir, 'videos'))
    .filter((f) => f.endsWith('.mp4'))
    .map((f) => join(dir, 'videos', f));
  return [...videos, ...['calibration.toml', 'mocap.toml'].map((f) => join(dir, f)).filter(existsSync)];
}

/** A copy of a session's inputs only (no pose2d/, output/), for the CLI run. */
function copyInputs(src: string, dst: string): string {
  mkdirSync(join(dst, 'videos'), { recursive: true });
  for (const f of inputFiles(src)) cpSync(f, join(dst, f.slice(src.length + 1)));
  return dst;
}

describe.skipIf(!!skipReason)(`web app in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: Browser;
  let server: AppServer;
  let root: string;
  let demo: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    root = mkdtempSync(join(tmpdir(), 'openmocap-web-'));
    demo = join(root, 'demo');
    await buildDemoSession(demo, { frames: 30 });
    server = await startAppServer({});
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** Opens the app, puts the files into its file input, presses "process" and waits for the end. */
  async function processInPage(files: string[], query = 'backend=wasm'): Promise<{ page: Page; state: AppState; errors: string[] }> {
    const page = await browser.newPage({ acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}?${query}`);
    await page.setInputFiles('#files', files);
    await page.waitForFunction(() => (window as unknown as { openmocapApp: AppState }).openmocapApp.state !== 'idle');
    await page.click('#process');
    await page.waitForFunction(
      () => ['done', 'failed', 'cancelled'].includes((window as unknown as { openmocapApp: AppState }).openmocapApp.state),
      undefined,
      { timeout: SLOW, polling: 500 },
    );
    const state = await page.evaluate(() => {
      const a = (window as unknown as { openmocapApp: AppState }).openmocapApp;
      return {
        state: a.state,
        error: a.error,
        messages: a.messages,
        cameraErrors: a.cameraErrors,
        backends: a.backends,
        outputs: a.outputs,
        crossOriginIsolated: a.crossOriginIsolated,
      };
    });
    return { page, state, errors };
  }

  const outputOf = async (page: Page, file: string): Promise<Uint8Array> => {
    const b64 = await page.evaluate(
      (f) => (window as unknown as { openmocapApp: { outputBase64(f: string): string | null } }).openmocapApp.outputBase64(f),
      file,
    );
    expect(b64, `${file} in the page's outputs`).toBeTruthy();
    return new Uint8Array(Buffer.from(b64!, 'base64'));
  };

  it(
    'processes the demo session from its file input: same 3D as openmocap process (wasm both), exports download and open, the zip is a session the CLI reads',
    async () => {
      const { page, state, errors } = await processInPage(inputFiles(demo));
      expect(state.error).toBeNull();
      expect(state.state).toBe('done');
      expect(errors).toEqual([]);
      expect(state.crossOriginIsolated).toBe(true);
      for (const b of Object.values(state.backends)) expect(b.backend).toBe('wasm');
      expect(Object.keys(state.backends).sort()).toEqual(['cam01', 'cam02', 'cam03', 'cam04']);
      // The page says which backend runs.
      expect(await page.textContent('#backend-info')).toMatch(/tfjs wasm \(SIMD/);

      const cli = copyInputs(demo, join(root, 'demo-cli'));
      await runProcess(cli, {});
      const web = await outputOf(page, 'output/points3d.p3d');
      const cmp = medianDistanceMm(web, new Uint8Array(readFileSync(join(cli, 'output/points3d.p3d'))));
      expect(cmp.frames).toEqual([30, 30]);
      expect(cmp.n).toBeGreaterThan(300);
      expect(cmp.medianMm).toBeLessThan(2);
      // The page ran the sync stage too (same pure sync, same [sync] settings): output/sync.json as the CLI's.
      const webSync = JSON.parse(new TextDecoder().decode(await outputOf(page, 'output/sync.json'))) as {
        reference: string;
        cameras: Record<string, { start_s: number; method: string }>;
      };
      const cliSync = JSON.parse(readFileSync(join(cli, 'output/sync.json'), 'utf8')) as typeof webSync;
      expect(webSync.reference).toBe(cliSync.reference);
      expect(Object.keys(webSync.cameras).sort()).toEqual(['cam01', 'cam02', 'cam03', 'cam04']);
      for (const [c, k] of Object.entries(cliSync.cameras)) {
        expect(webSync.cameras[c].method, c).toBe(k.method);
        expect(Math.abs(webSync.cameras[c].start_s - k.start_s), c).toBeLessThan(0.25 / 30);
      }

      // Every export is a download link that delivers a file our readers (and gltf-validator) accept.
      const links = await page.$$eval('#downloads a', (as) => as.map((a) => (a as HTMLAnchorElement).dataset.file!));
      for (const f of [
        'points3d.trc',
        'points3d.c3d',
        'points3d.csv',
        'skeleton.bvh',
        'skeleton.glb',
        'joint_angles.csv',
        'centre_of_mass.csv',
        'report.html',
      ])
        expect(links).toContain(`output/${f}`);
      const download = async (file: string): Promise<Buffer> => {
        const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`#downloads a[data-file="${file}"]`)]);
        const path = join(root, 'downloads', file.split('/').pop()!);
        await dl.saveAs(path);
        return readFileSync(path);
      };
      const trc = parseTrc((await download('output/points3d.trc')).toString('utf8'));
      expect(trc.frames).toBe(30);
      expect(trc.markers.length).toBe(17);
      const glbReport = (await validator.validateBytes(new Uint8Array(await download('output/skeleton.glb')))) as {
        issues: { numErrors: number };
      };
      expect(glbReport.issues.numErrors).toBe(0);
      expect(decodeC3d(new Uint8Array(await download('output/points3d.c3d'))).frames).toBe(30);
      expect((await download('output/report.html')).toString('utf8')).toMatch(/<html/i);
      expect((await download('output/skeleton.bvh')).toString('utf8')).toMatch(/^HIERARCHY/);
      expect((await download('output/joint_angles.csv')).toString('utf8').split('\n').length).toBeGreaterThan(30);

      // The viewer opens on the result, in a frame.
      const frame = page.frameLocator('#viewer');
      await expect.poll(async () => (await frame.locator('#status').textContent()) ?? '', { timeout: 120_000 }).toMatch(/30 frames/);
      // Its joints are coloured on the report's scale (error as a share of the subject's size), and its legend says so.
      expect(await frame.locator('#legend').textContent()).toMatch(/share of the subject's size \(\d+\s*px\)/);

      // "download session": a zip the CLI processes as is, keeping the page's 2D keypoints.
      const [zipDl] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('#zip')]);
      const zipPath = join(root, 'session.zip');
      await zipDl.saveAs(zipPath);
      const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
      const unzipped = join(root, 'unzipped');
      for (const [name, bytes] of Object.entries(entries)) {
        mkdirSync(dirname(join(unzipped, name)), { recursive: true });
        writeFileSync(join(unzipped, name), bytes);
      }
      const sessionDir = join(unzipped, readdirSync(unzipped)[0]);
      expect(readdirSync(join(sessionDir, 'videos')).sort()).toEqual(['cam01.mp4', 'cam02.mp4', 'cam03.mp4', 'cam04.mp4']);
      expect(JSON.parse(readFileSync(join(sessionDir, 'output/sync.json'), 'utf8'))).toEqual(webSync);
      const summary = await runProcess(sessionDir, {});
      const detect = summary.stages.filter((s) => s.stage.startsWith('detect:'));
      expect(detect.map((s) => s.status)).toEqual(['adopted', 'adopted', 'adopted', 'adopted']);
      const again = medianDistanceMm(web, new Uint8Array(readFileSync(join(sessionDir, 'output/points3d.p3d'))));
      expect(again.medianMm).toBeLessThan(2);
      await page.close();
    },
    SLOW,
  );

  it(
    'a camera whose video cannot be decoded gets a message (codec and an ffmpeg command) and the other cameras carry on',
    async () => {
      const dir = copyInputs(demo, join(root, 'broken'));
      // cam02: bytes that are no video at all; cam04: a real MP4 in a codec WebCodecs does not decode (MPEG-4 Part 2).
      writeFileSync(join(dir, 'videos', 'cam02.mp4'), Buffer.from('this is not a video\n'.repeat(100)));
      let codecCase = false;
      try {
        const ff = findFfmpeg();
        execFileSync(ff.ffmpeg, [
          '-v',
          'error',
          '-y',
          '-i',
          join(demo, 'videos', 'cam04.mp4'),
          '-c:v',
          'mpeg4',
          '-q:v',
          '3',
          join(dir, 'videos', 'cam04.mp4'),
        ]);
        codecCase = true;
      } catch {
        // no ffmpeg: only the undecodable bytes are checked
      }
      const { page, state } = await processInPage(inputFiles(dir));
      expect(state.state).toBe('done');
      expect(state.cameraErrors.cam02).toMatch(/cam02\.mp4/);
      expect(state.cameraErrors.cam02).toMatch(/ffmpeg -i "cam02\.mp4"/);
      if (codecCase) {
        expect(state.cameraErrors.cam04).toMatch(/cam04\.mp4: this browser cannot decode its codec "mp4v/);
        expect(state.cameraErrors.cam04).toMatch(/-c:v libx264/);
      }
      expect(state.cameraErrors.cam01).toBeUndefined();
      expect(state.cameraErrors.cam03).toBeUndefined();
      // The messages are on the page, and the 3D came from the cameras that worked.
      expect(await page.textContent('#messages')).toContain('cam02.mp4');
      expect(state.outputs['output/points3d.p3d']).toBeGreaterThan(0);
      const meta = decodePoints3dFile(await outputOf(page, 'output/points3d.p3d')).meta as { cameras: string[] };
      expect(meta.cameras).toEqual(codecCase ? ['cam01', 'cam03'] : ['cam01', 'cam03', 'cam04']);
      await page.close();
    },
    SLOW,
  );

  it(
    'cancel stops the detection workers and says so; process runs again afterwards',
    async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}?backend=wasm`);
      await page.setInputFiles('#files', inputFiles(demo));
      await page.waitForFunction(() => (window as unknown as { openmocapApp: AppState }).openmocapApp.state === 'ready');
      await page.click('#process');
      // Cancel once the first camera has started.
      await page.waitForFunction(() => /frame \d+/.test(document.querySelector('#cameras')?.textContent ?? ''), undefined, {
        timeout: 120_000,
      });
      await page.click('#cancel');
      await page.waitForFunction(() => (window as unknown as { openmocapApp: AppState }).openmocapApp.state === 'cancelled', undefined, {
        timeout: 60_000,
      });
      expect(await page.textContent('#messages')).toContain('cancelled');
      expect(await page.isEnabled('#process')).toBe(true);
      expect(await page.isEnabled('#cancel')).toBe(false);
      await page.close();
    },
    SLOW,
  );

  it(
    'videos alone: the page calibrates the cameras from the person (as calibrate --from-person), shows the summary and produces 3D',
    async () => {
      // 60 frames of the demo's mixed motion (walking in place, then a squat).
      const dir = join(root, 'demo-fp');
      await buildDemoSession(dir, { frames: 60 });
      const truth = parseCalibrationToml(readFileSync(join(dir, 'calibration.toml'), 'utf8'));
      rmSync(join(dir, 'calibration.toml'));
      const files = inputFiles(dir);
      expect(files.some((f) => /calibration/.test(f))).toBe(false);
      const { page, state, errors } = await processInPage(files);
      expect(state.error).toBeNull();
      expect(state.state).toBe('done');
      expect(errors).toEqual([]);
      // The summary is on the page: cameras placed, reprojection error, warnings (the guessed lenses).
      const summary = (await page.textContent('#from-person')) ?? '';
      expect(summary).toMatch(/Calibrated from the person \(found with movenet-thunder\)/);
      expect(summary).toMatch(/reprojection \d+\.\d+ px/);
      expect(summary).toMatch(/^cam04 +\d+/m);
      expect(summary).toMatch(/warning: no lens calibration for cam01, cam02, cam03, cam04/);
      expect(await page.textContent('#stages')).toMatch(/4 cameras placed from the person/);
      const links = await page.$$eval('#downloads a', (as) => as.map((a) => (a as HTMLAnchorElement).dataset.file!));
      expect(links).toContain('calibration.toml');
      const pageRig = parseCalibrationToml(new TextDecoder().decode(await outputOf(page, 'calibration.toml')));
      expect(pageRig.cameras.map((c) => c.name)).toEqual(['cam01', 'cam02', 'cam03', 'cam04']);
      // Against the demo's true calibration (rotations between camera pairs: the world frame differs).
      const vsTruth = compareRigs(pageRig, truth);
      // The CLI on the same files (the same model on wasm gives the same keypoints; the same pure solve).
      const cli = join(root, 'demo-fp-cli');
      copyInputs(dir, cli);
      const cliSummary = await runCalibrateFromPerson(cli, {});
      const cliRig = parseCalibrationToml(readFileSync(cliSummary.file, 'utf8'));
      const vsCli = compareRigs(pageRig, cliRig);
      const pairs = (c: typeof vsTruth) => c.pairs.map((p) => `${p.a}-${p.b} ${p.rotationDiffDeg.toFixed(2)}°`).join(', ');
      console.log(
        `from-person in the page: vs truth ${pairs(vsTruth)}; vs the CLI max ${vsCli.maxRotationDiffDeg.toFixed(4)}°, ${vsCli.maxDistanceDiffPct.toFixed(3)} %`,
      );
      // The demo's side camera cam02 sees the stick figure in profile, where left and right are ambiguous:
      // `openmocap calibrate --from-person` itself puts it ~90° off on this take (measured 96° with the
      // CLI), so the truth is checked on the other cameras, at the few degrees the CLI gets on them
      // (1.8–4.5° with guessed lenses; the synthetic-keypoint tests' 0.5° use the true lenses and exact
      // keypoints), and cam02 by agreeing with the CLI below.
      for (const p of vsTruth.pairs.filter((p) => p.a !== 'cam02' && p.b !== 'cam02'))
        expect(p.rotationDiffDeg, `${p.a}-${p.b}`).toBeLessThan(6);
      // Same keypoints (same model on wasm in both: the page's 2D equals the CLI's), same pure solve:
      // the rigs agree to float rounding; 0.05° / 0.1 % leaves room for the last bits of the sums.
      expect(vsCli.maxRotationDiffDeg).toBeLessThan(0.05);
      expect(Math.abs(vsCli.maxDistanceDiffPct)).toBeLessThan(0.1);
      // The pipeline went on: 3D from the page's own calibration, as the CLI's process after calibrate --from-person.
      await runProcess(cli, {});
      const cmp = medianDistanceMm(
        await outputOf(page, 'output/points3d.p3d'),
        new Uint8Array(readFileSync(join(cli, 'output/points3d.p3d'))),
      );
      expect(cmp.frames).toEqual([60, 60]);
      expect(cmp.n).toBeGreaterThan(600);
      expect(cmp.medianMm).toBeLessThan(2);
      await page.close();
    },
    SLOW,
  );

  it(
    'WebM (VP9) and MKV videos: demuxed with mediabunny, decoded with WebCodecs; same 3D as openmocap process on the same files',
    async () => {
      let ff: string;
      try {
        ff = findFfmpeg().ffmpeg;
        execFileSync(ff, ['-hide_banner', '-encoders'], { encoding: 'utf8' }).includes('libvpx-vp9') || (ff = '');
      } catch {
        ff = '';
      }
      if (!ff) {
        console.log('skipped: no ffmpeg with libvpx-vp9 to make the WebM videos');
        return;
      }
      const dir = join(root, 'webm');
      mkdirSync(join(dir, 'videos'), { recursive: true });
      cpSync(join(demo, 'calibration.toml'), join(dir, 'calibration.toml'));
      cpSync(join(demo, 'mocap.toml'), join(dir, 'mocap.toml'));
      // cam01–cam03 as WebM, cam04 as Matroska (.mkv), all VP9 by libvpx-vp9.
      for (const [cam, ext] of [
        ['cam01', 'webm'],
        ['cam02', 'webm'],
        ['cam03', 'webm'],
        ['cam04', 'mkv'],
      ]) {
        execFileSync(ff, [
          '-v',
          'error',
          '-y',
          '-i',
          join(demo, 'videos', `${cam}.mp4`),
          '-c:v',
          'libvpx-vp9',
          '-crf',
          '24',
          '-b:v',
          '0',
          '-deadline',
          'good',
          '-cpu-used',
          '4',
          '-an',
          join(dir, 'videos', `${cam}.${ext}`),
        ]);
      }
      const files = [
        ...readdirSync(join(dir, 'videos')).map((f) => join(dir, 'videos', f)),
        join(dir, 'calibration.toml'),
        join(dir, 'mocap.toml'),
      ];
      const { page, state, errors } = await processInPage(files);
      expect(state.error).toBeNull();
      expect(state.cameraErrors).toEqual({});
      expect(state.state).toBe('done');
      expect(errors).toEqual([]);
      // The CLI (ffmpeg's VP9 decoder) on the same files: VP9 decoding is exact, so the same 2D and 3D.
      const cli = join(root, 'webm-cli');
      cpSync(dir, cli, { recursive: true });
      await runProcess(cli, {});
      const cmp = medianDistanceMm(
        await outputOf(page, 'output/points3d.p3d'),
        new Uint8Array(readFileSync(join(cli, 'output/points3d.p3d'))),
      );
      console.log(`WebM/MKV in the page vs the CLI: ${cmp.medianMm.toFixed(4)} mm median over ${cmp.n} joints`);
      expect(cmp.frames).toEqual([30, 30]);
      expect(cmp.n).toBeGreaterThan(300);
      expect(cmp.medianMm).toBeLessThan(2);
      // Each frame keeps its timestamp: the page's 2D timestamps are the CLI's (30 fps, from 0).
      const webPose = await outputOf(page, 'pose2d/cam04.pose2d');
      const { decodePose2d } = await import('../../src/formats/pose2d.ts');
      const w = decodePose2d(webPose, 'cam04'),
        c = decodePose2d(new Uint8Array(readFileSync(join(cli, 'pose2d', 'cam04.pose2d'))), 'cam04');
      expect(w.frames).toBe(30);
      for (let i = 0; i < w.frames; i++) expect(Math.abs(w.timestampsMs[i] - c.timestampsMs[i])).toBeLessThan(1.01);
      await page.close();
    },
    SLOW,
  );

  const real = sharedVideosDir();
  it.skipIf(!real)(
    `the shared real recording: same 3D as openmocap process within 2 mm median${real ? '' : ' (skipped: ../shared/data/pose2sim-demo is absent)'}`,
    async () => {
      const dir = join(root, 'real');
      mkdirSync(join(dir, 'videos'), { recursive: true });
      for (const f of readdirSync(real!)) cpSync(join(real!, f), join(dir, 'videos', f));
      cpSync(join(real!, '..', '..', 'calibration', 'Calib_qualisys.toml'), join(dir, 'calibration.toml'));
      const { page, state } = await processInPage(inputFiles(dir));
      expect(state.error).toBeNull();
      expect(state.state).toBe('done');
      const cli = copyInputs(dir, join(root, 'real-cli'));
      await runProcess(cli, {});
      const cmp = medianDistanceMm(
        await outputOf(page, 'output/points3d.p3d'),
        new Uint8Array(readFileSync(join(cli, 'output/points3d.p3d'))),
      );
      expect(cmp.frames).toEqual([100, 100]);
      expect(cmp.medianMm).toBeLessThan(2);
      await page.close();
    },
    SLOW,
  );
});
