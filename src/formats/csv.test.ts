import { describe, expect, it } from 'vitest';
import { formatPointsCsv, POINTS_CSV_HEADER } from './csv.ts';
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
