// `openmocap process` checks the calibration before it starts detecting: a missing, malformed or
// mismatched calibration must not cost the user minutes of detection first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCalibrationToml } from '../../src/formats/calibrationToml.ts';
import { runProcess, type ProcessEvent } from '../../src/session/process.ts';
import { makeRingRig } from '../../src/synthetic/rig.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
let root: string;

/** A session with four "videos" (never decoded: the run must stop before detect opens them). */
function session(name: string, calibration?: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'videos'), { recursive: true });
  for (let i = 1; i <= 4; i++) writeFileSync(join(dir, 'videos', `cam0${i}.mp4`), 'not a video');
  if (calibration !== undefined) writeFileSync(join(dir, 'calibration.toml'), calibration);
  return dir;
}

/** Runs the pipeline and returns the error and the stages that were started. */
async function failure(dir: string): Promise<{ message: string; started: string[] }> {
  const started: string[] = [];
  const onProgress = (e: ProcessEvent): void => {
    if (e.type === 'stage-start') started.push(e.stage);
  };
  try {
    await runProcess(dir, { onProgress });
  } catch (err) {
    return { message: (err as Error).message, started };
  }
  throw new Error('runProcess did not fail');
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'omc-calib-first-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('process checks the calibration before detecting', () => {
  it('stops with "no calibration" before any stage starts', async () => {
    const r = await failure(session('none'));
    expect(r.message).toMatch(/^no calibration in .*: put calibration\.toml/);
    expect(r.started).toEqual([]);
    expect(existsSync(join(root, 'none', 'pose2d'))).toBe(false);
  });

  it('stops on a malformed calibration file before any stage starts', async () => {
    const r = await failure(session('broken', '[cam_1\nname = "cam01"\n'));
    expect(r.message).toContain('calibration.toml');
    expect(r.started).toEqual([]);
  });

  it('stops when a video has no camera in the calibration, listing what the calibration has', async () => {
    const rig = makeRingRig(3);
    const r = await failure(session('three', formatCalibrationToml(rig)));
    expect(r.message).toMatch(/camera "cam04" has no match in cameras of the calibration calibration\.toml \(found: cam01, cam02, cam03\)/);
    expect(r.message).toMatch(/leave cameras out with \[project\] cameras = \[\.\.\.\] in mocap\.toml$/);
    expect(r.started).toEqual([]);
  });

  it('stops on an intrinsics-only calibration (no camera positions), saying how to get them', async () => {
    const rig = makeRingRig(4);
    for (const c of rig.cameras) {
      c.rotation = [0, 0, 0];
      c.translation = [0, 0, 0];
    }
    const r = await failure(session('intrinsics', formatCalibrationToml(rig, { extrinsics_calibrated: false })));
    expect(r.message).toMatch(/calibration\.toml has the cameras' intrinsics but not where they are/);
    expect(r.message).toContain('calibration/extrinsics/<camera>.mp4');
    expect(r.message).toContain('--from-person');
    expect(r.started).toEqual([]);
  });

  it('stops before detecting when there is only one camera', async () => {
    const dir = join(root, 'single');
    mkdirSync(join(dir, 'videos'), { recursive: true });
    writeFileSync(join(dir, 'videos', 'cam01.mp4'), 'not a video');
    writeFileSync(join(dir, 'calibration.toml'), formatCalibrationToml(makeRingRig(4)));
    const r = await failure(dir);
    expect(r.message).toBe(
      `only 1 camera (cam01) in ${join(dir, 'videos')}: openmocap needs 2 or more synchronised cameras; add the other cameras' videos`,
    );
    expect(r.started).toEqual([]);
  });

  it('blames mocap.toml when [project] cameras names a camera the calibration lacks', async () => {
    const dir = session('cams', formatCalibrationToml(makeRingRig(4)));
    writeFileSync(join(dir, 'mocap.toml'), '[project]\ncameras = ["cam01", "cam09"]\n');
    const r = await failure(dir);
    expect(r.message).toBe(
      `project.cameras lists "cam09", which is not a camera of calibration.toml (cameras: cam01, cam02, cam03, cam04) (in ${join(dir, 'mocap.toml')})`,
    );
    expect(r.started).toEqual([]);
  });

  it('blames mocap.toml when [project] cameras names a camera without a video, before detecting', async () => {
    const dir = session('no-video', formatCalibrationToml(makeRingRig(4)));
    rmSync(join(dir, 'videos', 'cam04.mp4'));
    writeFileSync(join(dir, 'mocap.toml'), '[project]\ncameras = ["cam01", "cam02", "cam04"]\n');
    const r = await failure(dir);
    expect(r.message).toBe(
      `project.cameras lists "cam04", which has no video in ${join(dir, 'videos')} (found: cam01, cam02, cam03); add the video or take it out of project.cameras (in ${join(dir, 'mocap.toml')})`,
    );
    expect(r.started).toEqual([]);
  });

  it('does not need a calibration to run detect alone; a camera that fails says how to leave it out', async () => {
    const dir = session('detect-only');
    // The fake videos make detect fail, but only after it started: the calibration was not asked for.
    const started: string[] = [];
    const err = await runProcess(dir, { steps: ['detect'], onProgress: (e) => e.type === 'stage-start' && started.push(e.stage) }).catch(
      (e: unknown) => e,
    );
    // Whichever camera failed first (they run side by side) gives the message; the others are named after it.
    const msg = (err as Error).message;
    const first = msg.match(
      /^(?!.*calibration).*(cam0\d)\.mp4 is not a video ffmpeg can read .*; or leave (cam0\d) out with \[project\] cameras = \[\.\.\.\] in mocap\.toml \((detect:cam0\d), (detect:cam0\d), (detect:cam0\d) failed too: see output\/log\.jsonl, or rerun after fixing this\)$/,
    );
    expect(first, msg).not.toBeNull();
    expect(first![2]).toBe(first![1]);
    expect([`detect:${first![1]}`, ...first!.slice(3)].sort()).toEqual(['detect:cam01', 'detect:cam02', 'detect:cam03', 'detect:cam04']);
    // One camera's failure does not stop the others' detection.
    expect(started.sort()).toEqual(['detect:cam01', 'detect:cam02', 'detect:cam03', 'detect:cam04']);
  });

  it('prints the error once, as one line, from the command line', () => {
    session('cli');
    const res = spawnSync(process.execPath, [join(repoRoot, 'bin/openmocap.mjs'), 'process', 'cli'], {
      encoding: 'utf8',
      cwd: root,
      timeout: 60_000,
    });
    expect(res.status).toBe(2);
    expect(res.stderr.trim().split('\n')).toEqual([
      `openmocap: no calibration in cli: put calibration.toml (aniposelib/Pose2Sim/FreeMoCap) or another supported calibration (see docs/calibration-formats.md) there, or run "openmocap calibrate"`,
    ]);
  });

  it("prints a failed stage's message once", () => {
    mkdirSync(join(root, 'empty', 'output'), { recursive: true });
    const res = spawnSync(process.execPath, [join(repoRoot, 'bin/openmocap.mjs'), 'filter', 'empty'], {
      encoding: 'utf8',
      cwd: root,
      timeout: 60_000,
    });
    expect(res.status).toBe(2);
    const lines = res.stderr.trim().split('\n');
    expect(lines).toEqual([
      '[1/1] filter: failed',
      'openmocap: empty/output/points3d_raw.p3d is missing; run "openmocap triangulate empty" first',
    ]);
  });
});
