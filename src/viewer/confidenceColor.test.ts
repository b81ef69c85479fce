import { describe, expect, it } from 'vitest';
import { errorColor, relativeErrorColor, RELATIVE_ERROR_SCALE } from './confidenceColor.ts';
import { REL_ERROR_FAIR, REL_ERROR_GOOD } from '../report/computeQuality.ts';

const colourOf = (f: (x: number, out: number[]) => void, x: number): number[] => {
  const c = [0, 0, 0];
  f(x, c);
  return c;
};
const isGreen = (c: number[]): boolean => c[1] > c[0] + 0.3 && c[1] > c[2] + 0.3;
const isRed = (c: number[]): boolean => c[0] > c[1] + 0.5 && c[0] > c[2] + 0.5;

describe('joint colours on the report scale', () => {
  it('uses the report thresholds', () => {
    expect(RELATIVE_ERROR_SCALE.good).toBe(REL_ERROR_GOOD);
    expect(RELATIVE_ERROR_SCALE.fair).toBe(REL_ERROR_FAIR);
  });

  it('a capture the report calls GOOD (13 px on a 684 px tall subject = 1.9 %) is green, not red as on the pixel scale', () => {
    expect(isRed(colourOf(errorColor, 13))).toBe(true);
    expect(isGreen(colourOf(relativeErrorColor, 13 / 684))).toBe(true);
  });

  it('turns yellow at the report line between fair and poor and red at twice it; NaN is neutral', () => {
    const y = colourOf(relativeErrorColor, REL_ERROR_FAIR);
    expect(y[0]).toBeGreaterThan(0.9);
    expect(y[1]).toBeGreaterThan(0.7);
    expect(isRed(colourOf(relativeErrorColor, 2 * REL_ERROR_FAIR))).toBe(true);
    expect(isRed(colourOf(relativeErrorColor, 0.5))).toBe(true);
    expect(colourOf(relativeErrorColor, NaN)).toEqual(colourOf(errorColor, NaN));
    // Between good and fair it moves away from green steadily.
    const a = colourOf(relativeErrorColor, 0.03),
      b = colourOf(relativeErrorColor, 0.05);
    expect(b[0]).toBeGreaterThan(a[0]);
  });
});
