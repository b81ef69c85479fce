// [output] anatomical_correction through `process`: a COCO-17 session (and one of the fused model's
// layout, coco17feet: COCO-17 + heels and toes) gets each marker that has a measured offset moved by it
// (turned with its segment) in the exports only; a layout with no measured offsets is refused in one line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDemoSession } from '../../src/demo/buildDemoSession.ts';
import { pose2dPath, readPose2dFile, writePose2d } from '../../src/io/pose2d.ts';
import { runProcess } from '../../src/session/process.ts';
import { landmarksAsLayout, MEASURED_OFFSETS } from '../../src/analysis/anatomicalCorrection.ts';
import { projectPoints } from '../../src/camera/project.ts';
import { UserError } from '../../src/core/errors.ts';
import { getLayout } from '../../src/core/layouts.ts';
import { layoutOfTrcMarkers, parseTrc } from '../../src/formats/trc.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * The keypoints-only demo (COCO-17 2D), its 2D written as COCO-WholeBody's 23 body keypoints (feet missing),
 * or as coco17feet (the fused model's layout: heels and toes = the truth's, the toe as BlazePose's foot
 * index, projected into each camera).
 */
async function session(layout: 'coco17' | 'wholebody133' | 'coco17feet', correct: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'openmocap-anatomical-'));
  dirs.push(dir);
  const s = await buildDemoSession(dir, { frames: 12, keypointsOnly: true });
  if (layout === 'wholebody133') {
    // COCO-WholeBody's body part starts with the 17 COCO keypoints; its 6 foot keypoints stay missing.
    for (const cam of s.rig.cameras) {
      const q = readPose2dFile(pose2dPath(dir, cam.name));
      expect(q.layout).toBe('coco17');
      const data = new Float32Array(q.frames * q.persons * 23 * 3).fill(NaN);
      for (let fp = 0; fp < q.frames * q.persons; fp++) data.set(q.data.subarray(fp * 17 * 3, (fp + 1) * 17 * 3), fp * 23 * 3);
      writePose2d(dir, { ...q, layout: 'wholebody133', joints: 23, data });
    }
  }
  if (layout === 'coco17feet') {
    const F = getLayout('coco17feet');
    const feet = landmarksAsLayout(s.truth, 'coco17feet');
    for (const cam of s.rig.cameras) {
      const q = readPose2dFile(pose2dPath(dir, cam.name));
      expect([q.layout, q.persons]).toEqual(['coco17', 1]);
      const data = new Float32Array(q.frames * 21 * 3);
      for (let f = 0; f < q.frames; f++) {
        data.set(q.data.subarray(f * 17 * 3, (f + 1) * 17 * 3), f * 21 * 3);
        const uv = projectPoints(cam, feet.data.slice((f * 21 + 17) * 3, (f + 1) * 21 * 3));
        for (let k = 0; k < 4; k++) data.set([uv[2 * k], uv[2 * k + 1], 0.9], (f * 21 + 17 + k) * 3);
      }
      expect(F.keypoints.slice(17)).toEqual(['LHeel', 'RHeel', 'LBigToe', 'RBigToe']);
      writePose2d(dir, { ...q, layout: 'coco17feet', joints: 21, data });
    }
  }
  const toml = readFileSync(join(dir, 'mocap.toml'), 'utf8').replace(
    /formats = \[.*\]/,
    `formats = ["trc"]${correct ? '\nanatomical_correction = true' : ''}`,
  );
  writeFileSync(join(dir, 'mocap.toml'), toml);
  return dir;
}

const readTrc = (dir: string) => parseTrc(readFileSync(join(dir, 'output', 'points3d.trc'), 'utf8'));

describe('anatomical correction in process', () => {
  it.each([
    'coco17',
    'coco17feet',
  ] as const)("moves each %s marker with a measured offset in the TRC by exactly that offset's length, and nothing else", async (layout) => {
    const plain = await session(layout, false);
    const fixed = await session(layout, true);
    await runProcess(plain, {});
    await runProcess(fixed, {});
    const a = readTrc(plain),
      b = readTrc(fixed);
    expect(b.markers).toEqual(a.markers);
    const toMm = a.units === 'mm' ? 1 : 1000;
    const f = 5,
      M = a.markers.length;
    const moved = (m: number) => toMm * Math.hypot(...[0, 1, 2].map((k) => a.data[(f * M + m) * 3 + k] - b.data[(f * M + m) * 3 + k]));
    const { keypointOfColumn } = layoutOfTrcMarkers(a.markers)!;
    const names = getLayout(layout).keypoints;
    const offsets = MEASURED_OFFSETS[layout].offsets;
    if (layout === 'coco17feet') expect(a.markers).toEqual(expect.arrayContaining(['LHeel', 'RHeel', 'LBigToe', 'RBigToe']));
    a.markers.forEach((marker, m) => {
      const o = offsets[names[keypointOfColumn[m]]];
      // The offset vector's length is kept whatever way the body turns.
      if (o) expect(moved(m), marker).toBeCloseTo(Math.hypot(...o), 1);
      else expect(moved(m), marker).toBe(0);
    });
    expect(Object.keys(offsets).length).toBeGreaterThan(4);
  }, 120_000);

  it('refuses a layout with no measured offsets in one line naming mocap.toml', async () => {
    const dir = await session('wholebody133', true);
    const err = await runProcess(dir, {}).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(
      /mocap\.toml: \[output\] anatomical_correction has no measured offsets for the wholebody133 layout .*set it to false$/,
    );
  }, 120_000);
});
