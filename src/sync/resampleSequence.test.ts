import { describe, expect, it } from 'vitest';
import type { PoseSequence2D } from '../core/types.ts';
import { resampleSequence } from './resampleSequence.ts';

/** One person, 2 joints, 4 frames at 60 fps; x = 10·frame, confidence varying from frame to frame. */
function seq(): PoseSequence2D {
  const frames = 4, joints = 2;
  const data = new Float32Array(frames * joints * 3);
  const conf = [0.9, 0.3, 0.8, 0.4];
  for (let f = 0; f < frames; f++) for (let j = 0; j < joints; j++) data.set([10 * f + j, 5, conf[f]], (f * joints + j) * 3);
  return {
    camera: 'cam1', layout: 'coco17', imageWidth: 100, imageHeight: 100, fps: 60, frames, persons: 1, joints, data,
    trackIds: new Int32Array(frames).fill(0), timestampsMs: Float64Array.from([0, 1, 2, 3].map((f) => (f * 1000) / 60)), model: 'test',
  };
}

describe('resampleSequence', () => {
  it('leaves a camera already on the target frames exactly as it is, confidences included', () => {
    const s = seq();
    const r = resampleSequence(s, { startS: 0 }, s.timestampsMs, 60);
    expect(Array.from(r.data)).toEqual(Array.from(s.data));
  });
  it('interpolates the confidence like the position between the two frames', () => {
    const s = seq();
    // The camera started a quarter frame earlier: reference instant k is local time k + 0.25 frame.
    const r = resampleSequence(s, { startS: -0.25 / 60 }, s.timestampsMs, 60);
    expect(r.data[0]).toBeCloseTo(2.5, 4);
    expect(r.data[2]).toBeCloseTo(0.9 + (0.3 - 0.9) * 0.25, 5);
    expect(r.data[6 + 2]).toBeCloseTo(0.3 + (0.8 - 0.3) * 0.25, 5);
  });
});
