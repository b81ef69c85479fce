// Builds a small synthetic session on disk without video: known 3D motion, a ring of cameras,
// noisy 2D observations written as pose2d files, and the calibration as TOML.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CameraRig, Points3D } from '../../src/core/types.ts';
import { formatCalibrationToml } from '../../src/formats/calibrationToml.ts';
import { writePose2d } from '../../src/io/pose2d.ts';
import { generateMotion } from '../../src/synthetic/motion.ts';
import { observe } from '../../src/synthetic/observe.ts';
import { makeRingRig } from '../../src/synthetic/rig.ts';

export interface SyntheticSession {
  dir: string;
  truth: Points3D;
  rig: CameraRig;
}

export function buildSyntheticSession(
  dir: string,
  opts: { frames?: number; cameras?: number; noisePx?: number; missRate?: number; bystanders?: number; seed?: number } = {},
): SyntheticSession {
  mkdirSync(dir, { recursive: true });
  const truth = generateMotion({ frames: opts.frames ?? 90, fps: 30, layout: 'halpe26', seed: opts.seed ?? 5, kind: 'mixed' });
  const rig = makeRingRig(opts.cameras ?? 4);
  const seqs = observe(truth, rig, {
    noisePx: opts.noisePx ?? 1,
    missRate: opts.missRate ?? 0.02,
    bystanders: opts.bystanders ?? 0,
    seed: opts.seed ?? 5,
  });
  for (const s of seqs) writePose2d(dir, s);
  writeFileSync(join(dir, 'calibration.toml'), formatCalibrationToml(rig));
  return { dir, truth, rig };
}

/** Mean and max 3D distance (mm) between two point sets over the positions both have. */
export function errorMm(a: Points3D, b: Points3D): { meanMm: number; maxMm: number; compared: number } {
  let sum = 0;
  let max = 0;
  let n = 0;
  for (let k = 0; k < Math.min(a.frames, b.frames) * a.joints; k++) {
    const d = Math.hypot(a.data[k * 3] - b.data[k * 3], a.data[k * 3 + 1] - b.data[k * 3 + 1], a.data[k * 3 + 2] - b.data[k * 3 + 2]);
    if (!Number.isFinite(d)) continue;
    sum += d;
    max = Math.max(max, d);
    n++;
  }
  return { meanMm: (sum / n) * 1000, maxMm: max * 1000, compared: n };
}
