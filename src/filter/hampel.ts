// Robust spike filters: Hampel identifier and moving median. Both skip NaN inside a window and
// leave NaN samples NaN; they return new arrays.
// ref: F. R. Hampel, "The influence curve and its role in robust estimation", JASA 69(346), 1974;
//      R. K. Pearson, "Outliers in process modeling and identification", IEEE TCST 10(1), 2002 (Hampel filter).
import { medianInPlace } from '../core/stats.ts';

/** 1.4826 · MAD estimates the standard deviation of normally distributed data. */
const MAD_TO_SIGMA = 1.4826;

/** Fills buf with the finite values of x in [i − half, i + half]; returns how many. */
function gather(x: ArrayLike<number>, i: number, half: number, buf: Float64Array): number {
  let n = 0;
  const end = Math.min(x.length - 1, i + half);
  for (let k = Math.max(0, i - half); k <= end; k++) {
    const v = x[k];
    if (!Number.isNaN(v)) buf[n++] = v;
  }
  return n;
}

/**
 * Hampel filter: a sample further than `nSigma` robust standard deviations (1.4826 · median absolute
 * deviation) from the median of the `window` samples centred on it is replaced by that median.
 * `window` counts samples (7 = three either side); it shrinks at the ends.
 */
export function hampel(x: ArrayLike<number>, window: number, nSigma: number): Float64Array {
  const half = Math.max(1, Math.floor(window / 2));
  const out = Float64Array.from(x);
  const buf = new Float64Array(2 * half + 1);
  const dev = new Float64Array(2 * half + 1);
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    if (Number.isNaN(xi)) continue;
    const n = gather(x, i, half, buf);
    if (n < 3) continue; // too little evidence to call anything a spike
    const med = medianInPlace(buf, n);
    for (let k = 0; k < n; k++) dev[k] = Math.abs(buf[k] - med);
    const sigma = MAD_TO_SIGMA * medianInPlace(dev, n);
    if (Math.abs(xi - med) > nSigma * sigma) out[i] = med;
  }
  return out;
}

/** Moving median over `window` samples centred on each sample (shrinking at the ends). */
export function movingMedian(x: ArrayLike<number>, window: number): Float64Array {
  const half = Math.max(0, Math.floor(window / 2));
  const out = Float64Array.from(x);
  const buf = new Float64Array(2 * half + 1);
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i])) continue;
    const n = gather(x, i, half, buf);
    out[i] = medianInPlace(buf, n);
  }
  return out;
}
