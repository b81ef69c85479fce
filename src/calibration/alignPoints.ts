// Least-squares alignment of two sets of corresponding 3D points: the rotation, translation and
// (optionally) scale that carry `from` onto `to`. Used to compare reconstructions made in different
// world frames (e.g. a calibration from the person against the lab's).
// ref: Umeyama, "Least-squares estimation of transformation parameters between two point patterns",
//      IEEE TPAMI 13(4), 1991 (eqs. 38–42, with the reflection correction).
import { Matrix, SingularValueDecomposition, determinant } from 'ml-matrix';

export interface Alignment {
  /** Rotation, 3×3 row-major. */
  R: Float64Array;
  t: [number, number, number];
  scale: number;
}

/** Aligns n×3 `from` onto n×3 `to` (NaN rows skipped). With withScale false the scale stays 1. */
export function alignPoints(from: ArrayLike<number>, to: ArrayLike<number>, withScale = true): Alignment {
  const rows: number[] = [];
  for (let i = 0; i < from.length / 3; i++) {
    let ok = true;
    for (let k = 0; k < 3; k++) ok &&= Number.isFinite(from[3 * i + k]) && Number.isFinite(to[3 * i + k]);
    if (ok) rows.push(i);
  }
  if (rows.length < 3) throw new Error('alignPoints needs at least 3 corresponding points');
  const n = rows.length;
  const mf = [0, 0, 0],
    mt = [0, 0, 0];
  for (const i of rows)
    for (let k = 0; k < 3; k++) {
      mf[k] += from[3 * i + k] / n;
      mt[k] += to[3 * i + k] / n;
    }
  const S = new Matrix(3, 3);
  let varFrom = 0;
  for (const i of rows) {
    for (let a = 0; a < 3; a++) {
      const fa = from[3 * i + a] - mf[a];
      varFrom += (fa * fa) / n;
      for (let b = 0; b < 3; b++) S.set(b, a, S.get(b, a) + ((to[3 * i + b] - mt[b]) * fa) / n);
    }
  }
  const svd = new SingularValueDecomposition(S);
  const U = svd.leftSingularVectors;
  const V = svd.rightSingularVectors;
  const d = determinant(U) * determinant(V) < 0 ? -1 : 1;
  const D = Matrix.diag([1, 1, d]);
  const Rm = U.mmul(D).mmul(V.transpose());
  const sv = svd.diagonal;
  const scale = withScale ? (sv[0] + sv[1] + d * sv[2]) / varFrom : 1;
  const R = new Float64Array(9);
  for (let i = 0; i < 9; i++) R[i] = Rm.get(Math.floor(i / 3), i % 3);
  const t: [number, number, number] = [0, 0, 0];
  for (let a = 0; a < 3; a++) t[a] = mt[a] - scale * (R[a * 3] * mf[0] + R[a * 3 + 1] * mf[1] + R[a * 3 + 2] * mf[2]);
  return { R, t, scale };
}

/** Applies an alignment to n×3 points. */
export function applyAlignment(al: Alignment, pts: ArrayLike<number>): Float64Array {
  const out = new Float64Array(pts.length);
  const { R, t, scale } = al;
  for (let i = 0; i < pts.length; i += 3) {
    for (let a = 0; a < 3; a++) out[i + a] = scale * (R[a * 3] * pts[i] + R[a * 3 + 1] * pts[i + 1] + R[a * 3 + 2] * pts[i + 2]) + t[a];
  }
  return out;
}
