// The synthetic demo: how fast the figure renders, how long building a session takes, and how well
// the pose model sees the rendered figure (2D error against the projected truth, per camera).
// Run alone: npx tsx bench/demo.ts [frames]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectPoints } from '../src/camera/project.ts';
import { generateMotion } from '../src/synthetic/motion.ts';
import { buildDemoSession, makeDemoRig } from '../src/demo/buildDemoSession.ts';
import { makeCameraView } from '../src/demo/cameraView.ts';
import { createFigureRenderer } from '../src/demo/renderFigure.ts';
import { comparePose2dToTruth } from '../src/demo/compareToTruth.ts';

export async function run(frames = 60): Promise<void> {
  const rig = makeDemoRig();
  const motion = generateMotion({ frames, fps: 30 });
  let t0 = performance.now();
  const views = rig.cameras.map(makeCameraView);
  const viewMs = (performance.now() - t0) / views.length;
  const renderers = views.map((v) => createFigureRenderer(v));
  t0 = performance.now();
  for (let f = 0; f < frames; f++)
    for (const r of renderers) r.render(motion.data.subarray(f * motion.joints * 3, (f + 1) * motion.joints * 3));
  const renderMs = (performance.now() - t0) / (frames * renderers.length);
  console.log(`demo: camera rays ${viewMs.toFixed(0)} ms per camera; figure ${renderMs.toFixed(1)} ms per 640×480 frame`);

  const dir = mkdtempSync(join(tmpdir(), 'openmocap-bench-demo-'));
  try {
    t0 = performance.now();
    const s = await buildDemoSession(dir, { frames });
    console.log(
      `demo: session of ${rig.cameras.length} cameras × ${frames} frames built in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const { detectVideo } = await import('../src/detect/runDetect.ts');
    for (const [c, cam] of s.rig.cameras.entries()) {
      t0 = performance.now();
      const seq = await detectVideo(s.videos[c], cam.name, { max_persons: 1, finder: 'same', workers: 1 });
      const sec = (performance.now() - t0) / 1000;
      const a = comparePose2dToTruth(seq, s.truth, (xyz) => projectPoints(cam, xyz));
      console.log(
        `demo: ${cam.name} movenet-lightning ${(frames / sec).toFixed(1)} frames/s, found ${a.detectedFrames}/${a.frames}, ` +
          `2D error median ${a.medianPx.toFixed(1)} px, mean ${a.meanPx.toFixed(1)} px = ${a.meanPctOfHeight.toFixed(2)} % of body height, ` +
          `${a.swappedFrames} frames left/right swapped`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run(Number(process.argv[2] ?? 60));
