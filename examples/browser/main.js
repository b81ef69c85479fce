// openmocap's pure stages in a page: `import … from 'openmocap/browser'` (no Node built-ins).
// Bundle it with any bundler, e.g. `npx vite examples/browser`.
import { makeRingRig, generateMotion, observe, triangulate, filterPoints, fitSkeleton, formatBvh } from 'openmocap/browser';

const rig = makeRingRig(4);
const truth = generateMotion({ frames: 60, fps: 30, seed: 1 });
const { points } = triangulate(observe(truth, rig, { noisePx: 1, seed: 1 }), rig);
const smooth = filterPoints(points, { cutoff_hz: 6 });
const bvh = formatBvh(fitSkeleton(smooth));
let worst = 0;
for (let i = 0; i < truth.data.length; i++) worst = Math.max(worst, Math.abs(smooth.data[i] - truth.data[i]));
const result = { frames: smooth.frames, joints: smooth.joints, worstErrorMm: worst * 1000, bvhLines: bvh.split('\n').length };
document.getElementById('out').textContent = JSON.stringify(result, null, 2);
window.openmocapExample = result;
