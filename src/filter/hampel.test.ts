import { describe, expect, it } from 'vitest';
import { hampel, movingMedian } from './hampel.ts';

const smooth = (n: number) => Float64Array.from({ length: n }, (_, i) => Math.sin(i / 6) + 0.001 * ((i * 7919) % 13));

describe('hampel', () => {
  it('replaces an isolated spike by the local median and leaves smooth samples alone', () => {
    const x = smooth(60);
    const spiked = x.slice();
    spiked[30] += 2;
    const y = hampel(spiked, 7, 3);
    expect(Math.abs(y[30] - x[30])).toBeLessThan(0.1);
    let changed = 0;
    for (let i = 0; i < 60; i++) if (i !== 30 && y[i] !== spiked[i]) changed++;
    expect(changed).toBe(0);
  });
  it('skips NaN inside the window and keeps NaN samples NaN', () => {
    const x = Float64Array.from([1, 1.1, NaN, 0.9, 9, 1.05, NaN, 1]);
    const y = hampel(x, 7, 3);
    expect(y[2]).toBeNaN();
    expect(y[6]).toBeNaN();
    expect(y[4]).toBeCloseTo(1.05, 1);
  });
  it('does not modify its input', () => {
    const x = Float64Array.from([0, 0, 0, 10, 0, 0, 0]);
    hampel(x, 5, 3);
    expect(x[3]).toBe(10);
  });
});

describe('movingMedian', () => {
  it('removes a two-sample spike with a window of 5 and preserves a step', () => {
    const x = Float64Array.from([0, 0, 0, 5, 5, 0, 0, 0, 1, 1, 1, 1, 1]);
    const y = movingMedian(x, 5);
    expect([...y.subarray(0, 8)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect([...y.subarray(9)]).toEqual([1, 1, 1, 1]);
  });
});
