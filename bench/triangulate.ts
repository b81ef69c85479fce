// Triangulation throughput: camera-observations per second through triangulate() with robust
// exclusion on, for rings of 4, 8 and 16 cameras (26 keypoints, 10,000 frames), in two settings:
// 2 px noise, 10 % wrong keypoints, 3 % left/right-swapped views; and issue 14's setting, 1 px noise
// and 10 % wrong keypoints, no swaps. Target: 16 cameras × 26 × 10,000 frames < 2 s.
// Run alone: npx tsx bench/triangulate.ts [frames]
import { pathToFileURL } from 'node:url';
import { generateMotion } from '../src/synthetic/motion.ts';
import { makeRingRig } from '../src/synthetic/rig.ts';
import { observe } from '../src/synthetic/observe.ts';
import { triangulate } from '../src/triangulate/triangulate.ts';

const median = (v: number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1];

export async function run(frames = 10_000, repeats = 3): Promise<void> {
  const truth = generateMotion({ frames, fps: 30, seed: 1 });
  console.log('(time = wall clock; cpu = process CPU time, the better measure on a shared machine)');
  console.log('(reprojection error: median over points, image pixels through the full lens model)');
  console.log('(unsolved: points left missing by the solver, before gap filling)');
  for (const setting of [{ noisePx: 2, swapRate: 0.03 }, { noisePx: 1, swapRate: 0 }]) {
    console.log(`triangulate: halpe26 (${truth.joints} keypoints), ${frames} frames, ${setting.noisePx} px noise, 10 % wrong keypoints, ${setting.swapRate * 100} % swapped views; median of ${repeats}`);
    console.log('cameras  time (s)  cpu (s)  camera-observations/s (wall)  mean error (mm)  reproj. error (px)  swapped views fixed  unsolved');
    for (const n of [4, 8, 16]) row(truth, frames, repeats, n, setting.noisePx, setting.swapRate);
  }
}

function row(truth: ReturnType<typeof generateMotion>, frames: number, repeats: number, n: number, noisePx: number, swapRate: number): void {
  {
    const rig = makeRingRig(n, { distortion: [-0.12, 0.03, 0.0005, -0.0005, 0] });
    const seqs = observe(truth, rig, { noisePx, wrongRate: 0.1, swapRate, seed: n });
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let result = triangulate(seqs, rig);
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      result = triangulate(seqs, rig);
      const cpu = process.cpuUsage(c0);
      times.push((performance.now() - t0) / 1000);
      cpuTimes.push((cpu.user + cpu.system) / 1e6);
    }
    let sum = 0, count = 0, missing = 0;
    for (let i = 0; i < truth.data.length; i += 3) {
      const d = Math.hypot(result.points.data[i] - truth.data[i], result.points.data[i + 1] - truth.data[i + 1], result.points.data[i + 2] - truth.data[i + 2]);
      if (Number.isFinite(d)) { sum += d; count++; } else missing++;
    }
    const t = median(times);
    const reproj = median(Array.from(result.points.reprojectionErrorPx).filter(Number.isFinite));
    const observations = n * truth.joints * frames;
    console.log(
      `${String(n).padStart(7)}  ${t.toFixed(3).padStart(8)}  ${median(cpuTimes).toFixed(3).padStart(7)}  ${Math.round(observations / t).toLocaleString('en-US').padStart(28)}  ${((sum / count) * 1000).toFixed(2).padStart(15)}  ${reproj.toFixed(2).padStart(18)}  ${String(result.stats.swappedViews).padStart(19)}  ${String(missing + result.stats.filledPoints).padStart(8)}`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(Number(process.argv[2]) || undefined);
