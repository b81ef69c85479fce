// The camera model and triangulation on the real four-camera lab calibration (Pose2Sim demo,
// Qualisys and scene calibrations): portrait 1088×1920 images, real lens distortion, real layout.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCalibrationToml } from '../formats/calibrationToml.ts';
import { prepareCamera } from '../camera/project.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { observe } from '../synthetic/observe.ts';
import { triangulate } from './triangulate.ts';
import { volumeCentre } from './selectSubject.ts';
import type { Points3D } from '../core/types.ts';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const calibDir = resolve(repoRoot, '../shared/data/pose2sim-demo/calibration');
const have = existsSync(resolve(calibDir, 'Calib_qualisys.toml'));

function meanErrorMm(a: Points3D, b: Points3D): number {
  let sum = 0,
    n = 0;
  for (let i = 0; i < a.data.length; i += 3) {
    const d = Math.hypot(a.data[i] - b.data[i], a.data[i + 1] - b.data[i + 1], a.data[i + 2] - b.data[i + 2]);
    if (Number.isFinite(d)) {
      sum += d;
      n++;
    }
  }
  return (sum / n) * 1000;
}

describe.skipIf(!have)('triangulation on the real lab calibrations (skipped: ../shared/data absent)', () => {
  for (const file of ['Calib_qualisys.toml', 'Calib_scene.toml']) {
    it(`recovers a body moving in the middle of the ${file} capture volume`, () => {
      const rig = parseCalibrationToml(readFileSync(resolve(calibDir, file), 'utf8'), { file });
      expect(rig.cameras).toHaveLength(4);
      const centre = volumeCentre(rig.cameras.map(prepareCamera));
      const truth = generateMotion({ frames: 60, fps: 60, kind: 'walk-in-place', seed: 2 });
      // Stand the body on the floor (z = 0 in the lab frame) under the volume centre.
      for (let i = 0; i < truth.data.length; i += 3) {
        truth.data[i] += centre[0];
        truth.data[i + 1] += centre[1];
      }
      const exact = triangulate(observe(truth, rig, { seed: 1 }), rig);
      expect(exact.gaps).toEqual([]);
      expect(meanErrorMm(exact.points, truth)).toBeLessThan(0.1);
      const clean = meanErrorMm(triangulate(observe(truth, rig, { noisePx: 3, seed: 1 }), rig).points, truth);
      const spoiled = meanErrorMm(
        triangulate(observe(truth, rig, { noisePx: 3, wrongRate: 0.1, swapRate: 0.03, seed: 1 }), rig).points,
        truth,
      );
      expect(spoiled).toBeLessThan(clean * 1.5); // measured 1.38× (Qualisys) and 1.43× (scene) with 60 frames
    });
  }
});
