import { describe, expect, it } from 'vitest';
import { subjectSizePx, SIZE_WINDOW_FRAMES } from './subjectSize.ts';
import type { PoseSequence2D } from '../core/types.ts';

/** One camera, one person slot, a 17-keypoint column 100 px wide and `height` px tall. */
function column(frames: number, height: (f: number) => number): PoseSequence2D {
  const J = 17;
  const data = new Float32Array(frames * J * 3);
  for (let f = 0; f < frames; f++) {
    for (let j = 0; j < J; j++) {
      const o = (f * J + j) * 3;
      data[o] = 500 + (j % 2) * 100;
      data[o + 1] = 100 + (height(f) * j) / (J - 1);
      data[o + 2] = 0.9;
    }
  }
  return {
    camera: 'cam01',
    layout: 'coco17',
    model: 'test',
    fps: 30,
    frames,
    persons: 1,
    joints: J,
    imageWidth: 1080,
    imageHeight: 1920,
    data,
    trackIds: new Int32Array(frames),
    timestampsMs: new Float64Array(frames),
  } as PoseSequence2D;
}

describe('subjectSizePx', () => {
  it('is the longer side of the keypoint box, unmoved by one wrong keypoint or a few bad frames', () => {
    const q = column(60, () => 640);
    const clean = subjectSizePx([q], new Int32Array(60), 60, 0.3, [1, 1]);
    // Trimmed by one keypoint at each end: 640 · 14/16.
    expect(clean[30]).toBeCloseTo(560, 3);
    // A wrong keypoint 800 px off in every frame, and whole frames of rubbish in 5 frames.
    q.data[1] = 1500;
    for (const f of [10, 11, 12, 40, 41]) for (let j = 0; j < 17; j++) q.data[(f * 17 + j) * 3 + 1] = j * 100;
    const spoiled = subjectSizePx([q], new Int32Array(60), 60, 0.3, [1, 1]);
    for (let f = 0; f < 60; f++) expect(spoiled[f]).toBeCloseTo(560, 3);
  });

  it('follows a subject walking towards the camera, scales with the image, NaN where unseen', () => {
    const frames = 120;
    const q = column(frames, (f) => 300 + 5 * f);
    const sel = new Int32Array(frames);
    sel.fill(-1, 0, 2 * SIZE_WINDOW_FRAMES + 1);
    const s = subjectSizePx([q], sel, frames + 1, 0.3, [2, 2]);
    expect(Number.isNaN(s[0])).toBe(true);
    expect(Number.isNaN(s[frames])).toBe(false); // beyond the sequence: the window still reaches back
    expect(s[80]).toBeCloseTo(2 * (300 + 5 * 80) * (14 / 16), 0);
  });
});
