// Synthetic 2D detections: project known 3D motion into each camera and spoil it the way real
// pose detectors do — pixel noise, missed keypoints, wrong keypoints, whole-view left/right swaps,
// and bystanders (other people, some walking through the scene) in extra person slots.

import type { CameraRig, Points3D, PoseSequence2D } from '../core/types.ts';
import { getLayout } from '../core/layouts.ts';
import { prepareCamera, projectPoint } from '../camera/project.ts';
import { generateMotion, type MotionKind } from './motion.ts';
import { createRandom } from '../core/random.ts';

/** Options of `observe`: the noise and mistakes of a real detector. */
export interface ObserveOptions {
  /** Standard deviation of Gaussian pixel noise per coordinate (0 = exact). @defaultValue 0 */
  noisePx?: number;
  /** Probability that a keypoint is missed (NaN) in a view. @defaultValue 0 */
  missRate?: number;
  /** Probability that a keypoint lands somewhere wrong (0.15–0.5 body heights away) with a plausible score. @defaultValue 0 */
  wrongRate?: number;
  /** Probability per view and frame that a left/right swap of the whole body starts (lasts 1–6 frames). @defaultValue 0 */
  swapRate?: number;
  /** Number of other people: half stand nearby, half walk through the capture volume. @defaultValue 0 */
  bystanders?: number;
  /** Shuffle the order of person slots in every frame, as detectors do. @defaultValue true */
  shuffle?: boolean;
  /** Seed of every random choice. @defaultValue 1 */
  seed?: number;
}

/** Track id of the subject in every camera; bystanders get 1, 2, … */
export const SUBJECT_TRACK_ID = 0;

/** Moves a bystander's motion: standing at a spot, or walking along a line through the volume. */
function placeBystander(m: Points3D, index: number, rand: () => number): void {
  const walking = index % 2 === 1;
  const angle = 2 * Math.PI * rand();
  const durationS = m.frames / m.fps;
  for (let f = 0; f < m.frames; f++) {
    const t = f / m.fps;
    let dx: number, dy: number;
    if (walking) {
      // A straight pass at 0.6–1.2 m from the subject's centre, at ~1.2 m/s, repeating.
      const span = Math.max(6, 1.2 * durationS);
      const s = ((t * 1.2) % span) - span / 2;
      const d = 0.6 + 0.6 * ((index * 0.37) % 1);
      dx = Math.cos(angle) * s - Math.sin(angle) * d;
      dy = Math.sin(angle) * s + Math.cos(angle) * d;
    } else {
      const r = 1.6 + 0.8 * ((index * 0.61) % 1);
      dx = Math.cos(angle) * r;
      dy = Math.sin(angle) * r;
    }
    for (let j = 0; j < m.joints; j++) {
      const o = (f * m.joints + j) * 3;
      m.data[o] += dx;
      m.data[o + 1] += dy;
    }
  }
}

/**
 * Projects the truth (and any bystanders) into every camera of the rig.
 * Person slot 0..persons-1 are shuffled per frame; trackIds identify people (subject = 0).
 * Keypoints behind a camera or outside its image are NaN.
 */
export function observe(truth: Points3D, rig: CameraRig, opts: ObserveOptions = {}): PoseSequence2D[] {
  const noisePx = opts.noisePx ?? 0;
  const missRate = opts.missRate ?? 0;
  const wrongRate = opts.wrongRate ?? 0;
  const swapRate = opts.swapRate ?? 0;
  const nBystanders = opts.bystanders ?? 0;
  const shuffle = opts.shuffle ?? true;
  const rng = createRandom(opts.seed ?? 1);
  const layout = getLayout(truth.layout);
  const { frames, joints } = truth;
  const persons = 1 + nBystanders;

  const kinds: MotionKind[] = ['walk-in-place', 'wave', 'squat', 'mixed'];
  const people: Points3D[] = [truth];
  for (let b = 0; b < nBystanders; b++) {
    const m = generateMotion({ frames, fps: truth.fps, layout: truth.layout, seed: 1000 + rng.int(1e6), kind: kinds[b % kinds.length] });
    placeBystander(m, b, rng.uniform);
    people.push(m);
  }

  const uv = new Float64Array(2);
  return rig.cameras.map((cam) => {
    const pc = prepareCamera(cam);
    const data = new Float32Array(frames * persons * joints * 3).fill(NaN);
    const trackIds = new Int32Array(frames * persons).fill(-1);
    const order = Array.from({ length: persons }, (_, i) => i);
    const proj = new Float64Array(joints * 2);
    let swapLeft = 0;
    for (let f = 0; f < frames; f++) {
      if (shuffle) {
        for (let i = persons - 1; i > 0; i--) {
          const k = rng.int(i + 1);
          [order[i], order[k]] = [order[k], order[i]];
        }
      }
      if (swapLeft > 0) swapLeft--;
      else if (swapRate > 0 && rng.uniform() < swapRate) swapLeft = 1 + rng.int(6);
      for (let p = 0; p < persons; p++) {
        const person = people[p];
        const slot = order[p];
        // Project, and measure the person's image height for "wrong place" jumps.
        let vMin = Infinity,
          vMax = -Infinity,
          seen = 0;
        for (let j = 0; j < joints; j++) {
          const o = (f * joints + j) * 3;
          const zc = pc.R[6] * person.data[o] + pc.R[7] * person.data[o + 1] + pc.R[8] * person.data[o + 2] + pc.t[2];
          projectPoint(pc, person.data[o], person.data[o + 1], person.data[o + 2], uv, 0);
          const inside = zc > 0.05 && uv[0] >= 0 && uv[0] < cam.width && uv[1] >= 0 && uv[1] < cam.height;
          proj[2 * j] = inside ? uv[0] : NaN;
          proj[2 * j + 1] = inside ? uv[1] : NaN;
          if (inside) {
            seen++;
            vMin = Math.min(vMin, uv[1]);
            vMax = Math.max(vMax, uv[1]);
          }
        }
        if (seen < 3) continue; // a detector does not report a person it barely sees
        trackIds[f * persons + slot] = p === 0 ? SUBJECT_TRACK_ID : p;
        const heightPx = Math.max(vMax - vMin, 20);
        const swapped = p === 0 && swapLeft > 0;
        for (let j = 0; j < joints; j++) {
          const src = swapped ? layout.mirror[j] : j;
          let x = proj[2 * src],
            y = proj[2 * src + 1];
          if (Number.isNaN(x)) continue;
          const o = ((f * persons + slot) * joints + j) * 3;
          if (missRate > 0 && rng.uniform() < missRate) continue;
          let score = 0.6 + 0.4 * rng.uniform();
          if (wrongRate > 0 && rng.uniform() < wrongRate) {
            const a = 2 * Math.PI * rng.uniform();
            const r = heightPx * (0.15 + 0.35 * rng.uniform());
            x += r * Math.cos(a);
            y += r * Math.sin(a);
            score = 0.3 + 0.6 * rng.uniform();
          }
          if (noisePx > 0) {
            x += noisePx * rng.normal();
            y += noisePx * rng.normal();
          }
          data[o] = x;
          data[o + 1] = y;
          data[o + 2] = score;
        }
      }
    }
    return {
      camera: cam.name,
      layout: truth.layout,
      imageWidth: cam.width,
      imageHeight: cam.height,
      fps: truth.fps,
      frames,
      persons,
      joints,
      data,
      trackIds,
      timestampsMs: Float64Array.from(truth.timestampsMs),
      model: 'synthetic',
    };
  });
}
