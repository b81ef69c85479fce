import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError, type Warning } from '../core/errors.ts';
import type { PoseSequence2D } from '../core/types.ts';
import { readOpenPoseFolder, readPose2dFile, readPose2dFolder, writeOpenPoseJson, writePose2d } from './pose2d.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'openmocap-pose2d-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function seq(camera: string, layout: string, joints: number, frames = 4, persons = 2): PoseSequence2D {
  const data = new Float32Array(frames * persons * joints * 3);
  for (let i = 0; i < data.length; i++) data[i] = (i % 3 === 2 ? 0.5 : 100) + (i % 97) * 1.5;
  // person slot 1 absent in frame 0; one missing joint in frame 2
  data.fill(NaN, joints * 3, 2 * joints * 3);
  data.fill(NaN, (2 * persons) * joints * 3 + 6, (2 * persons) * joints * 3 + 9);
  const trackIds = new Int32Array(frames * persons).map((_, i) => i % persons);
  trackIds[1] = -1;
  const timestampsMs = new Float64Array(frames).map((_, f) => (f * 1000) / 60);
  return { camera, layout, imageWidth: 640, imageHeight: 480, fps: 60, frames, persons, joints, data, trackIds, timestampsMs, model: 'test' };
}

function writeFrame(folder: string, name: string, people: unknown[]): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), JSON.stringify({ version: 1.3, people }));
}

describe('pose2d files in a session', () => {
  it('writes pose2d/<camera>.pose2d and reads it back', () => {
    const s = seq('cam01', 'coco17', 17);
    const path = writePose2d(dir, s);
    expect(path).toBe(join(dir, 'pose2d', 'cam01.pose2d'));
    expect(readPose2dFile(path)).toEqual(s);
    expect(readdirSync(join(dir, 'pose2d'))).toEqual(['cam01.pose2d']); // no temp files left
  });

  it('reads all cameras sorted by name, own format and OpenPose JSON folders alike', () => {
    writePose2d(dir, seq('cam02', 'halpe26', 26));
    writeOpenPoseJson(join(dir, 'pose2d', 'cam01_json'), seq('cam01', 'halpe26', 26));
    const all = readPose2dFolder(dir, { fps: 60 });
    expect(all.map((s) => s.camera)).toEqual(['cam01', 'cam02']);
    expect(all[0].layout).toBe('halpe26');
  });

  it('says what to do when pose2d/ is missing or empty', () => {
    expect(() => readPose2dFolder(dir)).toThrow(UserError);
    expect(() => readPose2dFolder(dir)).toThrow(/pose2d does not exist; run "openmocap detect/);
    mkdirSync(join(dir, 'pose2d'));
    expect(() => readPose2dFolder(dir)).toThrow(/holds no \.pose2d files/);
  });
});

describe('OpenPose JSON folders', () => {
  it('round-trips through writeOpenPoseJson: NaN ↔ 0,0,0, person_id ↔ trackId, empty slots dropped', () => {
    const s = seq('cam03', 'coco17', 17);
    writeOpenPoseJson(join(dir, 'out'), s);
    const files = readdirSync(join(dir, 'out')).sort();
    expect(files[0]).toBe('cam03_000000000000_keypoints.json');
    const back = readOpenPoseFolder(join(dir, 'out'), 'cam03', { fps: 60 });
    expect(back.frames).toBe(4);
    expect(back.persons).toBe(2);
    expect(back.layout).toBe('coco17');
    for (let i = 0; i < s.data.length; i++) {
      if (Number.isNaN(s.data[i])) expect(back.data[i]).toBeNaN();
      else expect(back.data[i]).toBeCloseTo(s.data[i], 3);
    }
    expect([...back.trackIds]).toEqual([0, -1, 0, 1, 0, 1, 0, 1]);
    expect(back.timestampsMs[3]).toBeCloseTo(50);
  });

  it('removes frames of an earlier, longer run when rewriting a camera', () => {
    const out = join(dir, 'cam09_json');
    writeOpenPoseJson(out, seq('cam09', 'coco17', 17, 6));
    writeFileSync(join(out, 'notes.json'), '{"people": []}');
    writeOpenPoseJson(out, seq('cam09', 'coco17', 17, 3));
    expect(readdirSync(out).sort()).toEqual([
      'cam09_000000000000_keypoints.json', 'cam09_000000000001_keypoints.json', 'cam09_000000000002_keypoints.json', 'notes.json',
    ]);
  });

  it('prefers a camera\'s .pose2d over its JSON mirror, without a warning', () => {
    writePose2d(dir, seq('cam01', 'coco17', 17, 5));
    writeOpenPoseJson(join(dir, 'pose2d', 'cam01_json'), seq('cam01', 'coco17', 17, 2));
    const warnings: Warning[] = [];
    const all = readPose2dFolder(dir, { onWarning: (w) => warnings.push(w) });
    expect(all.map((s) => [s.camera, s.frames])).toEqual([['cam01', 5]]);
    expect(warnings).toEqual([]);
  });

  it('detects the layout from the keypoint count, and reads the body part of COCO-WholeBody', () => {
    const counts: [number, string, number][] = [[17, 'coco17', 17], [26, 'halpe26', 26], [133, 'wholebody133', 23]];
    for (const [n, layout, joints] of counts) {
      const f = join(dir, `n${n}`);
      const kp = Array.from({ length: n * 3 }, (_, i) => (i % 3 === 2 ? 0.9 : i));
      writeFrame(f, 'x_000000000000_keypoints.json', [{ pose_keypoints_2d: kp }]);
      const s = readOpenPoseFolder(f, 'c', { fps: 30 });
      expect([s.layout, s.joints]).toEqual([layout, joints]);
      expect(s.data[joints * 3 - 3]).toBe((joints - 1) * 3);
    }
  });

  it('reads 25 keypoints as BODY_25 by default and says so; BODY_25B on request', () => {
    const f = join(dir, 'b25');
    writeFrame(f, 'f_0.json', [{ pose_keypoints_2d: new Array(75).fill(1) }]);
    const warnings: Warning[] = [];
    expect(readOpenPoseFolder(f, 'c', { fps: 30, onWarning: (w) => warnings.push(w) }).layout).toBe('body25');
    expect(warnings.map((w) => w.code)).toEqual(['body25-assumed']);
    expect(readOpenPoseFolder(f, 'c', { fps: 30, body25Variant: 'body25b' }).layout).toBe('body25b');
  });

  it('places frames by the trailing number in the file name, leaving missing frames empty', () => {
    const f = join(dir, 'cam01_json');
    const kp = new Array(51).fill(2);
    writeFrame(f, 'cam01_000010.json', [{ pose_keypoints_2d: kp }]);
    writeFrame(f, 'cam01_000013.json', [{ pose_keypoints_2d: kp, person_id: [7] }, { pose_keypoints_2d: kp }]);
    writeFrame(f, 'cam01_000011.json', [{ pose_keypoints_2d: [], face_keypoints_2d: [1, 2, 0.5] }]);
    const s = readOpenPoseFolder(f, 'cam01', { fps: 30 });
    expect(s.frames).toBe(4);
    expect(s.persons).toBe(2);
    expect(s.data[0]).toBe(2);
    expect(s.data[2 * 2 * 17 * 3]).toBeNaN(); // frame 12: no file
    expect([...s.trackIds]).toEqual([-1, -1, -1, -1, -1, -1, 7, -1]);
  });

  it('aligns JSON folders of several cameras on a common first frame', () => {
    const kp = new Array(51).fill(2);
    writeFrame(join(dir, 'pose2d', 'cam01_json'), 'a_5.json', [{ pose_keypoints_2d: kp }]);
    writeFrame(join(dir, 'pose2d', 'cam02_json'), 'b_7.json', [{ pose_keypoints_2d: kp }]);
    const warnings: Warning[] = [];
    const [a, b] = readPose2dFolder(dir, { onWarning: (w) => warnings.push(w) });
    expect([a.frames, b.frames]).toEqual([1, 3]);
    expect(b.data[2 * 17 * 3]).toBe(2);
    expect(warnings.filter((w) => w.code === 'fps-assumed')).toHaveLength(1);
  });

  it('rejects malformed files with a UserError naming them', () => {
    const f = join(dir, 'bad');
    mkdirSync(f);
    writeFileSync(join(f, 'c_1.json'), '{"people": [{"pose_keypoints_2d": [1, 2]}]}');
    expect(() => readOpenPoseFolder(f, 'c')).toThrow(/c_1\.json: people\[0\]\.pose_keypoints_2d must be/);
    writeFileSync(join(f, 'c_1.json'), '{not json');
    expect(() => readOpenPoseFolder(f, 'c')).toThrow(/c_1\.json is not valid JSON/);
    writeFileSync(join(f, 'c_1.json'), JSON.stringify({ people: [{ pose_keypoints_2d: new Array(54).fill(1) }] }));
    expect(() => readOpenPoseFolder(f, 'c')).toThrow(/18 keypoints per person matches no supported layout/);
    expect(readFileSync(join(f, 'c_1.json'), 'utf8')).toContain('people');
  });
});
