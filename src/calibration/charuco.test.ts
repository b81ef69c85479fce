import { describe, expect, it } from 'vitest';
import { spansPlane } from './charuco.ts';

describe('spansPlane (ChArUco corners usable for a homography)', () => {
  it('rejects corners along one row or one column of the board, accepts two rows', () => {
    const spec = { squares: [7, 5] as [number, number], squareSizeMm: 40, markerRatio: 0.8, dictionary: 'DICT_4X4_250' };
    expect(spansPlane(spec, [0, 1, 2, 3, 4, 5])).toBe(false); // first row (6 corners per row)
    expect(spansPlane(spec, [2, 8, 14, 20])).toBe(false); // one column
    expect(spansPlane(spec, [0, 1, 2, 6, 7, 8])).toBe(true);
  });
});
