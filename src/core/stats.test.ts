import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerMedian, median, medianInPlace, quantile, selectInPlace, upperMedian, upperMedianInPlace } from './stats.ts';

/** The textbook definitions, by sorting a copy. */
const sorted = (xs: number[]) => xs.filter(Number.isFinite).sort((a, b) => a - b);

describe('core/stats', () => {
  it('median, upper and lower median of small samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(upperMedian([4, 1, 3, 2])).toBe(3);
    expect(lowerMedian([4, 1, 3, 2])).toBe(2);
    expect(upperMedian([5, 1, 9])).toBe(5);
    expect(lowerMedian([5, 1, 9])).toBe(5);
    expect(upperMedian([NaN, Infinity, 7, -Infinity])).toBe(7); // non-finite values skipped
    expect(upperMedian([])).toBeNaN();
    expect(lowerMedian([NaN])).toBeNaN();
    expect(median([])).toBeNaN();
    expect(quantile([0, 10], 0.25)).toBe(2.5);
  });

  it('selection finds every order statistic and leaves smaller values before it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 40 }), fc.nat(), (xs, kk) => {
        const k = kk % xs.length;
        const buf = Float64Array.from(xs);
        const v = selectInPlace(buf, xs.length, k);
        expect(v).toBe(sorted(xs)[k]);
        for (let i = 0; i < k; i++) expect(buf[i]).toBeLessThanOrEqual(v);
        for (let i = k + 1; i < xs.length; i++) expect(buf[i]).toBeGreaterThanOrEqual(v);
        expect([...buf].sort((a, b) => a - b)).toEqual(sorted(xs)); // a permutation
      }),
    );
  });

  // Equal up to the sign of a zero: selection treats -0 and 0 as equal, a typed-array sort orders them.
  const same = (a: number, b: number) => Object.is(a, b) || (a === 0 && b === 0);
  it('the in-place medians equal the sorting ones bit for bit, on a prefix of a reused buffer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 30 }),
        (xs) => {
          const buf = new Float64Array(xs.length + 3).fill(99);
          buf.set(xs);
          expect(same(medianInPlace(buf, xs.length), median(xs))).toBe(true);
          buf.set(xs);
          expect(same(upperMedianInPlace(buf, xs.length), upperMedian(xs))).toBe(true);
          expect(buf[xs.length]).toBe(99); // beyond n untouched
          const s = sorted(xs);
          expect(same(upperMedian(xs), s[s.length >> 1])).toBe(true);
          expect(same(lowerMedian(xs), s[(s.length - 1) >> 1])).toBe(true);
        },
      ),
    );
    expect(medianInPlace(new Float64Array(4), 0)).toBeNaN();
    expect(upperMedianInPlace([], 0)).toBeNaN();
  });
});
