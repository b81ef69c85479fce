import { describe, expect, it } from 'vitest';
import { generateMotion } from '../synthetic/motion.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { observe } from '../synthetic/observe.ts';
import { cameraCenter } from '../camera/project.ts';
import { calibrateFromPerson } from './fromPerson.ts';
import { compareRigs } from './compareRigs.ts';
import { loadOpenCv } from './opencv.node.ts';

describe('calibrateFromPerson', () => {
  it('recovers a four-camera ring from noisy keypoints of a moving person, with metric scale and Z up', async () => {
    const { cv } = await loadOpenCv();
    const truth = generateMotion({ frames: 60, fps: 30, layout: 'coco17', seed: 3, kind: 'mixed' });
    const rig = makeRingRig(4, { width: 1280, height: 720 });
    const sequences = observe(truth, rig, { noisePx: 2, seed: 2 });
    const res = calibrateFromPerson(cv, sequences, rig.cameras, { personHeightM: 1.75, restarts: 1 });
    const cmp = compareRigs({ cameras: res.cameras }, rig);
    expect(cmp.maxRotationDiffDeg).toBeLessThan(0.5);
    // Scale comes from body proportions (segment lengths vs stature), good to a few per cent.
    expect(cmp.maxDistanceDiffPct).toBeLessThan(4);
    // World Z up from the body: camera heights (all 1.6 m in the truth) come out level.
    const heights = res.cameras.map((c) => cameraCenter(c)[2]);
    expect(Math.max(...heights) - Math.min(...heights)).toBeLessThan(0.25);
    for (const h of heights) expect(Math.abs(h - 1.6)).toBeLessThan(0.25);
  }, 300_000);
});

describe('calibrateFromPerson with two people in view', () => {
  it('recovers the ring when a second person walks through and person slots are shuffled per frame', async () => {
    const { cv } = await loadOpenCv();
    const truth = generateMotion({ frames: 60, fps: 30, layout: 'coco17', seed: 5, kind: 'mixed' });
    const rig = makeRingRig(4, { width: 1280, height: 720 });
    // Half of all cross-camera person pairings are wrong: RANSAC samples by frame/person pairing.
    const sequences = observe(truth, rig, { noisePx: 2, seed: 4, bystanders: 1 });
    expect(sequences[0].persons).toBe(2);
    const res = calibrateFromPerson(cv, sequences, rig.cameras, { personHeightM: 1.75, restarts: 1 });
    const cmp = compareRigs({ cameras: res.cameras }, rig);
    expect(cmp.maxRotationDiffDeg).toBeLessThan(1);
    expect(cmp.maxDistanceDiffPct).toBeLessThan(6);
  }, 300_000);
});
