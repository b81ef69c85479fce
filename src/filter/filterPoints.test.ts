import { describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';
import type { Points3D } from '../core/types.ts';
import { butterworth, FILTERS, filterPoints, filterSettingsSchema, filtfilt } from './filterPoints.ts';

function points(frames: number, joints: number, fps: number, f: (t: number, j: number, c: number) => number): Points3D {
  const data = new Float64Array(frames * joints * 3);
  for (let i = 0; i < frames; i++)
    for (let j = 0; j < joints; j++) for (let c = 0; c < 3; c++) data[(i * joints + j) * 3 + c] = f(i / fps, j, c);
  return {
    layout: 'coco17',
    fps,
    frames,
    joints,
    data,
    reprojectionErrorPx: new Float32Array(frames * joints).fill(1.5),
    cameraMask: new Uint32Array(frames * joints).fill(3),
    timestampsMs: Float64Array.from({ length: frames }, (_, i) => (i * 1000) / fps),
  };
}

// A 1 Hz motion plus 20 Hz jitter, sampled at 100 fps.
const motion = (t: number, j: number, c: number) => Math.sin(2 * Math.PI * t + j + c);
const jitter = (t: number) => 0.01 * Math.sin(2 * Math.PI * 20 * t);

describe('filterSettingsSchema', () => {
  it("fills every default and lists the table's filters", () => {
    const s = filterSettingsSchema.parse({});
    expect(s).toEqual({
      filters: ['hampel', 'butterworth'],
      cutoff_hz: 6,
      order: 2,
      hampel_window_frames: 7,
      hampel_n_sigma: 3,
      median_window_frames: 5,
    });
    expect(Object.keys(FILTERS).sort()).toEqual(['butterworth', 'hampel', 'median']);
    expect(filterSettingsSchema.safeParse({ filters: ['kalman'] }).success).toBe(false);
    expect(filterSettingsSchema.safeParse({ order: 0 }).success).toBe(false);
  });
  it('rejects an even (uncentred) Hampel or median window instead of silently widening it', () => {
    const even = filterSettingsSchema.safeParse({ hampel_window_frames: 4 });
    expect(even.success).toBe(false);
    expect(even.error?.issues[0].message).toMatch(/must be odd/);
    expect(filterSettingsSchema.safeParse({ median_window_frames: 6 }).success).toBe(false);
    expect(filterSettingsSchema.parse({ hampel_window_frames: 9, median_window_frames: 3 })).toMatchObject({
      hampel_window_frames: 9,
      median_window_frames: 3,
    });
  });
});

describe('filterPoints', () => {
  it('removes high-frequency jitter and keeps the motion (Butterworth 6 Hz)', () => {
    const noisy = points(300, 2, 100, (t, j, c) => motion(t, j, c) + jitter(t));
    const clean = points(300, 2, 100, motion);
    const y = filterPoints(noisy, { filters: ['butterworth'], cutoff_hz: 6 });
    let err = 0;
    for (let i = 30 * 6; i < 270 * 6; i++) err = Math.max(err, Math.abs(y.data[i] - clean.data[i]));
    expect(err).toBeLessThan(1.5e-3); // jitter 10 mm → < 1.5 mm (passband droop at 1 Hz ≈ 0.7 mm)
    expect(y.reprojectionErrorPx).toEqual(noisy.reprojectionErrorPx);
    expect(y.cameraMask).toEqual(noisy.cameraMask);
  });

  it('equals filtfilt on each coordinate when there are no gaps', () => {
    const p = points(80, 1, 60, (t, _j, c) => Math.cos(3 * t * (c + 1)) + (Math.floor(t * 60) % 5 === 0 ? 0.02 : 0));
    const y = filterPoints(p, { filters: ['butterworth'], order: 3, cutoff_hz: 8 });
    const { b, a } = butterworth(3, 8, 60);
    const x1 = Float64Array.from({ length: 80 }, (_, i) => p.data[i * 3 + 1]);
    const ref = filtfilt(b, a, x1);
    for (let i = 0; i < 80; i++) expect(y.data[i * 3 + 1]).toBeCloseTo(ref[i], 12);
  });

  it('filters runs separately: gaps stay NaN and do not leak into neighbours', () => {
    const p = points(120, 1, 60, (t, j, c) => motion(t, j, c));
    for (let f = 50; f < 60; f++) p.data.fill(NaN, f * 3, f * 3 + 3);
    p.data[100 * 3 + 2] = NaN; // one coordinate missing = whole point missing
    const y = filterPoints(p, {});
    for (let f = 50; f < 60; f++) expect(y.data[f * 3]).toBeNaN();
    for (let f = 0; f < 120; f++) if (f < 50 || (f >= 60 && f !== 100)) expect(Number.isFinite(y.data[f * 3])).toBe(true);
    // left run filtered only from its own samples: same result as filtering it alone
    const left = points(50, 1, 60, (t, j, c) => motion(t, j, c));
    const yl = filterPoints(left, {});
    for (let i = 0; i < 150; i++) expect(y.data[i]).toBeCloseTo(yl.data[i], 12);
    expect(p.data[50 * 3]).toBeNaN(); // input untouched
  });

  it('removes a 30 cm spike with the default chain (Hampel then Butterworth)', () => {
    const p = points(200, 1, 60, (t, j, c) => 0.3 * motion(t, j, c));
    const clean = p.data.slice();
    p.data[100 * 3] += 0.3;
    const y = filterPoints(p);
    expect(Math.abs(y.data[100 * 3] - clean[100 * 3])).toBeLessThan(0.005);
    const onlyButter = filterPoints(p, { filters: ['butterworth'] });
    expect(Math.abs(onlyButter.data[100 * 3] - clean[100 * 3])).toBeGreaterThan(0.02);
  });

  it('returns a copy unchanged with filters = []', () => {
    const p = points(10, 2, 30, motion);
    const y = filterPoints(p, { filters: [] });
    expect(y.data).toEqual(p.data);
    expect(y.data).not.toBe(p.data);
  });

  it('says which setting to change when the cutoff is too high for the frame rate', () => {
    const p = points(40, 1, 20, motion);
    expect(() => filterPoints(p, { cutoff_hz: 12 })).toThrow(UserError);
    expect(() => filterPoints(p, { cutoff_hz: 12 })).toThrow(
      /filter\.cutoff_hz must be below half the frame rate \(10 Hz at 20 fps\), got 12/,
    );
  });
});
