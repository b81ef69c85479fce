// Several people in the web app (Debian's chromium via playwright-core, headless, wasm backend): a
// rendered session of two people, 4 cameras. The page shows mocap.toml's [triangulation] people in
// its control, runs with the value chosen there, finds both people, shows who was seen when in their
// colours, offers each person's exports (output/person-<n>/…, people.json) and puts the choice into
// the zipped session's mocap.toml; `openmocap process` on that zip (keeping the page's 2D keypoints)
// gives the same people and the same per-person 3D.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { unzipSync } from 'fflate';
import { getLayout } from '../../src/core/layouts.ts';
import type { Points3D } from '../../src/core/types.ts';
import { decodePoints3dFile } from '../../src/formats/points3dFile.ts';
import { decodePose2d } from '../../src/formats/pose2d.ts';
import { parseTrc } from '../../src/formats/trc.ts';
import { APP_ASSETS_DIR, startAppServer, type AppServer } from '../../src/server/startAppServer.ts';
import { runProcess } from '../../src/session/process.ts';
import type { PeopleFile } from '../../src/session/peopleOutputs.ts';
import { parseSettings } from '../../src/session/parseSettings.ts';
import { findFfmpeg } from '../../src/video/ffmpeg.ts';
import { buildTwoPeopleSession, type TwoPeopleSession } from './buildTwoPeopleSession.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const hasFfmpeg = (() => {
  try {
    findFfmpeg();
    return true;
  } catch {
    return false;
  }
})();
const skipReason = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is not installed`
  : !existsSync(join(APP_ASSETS_DIR, 'index.html'))
    ? 'web-dist/ is not built (npm run build:web)'
    : !hasFfmpeg
      ? 'no ffmpeg to render the session'
      : '';
const SLOW = 300_000;
const FRAMES = 12;

interface AppState {
  state: string;
  error: string | null;
  messages: string[];
  peopleSetting: string;
  people: PeopleFile['people'] | null;
  outputs: Record<string, number>;
}
type Win = { openmocapApp: AppState & { outputBase64(f: string): string | null } };

/** Median distance (mm) between two Points3D (same frames and joints), over joints present in both. */
function medianMm(a: Float64Array, b: Float64Array): { medianMm: number; n: number } {
  const d: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i += 3) {
    const x = Math.hypot(a[i] - b[i], a[i + 1] - b[i + 1], a[i + 2] - b[i + 2]);
    if (Number.isFinite(x)) d.push(x * 1000);
  }
  d.sort((u, v) => u - v);
  return { medianMm: d.length ? d[d.length >> 1] : NaN, n: d.length };
}

describe.skipIf(!!skipReason)(`web app with several people${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: Browser;
  let server: AppServer;
  let root: string;
  let take: TwoPeopleSession;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    root = mkdtempSync(join(tmpdir(), 'openmocap-web-people-'));
    // mocap.toml asks for the 2 people seen longest; the test then picks "all" in the page.
    take = await buildTwoPeopleSession(join(root, 'two'), {
      frames: FRAMES,
      mocapToml:
        '# two rendered people\n[sync]\nmethod = "none"\n[detect]\nmax_persons = 2\nsearch_interval_frames = 4\n[triangulation]\npeople = 2\n[output]\nformats = ["trc", "c3d"]\n',
    });
    server = await startAppServer({});
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it(
    "finds both people, shows who was seen when, offers each person's exports; the CLI on its zip gives the same per-person 3D",
    async () => {
      const page = await browser.newPage({ acceptDownloads: true });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}?backend=wasm`);
      const dir = take.dir;
      await page.setInputFiles('#files', [
        ...readdirSync(join(dir, 'videos')).map((f) => join(dir, 'videos', f)),
        join(dir, 'calibration.toml'),
        join(dir, 'mocap.toml'),
      ]);
      await page.waitForFunction(() => (window as unknown as Win).openmocapApp.state === 'ready');
      // The control shows mocap.toml's [triangulation] people …
      expect(await page.inputValue('#people')).toBe('2');
      // … and runs with what is chosen there.
      await page.selectOption('#people', 'all');
      await page.click('#process');
      await page.waitForFunction(() => ['done', 'failed', 'cancelled'].includes((window as unknown as Win).openmocapApp.state), undefined, {
        timeout: SLOW,
        polling: 500,
      });
      const state = await page.evaluate(() => {
        const a = (window as unknown as Win).openmocapApp;
        return {
          state: a.state,
          error: a.error,
          messages: a.messages,
          peopleSetting: a.peopleSetting,
          people: a.people,
          outputs: a.outputs,
        };
      });
      expect(state.error).toBeNull();
      expect(state.state).toBe('done');
      expect(errors).toEqual([]);
      expect(state.peopleSetting).toBe('all');

      // Two people, both in every frame.
      expect(state.people?.map((p) => p.id)).toEqual([1, 2]);
      for (const p of state.people!) expect(p.seen).toEqual([[0, FRAMES]]);
      // Each person's files under output/person-<n>/ with the CLI's names; people.json and the overview beside them; no single-subject output.
      for (const id of [1, 2])
        for (const f of [
          'points3d_raw.p3d',
          'points3d_raw.trc',
          'points3d.p3d',
          'points3d.trc',
          'points3d.c3d',
          'report.html',
          'report.json',
        ])
          expect(state.outputs, `person-${id}/${f}`).toHaveProperty([`output/person-${id}/${f}`]);
      for (const f of ['output/people.json', 'output/report.html', 'output/report.json', 'output/sync.json'])
        expect(state.outputs).toHaveProperty([f]);
      expect(state.outputs).not.toHaveProperty(['output/points3d.p3d']);
      const bytesOf = async (file: string): Promise<Uint8Array> =>
        new Uint8Array(Buffer.from((await page.evaluate((f) => (window as unknown as Win).openmocapApp.outputBase64(f), file))!, 'base64'));
      expect(new TextDecoder().decode(await bytesOf('output/report.html'))).toContain('Who was seen when');

      // Each page person is one of the rendered people (a different one each; they stand 1.6 m apart). MoveNet's
      // hips and shoulders are not the renderer's joints: a few centimetres off is the single-person demo's level too.
      const pagePeople = await Promise.all(
        [1, 2].map(async (id) => decodePoints3dFile(await bytesOf(`output/person-${id}/points3d.p3d`)).points),
      );
      // (The truth has the renderer's halpe26 joints, the page's points MoveNet's coco17: compared by keypoint name.)
      const asLayoutOf = (p: Points3D, t: Points3D): Float64Array => {
        const names = getLayout(p.layout).keypoints,
          from = getLayout(t.layout).indexOf;
        const out = new Float64Array(p.frames * p.joints * 3);
        for (let f = 0; f < p.frames; f++)
          names.forEach((n, k) =>
            out.set(t.data.subarray((f * t.joints + from.get(n)!) * 3, (f * t.joints + from.get(n)!) * 3 + 3), (f * p.joints + k) * 3),
          );
        return out;
      };
      const matched = pagePeople.map((p) => {
        const d = take.truths.map((t) => medianMm(p.data, asLayoutOf(p, t)).medianMm);
        return { truth: d.indexOf(Math.min(...d)), mm: Math.min(...d) };
      });
      expect(new Set(matched.map((m) => m.truth)).size).toBe(2);
      console.log(
        `page people vs the rendered truth: ${matched.map((m, i) => `person ${i + 1} = true ${m.truth + 1}, median ${m.mm.toFixed(1)} mm`).join('; ')}`,
      );
      for (const m of matched) expect(m.mm, `median distance to the true person ${m.truth + 1}`).toBeLessThan(80);

      // The legend: a line per person in their colour, and the timeline.
      expect(await page.locator('#people-legend li').count()).toBe(2);
      expect(await page.locator('#people-legend li[data-person="2"]').textContent()).toMatch(
        new RegExp(`person 2: frames 0–${FRAMES - 1}, seen by 2 or more cameras in ${FRAMES} of ${FRAMES} frames`),
      );
      expect(await page.locator('#people-legend svg rect').count()).toBe(2);
      // Each person's exports download (as person-<n>_<name>) and open with our readers.
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#downloads a[data-file="output/person-2/points3d.trc"]')]);
      expect(dl.suggestedFilename()).toBe('person-2_points3d.trc');
      const trcPath = join(root, 'person-2_points3d.trc');
      await dl.saveAs(trcPath);
      expect(parseTrc(readFileSync(trcPath, 'utf8')).frames).toBe(FRAMES);

      // The viewer draws everyone in their colours (person 1 the full skeleton, the others as lines).
      const frame = page.frameLocator('#viewer');
      await expect
        .poll(async () => (await frame.locator('#status').textContent()) ?? '', { timeout: 120_000 })
        .toMatch(new RegExp(`${FRAMES} frames`));
      expect(await frame.locator('#people-key li').count()).toBe(2);

      // The zip: the session with the page's choice in mocap.toml (other settings as written); the CLI processes it as is.
      const [zipDl] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('#zip')]);
      const zipPath = join(root, 'session.zip');
      await zipDl.saveAs(zipPath);
      const unzipped = join(root, 'unzipped');
      for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(zipPath))))) {
        mkdirSync(dirname(join(unzipped, name)), { recursive: true });
        writeFileSync(join(unzipped, name), bytes);
      }
      const sessionDir = join(unzipped, readdirSync(unzipped)[0]);
      const toml = readFileSync(join(sessionDir, 'mocap.toml'), 'utf8');
      expect(toml).toContain('# two rendered people');
      const settings = parseSettings(toml, 'mocap.toml').settings;
      expect(settings.triangulation.people).toBe('all');
      expect(settings.detect.search_interval_frames).toBe(4);
      expect(
        readdirSync(join(sessionDir, 'output'))
          .filter((f) => f.startsWith('person-'))
          .sort(),
      ).toEqual(['person-1', 'person-2']);
      const summary = await runProcess(sessionDir, {});
      expect(summary.stages.filter((s) => s.stage.startsWith('detect:')).map((s) => s.status)).toEqual([
        'adopted',
        'adopted',
        'adopted',
        'adopted',
      ]);
      expect(summary.stages.find((s) => s.stage === 'triangulate')?.status).toBe('ran');
      const cliPeople = JSON.parse(readFileSync(join(sessionDir, 'output/people.json'), 'utf8')) as PeopleFile;
      expect(cliPeople.people).toEqual(state.people);
      for (const id of [1, 2]) {
        const cli = decodePoints3dFile(new Uint8Array(readFileSync(join(sessionDir, `output/person-${id}/points3d.p3d`)))).points;
        const cmp = medianMm(pagePeople[id - 1].data, cli.data);
        expect(cli.frames).toBe(FRAMES);
        expect(cmp.n).toBeGreaterThan(FRAMES * 10);
        console.log(`person ${id}: page vs openmocap process, median ${cmp.medianMm.toFixed(4)} mm over ${cmp.n} points`);
        expect(cmp.medianMm, `person ${id}: page vs CLI`).toBeLessThan(2);
      }
      // The page's 2D keypoints, which the CLI kept, are the CLI's own: `openmocap detect`'s detection of one
      // camera (both people, same settings) gives the same keypoints.
      const { detectVideo } = await import('../../src/detect/runDetect.ts');
      const cliCam = await detectVideo(join(dir, 'videos', 'cam02.mp4'), 'cam02', { ...settings.detect, workers: 1 });
      const pageCam = decodePose2d(await bytesOf('pose2d/cam02.pose2d'), 'cam02');
      expect([pageCam.frames, pageCam.persons]).toEqual([cliCam.frames, cliCam.persons]);
      expect(pageCam.persons).toBeGreaterThanOrEqual(2);
      let worst = 0;
      for (let i = 0; i < cliCam.data.length; i++) {
        const a = pageCam.data[i],
          b = cliCam.data[i];
        if (Number.isNaN(a) !== Number.isNaN(b)) worst = Infinity;
        else if (!Number.isNaN(a) && i % 3 !== 2) worst = Math.max(worst, Math.abs(a - b));
      }
      console.log(
        `cam02 2D, page vs openmocap detect: largest difference ${worst.toFixed(4)} px over ${pageCam.persons} people × ${pageCam.frames} frames`,
      );
      expect(worst).toBeLessThan(0.5);
      await page.close();
    },
    SLOW,
  );
});
