// Non-maximum suppression over scored boxes [xMin, yMin, xMax, yMax].
// ref: Neubeck & Van Gool, "Efficient Non-Maximum Suppression", ICPR 2006 (greedy NMS by score);
// the weighted variant averages each kept box with the boxes it suppresses, by score, as
// BlazeFace does (Bazarevsky et al., "BlazeFace", 2019, §3 "tie resolution strategy").

export type Box = [number, number, number, number];

/** Intersection over union of two boxes (0 when they do not overlap or either is empty). */
export function iou(a: Box, b: Box): number {
  const iw = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const ih = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  if (iw <= 0 || ih <= 0) return 0;
  const inter = iw * ih;
  const union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
  return union > 0 ? inter / union : 0;
}

/**
 * Greedy NMS: candidates by falling score, each kept unless it overlaps a kept one by more than
 * `iouThreshold`; at most `maxCount` kept. Returns the kept candidates (the input is not changed).
 */
export function nonMaxSuppression<T extends { score: number; box: Box }>(cands: readonly T[], iouThreshold: number, maxCount: number): T[] {
  const sorted = [...cands].sort((p, q) => q.score - p.score);
  const kept: T[] = [];
  for (const c of sorted) {
    if (kept.length >= maxCount) break;
    if (!kept.some((k) => iou(k.box, c.box) > iouThreshold)) kept.push(c);
  }
  return kept;
}
