// Square, letterboxed crops of an RGB frame for a keypoint model, and the way back to frame pixels.
// A crop may be rotated (BlazePose wants the body upright in its input). Pure functions over typed
// arrays. Pixel convention (OpenCV): the centre of pixel i is at x = i.

/** A square region of the frame, in frame pixels (may extend past the frame: that part is padded black). */
export interface Crop {
  /** Centre, frame pixels. */
  cx: number;
  cy: number;
  /** Side length, frame pixels. */
  size: number;
  /**
   * Rotation of the crop in the frame, radians, clockwise on screen (image y points down): the crop's
   * "up" direction is (sin θ, −cos θ) in the frame. Undefined or 0 = axis-aligned.
   */
  rotationRad?: number;
}

/**
 * Frame pixel of a point given in normalised crop coordinates (u, v in [0, 1] of the model input):
 * offset (u − ½, v − ½) × size from the centre, turned by the crop's rotation.
 */
export function cropPointToFrame(crop: Crop, u: number, v: number): [number, number] {
  const dx = (u - 0.5) * crop.size,
    dy = (v - 0.5) * crop.size;
  const t = crop.rotationRad ?? 0;
  if (!t) return [crop.cx + dx, crop.cy + dy];
  const c = Math.cos(t),
    s = Math.sin(t);
  return [crop.cx + c * dx - s * dy, crop.cy + s * dx + c * dy];
}

/** The inverse of cropPointToFrame: normalised crop coordinates of a frame pixel. */
export function framePointToCrop(crop: Crop, x: number, y: number): [number, number] {
  const dx = x - crop.cx,
    dy = y - crop.cy;
  const t = crop.rotationRad ?? 0;
  const c = Math.cos(t),
    s = Math.sin(t);
  return [0.5 + (c * dx + s * dy) / crop.size, 0.5 + (-s * dx + c * dy) / crop.size];
}

/** The whole frame, letterboxed into a square (the first pass when nobody is known yet). */
export function fullFrameCrop(width: number, height: number): Crop {
  return { cx: (width - 1) / 2, cy: (height - 1) / 2, size: Math.max(width, height) };
}

/**
 * Adds to acc the RGB bilinear interpolation of four pixels (byte offsets a, b on one row, c, d on the
 * next) at fraction fx along the row and fy between the rows.
 */
function addBilinear(rgb: Uint8Array, a: number, b: number, c: number, d: number, fx: number, fy: number, acc: Float64Array): void {
  const t0 = 1 - fx;
  const r0 = rgb[a] * t0 + rgb[b] * fx,
    r1 = rgb[c] * t0 + rgb[d] * fx;
  const g0 = rgb[a + 1] * t0 + rgb[b + 1] * fx,
    g1 = rgb[c + 1] * t0 + rgb[d + 1] * fx;
  const b0 = rgb[a + 2] * t0 + rgb[b + 2] * fx,
    b1 = rgb[c + 2] * t0 + rgb[d + 2] * fx;
  acc[0] += r0 + (r1 - r0) * fy;
  acc[1] += g0 + (g1 - g0) * fy;
  acc[2] += b0 + (b1 - b0) * fy;
}

/**
 * Samples `crop` of an RGB frame (width×height×3, row-major) into `out` (inputSize²×3).
 * Bilinear (as the models' own training pipelines resize), with 2×2 supersampling only when
 * shrinking more than 4× (anti-aliasing the whole-frame pass); cheap enough to run per person per frame.
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
  if (crop.rotationRad) return sampleRotatedCrop(rgb, width, height, crop, inputSize, out);
  const scale = crop.size / inputSize; // frame pixels per input pixel
  const n = scale > 4 ? 2 : 1;
  const m = inputSize * n; // sample positions per axis
  // Per sample column / row: the two source indices (pixel offsets) and the weight of the second;
  // index −1 marks a sample outside the frame (black).
  const table = (origin: number, limit: number, stride: number) => {
    const i0 = new Int32Array(m),
      i1 = new Int32Array(m),
      f = new Float32Array(m);
    for (let k = 0; k < m; k++) {
      const p = origin + ((k + 0.5) / n) * scale - 0.5;
      if (p < -0.5 || p > limit - 0.5) {
        i0[k] = -1;
        continue;
      }
      const pc = p < 0 ? 0 : p > limit - 1 ? limit - 1 : p;
      const p0 = Math.floor(pc);
      i0[k] = p0 * stride;
      i1[k] = (p0 < limit - 1 ? p0 + 1 : p0) * stride;
      f[k] = pc - p0;
    }
    return { i0, i1, f };
  };
  const cols = table(crop.cx + 0.5 - crop.size / 2, width, 3);
  const rows = table(crop.cy + 0.5 - crop.size / 2, height, width * 3);
  const inv = 1 / (n * n);
  const acc = new Float64Array(3);
  let o = 0;
  for (let v = 0; v < inputSize; v++) {
    for (let u = 0; u < inputSize; u++) {
      acc[0] = 0;
      acc[1] = 0;
      acc[2] = 0;
      for (let sy = 0; sy < n; sy++) {
        const ky = v * n + sy;
        const ry0 = rows.i0[ky];
        if (ry0 < 0) continue;
        const ry1 = rows.i1[ky],
          fy = rows.f[ky];
        for (let sx = 0; sx < n; sx++) {
          const kx = u * n + sx;
          const cx0 = cols.i0[kx];
          if (cx0 < 0) continue;
          const cx1 = cols.i1[kx],
            fx = cols.f[kx];
          addBilinear(rgb, ry0 + cx0, ry0 + cx1, ry1 + cx0, ry1 + cx1, fx, fy, acc);
        }
      }
      out[o++] = acc[0] * inv + 0.5;
      out[o++] = acc[1] * inv + 0.5;
      out[o++] = acc[2] * inv + 0.5;
    }
  }
  return out;
}

/**
 * sampleCrop for a rotated crop: each input pixel centre is mapped through the rotation into the frame
 * (cropPointToFrame) and read there bilinearly, 2×2 supersampled when shrinking more than 4×;
 * outside the frame is black, as for the axis-aligned crop (which this equals at rotation 0).
 * ref: MediaPipe ImageToTensorCalculator (a rotated RoI is warped into the model input by an affine
 * transform with bilinear interpolation, zero border), mediapipe/calculators/tensor/image_to_tensor_calculator.cc.
 */
function sampleRotatedCrop(rgb: Uint8Array, width: number, height: number, crop: Crop, inputSize: number, out: Uint8Array): Uint8Array {
  const scale = crop.size / inputSize;
  const n = scale > 4 ? 2 : 1;
  const m = inputSize * n;
  const c = Math.cos(crop.rotationRad ?? 0),
    s = Math.sin(crop.rotationRad ?? 0);
  const step = crop.size / m; // frame pixels between sample positions, along the crop's axes
  // Frame position of sample (0, 0), and how it moves per sample along the crop's x and y axes.
  const d0 = (0.5 / m - 0.5) * crop.size;
  const x00 = crop.cx + c * d0 - s * d0,
    y00 = crop.cy + s * d0 + c * d0;
  const xu = c * step,
    yu = s * step,
    xv = -s * step,
    yv = c * step;
  const inv = 1 / (n * n);
  const acc = new Float64Array(3);
  const xMax = width - 1,
    yMax = height - 1;
  let o = 0;
  for (let v = 0; v < inputSize; v++) {
    for (let u = 0; u < inputSize; u++) {
      acc[0] = 0;
      acc[1] = 0;
      acc[2] = 0;
      for (let sy = 0; sy < n; sy++) {
        const kv = v * n + sy;
        for (let sx = 0; sx < n; sx++) {
          const ku = u * n + sx;
          let x = x00 + ku * xu + kv * xv,
            y = y00 + ku * yu + kv * yv;
          if (x < -0.5 || x > width - 0.5 || y < -0.5 || y > height - 0.5) continue;
          x = x < 0 ? 0 : x > xMax ? xMax : x;
          y = y < 0 ? 0 : y > yMax ? yMax : y;
          const x0 = Math.floor(x),
            y0 = Math.floor(y);
          const fx = x - x0,
            fy = y - y0;
          const a = (y0 * width + x0) * 3;
          const bb = x0 < xMax ? a + 3 : a;
          const cc = y0 < yMax ? a + width * 3 : a;
          const dd = x0 < xMax ? cc + 3 : cc;
          addBilinear(rgb, a, bb, cc, dd, fx, fy, acc);
        }
      }
      out[o++] = acc[0] * inv + 0.5;
      out[o++] = acc[1] * inv + 0.5;
      out[o++] = acc[2] * inv + 0.5;
    }
  }
  return out;
}

/**
 * Maps keypoints from normalised crop coordinates ([x, y, score] per joint, x and y in [0, 1]
 * of the model input) to frame pixels, in place, through the crop's rotation if it has one.
 */
export function cropToFrame(keypoints: Float32Array, crop: Crop): Float32Array {
  for (let j = 0; j < keypoints.length; j += 3) {
    const [x, y] = cropPointToFrame(crop, keypoints[j], keypoints[j + 1]);
    keypoints[j] = x;
    keypoints[j + 1] = y;
  }
  return keypoints;
}

/** Axis-aligned box [xMin, yMin, xMax, yMax] of the keypoints scoring ≥ minScore, or undefined if fewer than minCount. */
export function keypointBox(keypoints: ArrayLike<number>, minScore: number, minCount = 3): [number, number, number, number] | undefined {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity,
    count = 0;
  for (let j = 0; j < keypoints.length; j += 3) {
    const s = keypoints[j + 2];
    if (!(s >= minScore)) continue;
    const x = keypoints[j],
      y = keypoints[j + 1];
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

/**
 * A square crop centred on the mid-hip point, side = factor × the largest distance from it to a
 * confident keypoint (BlazePose's own region of interest: the body circle around the hips).
 * The default factor 2.2 was the best of 1.8 / 2.2 / 2.75 on the real recording (bench/detect.ts,
 * multi-view reprojection error of BlazePose lite). Falls back to cropAroundKeypoints when a hip is not confident.
 */
export function cropAroundHips(
  keypoints: ArrayLike<number>,
  hips: [number, number],
  opts: { minScore?: number; factor?: number; minSize?: number } = {},
): Crop | undefined {
  const minScore = opts.minScore ?? 0.2;
  const [l, r] = hips;
  if (!(keypoints[l * 3 + 2] >= minScore && keypoints[r * 3 + 2] >= minScore)) {
    return cropAroundKeypoints(keypoints, { minScore, padding: 1.35, minSize: opts.minSize });
  }
  const cx = (keypoints[l * 3] + keypoints[r * 3]) / 2;
  const cy = (keypoints[l * 3 + 1] + keypoints[r * 3 + 1]) / 2;
  let reach = 0;
  for (let j = 0; j < keypoints.length; j += 3) {
    if (keypoints[j + 2] >= minScore) reach = Math.max(reach, Math.hypot(keypoints[j] - cx, keypoints[j + 1] - cy));
  }
  return { cx, cy, size: Math.max(reach * (opts.factor ?? 2.2), opts.minSize ?? 32) };
}

/**
 * The rotation that makes a body upright in a crop: the mid-hip → mid-shoulder direction turned to
 * point up (BlazePose's "incline"). Undefined when a hip or shoulder is not confident.
 * ref: Bazarevsky et al., "BlazePose: On-device Real-time Body Pose tracking", CVPR Workshops 2020, §3
 * (the detector predicts the mid-hip point, the circle around the body and the incline of the line
 * from the mid-hip to the mid-shoulder point; the tracking RoI is aligned the same way); MediaPipe
 * pose_landmarks_to_roi / pose_detection_to_roi graphs (AlignmentPointsRectsCalculator, target angle 90°).
 */
export function bodyUprightRotationRad(
  keypoints: ArrayLike<number>,
  joints: { hips: [number, number]; shoulders: [number, number] },
  minScore = 0.2,
): number | undefined {
  const [lh, rh] = joints.hips,
    [ls, rs] = joints.shoulders;
  for (const j of [lh, rh, ls, rs]) if (!(keypoints[j * 3 + 2] >= minScore)) return undefined;
  const dx = (keypoints[ls * 3] + keypoints[rs * 3] - keypoints[lh * 3] - keypoints[rh * 3]) / 2;
  const dy = (keypoints[ls * 3 + 1] + keypoints[rs * 3 + 1] - keypoints[lh * 3 + 1] - keypoints[rh * 3 + 1]) / 2;
  if (dx === 0 && dy === 0) return undefined;
  return rotationFromUpVector(dx, dy);
}

/** The crop rotation whose "up" points along (dx, dy) in the frame (image y down). */
export function rotationFromUpVector(dx: number, dy: number): number {
  return Math.atan2(dx, -dy);
}

/**
 * cropAroundHips, rotated so that the body stands upright in the crop (see bodyUprightRotationRad).
 * The square's side is rotation-invariant (a circle around the hips), so only the angle is added;
 * axis-aligned when the shoulders or hips are not confident.
 */
export function rotatedCropAroundHips(
  keypoints: ArrayLike<number>,
  joints: { hips: [number, number]; shoulders: [number, number] },
  opts: { minScore?: number; factor?: number; minSize?: number } = {},
): Crop | undefined {
  const crop = cropAroundHips(keypoints, joints.hips, opts);
  if (!crop) return undefined;
  const rotationRad = bodyUprightRotationRad(keypoints, joints, opts.minScore ?? 0.2);
  return rotationRad === undefined ? crop : { ...crop, rotationRad };
}

/**
 * Keypoints found on a frame decoded at `scale` × full size, back to full-size frame pixels, in place
 * (pixel centres at integer coordinates: x → (x + ½) / scale − ½). Scores are left as they are.
 */
export function keypointsToFullSize(keypoints: Float32Array, scale: number): Float32Array {
  if (scale === 1) return keypoints;
  for (let j = 0; j < keypoints.length; j += 3) {
    keypoints[j] = (keypoints[j] + 0.5) / scale - 0.5;
    keypoints[j + 1] = (keypoints[j + 1] + 0.5) / scale - 0.5;
  }
  return keypoints;
}

/** Crop sides are rounded to the nearest of these steps per doubling (2^(1/24): 2.9 % apart). */
export const CROP_SIZE_STEPS_PER_OCTAVE = 24;
/** Crop centres are rounded to a grid of the (rounded) side ÷ this. */
export const CROP_CENTRE_STEPS_PER_SIDE = 64;
/** Crop turns are rounded to this step (radians, 2.5°). */
export const CROP_TURN_STEP_RAD = Math.PI / 72;

/**
 * A crop rounded onto a fixed grid: the side to the nearest 2^(1/24) step, the centre to side/64, the turn
 * to 2.5°. Tracking crops the person around the previous frame's keypoints, so without this the 2D of a
 * frame depends on every earlier frame: a video started a few frames later (a camera started by hand) gets
 * other crops and other keypoints on the same pixels for the whole take. Rounded, two runs whose keypoints
 * differ by a little pick the same crop after a frame or two and from then on give identical 2D, so the
 * detection no longer depends on where the video starts (or where a chunk of it starts). Measured on the
 * lab recording trimmed by 4/9/2 frames (lossless copies, test/integration/syncRealTrimmed.test.ts): without
 * rounding no trimmed frame's 2D equalled the untrimmed run's (median 8.5–16 px apart for the whole take);
 * rounded, all but the first one or two frames are identical. The padding changes by at most ±1.5 % and the
 * centre moves by at most side/128; the 4-view reprojection on that take: 13.13 px unrounded, 13.30 px rounded
 * this way, 13.37 px with twice as coarse a grid (one 100-frame take: within its run-to-run spread of crops).
 */
export function snapCrop(crop: Crop): Crop {
  const steps = Math.round(Math.log2(crop.size) * CROP_SIZE_STEPS_PER_OCTAVE);
  const size = 2 ** (steps / CROP_SIZE_STEPS_PER_OCTAVE);
  const grid = size / CROP_CENTRE_STEPS_PER_SIDE;
  const snapped: Crop = { cx: Math.round(crop.cx / grid) * grid, cy: Math.round(crop.cy / grid) * grid, size };
  if (crop.rotationRad) snapped.rotationRad = Math.round(crop.rotationRad / CROP_TURN_STEP_RAD) * CROP_TURN_STEP_RAD;
  return snapped;
}
