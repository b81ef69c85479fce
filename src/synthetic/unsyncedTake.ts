// Synthetic 2D observations from cameras nobody synchronised: each camera starts at its own instant,
// runs at its own nominal rate, and may have a variable frame rate (a phone). Known truth for the
// sync stage's tests and benchmark. Pure.
import type { CameraRig, Points3D, PoseSequence2D } from '../core/types.ts';
import { generateMotion, type MotionKind } from './motion.ts';
import { observe, type ObserveOptions } from './observe.ts';
import { createRandom } from '../core/random.ts';
import { makeRingRig } from './rig.ts';

export interface UnsyncedCamera {
  /** When its first frame is taken, seconds on the reference clock (positive = started later). */
  startS: number;
  /** Nominal frame rate. */
  fps: number;
  /** Length of its video, seconds. */
  durationS: number;
  /** Variable frame rate: each interval varies by up to this fraction (0 = even). Defaults to 0. */
  jitter?: number;
  /** Clock drift, parts per million (its clock runs fast by this much). Defaults to 0. */
  ratePpm?: number;
}

export interface UnsyncedTake {
  rig: CameraRig;
  /** Each camera's 2D keypoints, timestamps on its own clock (first frame at 0). */
  sequences: PoseSequence2D[];
  /** Truth at the reference camera's (camera 0's) frame times. */
  truth: Points3D;
}

/** Motion time 0 lies this far before the reference camera's first frame (cameras may start earlier). */
const LEAD_S = 30;

export function makeUnsyncedTake(
  cameras: UnsyncedCamera[],
  opts: { seed?: number; kind?: MotionKind; still?: boolean } & ObserveOptions = {},
): UnsyncedTake {
  const rig = makeRingRig(cameras.length);
  const rand = createRandom(opts.seed ?? 7);
  const sequences = cameras.map((c, i) => {
    const local: number[] = [];
    const dt = 1 / c.fps;
    for (let t = 0; t < c.durationS - 1e-9; ) {
      local.push(t);
      t += c.jitter ? dt * (1 + c.jitter * (2 * rand.uniform() - 1)) : dt;
    }
    // A still subject: every frame shows the same instant of the motion.
    const rate = 1 + (c.ratePpm ?? 0) * 1e-6;
    const motionT = local.map((t) => (opts.still ? LEAD_S : LEAD_S + c.startS + t * rate));
    const truth = generateMotion({
      frames: local.length,
      fps: c.fps,
      timesS: motionT,
      layout: 'halpe26',
      seed: opts.seed ?? 7,
      kind: opts.kind ?? 'mixed',
    });
    const [seq] = observe(truth, { cameras: [rig.cameras[i]] }, { noisePx: 1, missRate: 0.02, ...opts, seed: (opts.seed ?? 7) * 31 + i });
    seq.fps = c.fps;
    seq.timestampsMs = Float64Array.from(local, (t) => t * 1000);
    return seq;
  });
  const ref = cameras[0];
  const refTimes = Array.from(sequences[0].timestampsMs, (ms) => (opts.still ? LEAD_S : LEAD_S + ref.startS + ms / 1000));
  const truth = generateMotion({
    frames: refTimes.length,
    fps: ref.fps,
    timesS: refTimes,
    layout: 'halpe26',
    seed: opts.seed ?? 7,
    kind: opts.kind ?? 'mixed',
  });
  truth.timestampsMs = Float64Array.from(sequences[0].timestampsMs);
  return { rig, sequences, truth };
}
