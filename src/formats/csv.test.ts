import { describe, expect, it } from 'vitest';
import { formatPointsCsv, POINTS_CSV_HEADER, toFixedFast } from './csv.ts';
import { samplePoints } from './fixtures/samplePoints.ts';

describe('formatPointsCsv', () => {
  const cams = ['cam01', 'cam02', 'cam03', 'cam04'];
  const rows = formatPointsCsv(samplePoints(), cams).trimEnd().split('\n');

  it('has one row per frame and joint under a tidy header', () => {
    expect(rows[0]).toBe(POINTS_CSV_HEADER);
    expect(rows).toHaveLength(1 + 4 * 17);
  });
  it('writes metres in world axes, the error in px and the cameras used', () => {
    expect(rows[1]).toBe('0,0.000000,Nose,0.000000,-0.500000,1.000000,0.500,cam01;cam02;cam03');
    expect(rows[2]).toBe('0,0.000000,LEye,0.100000,-0.490000,1.020000,1.500,cam01;cam02;cam04');
  });
  it('leaves a missing point empty', () => {
    expect(rows[1 + 17 + 3]).toBe('1,0.016667,LEar,,,,,');
  });
  it('quotes a cell that holds a comma', () => {
    const out = formatPointsCsv(samplePoints(1), ['a,b', 'c', 'd', 'e']).split('\n')[1];
    expect(out.endsWith(',"a,b;c;d"')).toBe(true);
  });
});

describe('toFixedFast', () => {
  it('gives exactly the string toFixed gives: ties, tiny and negative values, zeros, large values, NaN', () => {
    const values = [
      0,
      -0,
      1e-7,
      -1e-7,
      4e-7,
      5e-7,
      -5e-7,
      0.5,
      -0.5,
      1.0000005,
      -1.0000005,
      0.0000015,
      2.5e-3,
      1.2345,
      -1.2345,
      0.1 + 0.2,
      123456.7890125,
      -2147.4836475,
      2147.4836475,
      1e12 + 0.25,
      -1e15,
      1e21,
      NaN,
      Infinity,
      -Infinity,
    ];
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 20_000; i++) {
      values.push((rnd() - 0.5) * 6); // metres
      values.push(Math.round((rnd() - 0.5) * 2e6) / 1e6 + 5e-7); // near a 6-decimal tie
      values.push(Math.round((rnd() - 0.5) * 2e3) / 1e3 + 5e-4); // near a 3-decimal tie
      values.push((rnd() - 0.5) * 1e-5); // rounds to ±0 or ±0.00001
      values.push((rnd() - 0.5) * 1e4);
    }
    for (const d of [0, 1, 3, 6, 9, 12]) {
      const wrong = values.filter((x) => toFixedFast(x, d) !== x.toFixed(d));
      expect(wrong.map((x) => `${x}→${toFixedFast(x, d)} (toFixed ${x.toFixed(d)})`)).toEqual([]);
    }
  });
});

describe('formatPointsCsv on a long take', () => {
  it('writes every row once, in order, across internal chunk boundaries', () => {
    const base = samplePoints();
    const frames = 300; // 300 × 17 = 5,100 rows: more than two chunks
    const data = new Float64Array(frames * base.joints * 3).map((_, i) => Math.sin(i) * 2);
    for (let i = 0; i < data.length; i += 41) data[i] = NaN;
    const pts = {
      ...base,
      frames,
      data,
      reprojectionErrorPx: new Float32Array(frames * base.joints).map((_, i) => (i % 9) / 4),
      cameraMask: new Uint32Array(frames * base.joints).map((_, i) => i % 16),
      timestampsMs: Float64Array.from({ length: frames }, (_, f) => (f * 1000) / base.fps),
    };
    const text = formatPointsCsv(pts, ['c0', 'c1', 'c2', 'c3']);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1 + frames * base.joints);
    for (let f = 0; f < frames; f += 37)
      for (let j = 0; j < base.joints; j += 5) {
        const k = f * base.joints + j;
        const cols = lines[1 + k].split(',');
        expect(Number(cols[0])).toBe(f);
        if (Number.isNaN(data[k * 3])) expect(cols[3]).toBe('');
        else expect(cols.slice(3, 6)).toEqual([0, 1, 2].map((c) => data[k * 3 + c].toFixed(6)));
      }
  });
});
