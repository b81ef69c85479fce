// `openmocap process` when a camera's video shows nobody (a black clip, an empty room): the run goes
// on with the cameras that see the person, says so loudly, and a rerun detects nothing again.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import { pose2dPath, readPose2dFile, writePose2d } from '../../src/io/pose2d.ts';
import { runProcess, type ProcessEvent } from '../../src/session/process.ts';
import { ffmpegMissing } from '../../src/video/testVideos.ts';
import { buildSyntheticSession, type SyntheticSession } from './syntheticSession.ts';

const haveFfmpeg = !ffmpegMissing();

let root: string;
let s: SyntheticSession;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'omc-nobody-'));
  s = buildSyntheticSession(join(root, 'base'), { frames: 30 });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const logLines = (dir: string): { stage: string; status: string; warnings?: string[] }[] =>
  readFileSync(join(dir, 'output', 'log.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

/** Replaces a camera's 2D keypoints with what the detector writes for a video with nobody in it. */
function blank(dir: string, camera: string): void {
  const seq = readPose2dFile(pose2dPath(dir, camera));
  seq.data.fill(NaN);
  seq.trackIds.fill(-1);
  writePose2d(dir, seq);
}

describe.skipIf(!haveFfmpeg)(`a camera whose video shows nobody${haveFfmpeg ? '' : ' (skipped: no ffmpeg)'}`, () => {
  it('is left out with a warning naming the camera and the file, and the run still produces 3D output', async () => {
    const dir = join(root, 'pattern');
    cpSync(s.dir, dir, { recursive: true });
    // cam03 is a real video of a test pattern: the detector finds nobody in it.
    rmSync(pose2dPath(dir, 'cam03'));
    mkdirSync(join(dir, 'videos'));
    const { writePatternVideo } = await import('../../src/video/testVideos.ts');
    await writePatternVideo(join(dir, 'videos', 'cam03.mp4'), { width: 192, height: 144, fps: 10, frames: 6 });

    const events: ProcessEvent[] = [];
    const r = await runProcess(dir, { onProgress: (e) => events.push(e) });
    const warned = events.filter((e) => e.type === 'warning');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ stage: 'detect:cam03' });
    expect((warned[0] as { message: string }).message).toMatch(
      /^camera cam03 was left out: nobody found in any of the 6 frames of .*videos\/cam03\.mp4; check that it films the subject .*\[project\] cameras = \[\.\.\.\] in mocap\.toml$/,
    );
    expect(r.cameras).toEqual(['cam01', 'cam02', 'cam04']);
    expect(r.completeness).toBeGreaterThan(0.9);
    expect(existsSync(join(dir, 'output', 'points3d.trc'))).toBe(true);
    expect(r.warnings.filter((w) => w.code === 'camera-sees-nobody').map((w) => w.message)).toEqual([
      (warned[0] as { message: string }).message,
    ]);
    // Not also the quieter "calibrated camera without 2D data" note.
    expect(r.notes.join(' ')).not.toContain('cam03');
    // In the log, and first in the report's verdict.
    expect(logLines(dir).find((l) => l.stage === 'detect:cam03')?.warnings?.[0]).toMatch(/^camera cam03 was left out/);
    const report = JSON.parse(readFileSync(join(dir, 'output', 'report.json'), 'utf8'));
    expect(report.quality.verdict.reasons[0]).toMatch(/^✗ camera cam03 was left out: nobody found/);
    expect(report.quality.verdict.headline).toContain('1 camera was left out');
    expect(readFileSync(join(dir, 'output', 'report.html'), 'utf8')).toContain('camera cam03 was left out');

    // A rerun detects nothing again (the empty result is recorded) and keeps saying why cam03 is out.
    const again = await runProcess(dir);
    expect(again.stages.map((x) => `${x.stage}:${x.status}`)).toEqual([
      'detect:cam03:skipped',
      'sync:skipped',
      'triangulate:skipped',
      'filter:skipped',
      'export:skipped',
      'report:skipped',
    ]);
    expect(again.warnings.map((w) => w.code)).toContain('camera-sees-nobody');
    expect(logLines(dir).filter((l) => l.stage === 'detect:cam03' && l.status === 'ran')).toHaveLength(1);
  }, 60_000);
});

describe('too few cameras that see anyone', () => {
  it('stops with one line naming the empty cameras and what to do, and keeps the earlier outputs', async () => {
    const dir = join(root, 'few');
    cpSync(s.dir, dir, { recursive: true });
    await runProcess(dir);
    const before = readFileSync(join(dir, 'output', 'points3d.p3d'));
    for (const cam of ['cam02', 'cam03', 'cam04']) blank(dir, cam);
    const err = await runProcess(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const msg = (err as Error).message;
    expect(msg).not.toContain('\n');
    expect(msg).toMatch(
      /^only 1 of the 4 cameras sees a person \(cam01\): nobody found in cam02 \(.*pose2d\/cam02\.pose2d\), cam03 \(.*\), cam04 \(.*\); check that the cameras film the subject .*\[project\] cameras = \[\.\.\.\] in mocap\.toml$/,
    );
    expect(readFileSync(join(dir, 'output', 'points3d.p3d')).equals(before)).toBe(true);
    blank(dir, 'cam01');
    await expect(runProcess(dir)).rejects.toThrow(/^none of the 4 cameras sees a person: nobody found in cam01 /);
  });

  it('goes on with 2 cameras that see the person', async () => {
    const dir = join(root, 'two');
    cpSync(s.dir, dir, { recursive: true });
    blank(dir, 'cam01');
    blank(dir, 'cam04');
    const r = await runProcess(dir);
    expect(r.cameras).toEqual(['cam02', 'cam03']);
    expect(r.warnings.filter((w) => w.code === 'camera-sees-nobody').map((w) => w.message.split(':')[0])).toEqual([
      'camera cam01 was left out',
      'camera cam04 was left out',
    ]);
    expect(r.completeness).toBeGreaterThan(0.5);
    // Leaving them out for good: no warning any more, a note says why they are not used.
    writeFileSync(join(dir, 'mocap.toml'), '[project]\ncameras = ["cam02", "cam03"]\n');
    const out = await runProcess(dir);
    expect(out.cameras).toEqual(['cam02', 'cam03']);
    expect(out.warnings.map((w) => w.code)).not.toContain('camera-sees-nobody');
    expect(out.notes).toContain('left out by project.cameras: cam01, cam04');
  });
});
