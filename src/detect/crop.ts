// Square, letterboxed crops of an RGB frame for a keypoint model, and the way back to frame pixels.
// Pure functions over typed arrays. Pixel convention (OpenCV): the centre of pixel i is at x = i.

/** A square region of the frame, in frame pixels (may extend past the frame: that part is padded black). */
export interface Crop {
  /** Centre, frame pixels. */
  cx: number;
  cy: number;
  /** Side length, frame pixels. */
  size: number;
}

/** The whole frame, letterboxed into a square (the first pass when nobody is known yet). */
export function fullFrameCrop(width: number, height: number): Crop {
  return { cx: (width - 1) / 2, cy: (height - 1) / 2, size: Math.max(width, height) };
}

/**
 * Samples `crop` of an RGB frame (width×height×3, row-major) into `out` (inputSize²×3).
 * Bilinear, with up to 4×4 supersampling per output pixel when shrinking a lot (anti-aliasing).
 * Outside the frame is black, as the letterbox padding the models were trained with.
 */
export function sampleCrop(
  rgb: Uint8Array,
  width: number,
  height: number,
  crop: Crop,
  inputSize: number,
  out: Uint8Array = new Uint8Array(inputSize * inputSize * 3),
): Uint8Array {
  const scale = crop.size / inputSize; // frame pixels per input pixel
  const n = Math.max(1, Math.min(4, Math.round(scale / 1.5)));
  const left = crop.cx + 0.5 - crop.size / 2; // continuous coordinate of the crop's left edge
  const top = crop.cy + 0.5 - crop.size / 2;
  const inv = 1 / (n * n);
  const w1 = width - 1;
  const h1 = height - 1;
  let o = 0;
  for (let v = 0; v < inputSize; v++) {
    for (let u = 0; u < inputSize; u++) {
      let r = 0, g = 0, b = 0;
      for (let sy = 0; sy < n; sy++) {
        const y = top + (v + (sy + 0.5) / n) * scale - 0.5;
        if (y < -0.5 || y > h1 + 0.5) continue;
        const yc = y < 0 ? 0 : y > h1 ? h1 : y;
        const y0 = Math.floor(yc);
        const y1 = y0 < h1 ? y0 + 1 : y0;
        const fy = yc - y0;
        for (let sx = 0; sx < n; sx++) {
          const x = left + (u + (sx + 0.5) / n) * scale - 0.5;
          if (x < -0.5 || x > w1 + 0.5) continue;
          const xc = x < 0 ? 0 : x > w1 ? w1 : x;
          const x0 = Math.floor(xc);
          const x1 = x0 < w1 ? x0 + 1 : x0;
          const fx = xc - x0;
          const a = (y0 * width + x0) * 3, bb = (y0 * width + x1) * 3;
          const c = (y1 * width + x0) * 3, d = (y1 * width + x1) * 3;
          const wa = (1 - fx) * (1 - fy), wb = fx * (1 - fy), wc = (1 - fx) * fy, wd = fx * fy;
          r += rgb[a] * wa + rgb[bb] * wb + rgb[c] * wc + rgb[d] * wd;
          g += rgb[a + 1] * wa + rgb[bb + 1] * wb + rgb[c + 1] * wc + rgb[d + 1] * wd;
          b += rgb[a + 2] * wa + rgb[bb + 2] * wb + rgb[c + 2] * wc + rgb[d + 2] * wd;
        }
      }
      out[o++] = r * inv + 0.5;
      out[o++] = g * inv + 0.5;
      out[o++] = b * inv + 0.5;
    }
  }
  return out;
}

/**
 * Maps keypoints from normalised crop coordinates ([x, y, score] per joint, x and y in [0, 1]
 * of the model input) to frame pixels, in place.
 */
export function cropToFrame(keypoints: Float32Array, crop: Crop): Float32Array {
  const left = crop.cx + 0.5 - crop.size / 2;
  const top = crop.cy + 0.5 - crop.size / 2;
  for (let j = 0; j < keypoints.length; j += 3) {
    keypoints[j] = left + keypoints[j] * crop.size - 0.5;
    keypoints[j + 1] = top + keypoints[j + 1] * crop.size - 0.5;
  }
  return keypoints;
}

/** Axis-aligned box [xMin, yMin, xMax, yMax] of the keypoints scoring ≥ minScore, or undefined if fewer than minCount. */
export function keypointBox(
  keypoints: ArrayLike<number>,
  minScore: number,
  minCount = 3,
): [number, number, number, number] | undefined {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, count = 0;
  for (let j = 0; j < keypoints.length; j += 3) {
    const s = keypoints[j + 2];
    if (!(s >= minScore)) continue;
    const x = keypoints[j], y = keypoints[j + 1];
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
    count++;
  }
  return count >= minCount ? [x0, y0, x1, y1] : undefined;
}

/**
 * A square crop around a person's keypoints: centred on their box, side = padding × the box's
 * longer side (keypoints stop at the ankles and eyes, so the body reaches past them), at least minSize.
 */
export function cropAroundKeypoints(
  keypoints: ArrayLike<number>,
  opts: { minScore?: number; padding?: number; minSize?: number } = {},
): Crop | undefined {
  const box = keypointBox(keypoints, opts.minScore ?? 0.2);
  if (!box) return undefined;
  const [x0, y0, x1, y1] = box;
  const size = Math.max(x1 - x0, y1 - y0) * (opts.padding ?? 1.35);
  return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, size: Math.max(size, opts.minSize ?? 32) };
}
