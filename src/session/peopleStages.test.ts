// `openmocap process` with [triangulation] people = "all": on a synthetic session (outputs per person,
// overview, stable numbering), and on the real two-people recording (first 24 frames of each camera
// detected, a bounded version of the full run quoted in docs/multi-person.md).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCalibrationToml } from '../formats/calibrationToml.ts';
import { writePose2d } from '../io/pose2d.ts';
import { readPoints3dFile } from '../io/readPoints3dFile.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { makeCrowdTake, scoreCrowd } from '../synthetic/crowd.ts';
import { sharedDataDir } from '../video/testVideos.ts';
import { boneStability, judgedBones } from '../report/computeQuality.ts';
import { runProcess } from './process.ts';
import type { PeopleFile } from './peopleStages.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'omc-people-'));
  dirs.push(d);
  return d;
};

describe('process with people = "all"', () => {
  it('writes every person\'s outputs to output/person-<n>/, people.json and the overview report; people = "subject" keeps output/', async () => {
    const dir = tempDir();
    const rig = makeRingRig(4);
    const take = makeCrowdTake(rig, { people: 3, frames: 60, bystanders: 2, seed: 4 });
    mkdirSync(join(dir, 'pose2d'), { recursive: true });
    for (const s of take.sequences) writePose2d(dir, s);
    writeFileSync(join(dir, 'calibration.toml'), formatCalibrationToml(rig));
    writeFileSync(
      join(dir, 'mocap.toml'),
      '[sync]\nmethod = "none"\n[triangulation]\npeople = "all"\n[output]\nformats = ["trc", "c3d"]\n',
    );
    await runProcess(dir, { steps: ['triangulate', 'filter', 'export', 'report'] });
    const people = JSON.parse(readFileSync(join(dir, 'output/people.json'), 'utf8')) as PeopleFile;
    expect(people.people.map((p) => p.id)).toEqual([1, 2, 3]);
    for (const p of people.people) {
      expect(p.seen).toEqual([[0, 60]]);
      for (const f of [
        'points3d_raw.p3d',
        'points3d_raw.trc',
        'points3d.p3d',
        'points3d.trc',
        'points3d.c3d',
        'report.html',
        'report.json',
      ])
        expect(existsSync(join(dir, `output/person-${p.id}/${f}`)), f).toBe(true);
    }
    const outputs = people.people.map((p) => readPoints3dFile(join(dir, `output/person-${p.id}/points3d_raw.p3d`), 'p3d', '').points);
    const score = scoreCrowd(take, outputs);
    expect(score.switches).toBe(0);
    expect(new Set(score.matchedTo).size).toBe(3);
    const html = readFileSync(join(dir, 'output/report.html'), 'utf8');
    expect(html).toContain('Who was seen when');
    for (const id of [1, 2, 3]) expect(html).toContain(`href="person-${id}/report.html"`);
    expect(existsSync(join(dir, 'output/points3d_raw.p3d'))).toBe(false);

    // Back to one subject: output/ as always.
    writeFileSync(join(dir, 'mocap.toml'), '[sync]\nmethod = "none"\n');
    await runProcess(dir, { steps: ['triangulate'] });
    expect(existsSync(join(dir, 'output/points3d_raw.p3d'))).toBe(true);
  });
});

const shared = sharedDataDir();
const videos = shared && resolve(shared, 'pose2sim-demo/multi-person/videos');
const haveReal = !!videos && existsSync(join(videos, 'cam01.mp4'));

describe.skipIf(!haveReal)('people = "all" on the real two-people recording (skipped: ../shared/data absent)', () => {
  it('reconstructs both people in every frame with stable numbers and steady bones (first 24 frames)', async () => {
    const dir = tempDir();
    const frames = 24;
    mkdirSync(join(dir, 'videos'));
    for (let c = 1; c <= 4; c++) symlinkSync(join(videos!, `cam0${c}.mp4`), join(dir, 'videos', `cam0${c}.mp4`));
    writeFileSync(join(dir, 'calibration.toml'), readFileSync(resolve(shared!, 'pose2sim-demo/calibration/Calib_qualisys.toml')));
    writeFileSync(join(dir, 'mocap.toml'), '[sync]\nmethod = "none"\n[triangulation]\npeople = "all"\n');
    // Only the frames needed: detect the first `frames` frames of each camera, then triangulate.
    const { detectVideo } = await import('../detect/runDetect.ts');
    for (let c = 1; c <= 4; c++)
      writePose2d(
        dir,
        await detectVideo(join(dir, 'videos', `cam0${c}.mp4`), `cam0${c}`, { workers: 1 }, undefined, { maxFrames: frames }),
      );
    await runProcess(dir, { steps: ['triangulate', 'filter'] });
    const people = JSON.parse(readFileSync(join(dir, 'output/people.json'), 'utf8')) as PeopleFile;
    expect(people.people.map((p) => p.id)).toEqual([1, 2]);
    const pts = people.people.map((p) => readPoints3dFile(join(dir, `output/person-${p.id}/points3d.p3d`), 'p3d', '').points);
    const centroid = (k: number, f: number): number[] => {
      const p = pts[k],
        c = [0, 0, 0];
      let n = 0;
      for (let j = 0; j < p.joints; j++) {
        const o = (f * p.joints + j) * 3;
        if (!Number.isFinite(p.data[o])) continue;
        for (let a = 0; a < 3; a++) c[a] += p.data[o + a];
        n++;
      }
      return n >= p.joints / 2 ? c.map((x) => x / n) : [NaN, NaN, NaN];
    };
    for (let k = 0; k < 2; k++) {
      expect(people.people[k].seen).toEqual([[0, frames]]);
      for (let f = 1; f < frames; f++) {
        // No switch: a person's centroid moves less than 10 cm from one frame to the next (60 fps) …
        const a = centroid(k, f - 1),
          b = centroid(k, f);
        expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]), `person ${k + 1} frame ${f}`).toBeLessThan(0.1);
      }
      const cv = judgedBones(boneStability(pts[k]))
        .map((b) => b.cv)
        .filter(Number.isFinite)
        .sort((x, y) => x - y);
      expect(cv[cv.length >> 1], `person ${k + 1} median limb bone CV`).toBeLessThanOrEqual(0.06);
    }
    // … and the two stay apart (they never merge into one).
    for (let f = 0; f < frames; f++) {
      const a = centroid(0, f),
        b = centroid(1, f);
      expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeGreaterThan(0.3);
    }
  }, 120_000);
});
