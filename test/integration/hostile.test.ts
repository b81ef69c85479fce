// Issue 14: what a hostile user broke, each reproduced here (they failed before their repair).
// #1 and #10 (viewer server) are in src/server/startViewerServer.test.ts; #2, #5, #9, #11 belong to
// other branches. Every refusal is one line naming the file, never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import { pose2dPath, readPose2dFile, writePose2d } from '../../src/io/pose2d.ts';
import { planStages, runProcess } from '../../src/session/process.ts';
import { LOCK_FILE, STATE_FILE } from '../../src/session/runner.ts';
import { loadSettings } from '../../src/session/settings.ts';
import { ffmpegMissing, writePatternVideo } from '../../src/video/testVideos.ts';
import { buildSyntheticSession, type SyntheticSession } from './syntheticSession.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const CAMERAS = ['cam01', 'cam02', 'cam03', 'cam04'];
let root: string;
let s: SyntheticSession;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'omc-hostile-'));
  chmodSync(root, 0o755); // readable by the unprivileged user of the permission tests
  s = buildSyntheticSession(join(root, 'base'), { frames: 30 });
  await runProcess(s.dir);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function copy(name: string): string {
  const dir = join(root, name);
  cpSync(s.dir, dir, { recursive: true });
  return dir;
}

type Cli = { status: number | null; stdout: string; stderr: string };
const cli = (args: string[], opts: { uid?: number; gid?: number } = {}): Cli =>
  spawnSync(process.execPath, [join(repoRoot, 'bin/openmocap.mjs'), ...args], { encoding: 'utf8', cwd: root, timeout: 120_000, ...opts });

/** The CLI refused with exit 2 and one line, no stack trace; returns that line. */
function refused(r: Cli): string {
  expect(r.stderr, r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
  expect(r.status, r.stderr).toBe(2);
  const lines = r.stderr.trim().split('\n');
  return lines[lines.length - 1];
}

async function userError(dir: string): Promise<string> {
  const err = await runProcess(dir).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  expect((err as Error).message).not.toContain('\n');
  return (err as Error).message;
}

/** Rewrites every camera's pose2d file through `edit`. */
function editPose2d(dir: string, edit: (seq: ReturnType<typeof readPose2dFile>) => void): void {
  for (const cam of CAMERAS) {
    const seq = readPose2dFile(pose2dPath(dir, cam));
    edit(seq);
    writePose2d(dir, seq);
  }
}

const noFfmpeg = ffmpegMissing();

describe('issue 14 #3: process does not adopt truncated detections', () => {
  it.skipIf(!!noFfmpeg)(
    `2D keypoints of the first 5 of 20 frames are detected again, the full 20 are kept${noFfmpeg ? ` — skipped: ${noFfmpeg}` : ''}`,
    async () => {
      const dir = join(root, 'partial');
      mkdirSync(join(dir, 'videos'), { recursive: true });
      cpSync(join(s.dir, 'calibration.toml'), join(dir, 'calibration.toml'));
      const model = loadSettings(dir).settings.detect.model;
      for (const cam of ['cam01', 'cam02'])
        await writePatternVideo(join(dir, 'videos', `${cam}.mp4`), { width: 64, height: 48, fps: 30, frames: 20 });
      const full = readPose2dFile(pose2dPath(s.dir, 'cam01'));
      const take = (cam: string, frames: number) => {
        const n = full.persons * full.joints * 3;
        writePose2d(dir, {
          ...full,
          camera: cam,
          model,
          frames,
          data: full.data.slice(0, frames * n),
          trackIds: full.trackIds.slice(0, frames * full.persons),
          timestampsMs: full.timestampsMs.slice(0, frames),
        });
      };
      take('cam01', 5); // as `openmocap detect --frames 5` writes it
      take('cam02', 20);
      const { stages } = planStages(dir, loadSettings(dir).settings, { steps: ['detect'] });
      const byName = new Map(stages.map((st) => [st.name, st]));
      expect(await byName.get('detect:cam01')!.adopt!()).toBe(false);
      expect(await byName.get('detect:cam02')!.adopt!()).toBe(true);
    },
  );
});

describe('issue 14 #4: every command that writes to a session takes the session lock', () => {
  it('detect, calibrate, overlay, triangulate, filter, export and process are refused while another openmocap holds the session', () => {
    const dir = copy('locked');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(
        join(dir, 'output', LOCK_FILE),
        JSON.stringify({ pid: holder.pid, host: hostname(), started: new Date().toISOString() }),
      );
      const before = readFileSync(join(dir, 'output', 'points3d.trc'));
      for (const args of [
        ['detect', 'locked'],
        ['calibrate', 'locked'],
        ['calibrate', 'locked', '--from-person'],
        ['overlay', 'locked'],
        ['triangulate', 'locked', '--force'],
        ['filter', 'locked', '--force'],
        ['export', 'locked', '--force'],
        ['process', 'locked', '--force'],
      ]) {
        const line = refused(cli(args));
        expect(line, args.join(' ')).toBe(`openmocap: another openmocap (pid ${holder.pid}) is working on locked; wait for it or stop it`);
      }
      expect(readFileSync(join(dir, 'output', 'points3d.trc')).equals(before)).toBe(true);
      expect(readFileSync(join(dir, 'output', LOCK_FILE), 'utf8')).toContain(`"pid":${holder.pid}`);
    } finally {
      holder.kill('SIGKILL');
    }
  });
});

describe('issue 14 #6: bad timestamps never reach the exports', () => {
  for (const [what, edit, expected] of [
    [
      'NaN',
      (t: Float64Array) => {
        t[3] = NaN;
      },
      'timestamp of frame 3 is NaN',
    ],
    ['backwards', (t: Float64Array) => t.reverse(), 'timestamps go backwards at frame 1'],
  ] as const)
    it(`${what} timestampsMs in a pose2d file: one line naming the file, the TRC untouched`, async () => {
      const dir = copy(`ts-${what.replace(' ', '-')}`);
      const trc = readFileSync(join(dir, 'output', 'points3d.trc'));
      editPose2d(dir, (seq) => edit(seq.timestampsMs));
      const msg = await userError(dir);
      expect(msg).toContain(`${join(dir, 'pose2d', 'cam01.pose2d')} is not a valid .pose2d file (${expected}`);
      expect(readFileSync(join(dir, 'output', 'points3d.trc')).equals(trc)).toBe(true);
      expect(trc.toString()).not.toMatch(/NaN/);
    });
});

// Root reads anything: the permission cases run the CLI as an unprivileged user when the tests run as root.
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
const userCanRunCli = (): string => {
  if (process.platform === 'win32') return 'no POSIX permissions on Windows';
  const r = cli(['--version'], asUser);
  return r.status === 0
    ? ''
    : `the unprivileged user ${JSON.stringify(asUser)} cannot run the CLI here (${r.stderr.trim().split('\n')[0]})`;
};

describe('issue 14 #7: one line instead of a stack trace', () => {
  it('an unreadable calibration.toml (EACCES)', () => {
    const why = userCanRunCli();
    if (why) return void console.log(`skipped: ${why}`);
    const dir = copy('calib-eacces');
    if (asUser.uid !== undefined) spawnSync('chown', ['-R', `${asUser.uid}:${asUser.gid}`, dir]);
    chmodSync(join(dir, 'calibration.toml'), 0);
    expect(refused(cli(['triangulate', 'calib-eacces', '--force'], asUser))).toBe(
      'openmocap: no permission to read calib-eacces/calibration.toml (the calibration); make it readable (e.g. chmod a+r) and run the command again',
    );
  });

  it('demo given a file, or a folder under a file (ENOTDIR)', () => {
    writeFileSync(join(root, 'a-file'), 'x');
    expect(refused(cli(['demo', 'a-file', '--keypoints-only']))).toBe(
      'openmocap: a-file is a file; give "openmocap demo" a new or empty folder',
    );
    expect(refused(cli(['demo', 'a-file/sub', '--keypoints-only']))).toBe(
      'openmocap: a-file is a file (a folder above a-file/sub); give "openmocap demo" a new or empty folder',
    );
  });

  for (const [what, text] of [
    ['stages of the wrong type', '{"version":1,"stages":"x","files":{}}'],
    ['a null file stamp', '{"version":1,"stages":{},"files":{"pose2d/cam01.pose2d":null}}'],
    ['a stage record that is a number', '{"version":1,"stages":{"filter":5},"files":{}}'],
    ['an array', '[1,2]'],
    ['not JSON', '{"version":1,'],
  ] as const)
    it(`output/.state.json with ${what}: a warning, every step reruns, same outputs`, async () => {
      const dir = copy(`state-${what.replace(/\W+/g, '-')}`);
      writeFileSync(join(dir, 'output', STATE_FILE), text);
      const warnings: string[] = [];
      await runProcess(dir, { onProgress: (e) => void (e.type === 'warning' && warnings.push(e.message)) });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(
        new RegExp(
          `^${join(dir, 'output', STATE_FILE).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a run record openmocap can use \\(.+\\); every step runs again and the file is rewritten$`,
        ),
      );
      for (const f of ['output/points3d_raw.p3d', 'output/points3d.trc', 'output/points3d.c3d'])
        expect(readFileSync(join(dir, f)).equals(readFileSync(join(s.dir, f))), f).toBe(true);
      expect(JSON.parse(readFileSync(join(dir, 'output', STATE_FILE), 'utf8')).version).toBe(1);
    });
});

describe('issue 14 #8: messages that blame the right thing', () => {
  it('fps = 0 in a pose2d file names that file and [project] fps, not filter.cutoff_hz', async () => {
    const dir = copy('fps0');
    editPose2d(dir, (seq) => void (seq.fps = 0));
    const msg = await userError(dir);
    expect(msg).not.toContain('cutoff');
    expect(msg).toBe(
      `${join(dir, 'pose2d', 'cam01.pose2d')} gives camera cam01 a frame rate of 0 fps; set the real rate with [project] fps = <frames per second> in ${join(dir, 'mocap.toml')}, or rerun "openmocap detect" to write the file again`,
    );
    // The suggested fix works.
    writeFileSync(join(dir, 'mocap.toml'), '[project]\nfps = 30\n');
    await runProcess(dir);
    expect(readFileSync(join(dir, 'output', 'points3d.trc'), 'utf8')).not.toContain('NaN');
  });

  it('a folder named cam01.mp4 in videos/ is named with its path', async () => {
    const dir = copy('video-folder');
    mkdirSync(join(dir, 'videos', 'cam01.mp4'), { recursive: true });
    expect(await userError(dir)).toBe(
      `${join(dir, 'videos', 'cam01.mp4')} is a folder, not a video; move the camera's video file itself there (or rename the folder)`,
    );
  });

  it('an unreadable input is "no permission to read", not "to write"', () => {
    const why = userCanRunCli();
    if (why) return void console.log(`skipped: ${why}`);
    const dir = copy('pose-eacces');
    if (asUser.uid !== undefined) spawnSync('chown', ['-R', `${asUser.uid}:${asUser.gid}`, dir]);
    chmodSync(join(dir, 'pose2d', 'cam02.pose2d'), 0);
    utimesSync(join(dir, 'pose2d', 'cam02.pose2d'), new Date(), new Date()); // not the hashed stamp: it must be read
    expect(refused(cli(['triangulate', 'pose-eacces'], asUser))).toBe(
      'openmocap: no permission to read pose-eacces/pose2d/cam02.pose2d; make it readable (e.g. chmod a+r) and run the command again (finished stages are kept)',
    );
    expect(existsSync(join(dir, 'output', 'points3d.trc'))).toBe(true);
  });
});
