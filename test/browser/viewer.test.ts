// The viewer in a real browser (Debian's chromium via playwright-core): it loads a demo session,
// plays, draws a non-blank 3D view and the videos, scrubbing moves the skeleton, partial sessions
// say what is missing, and the page logs no errors. Screenshots: test-output/screenshots/.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startViewerServer, VIEWER_ASSETS_DIR, type ViewerServer } from '../../src/server/startViewerServer.ts';
import { buildViewerSession, type ViewerSession } from './buildViewerSession.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
const SCREENSHOTS = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));
const skipReason = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is not installed`
  : !existsSync(join(VIEWER_ASSETS_DIR, 'index.html'))
    ? 'viewer-dist/ is not built (npm run build:viewer)'
    : '';
const FRAMES = 40;
/** Per-test limit: a page load on a busy 2-core machine with software GL takes tens of seconds. */
const SLOW = 240_000;
const SHARED_DEMO = fileURLToPath(new URL('../../../shared/data/pose2sim-demo/', import.meta.url));

interface Opened {
  page: Page;
  server: ViewerServer;
  errors: string[];
}

type Win = { openmocapViewer: import('../../src/viewer/main.ts').ViewerHandle };

/** Pixel statistics of the 3D canvas: share of pixels off the background, side-coloured bone pixels, and a 48×27 grey signature. */
async function view3dPixels(
  page: Page,
): Promise<{ offBackground: number; blue: number; red: number; orange: number; cyan: number; signature: number[] }> {
  return page.evaluate(() => {
    const src = document.querySelector('#view3d canvas') as HTMLCanvasElement;
    const c = document.createElement('canvas');
    c.width = src.width;
    c.height = src.height;
    const g = c.getContext('2d')!;
    g.drawImage(src, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let off = 0,
      blue = 0,
      red = 0,
      orange = 0,
      cyan = 0;
    for (let i = 0; i < d.length; i += 4) {
      const r = d[i],
        gr = d[i + 1],
        b = d[i + 2];
      if (Math.abs(r - 0x11) + Math.abs(gr - 0x13) + Math.abs(b - 0x18) > 30) off++;
      if (b > r + 60 && b > gr + 20) blue++;
      if (r > gr + 90 && r > b + 90) red++;
      if (r > 180 && gr > 110 && gr < 190 && b < 60) orange++;
      if (r < 160 && gr > 170 && b > 190) cyan++;
    }
    const s = document.createElement('canvas');
    s.width = 48;
    s.height = 27;
    const sg = s.getContext('2d')!;
    sg.drawImage(src, 0, 0, 48, 27);
    const sd = sg.getImageData(0, 0, 48, 27).data;
    const signature: number[] = [];
    for (let i = 0; i < sd.length; i += 4) signature.push(Math.round((sd[i] + sd[i + 1] + sd[i + 2]) / 3));
    return { offBackground: off / (c.width * c.height), blue, red, orange, cyan, signature };
  });
}

/** For each video: presented size, grey-level spread of its picture, and opaque pixels of its overlay canvas. */
async function videoPixels(page: Page): Promise<{ width: number; spread: number; overlay: number; time: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.video-box')].map((box) => {
      const v = box.querySelector('video')!;
      const o = box.querySelector('canvas')!;
      const c = document.createElement('canvas');
      c.width = 64;
      c.height = 48;
      const g = c.getContext('2d')!;
      g.drawImage(v, 0, 0, 64, 48);
      const d = g.getImageData(0, 0, 64, 48).data;
      let sum = 0,
        sum2 = 0;
      for (let i = 0; i < d.length; i += 4) {
        const y = (d[i] + d[i + 1] + d[i + 2]) / 3;
        sum += y;
        sum2 += y * y;
      }
      const n = d.length / 4;
      const od = o.getContext('2d')!.getImageData(0, 0, o.width, o.height).data;
      let overlay = 0;
      for (let i = 3; i < od.length; i += 4) if (od[i] > 0) overlay++;
      return { width: v.videoWidth, spread: Math.sqrt(Math.max(0, sum2 / n - (sum / n) ** 2)), overlay, time: v.currentTime };
    }),
  );
}

const changedShare = (a: number[], b: number[]): number => a.filter((v, i) => Math.abs(v - b[i]) > 6).length / a.length;

describe.skipIf(skipReason !== '')(`viewer in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: Browser;
  let tmp: string;
  let session: ViewerSession;
  const opened: Opened[] = [];

  async function open(dir: string, name: string): Promise<Opened> {
    const server = await startViewerServer({ sessionDir: dir });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) => {
      // A <video> abandons range requests when it seeks; that is not an error.
      if (r.resourceType() === 'media' && r.failure()?.errorText === 'net::ERR_ABORTED') return;
      errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(server.url);
    await page.waitForFunction(
      () => (window as unknown as Win).openmocapViewer?.ready || (window as unknown as Win).openmocapViewer?.error,
      null,
      { timeout: 60_000 },
    );
    const error = await page.evaluate(() => (window as unknown as Win).openmocapViewer.error);
    expect(error, `viewer failed to start on ${name}`).toBeNull();
    const o = { page, server, errors };
    opened.push(o);
    return o;
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    tmp = mkdtempSync(join(tmpdir(), 'omc-viewer-'));
    session = await buildViewerSession(join(tmp, 'demo'), { frames: FRAMES });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    for (const o of opened) await o.server.close();
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  describe('a complete demo session', () => {
    let o: Opened;
    beforeAll(async () => {
      o = await open(session.dir, 'demo');
    });

    it(
      'loads the 3D points of every frame and has nothing missing',
      async () => {
        const h = await o.page.evaluate(() => ({
          frames: (window as unknown as Win).openmocapViewer.frames,
          messages: (window as unknown as Win).openmocapViewer.messages,
        }));
        expect(h.frames).toBe(FRAMES);
        expect(h.messages.join(' ')).not.toMatch(/no 3D points|no videos|no calibration/);
        expect(await o.page.locator('#status').textContent()).toMatch(new RegExp(`${FRAMES} frames · (17|26) joints`));
        // With E's pipeline the report's joint angles are plotted; otherwise they are computed in the browser.
        const title = await o.page.locator('.plot-title').first().textContent();
        expect(title).toMatch(session.pipeline === 'runProcess' ? /from report\.json/ : /computed from the 3D points/);
        if (session.pipeline === 'runProcess') {
          const href = await o.page.locator('#report-link').getAttribute('href');
          expect(href).toBe('session/output/report.html');
          expect((await o.page.request.get(new URL(href!, o.server.url).href)).status()).toBe(200);
        }
      },
      SLOW,
    );

    it(
      'draws the skeleton, the grid and the camera frustums (the 3D canvas is not blank)',
      async () => {
        await o.page.waitForTimeout(300);
        const px = await view3dPixels(o.page);
        expect(px.offBackground).toBeGreaterThan(0.01);
        expect(px.blue).toBeGreaterThan(30); // left-side bones
        expect(px.red).toBeGreaterThan(30); // right-side bones
        expect(px.orange).toBeGreaterThan(30); // camera frustums
        await o.page.screenshot({ path: join(SCREENSHOTS, 'viewer-demo-start.png') });
      },
      SLOW,
    );

    it(
      'plays: the frame advances, the videos show frames with overlays drawn over them',
      async () => {
        await o.page.waitForFunction(() => (window as unknown as Win).openmocapViewer.pose2dLoaded, null, { timeout: 60_000 });
        expect(await o.page.locator('.video-tile figcaption').allTextContents()).toEqual(['cam01', 'cam02', 'cam03', 'cam04']);
        await o.page.click('#play');
        await o.page.waitForFunction(() => (window as unknown as Win).openmocapViewer.frame >= 8, null, { timeout: 60_000 });
        await o.page.waitForFunction(() => (window as unknown as Win).openmocapViewer.videosPresented() === 4, null, { timeout: 60_000 });
        const videos = await videoPixels(o.page);
        expect(videos).toHaveLength(4);
        for (const v of videos) {
          expect(v.width).toBe(320);
          expect(v.spread).toBeGreaterThan(8); // a picture, not a uniform/black frame
          expect(v.overlay).toBeGreaterThan(100); // keypoints and reprojected skeleton drawn
          expect(v.time).toBeGreaterThan(0.1);
        }
        await o.page.screenshot({ path: join(SCREENSHOTS, 'viewer-demo-playing.png') });
        await o.page.click('#play');
        expect(await o.page.evaluate(() => (window as unknown as Win).openmocapViewer.playing)).toBe(false);
      },
      SLOW,
    );

    it(
      'scrubbing moves the skeleton, the plot cursors and the videos',
      async () => {
        const scrubTo = async (f: number): Promise<void> => {
          await o.page.evaluate((frame) => {
            const s = document.getElementById('scrub') as HTMLInputElement;
            s.value = String(frame);
            s.dispatchEvent(new Event('input', { bubbles: true }));
          }, f);
          await o.page.waitForFunction((frame) => (window as unknown as Win).openmocapViewer.frame === frame, f);
          // Videos follow when paused: seeked to the frame.
          await o.page.waitForFunction(
            (frame) => (window as unknown as Win).openmocapViewer.videoTimes().every((t) => Math.abs(t - (frame + 0.25) / 30) < 0.03),
            f,
            { timeout: 30_000 },
          );
          await o.page.waitForTimeout(200);
        };
        const wrist = await o.page.evaluate(() => 10); // RWrist in HALPE-26
        await scrubTo(0);
        const a = await view3dPixels(o.page);
        const ja = await o.page.evaluate((j) => (window as unknown as Win).openmocapViewer.jointOnScreen(j), wrist);
        const cursorA = await o.page
          .locator('.plot-cursor')
          .first()
          .evaluate((el) => (el as HTMLElement).style.transform);
        await o.page.screenshot({ path: join(SCREENSHOTS, 'viewer-demo-frame0.png') });
        await scrubTo(FRAMES - 1);
        const b = await view3dPixels(o.page);
        const jb = await o.page.evaluate((j) => (window as unknown as Win).openmocapViewer.jointOnScreen(j), wrist);
        const cursorB = await o.page
          .locator('.plot-cursor')
          .first()
          .evaluate((el) => (el as HTMLElement).style.transform);
        await o.page.screenshot({ path: join(SCREENSHOTS, 'viewer-demo-last-frame.png') });
        expect(ja).not.toBeNull();
        expect(jb).not.toBeNull();
        expect(Math.hypot(ja![0] - jb![0], ja![1] - jb![1])).toBeGreaterThan(3);
        expect(changedShare(a.signature, b.signature)).toBeGreaterThan(0.002);
        expect(cursorA).not.toBe(cursorB);
      },
      SLOW,
    );

    it(
      'steps frames with the arrow keys',
      async () => {
        await o.page.evaluate(() => (window as unknown as Win).openmocapViewer.seek(5));
        await o.page.locator('#view3d').click({ position: { x: 5, y: 5 } });
        await o.page.keyboard.press('ArrowRight');
        expect(await o.page.evaluate(() => (window as unknown as Win).openmocapViewer.frame)).toBe(6);
        await o.page.keyboard.press('Shift+ArrowRight');
        expect(await o.page.evaluate(() => (window as unknown as Win).openmocapViewer.frame)).toBe(16);
        await o.page.keyboard.press('ArrowLeft');
        expect(await o.page.evaluate(() => (window as unknown as Win).openmocapViewer.frame)).toBe(15);
        await o.page.keyboard.press('Space');
        expect(await o.page.evaluate(() => (window as unknown as Win).openmocapViewer.playing)).toBe(true);
        await o.page.keyboard.press('Space');
        expect(await o.page.evaluate(() => (window as unknown as Win).openmocapViewer.playing)).toBe(false);
        // A click on a plot jumps to that time.
        const area = (await o.page.locator('.plot-area').first().boundingBox())!;
        await o.page.mouse.click(area.x + area.width * 0.75, area.y + area.height / 2);
        const f = await o.page.evaluate(() => (window as unknown as Win).openmocapViewer.frame);
        expect(f).toBeGreaterThan(FRAMES * 0.55);
        expect(f).toBeLessThan(FRAMES * 0.8);
      },
      SLOW,
    );

    it(
      'hovering a camera video highlights that camera in the 3D view',
      async () => {
        const before = await view3dPixels(o.page);
        await o.page.hover('.video-tile >> nth=0');
        await o.page.waitForTimeout(400);
        const during = await view3dPixels(o.page);
        await o.page.mouse.move(2, 2);
        await o.page.waitForTimeout(400);
        const after = await view3dPixels(o.page);
        expect(during.cyan).toBeGreaterThan(before.cyan + 20);
        expect(during.orange).toBeLessThan(before.orange);
        expect(after.cyan).toBeLessThan(during.cyan);
      },
      SLOW,
    );

    it('logged no errors', () => {
      expect(o.errors).toEqual([]);
    });
  });

  describe('partial sessions say what is missing', () => {
    it(
      'no 3D yet: the videos and cameras are shown, and the 3D panel says to run process',
      async () => {
        const dir = join(tmp, 'no-3d');
        cpSync(session.dir, dir, { recursive: true, filter: (src) => !src.includes(`${join(session.dir, 'output')}`) });
        const o = await open(dir, 'no-3d');
        await expect.poll(() => o.page.locator('#view3d-empty').isVisible()).toBe(true);
        expect(await o.page.locator('#view3d-empty').textContent()).toMatch(/No 3D points yet: run "openmocap process no-3d"/);
        expect(await o.page.locator('#messages').textContent()).toMatch(/no 3D points yet/);
        await o.page.waitForFunction(() => (window as unknown as Win).openmocapViewer.videosPresented() === 4, null, { timeout: 60_000 });
        expect((await view3dPixels(o.page)).orange).toBeGreaterThan(30); // frustums still drawn
        await o.page.screenshot({ path: join(SCREENSHOTS, 'viewer-no-3d.png') });
        expect(o.errors).toEqual([]);
      },
      SLOW,
    );

    it(
      'no videos: the 3D view and plots are shown, and the video panel says there are none',
      async () => {
        const dir = join(tmp, 'no-videos');
        cpSync(session.dir, dir, { recursive: true, filter: (src) => !src.includes(`${join(session.dir, 'videos')}`) });
        const o = await open(dir, 'no-videos');
        await expect.poll(() => o.page.locator('#videos-empty').isVisible()).toBe(true);
        expect(await o.page.locator('#messages').textContent()).toMatch(/no videos/);
        const px = await view3dPixels(o.page);
        expect(px.blue).toBeGreaterThan(30);
        expect(await o.page.locator('.plot').count()).toBeGreaterThan(0);
        await o.page.screenshot({ path: join(SCREENSHOTS, 'viewer-no-videos.png') });
        expect(o.errors).toEqual([]);
      },
      SLOW,
    );

    it(
      'only a TRC file: the pure TRC parser feeds the 3D view (no error colours), cameras and videos still shown',
      async () => {
        const dir = join(tmp, 'trc-only');
        cpSync(session.dir, dir, { recursive: true, filter: (src) => !src.endsWith('.p3d') });
        const o = await open(dir, 'trc-only');
        expect(await o.page.locator('#status').textContent()).toMatch(/output\/points3d\.trc/);
        expect(await o.page.evaluate(() => (window as unknown as Win).openmocapViewer.frames)).toBe(FRAMES);
        expect(await o.page.locator('#legend').isVisible()).toBe(false);
        await o.page.waitForTimeout(300);
        const px = await view3dPixels(o.page);
        expect(px.blue).toBeGreaterThan(30);
        expect(px.red).toBeGreaterThan(30);
        // TRC (Pose2Sim axes, undone in the browser) and .p3d give the same skeleton in world coordinates.
        const wristAt = (p: Page): Promise<[number, number, number] | null> =>
          p.evaluate(() => {
            (window as unknown as Win).openmocapViewer.seek(7);
            return (window as unknown as Win).openmocapViewer.jointPosition(10);
          });
        const fromTrc = await wristAt(o.page);
        const fromP3d = await wristAt(opened[0].page);
        expect(fromTrc).not.toBeNull();
        for (let c = 0; c < 3; c++) expect(fromTrc![c]).toBeCloseTo(fromP3d![c], 5);
        expect(await o.page.evaluate(() => (window as unknown as Win).openmocapViewer.jointOnScreen(10))).not.toBeNull();
        await o.page.screenshot({ path: join(SCREENSHOTS, 'viewer-trc-only.png') });
        expect(o.errors).toEqual([]);
      },
      SLOW,
    );

    it.skipIf(!existsSync(SHARED_DEMO))(
      'the real four-camera lab recording (calibration + videos only): portrait videos play, frustums from the Qualisys calibration',
      async () => {
        const dir = join(tmp, 'real');
        mkdirSync(join(dir, 'videos'), { recursive: true });
        for (const c of ['cam01', 'cam02', 'cam03', 'cam04'])
          cpSync(join(SHARED_DEMO, 'single-person', 'videos', `${c}.mp4`), join(dir, 'videos', `${c}.mp4`));
        cpSync(join(SHARED_DEMO, 'calibration', 'Calib_qualisys.toml'), join(dir, 'calibration.toml'));
        const o = await open(dir, 'real');
        // 100 frames at 60 fps, as ffprobe reports them (not guessed from the duration).
        expect(
          await o.page.evaluate(() => [(window as unknown as Win).openmocapViewer.frames, (window as unknown as Win).openmocapViewer.fps]),
        ).toEqual([100, 60]);
        expect(await o.page.locator('#messages').textContent()).toMatch(/no 3D points yet/);
        await o.page.click('#play');
        await o.page.waitForFunction(() => (window as unknown as Win).openmocapViewer.videosPresented() === 4, null, { timeout: 60_000 });
        await o.page.waitForFunction(() => (window as unknown as Win).openmocapViewer.frame >= 10, null, { timeout: 60_000 });
        await o.page.click('#play');
        const videos = await videoPixels(o.page);
        expect(videos.map((v) => v.width)).toEqual([1080, 1080, 1088, 1088]);
        for (const v of videos) expect(v.spread).toBeGreaterThan(8);
        const px = await view3dPixels(o.page);
        expect(px.orange).toBeGreaterThan(30);
        await o.page.screenshot({ path: join(SCREENSHOTS, 'viewer-real-pose2sim-demo.png') });
        expect(o.errors).toEqual([]);
      },
      SLOW,
    );

    it(
      'an empty folder: everything missing is listed, nothing fails',
      async () => {
        const dir = join(tmp, 'empty');
        mkdirSync(dir);
        const o = await open(dir, 'empty');
        const text = await o.page.locator('#messages').textContent();
        expect(text).toMatch(/no calibration/);
        expect(text).toMatch(/no videos/);
        expect(text).toMatch(/no 3D points yet/);
        await o.page.screenshot({ path: join(SCREENSHOTS, 'viewer-empty.png') });
        expect(o.errors).toEqual([]);
      },
      SLOW,
    );
  });
});
