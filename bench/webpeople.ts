// Several people in the web app against the CLI on the shared two-people recording
// (../shared/data/pose2sim-demo/multi-person, 4 × 100 frames, 1080×1920, Qualisys calibration),
// [sync] method = "none" (the videos are synchronised) and [triangulation] people = "all": the page
// (headless Chromium, wasm) and `openmocap process` each detect the videos themselves; printed: the
// people each found (frames seen, median bone-length CV of people.json), each person's 3D page vs
// CLI (median and largest distance), and the wall time of each.
// Run alone: npm run bench -- webpeople   (needs /usr/bin/chromium, web-dist/ and ../shared/data)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { decodePoints3dFile } from '../src/formats/points3dFile.ts';
import { APP_ASSETS_DIR, startAppServer } from '../src/server/startAppServer.ts';
import { runProcess } from '../src/session/process.ts';
import type { PeopleFile } from '../src/session/peopleOutputs.ts';
import { sharedDataDir } from '../src/video/testVideos.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const MOCAP_TOML = '[sync]\nmethod = "none"\n[triangulation]\npeople = "all"\n';

type Win = {
  openmocapApp: { state: string; error: string | null; people: PeopleFile['people'] | null; outputBase64(f: string): string | null };
};

export async function run(): Promise<void> {
  const shared = sharedDataDir();
  const videos = shared && resolve(shared, 'pose2sim-demo/multi-person/videos');
  if (!videos || !existsSync(join(videos, 'cam01.mp4')))
    return void console.log('skipped: ../shared/data/pose2sim-demo/multi-person is absent');
  if (!existsSync(CHROMIUM)) return void console.log(`skipped: ${CHROMIUM} is not installed`);
  if (!existsSync(join(APP_ASSETS_DIR, 'index.html'))) return void console.log('skipped: web-dist/ is not built (npm run build:web)');
  const tmp = mkdtempSync(join(tmpdir(), 'openmocap-bench-webpeople-'));
  try {
    const dirs = ['page', 'cli'].map((name) => {
      const dir = join(tmp, name);
      mkdirSync(join(dir, 'videos'), { recursive: true });
      for (let c = 1; c <= 4; c++) symlinkSync(join(videos, `cam0${c}.mp4`), join(dir, 'videos', `cam0${c}.mp4`));
      writeFileSync(join(dir, 'calibration.toml'), readFileSync(resolve(shared!, 'pose2sim-demo/calibration/Calib_qualisys.toml')));
      writeFileSync(join(dir, 'mocap.toml'), MOCAP_TOML);
      return dir;
    });

    // The page.
    const server = await startAppServer({});
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const pagePoints: Uint8Array[] = [];
    let pagePeople: PeopleFile['people'] = [];
    let pageS = 0;
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}?backend=wasm`);
      await page.setInputFiles('#files', [
        ...[1, 2, 3, 4].map((c) => join(dirs[0], 'videos', `cam0${c}.mp4`)),
        join(dirs[0], 'calibration.toml'),
        join(dirs[0], 'mocap.toml'),
      ]);
      await page.waitForFunction(() => (window as unknown as Win).openmocapApp.state === 'ready');
      const t0 = performance.now();
      await page.click('#process');
      await page.waitForFunction(() => ['done', 'failed', 'cancelled'].includes((window as unknown as Win).openmocapApp.state), undefined, {
        timeout: 3_600_000,
        polling: 1000,
      });
      pageS = (performance.now() - t0) / 1000;
      const st = await page.evaluate(() => ({
        state: (window as unknown as Win).openmocapApp.state,
        error: (window as unknown as Win).openmocapApp.error,
        people: (window as unknown as Win).openmocapApp.people,
      }));
      if (st.state !== 'done') throw new Error(`the page stopped: ${st.error}`);
      pagePeople = st.people ?? [];
      for (const p of pagePeople) {
        const b64 = await page.evaluate(
          (f) => (window as unknown as Win).openmocapApp.outputBase64(f),
          `output/person-${p.id}/points3d.p3d`,
        );
        pagePoints.push(new Uint8Array(Buffer.from(b64!, 'base64')));
      }
    } finally {
      await browser.close();
      await server.close();
    }

    // The CLI, detecting the same videos itself.
    const t1 = performance.now();
    await runProcess(dirs[1], {});
    const cliS = (performance.now() - t1) / 1000;
    const cli = JSON.parse(readFileSync(join(dirs[1], 'output/people.json'), 'utf8')) as PeopleFile;

    const line = (p: PeopleFile['people'][number]): string =>
      `person ${p.id}: ${p.framesSeen} frames (${p.seen.map(([a, b]) => `${a}–${b - 1}`).join(', ')}), median bone-length CV ${p.medianBoneCv === null ? '–' : `${(100 * p.medianBoneCv).toFixed(2)} %`}`;
    console.log(`page (wasm): ${pagePeople.length} people in ${pageS.toFixed(1)} s — ${pagePeople.map(line).join('; ')}`);
    console.log(`CLI:         ${cli.people.length} people in ${cliS.toFixed(1)} s — ${cli.people.map(line).join('; ')}`);
    for (const [i, p] of pagePeople.entries()) {
      const a = decodePoints3dFile(pagePoints[i]).points;
      const file = join(dirs[1], `output/person-${p.id}/points3d.p3d`);
      if (!existsSync(file)) {
        console.log(`person ${p.id}: the CLI has no such person`);
        continue;
      }
      const b = decodePoints3dFile(new Uint8Array(readFileSync(file))).points;
      const d: number[] = [];
      for (let k = 0; k < Math.min(a.data.length, b.data.length); k += 3) {
        const x = Math.hypot(a.data[k] - b.data[k], a.data[k + 1] - b.data[k + 1], a.data[k + 2] - b.data[k + 2]);
        if (Number.isFinite(x)) d.push(x * 1000);
      }
      d.sort((u, v) => u - v);
      console.log(
        `person ${p.id}, page vs CLI: ${d.length} points, median ${d.length ? d[d.length >> 1].toFixed(4) : '–'} mm, largest ${d.length ? d[d.length - 1].toFixed(4) : '–'} mm`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
