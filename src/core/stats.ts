// Shared statistics: the one median and quantile every stage uses (non-finite values are skipped).
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

/** The median of the finite values of xs (mean of the middle two for an even count); NaN when there are none. */
export function median(xs: ArrayLike<number>): number {
  return quantile(xs, 0.5);
}
