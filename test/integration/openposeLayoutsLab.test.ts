// The real four-camera lab recording's 2D keypoints written as OpenPose JSON in BODY_25B order (as
// Pose2Sim's demo ships them) and in BODY_25 order: both are recognised from their geometry, with no
// setting, and triangulate to the same 3D. Read with the wrong one of the two, the same files land
// far off — the defect this guards against. Needs ../shared/data (skips without it); the keypoints
// are our own detections (MoveNet Thunder, COCO-17), cached in the OS temp dir by bench/fromPersonLab.ts.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LAB_DATA, labKeypoints } from '../../bench/fromPersonLab.ts';
import { getLayout } from '../../src/core/layouts.ts';
import type { Points3D, PoseSequence2D } from '../../src/core/types.ts';
import { writeOpenPoseJson } from '../../src/io/pose2d.ts';
import { decodePoints3dFile } from '../../src/formats/points3dFile.ts';
import { runProcess } from '../../src/session/process.ts';

const have = existsSync(LAB_DATA);
const root = have ? mkdtempSync(join(tmpdir(), 'omc-lab-layouts-')) : '';
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/**
 * A COCO-17 sequence re-labelled as `layout`: the COCO keypoints moved to their places in its order;
 * keypoints COCO lacks are filled where a neighbour pair defines them (Neck / UpperNeck = between the
 * shoulders, MidHip = between the hips, with the lower of the two scores) and left missing otherwise
 * (HeadTop, feet), as a detector that did not see them would.
 */
function relabel(seq: PoseSequence2D, layout: string): PoseSequence2D {
  const coco = getLayout('coco17');
  const to = getLayout(layout);
  const J = to.keypoints.length;
  const between: Record<string, [string, string]> = {
    Neck: ['LShoulder', 'RShoulder'],
    UpperNeck: ['LShoulder', 'RShoulder'],
    MidHip: ['LHip', 'RHip'],
  };
  const data = new Float32Array(seq.frames * seq.persons * J * 3).fill(NaN);
  for (let fp = 0; fp < seq.frames * seq.persons; fp++) {
    const src = (j: number, k: number) => seq.data[(fp * seq.joints + j) * 3 + k];
    to.keypoints.forEach((name, j) => {
      const out = (fp * J + j) * 3;
      const c = coco.indexOf.get(name);
      if (c !== undefined) for (let k = 0; k < 3; k++) data[out + k] = src(c, k);
      else if (between[name]) {
        const [a, b] = between[name].map((n) => coco.indexOf.get(n)!);
        data[out] = (src(a, 0) + src(b, 0)) / 2;
        data[out + 1] = (src(a, 1) + src(b, 1)) / 2;
        data[out + 2] = Math.min(src(a, 2), src(b, 2));
      }
    });
  }
  return { ...seq, layout, joints: J, data };
}

/** Writes a session of OpenPose JSON folders in `layout` order and triangulates it with `mocap.toml` settings. */
async function triangulateAs(name: string, seqs: PoseSequence2D[], layout: string, forced?: string) {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const s of seqs) writeOpenPoseJson(join(dir, 'pose2d', `${s.camera}_json`), relabel(s, layout));
  copyFileSync(join(LAB_DATA, 'calibration', 'Calib_qualisys.toml'), join(dir, 'calibration.toml'));
  writeFileSync(join(dir, 'mocap.toml'), `[project]\nfps = 60\n${forced ? `keypoint_layout = "${forced}"\n` : ''}`);
  const summary = await runProcess(dir, { steps: ['triangulate'] });
  const points = decodePoints3dFile(new Uint8Array(readFileSync(join(dir, 'output', 'points3d_raw.p3d')))).points;
  return { summary, points };
}

/** Median distance (mm) between two takes over the keypoints named in both, with the names of a and b. */
function medianDistanceMm(a: Points3D, b: Points3D, names: string[]): number {
  const la = getLayout(a.layout),
    lb = getLayout(b.layout);
  const d: number[] = [];
  for (let f = 0; f < Math.min(a.frames, b.frames); f++)
    for (const n of names) {
      const i = la.indexOf.get(n),
        k = lb.indexOf.get(n);
      if (i === undefined || k === undefined) continue;
      const p = a.data.subarray((f * a.joints + i) * 3, (f * a.joints + i) * 3 + 3);
      const q = b.data.subarray((f * b.joints + k) * 3, (f * b.joints + k) * 3 + 3);
      const dist = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
      if (Number.isFinite(dist)) d.push(dist * 1000);
    }
  d.sort((x, y) => x - y);
  return d[d.length >> 1];
}

const BODY = ['LShoulder', 'RShoulder', 'LElbow', 'RElbow', 'LWrist', 'RWrist', 'LHip', 'RHip', 'LKnee', 'RKnee', 'LAnkle', 'RAnkle'];

describe.skipIf(!have)('OpenPose JSON layouts of the real lab recording (skipped: ../shared/data is absent)', () => {
  it('BODY_25B- and BODY_25-ordered files of the same detections are both recognised and triangulate to the same 3D', async () => {
    const seqs = await labKeypoints('single-person');
    const b25b = await triangulateAs('body25b', seqs, 'body25b');
    const b25 = await triangulateAs('body25', seqs, 'body25');
    expect(b25b.summary.layout).toBe('body25b');
    expect(b25.summary.layout).toBe('body25');
    for (const r of [b25b, b25]) expect(r.summary.warnings.filter((w) => w.code === 'layout-uncertain')).toEqual([]);
    const same = medianDistanceMm(b25b.points, b25.points, BODY);
    console.log(`lab recording: BODY_25B vs BODY_25 reading of the same detections, median limb-keypoint distance ${same.toFixed(2)} mm`);
    expect(same).toBeLessThan(1);

    // The defect: BODY_25B files taken as BODY_25 put hips, knees and shoulders under the wrong names.
    const wrong = await triangulateAs('body25b-as-body25', seqs, 'body25b', 'body25');
    const off = medianDistanceMm(wrong.points, b25b.points, BODY);
    console.log(`lab recording: BODY_25B files forced to BODY_25, median limb-keypoint distance ${off.toFixed(0)} mm`);
    expect(off).toBeGreaterThan(100);
    // Forcing it is allowed, but never silent.
    expect(wrong.summary.warnings.map((w) => w.code)).toContain('layout-contradicted');
  }, 900_000);
});
