// `openmocap process` end to end on a synthetic session (no video: pose2d files from known motion).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrc } from '../../src/formats/trc.ts';
import { decodePoints3dFile } from '../../src/formats/points3dFile.ts';
import { runProcess, type ProcessSummary } from '../../src/session/process.ts';
import { InterruptedError } from '../../src/session/runner.ts';
import { buildSyntheticSession, errorMm, type SyntheticSession } from './syntheticSession.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
let root: string;
let s: SyntheticSession;
let first: ProcessSummary;

const logLines = (dir: string): { stage: string; status: string }[] =>
  readFileSync(join(dir, 'output', 'log.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

/** Every output file except the run's own log and state, with its bytes. */
function outputs(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(join(dir, 'output')).sort())
    if (f !== 'log.jsonl' && !f.startsWith('.')) out.set(f, readFileSync(join(dir, 'output', f)));
  return out;
}

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'bin/openmocap.mjs'), ...args], { encoding: 'utf8', cwd: root, timeout: 120_000 });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'omc-process-'));
  s = buildSyntheticSession(join(root, 'a', 'session'));
  first = await runProcess(s.dir);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('openmocap process on a synthetic session', () => {
  it('recovers the known motion to within a few millimetres', () => {
    expect(first.frames).toBe(90);
    expect(first.cameras).toEqual(['cam01', 'cam02', 'cam03', 'cam04']);
    expect(first.medianReprojectionErrorPx).toBeLessThan(3);
    expect(first.medianBoneCv).toBeLessThan(0.05);
    expect(first.verdict.level).toBe('good');
    const filtered = decodePoints3dFile(new Uint8Array(readFileSync(join(s.dir, 'output', 'points3d.p3d')))).points;
    const raw = decodePoints3dFile(new Uint8Array(readFileSync(join(s.dir, 'output', 'points3d_raw.p3d')))).points;
    const e = errorMm(filtered, s.truth);
    expect(e.compared).toBeGreaterThan(0.95 * s.truth.frames * s.truth.joints);
    expect(e.meanMm).toBeLessThan(15);
    expect(errorMm(raw, s.truth).meanMm).toBeLessThan(20);
  });

  it('writes the TRC, CSV, C3D and report files', () => {
    for (const f of ['points3d_raw.trc', 'points3d.trc', 'points3d.csv', 'points3d.c3d', 'report.html', 'report.json'])
      expect(existsSync(join(s.dir, 'output', f)), f).toBe(true);
    const trc = parseTrc(readFileSync(join(s.dir, 'output', 'points3d.trc'), 'utf8')) as { markers?: string[]; labels?: string[] };
    expect(JSON.stringify(trc)).toContain('RWrist');
    const report = JSON.parse(readFileSync(join(s.dir, 'output', 'report.json'), 'utf8'));
    expect(report.quality.cameras).toHaveLength(4);
    expect(report.quality.overall.medianReprojectionErrorPx).toBeCloseTo(first.medianReprojectionErrorPx, 6);
    expect(readFileSync(join(s.dir, 'output', 'report.html'), 'utf8')).toContain('Trust this capture?');
  });

  it('skips every stage on a second run', async () => {
    const again = await runProcess(s.dir);
    expect(again.stages.map((x) => x.status)).toEqual(again.stages.map(() => 'skipped'));
    expect(again.medianReprojectionErrorPx).toBe(first.medianReprojectionErrorPx);
  });

  it('resumes an interrupted run without redoing finished stages, giving identical outputs', async () => {
    const b = buildSyntheticSession(join(root, 'b', 'session'));
    const ac = new AbortController();
    await expect(
      runProcess(b.dir, {
        signal: ac.signal,
        onProgress: (e) => e.type === 'stage-end' && e.outcome.stage === 'triangulate' && ac.abort(),
      }),
    ).rejects.toBeInstanceOf(InterruptedError);
    expect(existsSync(join(b.dir, 'output', 'points3d.p3d'))).toBe(false);
    const resumed = await runProcess(b.dir);
    expect(resumed.stages.map((x) => `${x.stage}:${x.status}`)).toEqual([
      'sync:skipped',
      'triangulate:skipped',
      'filter:ran',
      'export:ran',
      'report:ran',
    ]);
    expect(logLines(b.dir).filter((l) => l.stage === 'triangulate' && l.status === 'ran')).toHaveLength(1);
    const want = outputs(s.dir);
    const got = outputs(b.dir);
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [f, bytes] of want) expect(got.get(f)!.equals(bytes), `${f} differs`).toBe(true);
  });

  it('survives being killed (SIGKILL) after triangulation: the next run keeps it and ends with the same outputs', async () => {
    const k = buildSyntheticSession(join(root, 'k', 'session'), { frames: 300 });
    const child = spawn(process.execPath, [join(repoRoot, 'bin/openmocap.mjs'), 'process', 'k/session'], { cwd: root, stdio: 'ignore' });
    const log = join(k.dir, 'output', 'log.jsonl');
    await new Promise<void>((done) => {
      const poll = setInterval(() => {
        const text = existsSync(log) ? readFileSync(log, 'utf8') : '';
        if (text.includes('"stage":"triangulate","status":"ran"') || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGKILL');
          done();
        }
      }, 10);
    });
    await new Promise((r) => child.once('close', r));
    const resumed = await runProcess(k.dir);
    expect(resumed.stages[0]).toMatchObject({ stage: 'sync', status: 'skipped' });
    expect(resumed.stages[1]).toMatchObject({ stage: 'triangulate', status: 'skipped' });
    expect(logLines(k.dir).filter((l) => l.stage === 'triangulate' && l.status === 'ran')).toHaveLength(1);
    const clean = buildSyntheticSession(join(root, 'k2', 'session'), { frames: 300 });
    await runProcess(clean.dir);
    const want = outputs(clean.dir);
    const got = outputs(k.dir);
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [f, bytes] of want) expect(got.get(f)!.equals(bytes), `${f} differs`).toBe(true);
  });

  it('reruns only the stages a changed setting affects', async () => {
    const c = join(root, 'c', 'session');
    cpSync(s.dir, c, { recursive: true });
    writeFileSync(join(c, 'mocap.toml'), '[filter]\ncutoff_hz = 4\n');
    let r = await runProcess(c);
    expect(r.stages.map((x) => `${x.stage}:${x.status}`)).toEqual([
      'sync:skipped',
      'triangulate:skipped',
      'filter:ran',
      'export:ran',
      'report:ran',
    ]);
    writeFileSync(join(c, 'mocap.toml'), '[filter]\ncutoff_hz = 4\n\n[output]\nformats = ["trc", "csv"]\n');
    r = await runProcess(c);
    expect(r.stages.map((x) => `${x.stage}:${x.status}`)).toEqual([
      'sync:skipped',
      'triangulate:skipped',
      'filter:skipped',
      'export:ran',
      'report:ran',
    ]);
  });

  it('explains invalid settings in one line naming the file', async () => {
    const d = join(root, 'd', 'session');
    cpSync(s.dir, d, { recursive: true });
    writeFileSync(join(d, 'mocap.toml'), '[triangulation]\nmin_cameras = 1\n');
    await expect(runProcess(d)).rejects.toThrow(`triangulation.min_cameras must be ≥ 2, got 1 (in ${join(d, 'mocap.toml')})`);
    writeFileSync(join(d, 'mocap.toml'), '[filter]\ncutof_hz = 4\n');
    await expect(runProcess(d)).rejects.toThrow(/^unknown setting filter\.cutof_hz \(did you mean filter\.cutoff_hz\?\)/);
    writeFileSync(join(d, 'mocap.toml'), '[filter]\ncutoff_hz = 40\n');
    await expect(runProcess(d)).rejects.toThrow(
      /^filter\.cutoff_hz must be below half the frame rate \(15 Hz at 30 fps\), got 40 \(in .*mocap\.toml\)$/,
    );
    writeFileSync(join(d, 'mocap.toml'), '[output]\nformats = "trc"\n');
    const res = cli('process', 'd/session');
    expect(res.status).toBe(2);
    expect(res.stderr.trim().split('\n')).toEqual([
      'openmocap: output.formats must be a list like [1, 2], got "trc" (in d/session/mocap.toml)',
    ]);
  });

  it('gives a clear error for a missing calibration or a camera the calibration lacks', async () => {
    const e = join(root, 'e', 'session');
    cpSync(s.dir, e, { recursive: true });
    rmSync(join(e, 'calibration.toml'));
    await expect(runProcess(e, { force: ['triangulate'] })).rejects.toThrow(/no calibration in .*calibration\.toml/);
    cpSync(join(s.dir, 'calibration.toml'), join(e, 'calibration.toml'));
    cpSync(join(e, 'pose2d', 'cam04.pose2d'), join(e, 'pose2d', 'cam07.pose2d'));
    await expect(runProcess(e)).rejects.toThrow(
      /camera "cam07" has no match in cameras of the calibration calibration\.toml \(found: cam01, cam02, cam03, cam04\)/,
    );
  });

  it('warns and judges POOR when project.calibration_units contradicts the calibration (a millimetre-sized person)', async () => {
    const u = join(root, 'u', 'session');
    cpSync(s.dir, u, { recursive: true });
    rmSync(join(u, 'output'), { recursive: true, force: true });
    writeFileSync(join(u, 'mocap.toml'), '[project]\ncalibration_units = "mm"\n');
    const r = await runProcess(u);
    expect(r.verdict.level).toBe('poor');
    expect(r.verdict.reasons[0]).toMatch(/^✗ limb and trunk bones measure [\d.]+ mm .*calibration_units/);
    expect(r.warnings.map((w) => w.code)).toContain('calibration-units');
  });

  it('exits non-zero, saying so once, when nothing could be triangulated', () => {
    const n = join(root, 'n', 'session');
    cpSync(s.dir, n, { recursive: true });
    writeFileSync(join(n, 'mocap.toml'), '[triangulation]\nmin_score = 1\n'); // no keypoint is that sure
    const res = cli('process', 'n/session');
    expect(res.status).toBe(1);
    expect(res.stderr.match(/nothing was captured/g)).toHaveLength(1);
    expect(res.stdout).toContain('POOR: Nothing was captured');
  });

  it('names a subject track id that no camera has in one line, before triangulating, and keeps the earlier outputs', () => {
    const t = join(root, 't', 'session');
    cpSync(s.dir, t, { recursive: true });
    const before = readFileSync(join(t, 'output', 'points3d.p3d'));
    writeFileSync(join(t, 'mocap.toml'), '[triangulation]\nsubject = 7\n');
    let res = cli('process', 't/session');
    expect(res.status).toBe(2);
    expect(res.stderr.trim().split('\n').at(-1)).toBe(
      'openmocap: triangulation.subject = 7: no camera has a track 7 (tracks: 0); use one of those or "auto" (in t/session/mocap.toml)',
    );
    expect(readFileSync(join(t, 'output', 'points3d.p3d')).equals(before)).toBe(true);
    writeFileSync(join(t, 'mocap.toml'), '[triangulation.subject]\ncam01 = 0\ncam02 = 4\n');
    res = cli('process', 't/session');
    expect(res.status).toBe(2);
    expect(res.stderr.trim().split('\n').at(-1)).toBe(
      'openmocap: triangulation.subject.cam02 = 4: camera cam02 has no track 4 (its tracks: 0); use one of those or leave cam02 out of the table (in t/session/mocap.toml)',
    );
  });

  it('runs from the command line with a closing summary, and prints the effective settings', () => {
    const res = cli('process', 'a/session');
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/reprojection error\s+median \d+\.\d+ px/);
    expect(res.stdout).toMatch(/bone-length CV\s+median \d+\.\d %/);
    expect(res.stdout).toContain('output/report.html');
    const cfg = cli('config', 'a/session');
    expect(cfg.status, cfg.stderr).toBe(0);
    expect(cfg.stdout).toMatch(/^\[triangulation\]$/m);
    expect(cfg.stdout).toMatch(/^cutoff_hz = \d+ {3}# default$/m);
  });
});
