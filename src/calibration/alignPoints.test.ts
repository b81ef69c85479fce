import { describe, expect, it } from 'vitest';
import { rotationMatrix } from '../camera/project.ts';
import { alignPoints, applyAlignment } from './alignPoints.ts';

describe('alignPoints', () => {
  const pts = Float64Array.from([0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 1, 1, 1, -1, 0.5, 2]);
  const R = rotationMatrix([0.3, -0.2, 1.1]);
  const moved = (s: number) => {
    const out = new Float64Array(pts.length);
    for (let i = 0; i < pts.length; i += 3)
      for (let a = 0; a < 3; a++)
        out[i + a] = s * (R[a * 3] * pts[i] + R[a * 3 + 1] * pts[i + 1] + R[a * 3 + 2] * pts[i + 2]) + [0.5, -2, 3][a];
    return out;
  };
  it('recovers a known rotation, translation and scale', () => {
    const to = moved(1.7);
    const al = alignPoints(pts, to);
    expect(al.scale).toBeCloseTo(1.7, 9);
    const back = applyAlignment(al, pts);
    for (let i = 0; i < to.length; i++) expect(back[i]).toBeCloseTo(to[i], 9);
  });
  it('keeps scale 1 when asked and never returns a reflection', () => {
    const al = alignPoints(pts, moved(2), false);
    expect(al.scale).toBe(1);
    const R2 = al.R;
    const det = R2[0] * (R2[4] * R2[8] - R2[5] * R2[7]) - R2[1] * (R2[3] * R2[8] - R2[5] * R2[6]) + R2[2] * (R2[3] * R2[7] - R2[4] * R2[6]);
    expect(det).toBeCloseTo(1, 9);
    const mirrored = pts.map((v, i) => (i % 3 === 0 ? -v : v));
    const am = alignPoints(pts, mirrored);
    const M = am.R;
    expect(M[0] * (M[4] * M[8] - M[5] * M[7]) - M[1] * (M[3] * M[8] - M[5] * M[6]) + M[2] * (M[3] * M[7] - M[4] * M[6])).toBeCloseTo(1, 9);
  });
});
