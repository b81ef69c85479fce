// Normalised cross-correlation of two evenly sampled signals over a range of lags, with a sub-sample
// peak and a confidence that says how clearly that peak stands out. Pure (no I/O).
//
// ref: J. P. Lewis, "Fast Normalized Cross-Correlation", Vision Interface 1995 — the correlation at each
//      lag is the Pearson coefficient over the overlapping samples only (means and energies of the
//      overlap, not of the whole signals), so lags with a short overlap are not favoured.
// ref: J. O. Smith III, "Spectral Audio Signal Processing" (CCRMA, 2011), section "Quadratic
//      Interpolation of Spectral Peaks" — a parabola through the peak sample and its two neighbours
//      gives the sub-sample peak position p = ½(a − c)/(a − 2b + c).

/** A signal sampled every 1/rateHz seconds from startS; NaN = unknown sample. */
export interface EvenSignal {
  startS: number;
  rateHz: number;
  values: Float64Array;
}

export interface CorrelationPeak {
  /** Lag in samples (sub-sample) at the correlation peak: b(t) best matches a(t + lag). */
  lag: number;
  /** Pearson correlation at the best whole-sample lag (−1…1). */
  peak: number;
  /** Best correlation outside the peak's main lobe (the strongest rival alignment). */
  rival: number;
  /** 0…1: how clearly the peak beats every other alignment (0 = a rival is as good). */
  confidence: number;
  /** Samples compared at the peak. */
  overlap: number;
  /** Correlation per lag from lagMin (NaN where the overlap was too short). */
  curve: Float64Array;
  lagMin: number;
}

export interface CorrelateOptions {
  /** Fewest overlapping valid samples a lag needs. Defaults to 16. */
  minOverlap?: number;
  /**
   * Weigh each lag's correlation by its overlap (Fisher z), so short overlaps do not win by chance.
   * Right for choosing among far-apart lags; it tilts the curve, so a peak's exact position is best
   * read without it. Defaults to true.
   */
  weighOverlap?: boolean;
  /** Only samples i of b with from ≤ i < to take part (a window of b). Defaults to all. */
  from?: number;
  to?: number;
}

/**
 * Correlates b against a for integer lags lagMin…lagMax: at lag L, sample i of b is paired with sample
 * i + L of a. Returns the best lag refined to a sub-sample and how sure that is.
 */
export function crossCorrelate(
  a: Float64Array,
  b: Float64Array,
  lagMin: number,
  lagMax: number,
  opts: CorrelateOptions = {},
): CorrelationPeak {
  const minOverlap = opts.minOverlap ?? 16;
  const from = Math.max(0, opts.from ?? 0);
  const to = Math.min(b.length, opts.to ?? b.length);
  const n = lagMax - lagMin + 1;
  const curve = new Float64Array(Math.max(0, n)).fill(NaN);
  const counts = new Int32Array(Math.max(0, n));
  for (let k = 0; k < n; k++) {
    const L = lagMin + k;
    const i0 = Math.max(from, -L);
    const i1 = Math.min(to, a.length - L);
    let sa = 0,
      sb = 0,
      saa = 0,
      sbb = 0,
      sab = 0,
      m = 0;
    for (let i = i0; i < i1; i++) {
      const y = b[i];
      const x = a[i + L];
      if (Number.isNaN(y) || Number.isNaN(x)) continue;
      sa += x;
      sb += y;
      saa += x * x;
      sbb += y * y;
      sab += x * y;
      m++;
    }
    counts[k] = m;
    if (m < minOverlap) continue;
    const va = saa - (sa * sa) / m;
    const vb = sbb - (sb * sb) / m;
    if (va <= 0 || vb <= 0) continue;
    curve[k] = (sab - (sa * sb) / m) / Math.sqrt(va * vb);
  }
  // A correlation over a short overlap is weaker evidence than the same value over a long one: each
  // lag's value becomes the correlation that, over the longest overlap, would be as significant
  // (Fisher z = atanh(r)·√(n − 3) kept equal), so short overlaps do not win by chance.
  // ref: R. A. Fisher, "On the probable error of a coefficient of correlation deduced from a small
  //      sample", Metron 1, 1921 (z = atanh r is near-normal with standard error 1/√(n − 3)).
  let most = 0;
  for (let k = 0; k < n; k++) if (Number.isFinite(curve[k])) most = Math.max(most, counts[k]);
  for (let k = 0; k < n && opts.weighOverlap !== false; k++) {
    if (!Number.isFinite(curve[k])) continue;
    const r = Math.max(-0.999999, Math.min(0.999999, curve[k]));
    curve[k] = Math.tanh(Math.atanh(r) * Math.sqrt(Math.max(1, counts[k] - 3) / Math.max(1, most - 3)));
  }
  return peakOf(curve, lagMin, counts);
}

/** Lags (sub-sample) of the curve's `count` highest local maxima, best first. */
export function localMaxima(curve: Float64Array, lagMin: number, count: number): number[] {
  const found: { lag: number; value: number }[] = [];
  for (let k = 1; k < curve.length - 1; k++) {
    const c = curve[k];
    if (!(c > curve[k - 1] && c >= curve[k + 1])) continue;
    const den = curve[k - 1] - 2 * c + curve[k + 1];
    const frac = den < 0 ? Math.max(-0.5, Math.min(0.5, (0.5 * (curve[k - 1] - curve[k + 1])) / den)) : 0;
    found.push({ lag: lagMin + k + frac, value: c });
  }
  return found
    .sort((a, b) => b.value - a.value)
    .slice(0, count)
    .map((f) => f.lag);
}

/** The peak of a correlation curve, its sub-sample position, its strongest rival and a confidence. */
export function peakOf(curve: Float64Array, lagMin: number, counts?: Int32Array): CorrelationPeak {
  let best = -1;
  for (let k = 0; k < curve.length; k++) if (Number.isFinite(curve[k]) && (best < 0 || curve[k] > curve[best])) best = k;
  if (best < 0) return { lag: NaN, peak: NaN, rival: NaN, confidence: 0, overlap: 0, curve, lagMin };
  const c = curve[best];
  let frac = 0;
  const l = curve[best - 1];
  const r = curve[best + 1];
  if (Number.isFinite(l) && Number.isFinite(r)) {
    const den = l - 2 * c + r;
    if (den < 0) frac = Math.max(-0.5, Math.min(0.5, (0.5 * (l - r)) / den));
  }
  // The main lobe: downhill from the peak on each side until the curve rises again.
  let lo = best;
  while (lo > 0 && Number.isFinite(curve[lo - 1]) && curve[lo - 1] <= curve[lo]) lo--;
  let hi = best;
  while (hi < curve.length - 1 && Number.isFinite(curve[hi + 1]) && curve[hi + 1] <= curve[hi]) hi++;
  let rival = -1;
  for (let k = 0; k < curve.length; k++) if ((k < lo || k > hi) && Number.isFinite(curve[k]) && curve[k] > rival) rival = curve[k];
  return { lag: lagMin + best + frac, peak: c, rival, confidence: peakConfidence(c, rival), overlap: counts?.[best] ?? 0, curve, lagMin };
}

/**
 * 0…1 from the peak and its best rival: the share of the headroom above the rival the peak takes,
 * doubled and clipped, times how strong the peak is. Two unrelated signals (a still subject's pixel
 * jitter) give a peak no better than many rivals: near 0. A clean match (peak 0.9, rival 0.4) gives 1.
 */
export function peakConfidence(peak: number, rival: number): number {
  if (!Number.isFinite(peak) || peak <= 0) return 0;
  const r = Math.max(0, rival);
  const headroom = 1 - r;
  const margin = headroom > 1e-9 ? (peak - r) / headroom : 0;
  return clamp01(2 * margin) * clamp01(peak / 0.4);
}

export const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
