// Triangulate 2D keypoints you already have (from any detector) with openmocap.
//   node examples/triangulate-your-own-2d.mjs
// The 2D here is made by projecting a known pose into four virtual cameras, so the script can print
// how far the triangulated points are from the truth; replace `sequences` with your own data:
// one PoseSequence2D per camera (src/core/types.ts), data = [frame][person][joint][x, y, score] in pixels.
import { makeRingRig, generateMotion, projectPoints, triangulate, getLayout, formatTrc } from 'openmocap';

const rig = makeRingRig(4, { width: 1280, height: 720 }); // or readCalibrationFile('calibration.toml').rig
const layout = getLayout('halpe26');
const truth = generateMotion({ frames: 30, fps: 30, layout: layout.name });

// Your 2D, one sequence per camera, in the rig's camera order.
const sequences = rig.cameras.map((cam) => {
  const uv = projectPoints(cam, truth.data); // [frame·joint][u, v]
  const data = new Float32Array(truth.frames * layout.keypoints.length * 3);
  for (let i = 0; i < truth.frames * layout.keypoints.length; i++) {
    data[i * 3] = uv[i * 2] + (Math.random() - 0.5); // ± 0.5 px detector noise
    data[i * 3 + 1] = uv[i * 2 + 1] + (Math.random() - 0.5);
    data[i * 3 + 2] = 0.9; // score
  }
  return {
    camera: cam.name,
    layout: layout.name,
    fps: 30,
    frames: truth.frames,
    persons: 1,
    joints: layout.keypoints.length,
    imageWidth: cam.width,
    imageHeight: cam.height,
    data,
    trackIds: new Int32Array(truth.frames).fill(0), // one person, track 0 (-1: unknown)
    timestampsMs: Float64Array.from({ length: truth.frames }, (_, f) => (f * 1000) / 30),
  };
});

const { points, warnings } = triangulate(sequences, rig, { min_score: 0.3 });
let worst = 0;
for (let i = 0; i < truth.data.length; i++) worst = Math.max(worst, Math.abs(points.data[i] - truth.data[i]));
console.log(
  `triangulated ${points.frames} frames × ${points.joints} joints; worst error ${(worst * 1000).toFixed(1)} mm; ${warnings.length} warnings`,
);
console.log(`TRC: ${formatTrc(points).split('\n').length} lines`);
