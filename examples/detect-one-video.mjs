// Detect people in one video with openmocap's pose model (tfjs on the wasm backend, in a worker).
//   node examples/detect-one-video.mjs path/to/video.mp4 [frames]
import { detect } from 'openmocap';

const [video, frames] = process.argv.slice(2);
if (!video) {
  console.error('usage: node examples/detect-one-video.mjs <video> [frames]');
  process.exit(2);
}
const seq = await detect(video, 'cam01', { max_persons: 1, workers: 1 }, undefined, { maxFrames: frames ? Number(frames) : undefined });
let seen = 0,
  score = 0;
for (let f = 0; f < seq.frames; f++) {
  let best = 0;
  for (let j = 0; j < seq.joints; j++) best = Math.max(best, seq.data[(f * seq.persons * seq.joints + j) * 3 + 2]);
  if (best > 0.3) seen++;
  score += best;
}
console.log(
  `${video}: ${seq.frames} frames, layout ${seq.layout} (${seq.joints} joints), ${seq.imageWidth}×${seq.imageHeight}; a person in ${seen} frames, mean best score ${(score / seq.frames).toFixed(2)}`,
);
