// IIR filtering: lfilter (direct form II transposed), its steady-state initial conditions and the
// forward-backward zero-phase filtfilt with odd extension at both ends — the defaults of
// scipy.signal.filtfilt (padtype='odd', padlen = 3·max(len(a), len(b))).
// ref: F. Gustafsson, "Determining the initial states in forward-backward filtering", IEEE Trans.
//      Signal Processing 44(4), 1996; scipy.signal documentation for lfilter, lfilter_zi, filtfilt.

/** Normalises so that a[0] = 1 and pads b, a to the same length. */
function normalise(b: ArrayLike<number>, a: ArrayLike<number>): { b: Float64Array; a: Float64Array } {
  const n = Math.max(b.length, a.length);
  const a0 = a[0];
  if (!a0) throw new RangeError('filter denominator a[0] must be non-zero');
  const bb = new Float64Array(n);
  const aa = new Float64Array(n);
  for (let i = 0; i < b.length; i++) bb[i] = b[i] / a0;
  for (let i = 0; i < a.length; i++) aa[i] = a[i] / a0;
  return { b: bb, a: aa };
}

/**
 * Filters `x` with the rational transfer function b / a (direct form II transposed). `zi` (length
 * max(len(a), len(b)) − 1) is the initial state and is left unchanged. Returns a new array.
 */
export function lfilter(b: ArrayLike<number>, a: ArrayLike<number>, x: ArrayLike<number>, zi?: ArrayLike<number>): Float64Array {
  const { b: bb, a: aa } = normalise(b, a);
  const z = new Float64Array(bb.length - 1);
  if (zi) for (let i = 0; i < z.length; i++) z[i] = zi[i];
  const y = new Float64Array(x.length);
  runFilter(bb, aa, x, z, y);
  return y;
}

/** Direct form II transposed over x into y, with normalised coefficients; z (the state) is updated in place. */
function runFilter(bb: Float64Array, aa: Float64Array, x: ArrayLike<number>, z: Float64Array, y: Float64Array): void {
  const order = bb.length - 1;
  const b0 = bb[0];
  if (order === 0) {
    for (let n = 0; n < x.length; n++) y[n] = b0 * x[n];
    return;
  }
  const last = order - 1;
  for (let n = 0; n < x.length; n++) {
    const xn = x[n];
    const yn = b0 * xn + z[0];
    for (let i = 0; i < last; i++) z[i] = bb[i + 1] * xn + z[i + 1] - aa[i + 1] * yn;
    z[last] = bb[order] * xn - aa[order] * yn;
    y[n] = yn;
  }
}

/**
 * Initial state for lfilter that corresponds to the step response's steady state (a constant
 * input of 1 gives a constant output). Solves (I − Aᵀ) zi = b[1:] − a[1:]·b[0], A the companion matrix.
 */
export function lfilterZi(b: ArrayLike<number>, a: ArrayLike<number>): Float64Array {
  const { b: bb, a: aa } = normalise(b, a);
  const n = bb.length - 1;
  if (n === 0) return new Float64Array(0);
  // M = I − companion(a)ᵀ; companion(a) has −a[1:] in its first row and ones on the subdiagonal.
  const M = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    M[i * n + i] = 1;
    M[i * n + 0] += aa[i + 1]; // −(first row of companion)ᵀ → first column
    if (i + 1 < n) M[i * n + i + 1] -= 1; // −(subdiagonal)ᵀ → superdiagonal
  }
  const rhs = new Float64Array(n);
  for (let i = 0; i < n; i++) rhs[i] = bb[i + 1] - aa[i + 1] * bb[0];
  return solve(M, rhs, n);
}

/** Solves M x = r (n×n, row-major) by Gaussian elimination with partial pivoting; M and r are consumed. */
function solve(M: Float64Array, r: Float64Array, n: number): Float64Array {
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let i = c + 1; i < n; i++) if (Math.abs(M[i * n + c]) > Math.abs(M[p * n + c])) p = i;
    if (p !== c) {
      for (let k = 0; k < n; k++) [M[c * n + k], M[p * n + k]] = [M[p * n + k], M[c * n + k]];
      [r[c], r[p]] = [r[p], r[c]];
    }
    const d = M[c * n + c];
    if (d === 0) throw new RangeError('lfilterZi: singular system (is the filter unstable?)');
    for (let i = c + 1; i < n; i++) {
      const f = M[i * n + c] / d;
      if (f === 0) continue;
      for (let k = c; k < n; k++) M[i * n + k] -= f * M[c * n + k];
      r[i] -= f * r[c];
    }
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = r[i];
    for (let k = i + 1; k < n; k++) s -= M[i * n + k] * x[k];
    x[i] = s / M[i * n + i];
  }
  return x;
}

/** Default padding of scipy.signal.filtfilt: 3·max(len(a), len(b)). */
export const defaultPadLength = (b: ArrayLike<number>, a: ArrayLike<number>): number => 3 * Math.max(a.length, b.length);

/**
 * Zero-phase forward-backward filtering, as scipy.signal.filtfilt(b, a, x) with its defaults:
 * odd extension of padlen = 3·max(len(a), len(b)) samples at both ends and lfilter_zi initial
 * conditions scaled by the first sample of each pass. Signals of padlen samples or fewer (scipy refuses
 * them) are padded by length − 1 instead. Returns a new array; an empty or 1-sample x is copied.
 */
export function filtfilt(b: ArrayLike<number>, a: ArrayLike<number>, x: ArrayLike<number>, padlen = defaultPadLength(b, a)): Float64Array {
  const n = x.length;
  if (n < 2) return Float64Array.from(x);
  const edge = Math.min(padlen, n - 1);
  // Odd extension: 2·x[0] − x[edge..1], x, 2·x[n−1] − x[n−2..n−1−edge].
  const ext = new Float64Array(n + 2 * edge);
  for (let i = 0; i < edge; i++) ext[i] = 2 * x[0] - x[edge - i];
  for (let i = 0; i < n; i++) ext[edge + i] = x[i];
  for (let i = 0; i < edge; i++) ext[edge + n + i] = 2 * x[n - 1] - x[n - 2 - i];
  const { b: bb, a: aa } = normalise(b, a);
  const zi = lfilterZi(bb, aa);
  const z = zi.map((v) => v * ext[0]);
  const y = new Float64Array(ext.length);
  runFilter(bb, aa, ext, z, y);
  y.reverse();
  for (let i = 0; i < z.length; i++) z[i] = zi[i] * y[0];
  runFilter(bb, aa, y, z, ext); // reuse ext as the output buffer of the backward pass
  ext.reverse();
  return ext.slice(edge, edge + n);
}
