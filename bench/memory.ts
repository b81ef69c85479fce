// Peak memory of `openmocap triangulate` on 16 cameras (halpe26, the subject and 1 bystander per
// camera) for 5,000, 20,000 and 80,000 frames. Each run is the real CLI in a child process, whose
// peak resident set size (getrusage maxrss) it reports at exit (bench/memoryPeak.mjs). The goal:
// under 400 MB at any length (the 2D is streamed through triangulation in chunks of frames).
// Run alone: npx tsx bench/memory.ts [frames…]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PoseSequence2D } from '../src/core/types.ts';
import { writeCalibration } from '../src/io/calibration.ts';
import { writePose2d } from '../src/io/pose2d.ts';
import { generateMotion } from '../src/synthetic/motion.ts';
import { observe } from '../src/synthetic/observe.ts';
import { makeRingRig } from '../src/synthetic/rig.ts';

const here = dirname(fileURLToPath(import.meta.url));
const CAMERAS = 16;
const PERIOD = 2000; // frames of synthetic motion observed, then repeated to the wanted length

/** Repeats a camera's 2D frames to `frames`, timestamps continuing. */
function tile(s: PoseSequence2D, frames: number): PoseSequence2D {
  const per = s.persons * s.joints * 3;
  const data = new Float32Array(frames * per);
  const trackIds = new Int32Array(frames * s.persons);
  for (let f = 0; f < frames; f++) {
    const b = f % s.frames;
    data.set(s.data.subarray(b * per, (b + 1) * per), f * per);
    trackIds.set(s.trackIds.subarray(b * s.persons, (b + 1) * s.persons), f * s.persons);
  }
  return { ...s, frames, data, trackIds, timestampsMs: Float64Array.from({ length: frames }, (_, f) => (f * 1000) / s.fps) };
}

/** Peak RSS (MB) and wall time (s) of `openmocap triangulate` on a fresh synthetic session of `frames` frames. */
export function measureTriangulate(frames: number): { peakMb: number; seconds: number } {
  const dir = mkdtempSync(join(tmpdir(), 'openmocap-memory-'));
  try {
    const rig = makeRingRig(CAMERAS, { distortion: [-0.12, 0.03, 0.0005, -0.0005, 0] });
    writeCalibration(join(dir, 'calibration.toml'), rig);
    const truth = generateMotion({ frames: Math.min(PERIOD, frames), fps: 30, seed: 1 });
    const seqs = observe(truth, rig, { noisePx: 2, wrongRate: 0.1, swapRate: 0.03, bystanders: 1, seed: 3 });
    for (const s of seqs) writePose2d(dir, tile(s, frames));
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(join(here, 'memoryPeak.mjs')).href, join(here, '..', 'bin', 'openmocap.mjs'), 'triangulate', dir],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const seconds = (performance.now() - t0) / 1000;
    const m = /openmocap-bench-peak-rss-kb (\d+)/.exec(r.stderr);
    if (r.status !== 0 || !m)
      throw new Error(`openmocap triangulate failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    return { peakMb: Number(m[1]) / 1024, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(lengths = [5_000, 20_000, 80_000]): Promise<void> {
  console.log(
    `memory: peak RSS of "openmocap triangulate", ${CAMERAS} cameras, halpe26, subject + 1 bystander, each run in a child process`,
  );
  console.log('frames   peak RSS (MB)   time (s)   KB per frame');
  for (const frames of lengths) {
    const { peakMb, seconds } = measureTriangulate(frames);
    console.log(
      `${String(frames).padStart(6)}   ${peakMb.toFixed(0).padStart(13)}   ${seconds.toFixed(1).padStart(8)}   ${((peakMb * 1024) / frames).toFixed(1).padStart(12)}`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lengths = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  await run(lengths.length ? lengths : undefined);
}
