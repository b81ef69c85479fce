// A rendered squat sequence with a known count, for the rep counter's tests: the synthetic body doing
// squats (src/synthetic/motion.ts: one squat every 1/0.35 s), cut to start standing and to hold
// exactly `squats` squats, drawn by the demo renderer from a camera 3 m away, 27° from the body's side
// towards its front (or `azimuthDeg`: 0 = side-on, 90 = facing the body), at hip height. `kneesInM`
// moves both knees towards the body's midline, in proportion to the knee bend (all of it at 90°), to
// render knee valgus (knees caving in); `kneesOverFeet` first puts each knee over its foot (left–right),
// a squat without valgus (the synthetic squat's knees are inside the feet, spacing 0.54 of the ankles'
// at the bottom). With `azimuthDeg` the body's slow sway about the vertical
// (±20°, generateMotion) is taken out, so it faces the camera at that angle throughout. Pure (frames are returned, not written).
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

export function squatSequence(opts: {
  squats: number;
  fps: number;
  size: number;
  seed?: number;
  azimuthDeg?: number;
  kneesInM?: number;
  kneesOverFeet?: boolean;
}): SquatSequence {
  const seed = opts.seed ?? 3;
  const L = getLayout('halpe26');
  // A standing instant (hips highest) in the truth, then exactly `squats` periods plus half a second standing.
  const probe = generateMotion({ frames: 200, fps: 50, kind: 'squat', layout: 'halpe26', seed });
  const hipZ = (f: number): number => probe.data[(f * probe.joints + L.indexOf.get('LHip')!) * 3 + 2];
  let stand = 0;
  for (let f = 1; f < 150; f++) if (hipZ(f) > hipZ(stand)) stand = f;
  const t0 = stand / 50;
  const frames = Math.round((opts.squats * SQUAT_PERIOD_S + 0.5) * opts.fps);
  const truth = generateMotion({
    frames,
    fps: opts.fps,
    kind: 'squat',
    layout: 'halpe26',
    seed,
    timesS: Array.from({ length: frames }, (_, i) => t0 + i / opts.fps),
  });
  const lh = L.indexOf.get('LHip')!,
    rh = L.indexOf.get('RHip')!;
  const hx = truth.data[rh * 3] - truth.data[lh * 3],
    hy = truth.data[rh * 3 + 1] - truth.data[lh * 3 + 1];
  const n = Math.hypot(hx, hy);
  const side = [hx / n, hy / n];
  const front = [-side[1], side[0]];
  const az = opts.azimuthDeg === undefined ? Math.atan2(1, 2) : (opts.azimuthDeg * Math.PI) / 180;
  const dir = [Math.cos(az) * side[0] + Math.sin(az) * front[0], Math.cos(az) * side[1] + Math.sin(az) * front[1]];
  if (opts.azimuthDeg !== undefined) steady(truth.data, truth.frames, truth.joints, L, Math.atan2(hy, hx));
  if (opts.kneesOverFeet || opts.kneesInM)
    kneesIn(truth.data, truth.frames, truth.joints, L, side, opts.kneesInM ?? 0, !!opts.kneesOverFeet);
  const cam = makeCamera('cam01', opts.size, opts.size, opts.size, lookAt([3 * dir[0], 3 * dir[1], 0.9], [0, 0, 0.8], [0, 0, 1]));
  const renderer = createFigureRenderer(makeCameraView(cam), { layout: 'halpe26' });
  return {
    width: opts.size,
    height: opts.size,
    fps: opts.fps,
    frames,
    squats: opts.squats,
    render: (f) => renderer.render(truth.data.subarray(f * truth.joints * 3, (f + 1) * truth.joints * 3)),
  };
}

/** Moves each knee (first over its ankle, with overFeet) towards the hips' midline along `side` by `metres` × (knee bend ÷ 90°, at most 1). */
function kneesIn(
  data: Float64Array,
  frames: number,
  joints: number,
  L: ReturnType<typeof getLayout>,
  side: number[],
  metres: number,
  overFeet: boolean,
): void {
  const at = (f: number, name: string): number => (f * joints + L.indexOf.get(name)!) * 3;
  for (let f = 0; f < frames; f++) {
    const mh =
      ((data[at(f, 'LHip')] + data[at(f, 'RHip')]) / 2) * side[0] + ((data[at(f, 'LHip') + 1] + data[at(f, 'RHip') + 1]) / 2) * side[1];
    for (const s of ['L', 'R']) {
      const h = at(f, `${s}Hip`),
        k = at(f, `${s}Knee`),
        a = at(f, `${s}Ankle`);
      const u = [0, 1, 2].map((i) => data[h + i] - data[k + i]),
        v = [0, 1, 2].map((i) => data[a + i] - data[k + i]);
      const cos = (u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / (Math.hypot(...u) * Math.hypot(...v));
      const bend = 180 - (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
      if (overFeet) {
        const shift = (data[a] - data[k]) * side[0] + (data[a + 1] - data[k + 1]) * side[1];
        data[k] += shift * side[0];
        data[k + 1] += shift * side[1];
      }
      const lateral = data[k] * side[0] + data[k + 1] * side[1] - mh;
      const move = Math.min(Math.abs(lateral), metres * Math.min(1, bend / 90)) * Math.sign(lateral);
      data[k] -= move * side[0];
      data[k + 1] -= move * side[1];
    }
  }
}

/** Turns each frame about the vertical through the hips' midpoint so that the hip line keeps the angle `angle0` (radians, in x–y). */
function steady(data: Float64Array, frames: number, joints: number, L: ReturnType<typeof getLayout>, angle0: number): void {
  const lh = L.indexOf.get('LHip')!,
    rh = L.indexOf.get('RHip')!;
  for (let f = 0; f < frames; f++) {
    const o = f * joints * 3;
    const cx = (data[o + lh * 3] + data[o + rh * 3]) / 2,
      cy = (data[o + lh * 3 + 1] + data[o + rh * 3 + 1]) / 2;
    const turn = angle0 - Math.atan2(data[o + rh * 3 + 1] - data[o + lh * 3 + 1], data[o + rh * 3] - data[o + lh * 3]);
    const c = Math.cos(turn),
      s = Math.sin(turn);
    for (let j = 0; j < joints; j++) {
      const x = data[o + j * 3] - cx,
        y = data[o + j * 3 + 1] - cy;
      data[o + j * 3] = cx + c * x - s * y;
      data[o + j * 3 + 1] = cy + s * x + c * y;
    }
  }
}
