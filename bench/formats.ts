// Export formatters on a long take (26 joints × 10,000 frames): time and size of each output, and
// formatPointsCsv against the straightforward one-string-per-row version it replaced (same output).
// Run alone: npx tsx bench/formats.ts
import { pathToFileURL } from 'node:url';
import { getLayout } from '../src/core/layouts.ts';
import type { Points3D } from '../src/core/types.ts';
import { encodeC3d } from '../src/formats/c3d.ts';
import { formatPointsCsv } from '../src/formats/csv.ts';
import { formatTrc } from '../src/formats/trc.ts';

function makePoints(frames: number, joints: number, fps: number): Points3D {
  const data = new Float64Array(frames * joints * 3);
  for (let f = 0; f < frames; f++)
    for (let j = 0; j < joints; j++)
      for (let c = 0; c < 3; c++) data[(f * joints + j) * 3 + c] = Math.sin((2 * Math.PI * f) / fps + j + c) * (1 + c * 0.3);
  for (let f = 250; f < frames; f += 500) data.fill(NaN, f * joints * 3, (f + 5) * joints * 3);
  return {
    layout: 'halpe26',
    fps,
    frames,
    joints,
    data,
    reprojectionErrorPx: new Float32Array(frames * joints).map((_, i) => 1 + (i % 17) / 7),
    cameraMask: new Uint32Array(frames * joints).map((_, i) => 0b1111 ^ (1 << (i % 5))),
    timestampsMs: Float64Array.from({ length: frames }, (_, f) => (f * 1000) / fps),
  };
}

/** The version before the rewrite: an array of every row, per-cell toFixed, one final join. */
function formatPointsCsvBefore(points: Points3D, cameraNames: string[]): string {
  const cell = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const names = getLayout(points.layout).keypoints.map(cell);
  const out: string[] = ['frame,time,joint,x,y,z,reprojection_error_px,cameras'];
  for (let f = 0; f < points.frames; f++) {
    const time = (points.timestampsMs[f] / 1000).toFixed(6);
    for (let j = 0; j < points.joints; j++) {
      const k = f * points.joints + j;
      const [x, y, z] = [points.data[k * 3], points.data[k * 3 + 1], points.data[k * 3 + 2]];
      if (!(Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z))) {
        out.push(`${f},${time},${names[j]},,,,,`);
        continue;
      }
      const err = points.reprojectionErrorPx[k];
      const used: string[] = [];
      for (let c = 0; c < cameraNames.length && c < 32; c++) if (points.cameraMask[k] & (1 << c)) used.push(cameraNames[c]);
      out.push(
        `${f},${time},${names[j]},${x.toFixed(6)},${y.toFixed(6)},${z.toFixed(6)},${Number.isFinite(err) ? err.toFixed(3) : ''},${cell(used.join(';'))}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

function best<T>(repeats: number, fn: () => T): { ms: number; out: T } {
  let ms = Infinity;
  let out!: T;
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    out = fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, out };
}

export async function run(frames = 10_000): Promise<void> {
  const joints = 26;
  const pts = makePoints(frames, joints, 60);
  const cams = ['cam01', 'cam02', 'cam03', 'cam04'];
  console.log(`formats: ${joints} joints × ${frames} frames (best of 3)`);
  const line = (name: string, ms: number, bytes: number): void =>
    console.log(
      `  ${name.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms  ${(bytes / 1e6).toFixed(1).padStart(5)} MB  ${(frames / (ms / 1000)).toFixed(0).padStart(8)} frames/s`,
    );
  const before = best(3, () => formatPointsCsvBefore(pts, cams));
  line('formatPointsCsv (before)', before.ms, before.out.length);
  const csv = best(3, () => formatPointsCsv(pts, cams));
  line('formatPointsCsv', csv.ms, csv.out.length);
  console.log(`  csv speed-up ×${(before.ms / csv.ms).toFixed(1)}, output ${csv.out === before.out ? 'identical' : 'DIFFERENT'}`);
  const trc = best(3, () => formatTrc(pts));
  line('formatTrc', trc.ms, trc.out.length);
  const c3d = best(3, () => encodeC3d(pts));
  line('encodeC3d', c3d.ms, c3d.out.length);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(Number(process.argv[2]) || undefined);
