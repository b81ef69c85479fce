// Calibration speed: checkerboard detection per image, and the bundle adjustments of the ChArUco-free
// paths (calibration from a synthetic person). Prints milliseconds; machine load makes them noisy.
import { findCheckerboardCorners } from '../src/calibration/checkerboard.ts';
import { checkerboardPattern, renderTarget } from '../src/calibration/renderTarget.ts';
import { gaussianBlur } from '../src/calibration/grayImage.ts';
import { lookAt, makeCamera } from '../src/calibration/lookAt.ts';
import { calibrateFromPerson } from '../src/calibration/fromPerson.ts';
import { compareRigs } from '../src/calibration/compareRigs.ts';
import { loadOpenCv } from '../src/calibration/opencv.node.ts';
import { generateMotion } from '../src/synthetic/motion.ts';
import { makeRingRig } from '../src/synthetic/rig.ts';
import { observe } from '../src/synthetic/observe.ts';

export async function run(): Promise<void> {
  const cam = makeCamera('c', 1920, 1080, 1500, lookAt([0.4, 0.1, -1.6], [0.09, 0.18, 0], [0.2, -1, 0]), [-0.05, 0.02, 0, 0]);
  const img = gaussianBlur(renderTarget(checkerboardPattern(4, 7, 60), cam, { supersample: 2 }), 1);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const found = findCheckerboardCorners(img, { innerCorners: [4, 7] });
    times.push(performance.now() - t);
    if (!found) throw new Error('bench: board not found');
  }
  times.sort((a, b) => a - b);
  console.log(`checkerboard 4×7 in 1920×1080: median ${times[2].toFixed(0)} ms per image (min ${times[0].toFixed(0)})`);

  const { cv } = await loadOpenCv();
  for (const frames of [40, 100]) {
    const truth = generateMotion({ frames, fps: 30, layout: 'coco17', seed: 3, kind: 'mixed' });
    const rig = makeRingRig(4, { width: 1280, height: 720 });
    const seqs = observe(truth, rig, { noisePx: 2, seed: 2 });
    const t = performance.now();
    const res = calibrateFromPerson(cv, seqs, rig.cameras, { personHeightM: 1.75 });
    const cmp = compareRigs({ cameras: res.cameras }, rig);
    console.log(
      `from-person, 4 cameras × ${frames} frames: ${(performance.now() - t).toFixed(0)} ms, ${res.points} keypoints, ` +
        `max rotation error ${cmp.maxRotationDiffDeg.toFixed(2)}°, max distance error ${cmp.maxDistanceDiffPct.toFixed(2)} %`,
    );
  }
}
