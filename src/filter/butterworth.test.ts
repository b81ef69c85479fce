import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { butterworth } from './butterworth.ts';
import { filtfilt, lfilter, lfilterZi } from './filtfilt.ts';

interface Case {
  order: number;
  cutoff_hz: number;
  fps: number;
  b: number[];
  a: number[];
  zi: number[];
  x: number[];
  lfilter: number[];
  filtfilt: number[];
}
const vectors = JSON.parse(readFileSync(new URL('./fixtures/scipy-vectors.json', import.meta.url), 'utf8')) as {
  scipy: string;
  cases: Case[];
};

const maxAbsDiff = (p: ArrayLike<number>, q: ArrayLike<number>): number => {
  expect(p.length).toBe(q.length);
  let m = 0;
  for (let i = 0; i < p.length; i++) m = Math.max(m, Math.abs(p[i] - q[i]));
  return m;
};

describe(`Butterworth + filtfilt match scipy ${vectors.scipy} (fixtures/generate_scipy_vectors.py)`, () => {
  for (const c of vectors.cases) {
    const name = `order ${c.order}, ${c.cutoff_hz} Hz at ${c.fps} fps, ${c.x.length} samples`;
    it(`designs the same coefficients as butter(): ${name}`, () => {
      const { b, a } = butterworth(c.order, c.cutoff_hz, c.fps);
      expect(maxAbsDiff(b, c.b)).toBeLessThan(1e-12);
      expect(maxAbsDiff(a, c.a)).toBeLessThan(1e-10);
      expect(maxAbsDiff(lfilterZi(c.b, c.a), c.zi)).toBeLessThan(1e-9);
    });
    it(`filters like lfilter() and filtfilt() to 1e-6: ${name}`, () => {
      const { b, a } = butterworth(c.order, c.cutoff_hz, c.fps);
      expect(maxAbsDiff(lfilter(b, a, c.x), c.lfilter)).toBeLessThan(1e-6);
      expect(maxAbsDiff(filtfilt(b, a, c.x), c.filtfilt)).toBeLessThan(1e-6);
    });
  }

  it('has unit gain at DC and −3 dB at the cutoff', () => {
    const { b, a } = butterworth(3, 6, 60);
    const gain = (f: number): number => {
      const w = (2 * Math.PI * f) / 60;
      const ev = (c: Float64Array) => c.reduce((s, v, k) => [s[0] + v * Math.cos(-w * k), s[1] + v * Math.sin(-w * k)], [0, 0]);
      const [nb, na] = [ev(b), ev(a)];
      return Math.hypot(...nb) / Math.hypot(...na);
    };
    expect(gain(0)).toBeCloseTo(1, 12);
    expect(gain(6)).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('keeps a constant signal constant (steady-state initial conditions)', () => {
    const { b, a } = butterworth(4, 5, 100);
    const y = filtfilt(b, a, new Float64Array(50).fill(3.25));
    expect(maxAbsDiff(y, new Float64Array(50).fill(3.25))).toBeLessThan(1e-12);
  });

  it('rejects a cutoff at or above Nyquist', () => {
    expect(() => butterworth(2, 30, 60)).toThrow(/between 0 and half the frame rate \(30 Hz\)/);
    expect(() => butterworth(0, 5, 60)).toThrow(/order/);
  });
});
