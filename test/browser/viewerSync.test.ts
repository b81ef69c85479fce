// The viewer plays the videos aligned by output/sync.json: a camera that started 0.2 s after the
// reference is 0.2 s behind it at every instant of the timeline.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startViewerServer, VIEWER_ASSETS_DIR } from '../../src/server/startViewerServer.ts';
import { buildViewerSession } from './buildViewerSession.ts';

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
const skipReason = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is not installed`
  : !existsSync(join(VIEWER_ASSETS_DIR, 'index.html'))
    ? 'viewer-dist/ is not built (npm run build:viewer)'
    : '';
type Win = { openmocapViewer: import('../../src/viewer/main.ts').ViewerHandle };
let tmp: string | undefined;
afterAll(() => tmp && rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(skipReason !== '')(`viewer with output/sync.json${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  it('seeks each video to the instant on its own clock', async () => {
    tmp = mkdtempSync(join(tmpdir(), 'omc-viewer-sync-'));
    const session = await buildViewerSession(join(tmp, 's'), { frames: 40 });
    writeFileSync(
      join(session.dir, 'output', 'sync.json'),
      JSON.stringify({
        reference: 'cam01',
        cameras: {
          cam01: { start_s: 0, rate_ppm: 0, confidence: 1, method: 'reference' },
          cam02: { start_s: 0.2, rate_ppm: 0, confidence: 0.9, method: 'keypoints' },
        },
      }),
    );
    const server = await startViewerServer({ sessionDir: session.dir });
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(server.url);
      await page.waitForFunction(
        () => (window as unknown as Win).openmocapViewer?.ready || (window as unknown as Win).openmocapViewer?.error,
        null,
        { timeout: 120_000 },
      );
      expect(await page.evaluate(() => (window as unknown as Win).openmocapViewer.error)).toBeNull();
      await page.evaluate(() => {
        const s = document.getElementById('scrub') as HTMLInputElement;
        s.value = '24';
        s.dispatchEvent(new Event('input', { bubbles: true }));
      });
      // The session's videos are 30 fps; cam02's video is 0.2 s (6 frames) behind.
      await page.waitForFunction(
        () => {
          const t = (window as unknown as Win).openmocapViewer.videoTimes();
          return Math.abs(t[0] - 24.25 / 30) < 0.03 && Math.abs(t[1] - (24.25 / 30 - 0.2)) < 0.03;
        },
        null,
        { timeout: 60_000 },
      );
      const times = await page.evaluate(() => (window as unknown as Win).openmocapViewer.videoTimes());
      expect(times[0] - times[1]).toBeCloseTo(0.2, 1);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 300_000);
});
