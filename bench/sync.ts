// The sync stage's algorithm on long takes: 4 cameras × 10 minutes at 60 fps, from 2D keypoints
// (speed profiles, cross-correlation over ±10 s, drift fit, epipolar check and reprojection
// refinement, then the 2D put on the reference's frame times). Cameras started up to 7 s apart, one
// with a 40 ppm fast clock. Target: < 5 s on a 2-core machine.
// Run alone: npx tsx bench/sync.ts [minutes]
import { pathToFileURL } from 'node:url';
import { applySync, syncCameras } from '../src/sync/syncCameras.ts';
import { makeUnsyncedTake, type UnsyncedCamera } from '../src/synthetic/unsyncedTake.ts';

export async function run(minutes = 10): Promise<void> {
  const D = minutes * 60;
  const cams: UnsyncedCamera[] = [
    { startS: 0, fps: 60, durationS: D },
    { startS: 2.5 + 0.37 / 60, fps: 60, durationS: D, ratePpm: 40 },
    { startS: -4.2, fps: 60, durationS: D },
    { startS: 6.9 - 0.21 / 60, fps: 60, durationS: D },
  ];
  const t0 = performance.now();
  const take = makeUnsyncedTake(cams, { seed: 3 });
  console.log(
    `sync: 4 cameras × ${minutes} min at 60 fps (${take.sequences[0].frames} frames each, ${take.sequences[0].joints} keypoints), 1 px noise, 2 % missed; made in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  console.log('(time = wall clock; cpu = process CPU time, the better measure on a shared machine)');
  for (const withRig of [false, true]) {
    const t = performance.now();
    const c0 = process.cpuUsage();
    // Fresh objects: nothing cached from the previous run.
    const sequences = take.sequences.map((s) => ({ ...s }));
    const result = syncCameras({ sequences, rig: withRig ? take.rig : undefined });
    const tSync = performance.now();
    const aligned = applySync(sequences, result);
    const cpu = process.cpuUsage(c0);
    const wall = (performance.now() - t) / 1000;
    const errs = cams.map((c, i) => Math.abs(result.cameras[take.sequences[i].camera].startS - c.startS) * 60);
    console.log(
      `  ${withRig ? 'with calibration (epipolar check + reprojection refinement)' : 'keypoints only'}: ${wall.toFixed(2)} s wall (sync ${((tSync - t) / 1000).toFixed(2)} s, resampling ${((performance.now() - tSync) / 1000).toFixed(2)} s), ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s cpu; ` +
        `start errors ${errs
          .slice(1)
          .map((e) => e.toFixed(2))
          .join(' / ')} frames; drift ${cams
          .slice(1)
          .map((_, i) => result.cameras[take.sequences[i + 1].camera].ratePpm)
          .join(' / ')} ppm (truth 40 / 0 / 0); ${aligned[1].frames} frames out`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run(Number(process.argv[2]) || 10);
