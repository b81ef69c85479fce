// Digital Butterworth low-pass design, the same coefficients as scipy.signal.butter(order, Wn).
// ref: S. Butterworth, "On the Theory of Filter Amplifiers", 1930 (analog prototype poles);
//      bilinear transform with frequency prewarping: Oppenheim & Schafer, "Discrete-Time Signal
//      Processing", 3rd ed., §7.1.2; matches scipy.signal.butter (buttap → lp2lp_zpk → bilinear_zpk → zpk2tf).

/** Transfer function coefficients, a[0] = 1. */
export interface FilterCoefficients {
  b: Float64Array;
  a: Float64Array;
}

type Complex = [number, number];
const cmul = (x: Complex, y: Complex): Complex => [x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]];
const cdiv = (x: Complex, y: Complex): Complex => {
  const d = y[0] * y[0] + y[1] * y[1];
  return [(x[0] * y[0] + x[1] * y[1]) / d, (x[1] * y[0] - x[0] * y[1]) / d];
};

/** Coefficients of ∏(z − rᵢ), highest power first. */
function polyFromRoots(roots: Complex[]): Complex[] {
  let c: Complex[] = [[1, 0]];
  for (const r of roots) {
    const next: Complex[] = c.map(() => [0, 0] as Complex);
    next.push([0, 0]);
    for (let i = 0; i < c.length; i++) {
      next[i][0] += c[i][0];
      next[i][1] += c[i][1];
      const m = cmul(c[i], r);
      next[i + 1][0] -= m[0];
      next[i + 1][1] -= m[1];
    }
    c = next;
  }
  return c;
}

/**
 * Low-pass Butterworth filter of `order` with its −3 dB point at `cutoffHz`, for samples at `fps`.
 * Throws a RangeError unless 0 < cutoffHz < fps / 2 and order is an integer ≥ 1.
 */
export function butterworth(order: number, cutoffHz: number, fps: number): FilterCoefficients {
  if (!Number.isInteger(order) || order < 1) throw new RangeError(`Butterworth order must be an integer ≥ 1, got ${order}`);
  const wn = cutoffHz / (fps / 2);
  if (!(wn > 0 && wn < 1))
    throw new RangeError(`Butterworth cutoff ${cutoffHz} Hz must be between 0 and half the frame rate (${fps / 2} Hz)`);
  // Analog prototype poles on the unit circle's left half, scaled to the prewarped cutoff
  // (the digital system is designed at fs = 2, so Wn is a fraction of Nyquist).
  const fs = 2;
  const warped = 2 * fs * Math.tan((Math.PI * wn) / fs);
  const poles: Complex[] = [];
  for (let m = -order + 1; m < order; m += 2) {
    const ang = (Math.PI * m) / (2 * order);
    poles.push([-Math.cos(ang) * warped, -Math.sin(ang) * warped]);
  }
  // Bilinear transform: s = 2 fs (z − 1) / (z + 1); zeros at infinity go to z = −1.
  const fs2: Complex = [2 * fs, 0];
  let denom: Complex = [1, 0];
  const zPoles = poles.map((p) => {
    denom = cmul(denom, [fs2[0] - p[0], -p[1]]);
    return cdiv([fs2[0] + p[0], p[1]], [fs2[0] - p[0], -p[1]]);
  });
  const gain = warped ** order * cdiv([1, 0], denom)[0];
  const b = Float64Array.from(polyFromRoots(new Array(order).fill([-1, 0])), (c) => c[0] * gain);
  const a = Float64Array.from(polyFromRoots(zPoles), (c) => c[0]);
  return { b, a };
}
