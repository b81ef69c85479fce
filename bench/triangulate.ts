// Triangulation throughput: camera-observations per second through triangulate() with robust
// exclusion on, for rings of 4, 8 and 16 cameras (26 keypoints, 10,000 frames), in two settings:
// 2 px noise, 10 % wrong keypoints, 3 % left/right-swapped views; and issue 14's setting, 1 px noise
// and 10 % wrong keypoints, no swaps. Target: 16 cameras × 26 × 10,000 frames < 2 s.
// Run alone: npx tsx bench/triangulate.ts [frames]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateMotion } from '../src/synthetic/motion.ts';
import { makeRingRig } from '../src/synthetic/rig.ts';
import { observe } from '../src/synthetic/observe.ts';
import { triangulate } from '../src/triangulate/triangulate.ts';
import type { CameraRig, Pose2DInput } from '../src/core/types.ts';

const median = (v: number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1];

export async function run(frames = 10_000, repeats = 3): Promise<void> {
  const truth = generateMotion({ frames, fps: 30, seed: 1 });
  console.log('(time = wall clock; cpu = process CPU time, the better measure on a shared machine)');
  console.log('(reprojection error: median over points, image pixels through the full lens model)');
  console.log('(unsolved: points left missing by the solver, before gap filling)');
  const ours = new Map<number, RowResult>();
  for (const setting of [
    { noisePx: 2, swapRate: 0.03 },
    { noisePx: 1, swapRate: 0 },
  ]) {
    console.log(
      `triangulate: halpe26 (${truth.joints} keypoints), ${frames} frames, ${setting.noisePx} px noise, 10 % wrong keypoints, ${setting.swapRate * 100} % swapped views; median of ${repeats}`,
    );
    console.log(
      'cameras  time (s)  cpu (s)  camera-observations/s (wall)  mean error (mm)  reproj. error (px)  swapped views fixed  unsolved',
    );
    for (const n of [4, 8, 16]) {
      const r = row(truth, frames, repeats, n, setting.noisePx, setting.swapRate);
      if (setting.swapRate === 0) ours.set(n, r);
    }
  }
  comparePeers(truth, ours);
}

interface RowResult {
  cpuS: number;
  points: number;
  meanErrorMm: number;
  unsolved: number;
  seqs: Pose2DInput[];
  rig: CameraRig;
  xyz: Float64Array;
  cameraMask: Uint32Array;
}

/**
 * Measured CPU time per point of the robust Python peers on this bench's issue-14 setting (1 px, 10 %
 * wrong keypoints, 0 % swaps, the same rigs, seeds and thresholds: 15 px, ≥ 2 cameras, score ≥ 0.3),
 * with the commands that produced them. Shown when OPENMOCAP_PEER_PY is not set; set it to rerun them.
 */
const MEASURED_PEERS: { peer: string; cameras: number; points: number; usPerPoint: number; meanErrorMm: number; unsolved: number }[] = [
  { peer: 'pose2sim', cameras: 4, points: 2600, usPerPoint: 516.5, meanErrorMm: 6.32, unsolved: 0.0027 },
  { peer: 'pose2sim', cameras: 8, points: 2600, usPerPoint: 3375.0, meanErrorMm: 3.62, unsolved: 0 },
  { peer: 'pose2sim', cameras: 16, points: 520, usPerPoint: 86778.4, meanErrorMm: 11.23, unsolved: 0 },
  { peer: 'aniposelib', cameras: 4, points: 260, usPerPoint: 52871.3, meanErrorMm: 16.34, unsolved: 0 },
  { peer: 'aniposelib', cameras: 8, points: 52, usPerPoint: 928601.5, meanErrorMm: 6.09, unsolved: 0 },
];
const MEASURED_PEERS_NOTE =
  'on 2026-12-03 (Debian python3 3.11, numpy 1.24, OpenCV 4.6, numba 0.56; a loaded 2-core machine) by ' +
  'OPENMOCAP_PEER_PY=/tmp/peer OPENMOCAP_PEER_PYTHON=/usr/bin/python3 npm run bench -- triangulate, see docs/triangulation-speed.md';

/** The 2D and cameras of one rig as the peer script reads them (rig.json + obs.f32 [camera][frame][joint][u v score]). */
function exportForPeer(dir: string, r: RowResult, minScore: number, thresholdPx: number): void {
  const C = r.seqs.length,
    q0 = r.seqs[0];
  const F = q0.frames,
    J = q0.joints;
  const obs = new Float32Array(C * F * J * 3);
  r.seqs.forEach((q, c) => {
    if (!('data' in q) || q.persons !== 1) throw new Error('peer export: expects the whole 2D of one person per camera');
    obs.set(q.data.subarray(0, F * J * 3), c * F * J * 3);
  });
  writeFileSync(join(dir, 'obs.f32'), new Uint8Array(obs.buffer));
  writeFileSync(
    join(dir, 'rig.json'),
    JSON.stringify({ cameras: r.rig.cameras, frames: F, joints: J, min_score: minScore, threshold_px: thresholdPx }),
  );
}

function comparePeers(truth: ReturnType<typeof generateMotion>, ours: Map<number, RowResult>): void {
  const peerDir = process.env.OPENMOCAP_PEER_PY;
  console.log(
    'robust Python peers on the same data (1 px noise, 10 % wrong keypoints): CPU time per point (ours: the whole take, rows above; the peers: the first points of it);',
  );
  console.log('errors and unsolved shares of both on those same points (ours after gap filling, unsolved = before it)');
  console.log(
    'peer        cameras  points  peer µs/point  ours µs/point  ours faster  peer mean error (mm)  ours (mm)  peer unsolved  ours unsolved',
  );
  /** Ours on the same first `points` points as the peer: mean error of the points given (gap-filled ones too), share solved by the solver itself. */
  const oursOn = (o: RowResult, points: number): { errMm: number; unsolved: number } => {
    let sum = 0,
      count = 0,
      unsolved = 0;
    for (let i = 0; i < points; i++) {
      const d = Math.hypot(
        o.xyz[3 * i] - truth.data[3 * i],
        o.xyz[3 * i + 1] - truth.data[3 * i + 1],
        o.xyz[3 * i + 2] - truth.data[3 * i + 2],
      );
      if (Number.isFinite(d)) {
        sum += d;
        count++;
      }
      if (!o.cameraMask[i]) unsolved++;
    }
    return { errMm: (sum / count) * 1000, unsolved: unsolved / points };
  };
  const line = (peer: string, n: number, points: number, usPerPoint: number, errMm: number, unsolvedFrac: number): void => {
    const o = ours.get(n)!;
    const oursUs = (o.cpuS / o.points) * 1e6;
    const same = oursOn(o, points);
    console.log(
      `${peer.padEnd(10)}  ${String(n).padStart(7)}  ${String(points).padStart(6)}  ${usPerPoint.toFixed(1).padStart(13)}  ${oursUs.toFixed(2).padStart(13)}  ${(usPerPoint / oursUs).toFixed(0).padStart(10)}×  ${errMm.toFixed(2).padStart(20)}  ${same.errMm.toFixed(2).padStart(9)}  ${(unsolvedFrac * 100).toFixed(2).padStart(12)}%  ${(same.unsolved * 100).toFixed(2).padStart(12)}%`,
    );
  };
  if (!peerDir) {
    console.log(`(OPENMOCAP_PEER_PY not set: the peers' numbers below are constants measured ${MEASURED_PEERS_NOTE}; ours are this run's)`);
    for (const m of MEASURED_PEERS) if (ours.has(m.cameras)) line(m.peer, m.cameras, m.points, m.usPerPoint, m.meanErrorMm, m.unsolved);
    return;
  }
  const python = process.env.OPENMOCAP_PEER_PYTHON ?? 'python3';
  const script = join(dirname(fileURLToPath(import.meta.url)), 'peer', 'triangulate_peer.py');
  for (const peer of (process.env.OPENMOCAP_PEERS ?? 'pose2sim,aniposelib').split(',')) {
    for (const [n, o] of ours) {
      // The peers take milliseconds to seconds per point: a budget of points, not the whole take.
      const budget = Number(process.env[`OPENMOCAP_PEER_POINTS_${n}`] ?? process.env.OPENMOCAP_PEER_POINTS ?? 2600);
      if (budget <= 0) continue;
      const dir = mkdtempSync(join(tmpdir(), 'omc-peer-'));
      try {
        exportForPeer(dir, o, 0.3, 15);
        const res = spawnSync(python, [script, dir, peer, String(budget), peerDir], { encoding: 'utf8', maxBuffer: 1 << 30 });
        if (res.status !== 0) {
          console.log(`${peer}: failed (${python} ${script}): ${(res.stderr || res.error?.message || '').trim().split('\n').pop()}`);
          continue;
        }
        const out = JSON.parse(res.stdout.trim().split('\n').pop()!) as { points: number; cpu_s: number; xyz: number[] };
        let sum = 0,
          count = 0,
          missing = 0;
        for (let i = 0; i < out.points; i++) {
          const d = Math.hypot(
            out.xyz[3 * i] - truth.data[3 * i],
            out.xyz[3 * i + 1] - truth.data[3 * i + 1],
            out.xyz[3 * i + 2] - truth.data[3 * i + 2],
          );
          if (d < 1e6) {
            sum += d;
            count++;
          } else missing++;
        }
        line(peer, n, out.points, (out.cpu_s / out.points) * 1e6, (sum / count) * 1000, missing / out.points);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
}

function row(
  truth: ReturnType<typeof generateMotion>,
  frames: number,
  repeats: number,
  n: number,
  noisePx: number,
  swapRate: number,
): RowResult {
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
    let sum = 0,
      count = 0,
      missing = 0;
    for (let i = 0; i < truth.data.length; i += 3) {
      const d = Math.hypot(
        result.points.data[i] - truth.data[i],
        result.points.data[i + 1] - truth.data[i + 1],
        result.points.data[i + 2] - truth.data[i + 2],
      );
      if (Number.isFinite(d)) {
        sum += d;
        count++;
      } else missing++;
    }
    const t = median(times);
    const reproj = median(Array.from(result.points.reprojectionErrorPx).filter(Number.isFinite));
    const observations = n * truth.joints * frames;
    console.log(
      `${String(n).padStart(7)}  ${t.toFixed(3).padStart(8)}  ${median(cpuTimes).toFixed(3).padStart(7)}  ${Math.round(observations / t)
        .toLocaleString('en-US')
        .padStart(
          28,
        )}  ${((sum / count) * 1000).toFixed(2).padStart(15)}  ${reproj.toFixed(2).padStart(18)}  ${String(result.stats.swappedViews).padStart(19)}  ${String(missing + result.stats.filledPoints).padStart(8)}`,
    );
    return {
      cpuS: median(cpuTimes),
      points: frames * truth.joints,
      meanErrorMm: (sum / count) * 1000,
      unsolved: missing + result.stats.filledPoints,
      seqs,
      rig,
      xyz: result.points.data,
      cameraMask: result.points.cameraMask,
    };
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(Number(process.argv[2]) || undefined);
