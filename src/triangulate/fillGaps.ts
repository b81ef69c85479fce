// Gap filling of 3D trajectories: short runs of missing frames are interpolated, long ones are
// left missing and reported.
// ref: cubic Hermite interpolation with finite-difference end tangents (e.g. Burden & Faires,
//      "Numerical Analysis", §3.4 Hermite interpolation).

export interface Gap {
  /** Joint index. */
  joint: number;
  startFrame: number;
  frames: number;
}

/**
 * Fills runs of NaN frames of length ≤ maxGapFrames that have valid frames on both sides, in place
 * (data is [frame][joint][xyz]); filled[frame·joints + joint] is set to 1 for filled points.
 * Returns the runs that stay missing (longer gaps and gaps at either end).
 */
export function fillGaps(
  data: Float64Array,
  frames: number,
  joints: number,
  maxGapFrames: number,
  method: 'linear' | 'cubic',
  filled: Uint8Array,
): Gap[] {
  const gaps: Gap[] = [];
  const valid = (f: number, j: number): boolean => Number.isFinite(data[(f * joints + j) * 3]);
  for (let j = 0; j < joints; j++) {
    let f = 0;
    while (f < frames) {
      if (valid(f, j)) {
        f++;
        continue;
      }
      const start = f;
      while (f < frames && !valid(f, j)) f++;
      const len = f - start;
      const a = start - 1,
        b = f; // last valid before, first valid after
      if (a < 0 || b >= frames || len > maxGapFrames) {
        gaps.push({ joint: j, startFrame: start, frames: len });
        continue;
      }
      for (let k = 0; k < 3; k++) {
        const pa = data[(a * joints + j) * 3 + k],
          pb = data[(b * joints + j) * 3 + k];
        const span = b - a;
        // Tangents (per frame): one-sided differences over up to two frames outside the gap,
        // else the chord slope.
        const chord = (pb - pa) / span;
        const at = (g: number): number => data[(g * joints + j) * 3 + k];
        const ma = a > 1 && valid(a - 2, j) && valid(a - 1, j) ? (pa - at(a - 2)) / 2 : a > 0 && valid(a - 1, j) ? pa - at(a - 1) : chord;
        const mb =
          b + 2 < frames && valid(b + 2, j) && valid(b + 1, j)
            ? (at(b + 2) - pb) / 2
            : b + 1 < frames && valid(b + 1, j)
              ? at(b + 1) - pb
              : chord;
        for (let g = start; g < b; g++) {
          const t = (g - a) / span;
          let v: number;
          if (method === 'linear') v = pa + (pb - pa) * t;
          else {
            const t2 = t * t,
              t3 = t2 * t;
            v = (2 * t3 - 3 * t2 + 1) * pa + (t3 - 2 * t2 + t) * span * ma + (-2 * t3 + 3 * t2) * pb + (t3 - t2) * span * mb;
          }
          data[(g * joints + j) * 3 + k] = v;
        }
      }
      for (let g = start; g < b; g++) filled[g * joints + j] = 1;
    }
  }
  return gaps;
}
