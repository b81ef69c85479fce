// The sync stage end to end on synthetic sessions written as pose2d files with each camera's own
// timestamps: cameras started at different instants, at 30 and 60 fps, one with a variable frame rate.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Points3D } from '../../src/core/types.ts';
import { formatCalibrationToml } from '../../src/formats/calibrationToml.ts';
import { writePose2d } from '../../src/io/pose2d.ts';
import { decodePoints3dFile } from '../../src/formats/points3dFile.ts';
import { runProcess } from '../../src/session/process.ts';
import { makeUnsyncedTake, type UnsyncedCamera, type UnsyncedTake } from '../../src/synthetic/unsyncedTake.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
let root: string;
const F = 1 / 60;

function writeSession(dir: string, take: UnsyncedTake, toml = ''): string {
  mkdirSync(dir, { recursive: true });
  for (const s of take.sequences) writePose2d(dir, s);
  writeFileSync(join(dir, 'calibration.toml'), formatCalibrationToml(take.rig));
  if (toml) writeFileSync(join(dir, 'mocap.toml'), toml);
  return dir;
}

const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const raw = (dir: string): Points3D => decodePoints3dFile(new Uint8Array(readFileSync(join(dir, 'output/points3d_raw.p3d'))), 'raw').points;

/** Mean 3D error (mm) over frames [from, to) of the reference clock. */
function errorMm(p: Points3D, truth: Points3D, from: number, to: number): number {
  let sum = 0,
    n = 0;
  for (let i = from * p.joints * 3; i < to * p.joints * 3; i += 3) {
    const d = Math.hypot(p.data[i] - truth.data[i], p.data[i + 1] - truth.data[i + 1], p.data[i + 2] - truth.data[i + 2]);
    if (Number.isFinite(d)) {
      sum += d;
      n++;
    }
  }
  return (sum / n) * 1000;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'omc-sync-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('process with the sync stage', () => {
  const cams: UnsyncedCamera[] = [
    { startS: 0, fps: 60, durationS: 12 },
    { startS: 0.37 * F, fps: 60, durationS: 12 },
    { startS: 1.2, fps: 30, durationS: 12 },
    { startS: -0.5 - 0.37 * F, fps: 60, durationS: 12, jitter: 0.2 },
  ];

  it('finds each start within 0.25 frame, writes sync.json in the documented shape, and the 3D error stays within 10 % of a synchronised take', async () => {
    const take = makeUnsyncedTake(cams);
    const dir = writeSession(join(root, 'unsynced'), take);
    const summary = await runProcess(dir);
    expect(summary.stages.map((s) => s.stage)).toEqual(['sync', 'triangulate', 'filter', 'export', 'report']);
    const sync = readJson(join(dir, 'output/sync.json'));
    expect(sync.reference).toBe('cam01');
    cams.forEach((c, i) => {
      const cs = sync.cameras[`cam0${i + 1}`];
      expect(Object.keys(cs).slice(0, 4)).toEqual(['start_s', 'rate_ppm', 'confidence', 'method']);
      expect(Math.abs(cs.start_s - c.startS) / F).toBeLessThan(0.25);
      if (i > 0) expect(cs.confidence).toBeGreaterThan(0.5);
    });
    expect(summary.warnings.filter((w) => w.code === 'fps-mismatch')).toEqual([]);
    const synced = makeUnsyncedTake(cams.map((c) => ({ ...c, startS: 0, fps: 60, jitter: 0 })));
    const syncedDir = writeSession(join(root, 'synced-ref'), synced);
    await runProcess(syncedDir, { steps: ['sync', 'triangulate'] });
    // Frames every camera covers.
    const from = Math.ceil(1.2 * 60) + 1,
      to = Math.floor((12 - 0.51) * 60) - 1;
    const err = errorMm(raw(dir), take.truth, from, to);
    const errSynced = errorMm(raw(syncedDir), synced.truth, from, to);
    expect(raw(dir).frames).toBe(take.sequences[0].frames);
    expect(err).toBeLessThanOrEqual(errSynced * 1.1);
  });

  it('gives byte-identical outputs on a session already in sync (auto detects it and changes nothing)', async () => {
    const take = makeUnsyncedTake([0, 1, 2, 3].map(() => ({ startS: 0, fps: 60, durationS: 4 })));
    const auto = writeSession(join(root, 'insync-auto'), take);
    const none = writeSession(join(root, 'insync-none'), take, '[sync]\nmethod = "none"\n');
    await runProcess(auto);
    await runProcess(none);
    const sync = readJson(join(auto, 'output/sync.json'));
    for (const name of ['cam02', 'cam03', 'cam04']) expect(sync.cameras[name]).toMatchObject({ start_s: 0, method: 'in-sync' });
    const files = readdirSync(join(auto, 'output')).filter((f) => /^(points3d|skeleton|joint_angles|centre_of_mass)/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) expect(readFileSync(join(auto, 'output', f)).equals(readFileSync(join(none, 'output', f))), f).toBe(true);
  });

  it('puts a 30 fps camera on the 60 fps reference\'s frame times even with sync.method = "none" (never on the wrong clock)', async () => {
    const take = makeUnsyncedTake([
      { startS: 0, fps: 60, durationS: 4 },
      { startS: 0, fps: 30, durationS: 4 },
      { startS: 0, fps: 60, durationS: 4 },
    ]);
    const dir = writeSession(join(root, 'mixed-rates'), take, '[sync]\nmethod = "none"\n');
    const summary = await runProcess(dir, { steps: ['sync', 'triangulate'] });
    expect(summary.warnings.filter((w) => w.code === 'fps-mismatch')).toEqual([]);
    const p = raw(dir);
    expect(p.frames).toBe(240);
    expect(p.fps).toBe(60);
    expect(errorMm(p, take.truth, 5, 230)).toBeLessThan(15);
  });

  it('says clearly that it cannot place cameras filming a still subject, and openmocap sync prints one line per camera', () => {
    const take = makeUnsyncedTake(
      [
        { startS: 0, fps: 60, durationS: 5 },
        { startS: 1.5, fps: 60, durationS: 5 },
        { startS: -0.7, fps: 60, durationS: 5 },
      ],
      { still: true },
    );
    const dir = writeSession(join(root, 'still'), take);
    const r = spawnSync(process.execPath, [join(repoRoot, 'bin/openmocap.mjs'), 'sync', dir], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^cam01\s+\+0\.000 s\s+0 ppm\s+confidence 1\.00\s+reference$/);
    expect(lines[1]).toMatch(/^cam02 .*NOT SYNCED: low confidence$/);
    expect(lines[3]).toContain('clap once in view of every camera at the start');
    expect(r.stderr).toContain('could not tell when cam02 started');
    const sync = readJson(join(dir, 'output/sync.json'));
    expect(sync.cameras.cam02.confidence).toBeLessThan(0.5);
  });

  it('a damaged output/sync.json stops triangulate with one line naming it, and process repairs it', async () => {
    const take = makeUnsyncedTake([
      { startS: 0, fps: 60, durationS: 3 },
      { startS: 0, fps: 60, durationS: 3 },
      { startS: 0, fps: 60, durationS: 3 },
    ]);
    const dir = writeSession(join(root, 'damaged'), take);
    await runProcess(dir, { steps: ['sync'] });
    writeFileSync(join(dir, 'output/sync.json'), '{"reference": 3');
    const r = spawnSync(process.execPath, [join(repoRoot, 'bin/openmocap.mjs'), 'triangulate', dir], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).not.toBe(0);
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => l.includes('sync.json')),
    ).toHaveLength(1);
    expect(r.stderr).toMatch(/sync\.json is damaged or not a sync file; delete it and run "openmocap sync/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const summary = await runProcess(dir, { steps: ['sync', 'triangulate'] });
    expect(summary.stages.map((x) => `${x.stage}:${x.status}`)).toEqual(['sync:ran', 'triangulate:ran']);
  });
});
