// Which keypoint layout 2D keypoints are in, found from their geometry rather than from the keypoint
// count alone (BODY_25 and BODY_25B both store 25 keypoints, in different orders). Pure, data-driven:
// each candidate layout is judged by its own bone table, never by a layout-specific rule.
//
// The measure: under the right labelling a layout's bones join keypoints that sit next to each other
// on the body (shoulder–elbow, hip–knee …); under a wrong labelling the same index pairs join
// unrelated keypoints. For each person in the sampled frames, the mean length of the layout's bones
// is divided by the mean distance between all pairs of detected keypoints (scale-free, so person size
// and image resolution do not matter). The median of that ratio over the samples is the layout's
// score; the lowest wins. Labellings drawn at random score ≈ 1; real skeletons score far lower.
import { median } from './stats.ts';
import { layoutsWithStoredCount, type ResolvedLayout } from './layouts.ts';

/** How one candidate layout fits the sampled keypoints. */
export interface LayoutFit {
  layout: string;
  /** Median over people of (mean bone length / mean distance between keypoints); lower fits better. NaN when nothing could be measured. */
  score: number;
  /** People (one per frame and person) the score was measured on. */
  samples: number;
}

export interface InferredLayout {
  /** The best-fitting layout, or undefined when no layout stores this many keypoints. */
  layout: string | undefined;
  /** Every candidate, best first. */
  fits: LayoutFit[];
  /**
   * True when the choice is clear: a single candidate, or the best beats the next by `margin` and
   * looks like a body at all. False when the data cannot tell (too few keypoints, or a tie).
   */
  confident: boolean;
}

/** Options of inferLayout. */
export interface InferLayoutOptions {
  /** Smallest score gap between the best and the second candidate for a confident choice. Defaults to 0.1. */
  margin?: number;
  /** Largest score that still looks like a body (a labelling at random scores ≈ 1). Defaults to 0.75. */
  maxPlausibleScore?: number;
  /** Fewest measured people for a confident choice between several candidates. Defaults to 3. */
  minSamples?: number;
}

/**
 * Scores one layout on people given as raw `[x, y, c]` triplets (`count` keypoints each, NaN or
 * c ≤ 0 = missing). Only the first `layout.keypoints.length` keypoints are used (the body part of
 * COCO-WholeBody).
 */
export function scoreLayout(people: ArrayLike<number>[], layout: ResolvedLayout): LayoutFit {
  const J = layout.keypoints.length;
  const ratios: number[] = [];
  const xs = new Float64Array(J);
  const ys = new Float64Array(J);
  const ok = new Uint8Array(J);
  for (const p of people) {
    let valid = 0;
    for (let j = 0; j < J; j++) {
      const x = p[j * 3],
        y = p[j * 3 + 1],
        c = p[j * 3 + 2];
      ok[j] = Number.isFinite(x) && Number.isFinite(y) && (c === undefined || !(c <= 0)) ? 1 : 0;
      xs[j] = x;
      ys[j] = y;
      valid += ok[j];
    }
    if (valid < 6) continue;
    let pairSum = 0,
      pairs = 0;
    for (let a = 0; a < J; a++) {
      if (!ok[a]) continue;
      for (let b = a + 1; b < J; b++) {
        if (!ok[b]) continue;
        pairSum += Math.hypot(xs[a] - xs[b], ys[a] - ys[b]);
        pairs++;
      }
    }
    let boneSum = 0,
      bones = 0;
    for (const [a, b] of layout.boneIndices) {
      if (!ok[a] || !ok[b]) continue;
      boneSum += Math.hypot(xs[a] - xs[b], ys[a] - ys[b]);
      bones++;
    }
    // Too few measured bones say little about the whole labelling.
    if (bones < Math.max(4, layout.boneIndices.length / 3) || !(pairSum > 0)) continue;
    ratios.push(boneSum / bones / (pairSum / pairs));
  }
  const score = median(ratios);
  return { layout: layout.name, score, samples: ratios.length };
}

/**
 * The layout of people stored with `count` keypoints each (raw `[x, y, c]` triplets). Candidates are
 * the layouts stored with that count (layouts.ts `storedCounts`); several candidates are ranked by
 * scoreLayout. Sample the first frames of every camera: a few dozen people are plenty.
 */
export function inferLayout(people: ArrayLike<number>[], count: number, opts: InferLayoutOptions = {}): InferredLayout {
  const margin = opts.margin ?? 0.1;
  const maxPlausible = opts.maxPlausibleScore ?? 0.75;
  const minSamples = opts.minSamples ?? 3;
  const candidates = layoutsWithStoredCount(count);
  const fits = candidates.map((l) => scoreLayout(people, l));
  // Measured fits first, by score; unmeasured (NaN) last.
  fits.sort((a, b) => (Number.isNaN(a.score) ? 1 : Number.isNaN(b.score) ? -1 : a.score - b.score));
  if (fits.length === 0) return { layout: undefined, fits, confident: false };
  if (fits.length === 1) {
    const only = fits[0];
    return { layout: only.layout, fits, confident: !(only.score > maxPlausible) };
  }
  const [best, next] = fits;
  const confident =
    best.samples >= minSamples && best.score <= maxPlausible && (Number.isNaN(next.score) || next.score - best.score >= margin);
  return { layout: best.layout, fits, confident };
}
