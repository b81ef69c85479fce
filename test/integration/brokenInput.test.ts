// Broken session folders: each gives one line naming the file and what to do (never a stack trace),
// and what was already written stays intact.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import { runProcess } from '../../src/session/process.ts';
import { buildSyntheticSession, type SyntheticSession } from './syntheticSession.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
let root: string;
let s: SyntheticSession;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'omc-broken-'));
  s = buildSyntheticSession(join(root, 'base'), { frames: 30 });
  await runProcess(s.dir);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the processed synthetic session. */
function copy(name: string): string {
  const dir = join(root, name);
  cpSync(s.dir, dir, { recursive: true });
  return dir;
}

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'bin/openmocap.mjs'), ...args], { encoding: 'utf8', cwd: root, timeout: 60_000 });

/** The error runProcess ends with (a UserError, one line). */
async function userError(dir: string, opts: Parameters<typeof runProcess>[1] = {}): Promise<string> {
  const err = await runProcess(dir, opts).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  expect((err as Error).message).not.toContain('\n');
  return (err as Error).message;
}

describe('broken session folders', () => {
  it('a damaged points3d.p3d: export says to rerun process (no stack trace), and process repairs it', () => {
    const dir = copy('p3d');
    const good = readFileSync(join(dir, 'output', 'points3d.p3d'));
    writeFileSync(join(dir, 'output', 'points3d.p3d'), good.subarray(0, 3000));
    const res = cli('export', 'p3d');
    expect(res.status).toBe(2);
    expect(res.stderr.trim().split('\n').at(-1)).toBe(
      `openmocap: p3d/output/points3d.p3d is cut short (3000 of ${good.length} bytes); run "openmocap process p3d" to write it again (finished stages are kept)`,
    );
    expect(res.stderr).not.toMatch(/\n\s+at /);
    const fixed = cli('process', 'p3d');
    expect(fixed.status, fixed.stderr).toBe(0);
    expect(readFileSync(join(dir, 'output', 'points3d.p3d')).equals(good)).toBe(true);
  });

  it('a file where output/ belongs, or a folder named like an output file', async () => {
    const dir = copy('out-file');
    rmSync(join(dir, 'output'), { recursive: true });
    writeFileSync(join(dir, 'output'), '');
    expect(await userError(dir)).toBe(
      `${join(dir, 'output')} (or a folder above it) is a file where openmocap needs a folder; move or delete that file and run the command again`,
    );
    rmSync(join(dir, 'output'));
    mkdirSync(join(dir, 'output', 'points3d.csv'), { recursive: true });
    expect(await userError(dir)).toBe(
      `${join(dir, 'output', 'points3d.csv')} is a folder where openmocap writes a file; move or delete that folder and run the command again`,
    );
  });

  it('a folder named mocap.toml', async () => {
    const dir = copy('toml-folder');
    mkdirSync(join(dir, 'mocap.toml'));
    expect(await userError(dir)).toBe(
      `${join(dir, 'mocap.toml')} is a folder, not a settings file; remove it (every setting is optional) or put a mocap.toml text file there`,
    );
  });

  it('a folder where the calibration file belongs', async () => {
    const dir = copy('calib-folder');
    rmSync(join(dir, 'calibration.toml'));
    mkdirSync(join(dir, 'calibration.toml'));
    expect(await userError(dir)).toBe(
      `${join(dir, 'calibration.toml')} is a folder, not a calibration file; move the calibration file itself there (cameras in the aniposelib/Pose2Sim TOML format)`,
    );
  });

  it('[project] cameras naming a camera without 2D keypoints blames mocap.toml and keeps the outputs', async () => {
    const dir = copy('cams');
    const before = readFileSync(join(dir, 'output', 'points3d.p3d'));
    rmSync(join(dir, 'pose2d', 'cam04.pose2d'));
    writeFileSync(join(dir, 'mocap.toml'), '[project]\ncameras = ["cam01", "cam02", "cam04"]\n');
    expect(await userError(dir)).toBe(
      `project.cameras lists "cam04", which has no 2D keypoints in ${join(dir, 'pose2d')} (found: cam01, cam02, cam03); detect its video or take it out of project.cameras (in ${join(dir, 'mocap.toml')})`,
    );
    expect(readFileSync(join(dir, 'output', 'points3d.p3d')).equals(before)).toBe(true);
  });

  it('an empty (0-byte) pose2d file names the file and says how to recreate it', async () => {
    const dir = copy('empty-pose2d');
    writeFileSync(join(dir, 'pose2d', 'cam02.pose2d'), '');
    expect(await userError(dir)).toMatch(
      /pose2d\/cam02\.pose2d is not a valid \.pose2d file \(only 0 bytes\); delete it and rerun "openmocap detect" to recreate it$/,
    );
  });
});
