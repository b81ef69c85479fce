import { describe, expect, it } from 'vitest';
import { associate, boxIou, poseSimilarity, suppressDuplicates } from './trackPersons.ts';

/** A stick figure of 5 keypoints standing at x, height h. */
function figure(x: number, h: number, score = 0.9): Float32Array {
  return new Float32Array([x, 0, score, x - h / 4, h / 3, score, x + h / 4, h / 3, score, x - h / 6, h, score, x + h / 6, h, score]);
}

describe('tracking people between frames', () => {
  it('a pose is most similar to itself and dissimilar to a far-away one', () => {
    expect(poseSimilarity(figure(100, 300), figure(100, 300))).toBeCloseTo(1, 6);
    expect(poseSimilarity(figure(100, 300), figure(600, 300))).toBeLessThan(0.01);
    expect(boxIou([0, 0, 10, 10], [5, 0, 15, 10])).toBeCloseTo(1 / 3, 6);
  });

  it('keeps identities when people move a little, even if listed in another order', () => {
    const previous = [figure(100, 300), figure(500, 280)];
    const now = [figure(510, 282), figure(104, 300), figure(900, 250)];
    expect(associate(previous, now)).toEqual([1, 0, -1]);
  });

  it('does not give one previous person to two detections', () => {
    const m = associate([figure(100, 300)], [figure(101, 300), figure(99, 300)]);
    expect(m.filter((i) => i === 0)).toHaveLength(1);
  });

  it('drops a second crop that converged on the same person, keeping the older track', () => {
    const kept = suppressDuplicates([
      { keypoints: figure(100, 300), score: 0.5, trackId: 1 },
      { keypoints: figure(103, 300), score: 0.9, trackId: 2 },
      { keypoints: figure(400, 300), score: 0.7, trackId: 3 },
    ]);
    expect(kept.map((k) => k.trackId)).toEqual([1, 3]);
  });
});
