import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError, type Warning } from '../core/errors.ts';
import type { PoseSequence2D } from '../core/types.ts';
import { readOpenPoseFolder, readPose2dFile, readPose2dFolder, writeOpenPoseJson, writePose2d } from './pose2d.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { observe } from '../synthetic/observe.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { projectSettingsSchema } from '../session/sessionSettingsSchemas.ts';

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
  data.fill(NaN, 2 * persons * joints * 3 + 6, 2 * persons * joints * 3 + 9);
  const trackIds = new Int32Array(frames * persons).map((_, i) => i % persons);
  trackIds[1] = -1;
  const timestampsMs = new Float64Array(frames).map((_, f) => (f * 1000) / 60);
  return {
    camera,
    layout,
    imageWidth: 640,
    imageHeight: 480,
    fps: 60,
    frames,
    persons,
    joints,
    data,
    trackIds,
    timestampsMs,
    model: 'test',
  };
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
      'cam09_000000000000_keypoints.json',
      'cam09_000000000001_keypoints.json',
      'cam09_000000000002_keypoints.json',
      'notes.json',
    ]);
  });

  it("prefers a camera's .pose2d over its JSON mirror, without a warning", () => {
    writePose2d(dir, seq('cam01', 'coco17', 17, 5));
    writeOpenPoseJson(join(dir, 'pose2d', 'cam01_json'), seq('cam01', 'coco17', 17, 2));
    const warnings: Warning[] = [];
    const all = readPose2dFolder(dir, { onWarning: (w) => warnings.push(w) });
    expect(all.map((s) => [s.camera, s.frames])).toEqual([['cam01', 5]]);
    expect(warnings).toEqual([]);
  });

  it('detects the layout from the keypoint count, and reads the body part of COCO-WholeBody', () => {
    const counts: [number, string, number][] = [
      [17, 'coco17', 17],
      [26, 'halpe26', 26],
      [133, 'wholebody133', 23],
    ];
    for (const [n, layout, joints] of counts) {
      const f = join(dir, `n${n}`);
      const kp = Array.from({ length: n * 3 }, (_, i) => (i % 3 === 2 ? 0.9 : i));
      writeFrame(f, 'x_000000000000_keypoints.json', [{ pose_keypoints_2d: kp }]);
      const s = readOpenPoseFolder(f, 'c', { fps: 30 });
      expect([s.layout, s.joints]).toEqual([layout, joints]);
      expect(s.data[joints * 3 - 3]).toBe((joints - 1) * 3);
    }
  });

  it('tells BODY_25B from BODY_25 JSON by the geometry of the first frames, over all cameras, with no setting', () => {
    for (const layout of ['body25b', 'body25']) {
      const session = join(dir, layout);
      const truth = generateMotion({ frames: 12, fps: 30, layout, seed: 2, kind: 'mixed' });
      for (const s of observe(truth, makeRingRig(3), { noisePx: 1, seed: 2 }))
        writeOpenPoseJson(join(session, 'pose2d', `${s.camera}_json`), s);
      const warnings: Warning[] = [];
      const all = readPose2dFolder(session, { fps: 30, onWarning: (w) => warnings.push(w) });
      expect(all.map((s) => s.layout)).toEqual([layout, layout, layout]);
      expect(warnings.filter((w) => w.code !== 'fps-assumed')).toEqual([]);
    }
  });

  it('warns, naming the setting that exists, when 25 keypoints cannot be told apart; the setting forces the layout', () => {
    const f = join(dir, 'b25');
    writeFrame(f, 'f_0.json', [{ pose_keypoints_2d: new Array(75).fill(1) }]);
    const warnings: Warning[] = [];
    const read = readOpenPoseFolder(f, 'c', { fps: 30, onWarning: (w) => warnings.push(w) });
    expect(['body25', 'body25b']).toContain(read.layout);
    expect(warnings.map((w) => w.code)).toEqual(['layout-uncertain']);
    expect(warnings[0].message).toMatch(/set \[project\] keypoint_layout = "body25b?" in mocap\.toml/);
    // The setting it names exists and is what readPairedInputs passes as `layout`.
    expect(projectSettingsSchema.shape.keypoint_layout).toBeDefined();
    for (const forced of ['body25b', 'BODY_25', 'auto'] as const) {
      const w: Warning[] = [];
      const s = readOpenPoseFolder(f, 'c', { fps: 30, layout: forced, onWarning: (x) => w.push(x) });
      if (forced !== 'auto') expect(s.layout).toBe(forced.toLowerCase().replace('_', ''));
      expect(w.length).toBe(forced === 'auto' ? 1 : 0);
    }
    expect(() => readOpenPoseFolder(f, 'c', { fps: 30, layout: 'halpe26' })).toThrow(
      /25 keypoints per person cannot be layout halpe26.*keypoint_layout/,
    );
  });

  it('uses a forced layout the keypoints contradict, but says so', () => {
    const session = join(dir, 'contradicted');
    const truth = generateMotion({ frames: 12, fps: 30, layout: 'body25b', seed: 4, kind: 'mixed' });
    for (const s of observe(truth, makeRingRig(2), { noisePx: 1, seed: 4 }))
      writeOpenPoseJson(join(session, 'pose2d', `${s.camera}_json`), s);
    const warnings: Warning[] = [];
    const all = readPose2dFolder(session, { fps: 30, layout: 'body25', onWarning: (w) => warnings.push(w) });
    expect(all.map((s) => s.layout)).toEqual(['body25', 'body25']);
    expect(warnings.map((w) => w.code)).toEqual(['layout-contradicted']);
    expect(warnings[0].message).toMatch(
      /read as body25 because \[project\] keypoint_layout says so, but the keypoints fit body25b far better/,
    );
  });

  it('reads OpenPose JSON that starts with a UTF-8 byte order mark', () => {
    const f = join(dir, 'bom');
    mkdirSync(f);
    writeFileSync(join(f, 'c_0.json'), `\uFEFF${JSON.stringify({ people: [{ pose_keypoints_2d: new Array(51).fill(3) }] })}`, 'utf8');
    expect(readFileSync(join(f, 'c_0.json'))[0]).toBe(0xef);
    const s = readOpenPoseFolder(f, 'c', { fps: 30 });
    expect([s.frames, s.layout, s.data[0]]).toEqual([1, 'coco17', 3]);
  });

  it('names a stray file whose frame number is far beyond the others, without allocating for it', () => {
    const kp = new Array(51).fill(2);
    for (const stray of [1_000_000, 999_999_999_999]) {
      const f = join(dir, `stray${stray}`);
      for (let i = 0; i < 20; i++) writeFrame(f, `cam01_${String(i).padStart(12, '0')}_keypoints.json`, [{ pose_keypoints_2d: kp }]);
      writeFrame(f, `cam01_${stray}_keypoints.json`, [{ pose_keypoints_2d: kp }]);
      const err = (() => {
        try {
          readOpenPoseFolder(f, 'cam01', { fps: 30 });
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toContain(
        `cam01_${stray}_keypoints.json has frame number ${stray}, far from the other files' frames (0–19)`,
      );
    }
    // A stray low number before a long run is named too (the smaller side is the stray one).
    const g = join(dir, 'low');
    writeFrame(g, 'a_0.json', [{ pose_keypoints_2d: kp }]);
    for (let i = 0; i < 5; i++) writeFrame(g, `a_${5_000_000 + i}.json`, [{ pose_keypoints_2d: kp }]);
    expect(() => readOpenPoseFolder(g, 'a', { fps: 30 })).toThrow(/a_0\.json has frame number 0, far from/);
    // Ordinary gaps (frames without a file) stay fine.
    const h = join(dir, 'gaps');
    for (const i of [0, 3, 40, 41]) writeFrame(h, `b_${i}.json`, [{ pose_keypoints_2d: kp }]);
    expect(readOpenPoseFolder(h, 'b', { fps: 30 }).frames).toBe(42);
  });

  it("names a camera whose JSON files start far from the other cameras' first frame", () => {
    const kp = new Array(51).fill(2);
    for (let i = 0; i < 3; i++) {
      writeFrame(join(dir, 'pose2d', 'cam01_json'), `a_${i}.json`, [{ pose_keypoints_2d: kp }]);
      writeFrame(join(dir, 'pose2d', 'cam02_json'), `b_${1_000_000 + i}.json`, [{ pose_keypoints_2d: kp }]);
    }
    expect(() => readPose2dFolder(dir, { fps: 30 })).toThrow(
      /cam02_json starts at frame 1000000 but other cameras' files start at frame 0/,
    );
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
