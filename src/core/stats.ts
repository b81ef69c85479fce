// Shared statistics: the one median (with its upper/lower and in-place variants) and quantile every
// stage uses (non-finite values are skipped; the in-place variants take NaN-free buffers).
// ref: Hyndman & Fan, "Sample quantiles in statistical packages", The American Statistician 50(4),
//      1996 — definition 7 (linear interpolation between order statistics; numpy's default).

/** The q-quantile (0 ≤ q ≤ 1) of values already sorted ascending, interpolating linearly; NaN when empty. */
export function quantileOfSorted(v: ArrayLike<number>, q: number): number {
  if (!v.length) return NaN;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

/** The finite values of xs, sorted ascending, in a typed array (`into` reused when given, e.g. for millions of values). */
export function sortedFinite(xs: ArrayLike<number>, into = new Float64Array(xs.length)): Float64Array {
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (Number.isFinite(xs[i])) into[n++] = xs[i];
  return into.subarray(0, n).sort();
}

/** The q-quantile of the finite values of xs (definition 7); NaN when there are none. Does not reorder xs. */
export function quantile(xs: ArrayLike<number>, q: number): number {
  return quantileOfSorted(sortedFinite(xs), q);
}

/**
 * The median of the finite values of xs: the middle value, or the mean of the middle two for an
 * even count, computed as (a + b) / 2 (so it can differ from quantile(xs, 0.5), which interpolates,
 * in the last bit); NaN when there are none.
 */
export function median(xs: ArrayLike<number>): number {
  const v = sortedFinite(xs);
  return medianOfSorted(v, v.length);
}

/** The median of v[0..n), already sorted ascending (mean of the middle two as (a + b) / 2); NaN when n is 0. */
function medianOfSorted(v: ArrayLike<number>, n: number): number {
  if (n <= 0) return NaN;
  const m = n >> 1;
  return n % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/**
 * The upper median of the finite values of xs: the middle value for an odd count, the higher of the
 * middle two for an even one (an observed value, never an average); NaN when there are none.
 */
export function upperMedian(xs: ArrayLike<number>): number {
  const v = sortedFinite(xs);
  return v.length ? v[v.length >> 1] : NaN;
}

/** The lower median of the finite values of xs: the lower of the middle two for an even count; NaN when there are none. */
export function lowerMedian(xs: ArrayLike<number>): number {
  const v = sortedFinite(xs);
  return v.length ? v[(v.length - 1) >> 1] : NaN;
}

/** A reusable numeric buffer: a typed array or a plain array. */
type Buffer = { [i: number]: number; readonly length: number };

/**
 * The k-th smallest (0-based) of buf[0..n), found by selection without sorting or allocating: it
 * reorders buf[0..n) so that buf[0..k) ≤ buf[k] ≤ buf(k..n). For hot loops over a reused buffer.
 * buf[0..n) must hold no NaN (the caller gathers values); 0 ≤ k < n. -0 and 0 count as equal (a sort
 * orders them), so a zero result may differ from a sort's in its sign only.
 * ref: C. A. R. Hoare, "Algorithm 65: FIND", Communications of the ACM 4(7), 1961 (partition-based
 *      selection; the two-index partition as in N. Wirth, "Algorithms + Data Structures = Programs", 1976).
 */
export function selectInPlace(buf: Buffer, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = buf[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (buf[i] < pivot) i++;
      while (buf[j] > pivot) j--;
      if (i <= j) {
        const t = buf[i];
        buf[i] = buf[j];
        buf[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break; // buf(j..i) all equal the pivot, k among them
  }
  return buf[k];
}

/**
 * The median of buf[0..n) (mean of the middle two for an even count, as `median`), reordering
 * buf[0..n) in place and allocating nothing; NaN when n is 0. buf[0..n) must hold no NaN.
 */
export function medianInPlace(buf: Buffer, n: number): number {
  if (n <= 0) return NaN;
  const k = n >> 1;
  const hi = selectInPlace(buf, n, k);
  if (n % 2) return hi;
  let lo = buf[0];
  for (let i = 1; i < k; i++) if (buf[i] > lo) lo = buf[i];
  return (lo + hi) / 2; // as median(), to the bit
}

/** The upper median of buf[0..n) (as `upperMedian`), reordering buf[0..n) in place; NaN when n is 0. buf[0..n) must hold no NaN. */
export function upperMedianInPlace(buf: Buffer, n: number): number {
  return n > 0 ? selectInPlace(buf, n, n >> 1) : NaN;
}
