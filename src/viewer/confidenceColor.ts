// Colour scales for per-joint confidence, shared by the 3D view, the video overlays and the legend.
// Pure: numbers in, numbers out (no DOM).
import { REL_ERROR_FAIR, REL_ERROR_GOOD } from '../report/computeQuality.ts';

/** Reprojection error (px) at which a joint turns from green to yellow, and from yellow to red. */
export const ERROR_SCALE_PX = { good: 2, fair: 6, bad: 15 } as const;

const GREEN: [number, number, number] = [0.18, 0.8, 0.35];
const YELLOW: [number, number, number] = [0.98, 0.8, 0.18];
const RED: [number, number, number] = [0.93, 0.22, 0.2];
/** Colour of a joint whose source carries no error (e.g. a TRC file). */
export const NEUTRAL: [number, number, number] = [0.86, 0.88, 0.92];

function mix(a: readonly number[], b: readonly number[], t: number, out: Float32Array | number[], o: number): void {
  for (let c = 0; c < 3; c++) out[o + c] = a[c] + (b[c] - a[c]) * t;
}

/**
 * Writes the RGB (0..1) colour of a reprojection error into out[o..o+2]: green up to
 * ERROR_SCALE_PX.good, through yellow at .fair, to red at .bad and above; NEUTRAL for NaN.
 */
export function errorColor(errorPx: number, out: Float32Array | number[], o = 0): void {
  const { good, fair, bad } = ERROR_SCALE_PX;
  if (!Number.isFinite(errorPx)) mix(NEUTRAL, NEUTRAL, 0, out, o);
  else if (errorPx <= good) mix(GREEN, GREEN, 0, out, o);
  else if (errorPx <= fair) mix(GREEN, YELLOW, (errorPx - good) / (fair - good), out, o);
  else if (errorPx <= bad) mix(YELLOW, RED, (errorPx - fair) / (bad - fair), out, o);
  else mix(RED, RED, 0, out, o);
}

/**
 * The scale the report judges by: reprojection error as a share of the subject's size in the image.
 * Green up to the report's "good" (REL_ERROR_GOOD), yellow at its "poor" line (REL_ERROR_FAIR), red
 * from twice that. A 13 px error on a 700 px tall subject (1.9 %) is green, as the report calls it GOOD.
 */
export const RELATIVE_ERROR_SCALE = { good: REL_ERROR_GOOD, fair: REL_ERROR_FAIR, bad: 2 * REL_ERROR_FAIR } as const;

/** Writes the colour of a reprojection error given as a share of the subject's size (see RELATIVE_ERROR_SCALE); NEUTRAL for NaN. */
export function relativeErrorColor(share: number, out: Float32Array | number[], o = 0): void {
  const { good, fair, bad } = RELATIVE_ERROR_SCALE;
  // The same ramp as errorColor, with the relative thresholds in place of the pixel ones.
  errorColor(
    !Number.isFinite(share)
      ? NaN
      : share <= good
        ? 0
        : share <= fair
          ? ERROR_SCALE_PX.good + ((share - good) / (fair - good)) * (ERROR_SCALE_PX.fair - ERROR_SCALE_PX.good)
          : share <= bad
            ? ERROR_SCALE_PX.fair + ((share - fair) / (bad - fair)) * (ERROR_SCALE_PX.bad - ERROR_SCALE_PX.fair)
            : ERROR_SCALE_PX.bad,
    out,
    o,
  );
}

/** Writes the colour of a detector score in [0, 1]: red at 0.2 and below, yellow at 0.5, green from 0.8. */
export function scoreColor(score: number, out: Float32Array | number[], o = 0): void {
  if (!Number.isFinite(score)) mix(NEUTRAL, NEUTRAL, 0, out, o);
  else if (score >= 0.8) mix(GREEN, GREEN, 0, out, o);
  else if (score >= 0.5) mix(YELLOW, GREEN, (score - 0.5) / 0.3, out, o);
  else if (score >= 0.2) mix(RED, YELLOW, (score - 0.2) / 0.3, out, o);
  else mix(RED, RED, 0, out, o);
}

/** CSS colour strings of a scale sampled at `steps` points (precomputed so drawing allocates nothing). */
export function cssRamp(color: (v: number, out: number[], o: number) => void, from: number, to: number, steps: number): string[] {
  const rgb = [0, 0, 0];
  const out: string[] = [];
  for (let i = 0; i < steps; i++) {
    color(from + ((to - from) * i) / (steps - 1), rgb, 0);
    out.push(`rgb(${Math.round(rgb[0] * 255)},${Math.round(rgb[1] * 255)},${Math.round(rgb[2] * 255)})`);
  }
  return out;
}
