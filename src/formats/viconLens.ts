// Vicon's lens model (.xcp `VICON_RADIAL2` / `VICON_RADIAL`) and its representation in OpenCV's.
//
// Vicon stores a *correction*: it takes a measured (distorted) pixel to the ideal pinhole pixel,
// radially about its own distortion centre (c_x, c_y), with the pixel aspect ratio a
// (PIXEL_ASPECT_RATIO) applied to y and the radius in pixels:
//
//   d  = (x_d − c_x,  a · (y_d − c_y))          r² = |d|²  (pixels²)
//   s  = 1 + w0 r² + w1 r⁴ + w2 r⁶              (VICON_RADIAL: w0 w1 only, centre = PRINCIPAL_POINT)
//   x_u = c_x + s · d_x,   y_u = c_y + s · d_y / a
//
// `VICON_RADIAL2="Vicon3Parameter c_x c_y w0 w1 w2"` (model name, centre in pixels, coefficients in
// pixels⁻², ⁻⁴, ⁻⁶). Units and direction checked on a real Nexus 2.12 export (OpenCap's
// sandbox/testCalibration.xcp): a wide-angle Vue camera (f 1260 px, 1920×1080) has w0 = 2.75e-7,
// w1 = 7.6e-14, w2 = 7.8e-20 — per pixel (with r in focal lengths they would be no lens at all), and
// positive, i.e. pushing measured points outward, as correcting a wide lens's barrel distortion does.
// OpenCV goes the other way (ideal → distorted, about the principal point), so an inverse of this
// polynomial about another centre has no exact OpenCV form unless every w is 0. We fit OpenCV k1 k2
// (then p1 p2, then k3) by linear least squares over the whole image and accept the fit only when
// its largest residual over the image is at most `maxResidualPx` (0.1 px): the caller states the
// residual, or refuses.
// ref: Vicon CaraPost reference, "About calibration data (XCP) files" (VICON_RADIAL2: distortion
//      centre then coefficients of a radial correction; PIXEL_ASPECT_RATIO); the layout
//      [model, cx, cy, w0, w1, w2] as real Nexus files (above) and public converters show it.
// ref: OpenCV calib3d documentation (pinhole distortion model, k1 k2 p1 p2 k3), which is linear in
//      its coefficients for fixed ideal and distorted points — hence a linear least-squares fit.

export interface ViconLens {
  /** Distortion centre, pixels. */
  cx: number;
  cy: number;
  /** w0 w1 w2 (missing ones 0), per pixel², pixel⁴, pixel⁶. */
  w: [number, number, number];
  /** PIXEL_ASPECT_RATIO. */
  aspect: number;
}

/** Vicon's correction: a measured (distorted) pixel → the ideal pinhole pixel. */
export function viconCorrect(lens: ViconLens, xd: number, yd: number): [number, number] {
  const dx = xd - lens.cx;
  const dy = lens.aspect * (yd - lens.cy);
  const r2 = dx * dx + dy * dy;
  const s = 1 + r2 * (lens.w[0] + r2 * (lens.w[1] + r2 * lens.w[2]));
  return [lens.cx + s * dx, lens.cy + (s * dy) / lens.aspect];
}

/** OpenCV's distortion of normalised ideal coordinates (x, y) with k1 k2 p1 p2 k3. */
function opencvDistort(d: number[], x: number, y: number): [number, number] {
  const [k1 = 0, k2 = 0, p1 = 0, p2 = 0, k3 = 0] = d;
  const r2 = x * x + y * y;
  const radial = 1 + r2 * (k1 + r2 * (k2 + r2 * k3));
  return [x * radial + 2 * p1 * x * y + p2 * (r2 + 2 * x * x), y * radial + p1 * (r2 + 2 * y * y) + 2 * p2 * x * y];
}

/** Solves the square system A x = b (row-major n×n) by Gaussian elimination with partial pivoting. */
function solve(A: number[], b: number[], n: number): number[] | undefined {
  const M = A.slice();
  const v = b.slice();
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r * n + c]!) > Math.abs(M[p * n + c]!)) p = r;
    if (Math.abs(M[p * n + c]!) < 1e-300) return undefined;
    if (p !== c) {
      for (let k = 0; k < n; k++) [M[c * n + k], M[p * n + k]] = [M[p * n + k]!, M[c * n + k]!];
      [v[c], v[p]] = [v[p]!, v[c]!];
    }
    for (let r = c + 1; r < n; r++) {
      const m = M[r * n + c]! / M[c * n + c]!;
      for (let k = c; k < n; k++) M[r * n + k]! -= m * M[c * n + k]!;
      v[r]! -= m * v[c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = v[r]!;
    for (let k = r + 1; k < n; k++) s -= M[r * n + k]! * x[k]!;
    x[r] = s / M[r * n + r]!;
  }
  return x;
}

export interface ViconLensFit {
  /** OpenCV k1 k2 p1 p2 k3. */
  distortions: number[];
  /** Which coefficients were fitted (the others are 0), e.g. "k1 k2". */
  fitted: string;
  /** Largest distance, pixels, over the image between Vicon's pixel and the OpenCV model's. */
  maxResidualPx: number;
  /** Whether the Vicon lens is exactly OpenCV's (all coefficients 0). */
  exact: boolean;
}

/**
 * The OpenCV lens (k1 k2 p1 p2 k3, about principal point (u, v) with focal lengths fx, fy) closest to
 * Vicon's over a width × height image: tries k1 k2, then k1 k2 p1 p2, then all five, and returns the
 * first whose largest residual is at most maxResidualPx (else the five-coefficient fit, for the
 * caller to refuse). Residual: for every measured pixel of a grid over the image (edges included),
 * the distance between it and where OpenCV's model puts Vicon's ideal pixel for it.
 */
export function fitOpenCvToVicon(
  lens: ViconLens,
  fx: number,
  fy: number,
  u: number,
  v: number,
  width: number,
  height: number,
  maxResidualPx = 0.1,
): ViconLensFit {
  if (lens.w.every((w) => w === 0)) return { distortions: [0, 0, 0, 0, 0], fitted: 'none', maxResidualPx: 0, exact: true };
  const step = Math.max(width, height) / 120;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let x = 0; x <= width - 1 + 1e-9; x += step) xs.push(x);
  for (let y = 0; y <= height - 1 + 1e-9; y += step) ys.push(y);
  if (xs[xs.length - 1] !== width - 1) xs.push(width - 1);
  if (ys[ys.length - 1] !== height - 1) ys.push(height - 1);
  // Samples: ideal normalised (x, y) and measured normalised (xd, yd).
  const S: [number, number, number, number][] = [];
  for (const py of ys)
    for (const px of xs) {
      const [iu, iv] = viconCorrect(lens, px, py);
      S.push([(iu - u) / fx, (iv - v) / fy, (px - u) / fx, (py - v) / fy]);
    }
  // Columns of the linear model (xd − x, yd − y) = Σ coefficient · basis, per coefficient.
  const basis = (x: number, y: number): Record<'k1' | 'k2' | 'p1' | 'p2' | 'k3', [number, number]> => {
    const r2 = x * x + y * y;
    return {
      k1: [x * r2, y * r2],
      k2: [x * r2 * r2, y * r2 * r2],
      p1: [2 * x * y, r2 + 2 * y * y],
      p2: [r2 + 2 * x * x, 2 * x * y],
      k3: [x * r2 ** 3, y * r2 ** 3],
    };
  };
  const order = ['k1', 'k2', 'p1', 'p2', 'k3'] as const;
  let last: ViconLensFit | undefined;
  for (const names of [
    ['k1', 'k2'],
    ['k1', 'k2', 'p1', 'p2'],
    ['k1', 'k2', 'p1', 'p2', 'k3'],
  ] as const) {
    const n = names.length;
    const AtA = new Array<number>(n * n).fill(0);
    const Atb = new Array<number>(n).fill(0);
    for (const [x, y, xd, yd] of S) {
      const B = basis(x, y);
      for (const [comp, target] of [
        [0, xd - x],
        [1, yd - y],
      ] as const) {
        const row = names.map((nm) => B[nm][comp]);
        for (let i = 0; i < n; i++) {
          Atb[i]! += row[i]! * target;
          for (let j = 0; j < n; j++) AtA[i * n + j]! += row[i]! * row[j]!;
        }
      }
    }
    const sol = solve(AtA, Atb, n);
    if (!sol) continue;
    const d = order.map((nm) => {
      const i = (names as readonly string[]).indexOf(nm);
      return i < 0 ? 0 : sol[i]!;
    });
    let worst = 0;
    for (const [x, y, xd, yd] of S) {
      const [ex, ey] = opencvDistort(d, x, y);
      worst = Math.max(worst, Math.hypot((ex - xd) * fx, (ey - yd) * fy));
    }
    last = { distortions: d, fitted: names.join(' '), maxResidualPx: worst, exact: false };
    if (worst <= maxResidualPx) return last;
  }
  return last ?? { distortions: [0, 0, 0, 0, 0], fitted: 'none', maxResidualPx: Infinity, exact: false };
}
