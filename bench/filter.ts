// Filter throughput: 3D point-samples per second through filterPoints (26 joints × 10,000 frames)
// for each filter alone and the default chain, plus the export formatters on the same data.
// Run alone: npx tsx bench/filter.ts
import { pathToFileURL } from 'node:url';
import type { Points3D } from '../src/core/types.ts';
import { filterPoints, type FilterName } from '../src/filter/filterPoints.ts';
import { formatTrc } from '../src/formats/trc.ts';
import { encodeC3d } from '../src/formats/c3d.ts';
import { formatPointsCsv } from '../src/formats/csv.ts';

function makePoints(frames: number, joints: number, fps: number): Points3D {
  const data = new Float64Array(frames * joints * 3);
  let seed = 1;
  const noise = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32 - 0.5) * 0.01;
  for (let f = 0; f < frames; f++)
    for (let j = 0; j < joints; j++)
      for (let c = 0; c < 3; c++) data[(f * joints + j) * 3 + c] = Math.sin((2 * Math.PI * f) / fps + j + c) + noise();
  // a gap every 500 frames so runs are split as in real data
  for (let f = 250; f < frames; f += 500) data.fill(NaN, f * joints * 3, (f + 5) * joints * 3);
  return {
    layout: 'halpe26',
    fps,
    frames,
    joints,
    data,
    reprojectionErrorPx: new Float32Array(frames * joints).fill(2),
    cameraMask: new Uint32Array(frames * joints).fill(0b1111),
    timestampsMs: Float64Array.from({ length: frames }, (_, f) => (f * 1000) / fps),
  };
}

function time<T>(fn: () => T): { s: number; out: T } {
  const t0 = performance.now();
  const out = fn();
  return { s: (performance.now() - t0) / 1000, out };
}

export async function run(): Promise<void> {
  const frames = 10_000;
  const joints = 26;
  const pts = makePoints(frames, joints, 60);
  const samples = frames * joints;
  console.log(`filter: ${joints} joints × ${frames} frames at 60 fps (${samples.toLocaleString('en')} point-samples)`);
  const chains: FilterName[][] = [['butterworth'], ['hampel'], ['median'], ['hampel', 'butterworth']];
  for (const filters of chains) {
    filterPoints(makePoints(200, joints, 60), { filters }); // warm up
    const { s } = time(() => filterPoints(pts, { filters }));
    console.log(
      `  ${filters.join(' + ').padEnd(22)} ${(s * 1000).toFixed(0).padStart(6)} ms  ${(samples / s / 1e6).toFixed(2)} M samples/s`,
    );
  }
  const trc = time(() => formatTrc(pts));
  const csv = time(() => formatPointsCsv(pts, ['cam01', 'cam02', 'cam03', 'cam04']));
  const c3d = time(() => encodeC3d(pts));
  console.log(
    `  formatTrc ${(trc.s * 1000).toFixed(0)} ms (${(trc.out.length / 1e6).toFixed(1)} MB), formatPointsCsv ${(csv.s * 1000).toFixed(0)} ms (${(csv.out.length / 1e6).toFixed(1)} MB), encodeC3d ${(c3d.s * 1000).toFixed(0)} ms (${(c3d.out.length / 1e6).toFixed(1)} MB)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
