import { describe, expect, it } from 'vitest';
import { assembleSequence } from './assembleSequence.ts';

const kp = (x: number, s = 0.9) => new Float32Array([x, 2 * x, s, x + 1, 2 * x + 1, 0.01]);
const meta = { camera: 'cam01', layout: 'test', joints: 2, imageWidth: 640, imageHeight: 480, fps: 30, model: 'm' };

describe('assembleSequence', () => {
  it('keeps a track in the same person slot while it lives, and reuses freed slots', () => {
    const seq = assembleSequence(
      [
        {
          timestampMs: 0,
          persons: [
            { trackId: 7, keypoints: kp(10) },
            { trackId: 8, keypoints: kp(20) },
          ],
        },
        {
          timestampMs: 33,
          persons: [
            { trackId: 8, keypoints: kp(21) },
            { trackId: 7, keypoints: kp(11) },
          ],
        },
        {
          timestampMs: 70,
          persons: [
            { trackId: 8, keypoints: kp(22) },
            { trackId: 9, keypoints: kp(30) },
          ],
        },
        { timestampMs: 100, persons: [] },
      ],
      meta,
      0.05,
    );
    expect(seq.persons).toBe(2);
    expect(Array.from(seq.trackIds)).toEqual([7, 8, 7, 8, 9, 8, -1, -1]);
    expect(seq.data[(1 * 2 + 0) * 6]).toBe(11); // frame 1, slot 0 is still track 7
    expect(Array.from(seq.timestampsMs)).toEqual([0, 33, 70, 100]);
    expect(Number.isNaN(seq.data[5])).toBe(true); // score 0.01 < 0.05 → missing
    expect(Number.isNaN(seq.data[3 * 2 * 6])).toBe(true); // empty frame
  });

  it('times frames by number when the decoder gave times that step back or are not numbers', () => {
    const at = (...ts: number[]) =>
      Array.from(
        assembleSequence(
          ts.map((t) => ({ timestampMs: t, persons: [] })),
          meta,
          0.05,
        ).timestampsMs,
      );
    expect(at(0, 40, 20, 60)).toEqual([0, 1000 / 30, 2000 / 30, 3000 / 30]);
    expect(at(0, NaN, 66)).toEqual([0, 1000 / 30, 2000 / 30]);
    expect(at(0, 0, 33)).toEqual([0, 0, 33]); // repeated times are kept: they do not go back
  });
});
