// Skeleton fitting and the animation/analysis exports: frames per second on a 3,000-frame synthetic
// take (HALPE-26, 60 fps, "mixed" motion).
// Run alone: npx tsx bench/skeleton.ts
import { pathToFileURL } from 'node:url';
import { generateMotion } from '../src/synthetic/motion.ts';
import { fitSkeleton } from '../src/skeleton/fitSkeleton.ts';
import { formatBvh } from '../src/formats/bvh.ts';
import { encodeGlb } from '../src/formats/gltf.ts';
import { jointAngles } from '../src/analysis/jointAngles.ts';
import { centreOfMass } from '../src/analysis/centreOfMass.ts';

async function time<T>(fn: () => T | Promise<T>): Promise<{ s: number; out: T }> {
  const t0 = performance.now();
  const out = await fn();
  return { s: (performance.now() - t0) / 1000, out };
}

export async function run(): Promise<void> {
  const frames = 3000;
  const points = generateMotion({ frames, fps: 60, layout: 'halpe26', kind: 'mixed' });
  const fit = await time(() => fitSkeleton(points));
  const skel = fit.out;
  const rows: [string, number][] = [
    ['fitSkeleton', fit.s],
    ['formatBvh', (await time(() => formatBvh(skel))).s],
    ['encodeGlb', (await time(() => encodeGlb(skel))).s],
    ['jointAngles', (await time(() => jointAngles(points))).s],
    ['centreOfMass', (await time(() => centreOfMass(points))).s],
  ];
  console.log(`skeleton/exports, ${frames} frames × ${points.joints} keypoints (${skel.joints.length} skeleton joints):`);
  for (const [name, s] of rows)
    console.log(`  ${name.padEnd(14)} ${(s * 1000).toFixed(0).padStart(6)} ms  ${(frames / s).toFixed(0).padStart(8)} frames/s`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
