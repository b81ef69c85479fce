import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';
import { encodePose2d } from '../formats/pose2d.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { observe } from '../synthetic/observe.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { openPose2dFrames } from './pose2dFrames.ts';

describe('a .pose2d file read by frame ranges', () => {
  const dir = mkdtempSync(join(tmpdir(), 'openmocap-frames-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const seq = observe(generateMotion({ frames: 37, fps: 30 }), makeRingRig(2), { noisePx: 1, bystanders: 1, missRate: 0.1 })[1];
  const file = join(dir, 'cam02.pose2d');
  writeFileSync(file, encodePose2d(seq));

  it('gives the header, track ids, timestamps and any range of frames exactly as the whole file', () => {
    const f = openPose2dFrames(file);
    const { data, ...fields } = seq;
    const { readFrames, ...read } = f;
    expect(read).toEqual(fields);
    const per = seq.persons * seq.joints * 3;
    for (const [a, b] of [
      [0, 37],
      [0, 1],
      [5, 12],
      [36, 37],
      [20, 20],
    ]) {
      const got = readFrames(a, b);
      expect(Buffer.from(got.buffer, got.byteOffset, got.byteLength).equals(Buffer.from(data.slice(a * per, b * per).buffer))).toBe(true);
    }
    expect(() => readFrames(30, 38)).toThrow();
  });

  it('refuses a damaged file with one line naming it', () => {
    const bad = join(dir, 'cut.pose2d');
    writeFileSync(bad, encodePose2d(seq));
    truncateSync(bad, 300);
    expect(() => openPose2dFrames(bad)).toThrow(UserError);
    expect(() => openPose2dFrames(bad)).toThrow(/cut\.pose2d is not a valid \.pose2d file/);
    writeFileSync(bad, 'not a pose2d file at all');
    expect(() => openPose2dFrames(bad)).toThrow(/wrong magic bytes/);
    expect(() => openPose2dFrames(join(dir, 'missing.pose2d'))).toThrow(UserError);
  });
});
