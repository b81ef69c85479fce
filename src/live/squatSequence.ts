// A rendered squat sequence with a known count, for the rep counter's tests: the synthetic body doing
// squats (src/synthetic/motion.ts: one squat every 1/0.35 s), cut to start standing and to hold
// exactly `squats` squats, drawn by the demo renderer from a camera 3 m away, 27° from the body's side
// towards its front, at hip height. Pure (frames are returned, not written).
import { lookAt, makeCamera } from '../calibration/lookAt.ts';
import { getLayout } from '../core/layouts.ts';
import { makeCameraView } from '../demo/cameraView.ts';
import { createFigureRenderer } from '../demo/renderFigure.ts';
import { generateMotion } from '../synthetic/motion.ts';

export const SQUAT_PERIOD_S = 1 / 0.35;

export interface SquatSequence {
  width: number;
  height: number;
  fps: number;
  frames: number;
  squats: number;
  /** Renders frame f as RGB24 (the same buffer each call). */
  render(f: number): Uint8Array;
}

export function squatSequence(opts: { squats: number; fps: number; size: number; seed?: number }): SquatSequence {
  const seed = opts.seed ?? 3;
  const L = getLayout('halpe26');
  // A standing instant (hips highest) in the truth, then exactly `squats` periods plus half a second standing.
  const probe = generateMotion({ frames: 200, fps: 50, kind: 'squat', layout: 'halpe26', seed });
  const hipZ = (f: number): number => probe.data[(f * probe.joints + L.indexOf.get('LHip')!) * 3 + 2];
  let stand = 0;
  for (let f = 1; f < 150; f++) if (hipZ(f) > hipZ(stand)) stand = f;
  const t0 = stand / 50;
  const frames = Math.round((opts.squats * SQUAT_PERIOD_S + 0.5) * opts.fps);
  const truth = generateMotion({ frames, fps: opts.fps, kind: 'squat', layout: 'halpe26', seed, timesS: Array.from({ length: frames }, (_, i) => t0 + i / opts.fps) });
  const lh = L.indexOf.get('LHip')!, rh = L.indexOf.get('RHip')!;
  const hx = truth.data[rh * 3] - truth.data[lh * 3], hy = truth.data[rh * 3 + 1] - truth.data[lh * 3 + 1];
  const n = Math.hypot(hx, hy);
  const side = [hx / n, hy / n];
  const front = [-side[1], side[0]];
  const dir = [(2 * side[0] + front[0]) / Math.sqrt(5), (2 * side[1] + front[1]) / Math.sqrt(5)];
  const cam = makeCamera('cam01', opts.size, opts.size, opts.size, lookAt([3 * dir[0], 3 * dir[1], 0.9], [0, 0, 0.8], [0, 0, 1]));
  const renderer = createFigureRenderer(makeCameraView(cam), { layout: 'halpe26' });
  return {
    width: opts.size, height: opts.size, fps: opts.fps, frames, squats: opts.squats,
    render: (f) => renderer.render(truth.data.subarray(f * truth.joints * 3, (f + 1) * truth.joints * 3)),
  };
}
