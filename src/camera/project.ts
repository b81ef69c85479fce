// Camera model: OpenCV's pinhole model (k1 k2 p1 p2 [k3 [k4 k5 k6]]) and fisheye model (k1..k4),
// projection world → pixels and undistortion pixels → normalised camera coordinates.
// ref: OpenCV 4.x documentation, "Camera Calibration and 3D Reconstruction" (calib3d) for the pinhole
//      distortion model, and the "Fisheye camera model" page (cv::fisheye) for the equidistant model.
// ref: Rodrigues' rotation formula; quaternion extraction after K. Shoemake, "Animating rotation with
//      quaternion curves" (SIGGRAPH 1985) for the inverse (stable near 0 and π).

import type { Camera } from '../core/types.ts';

/** A camera unpacked into plain numbers for hot loops. Build with `prepareCamera`. */
export interface PreparedCamera {
  fx: number;
  fy: number;
  cx: number;
  cy: number;
  /** Skew term K[0][1] (0 for nearly every camera). */
  skew: number;
  /** World → camera rotation, row-major 3×3. */
  R: Float64Array;
  t: Float64Array;
  fisheye: boolean;
  /** Pinhole: k1 k2 p1 p2 k3 k4 k5 k6 (missing ones 0). Fisheye: k1 k2 k3 k4. */
  k: Float64Array;
  /** True when every distortion coefficient is 0 (projection skips the distortion maths). */
  undistorted: boolean;
}

/** Rotation matrix (3×3 row-major) from a Rodrigues rotation vector. */
export function rotationMatrix(rvec: ArrayLike<number>): Float64Array {
  const rx = rvec[0],
    ry = rvec[1],
    rz = rvec[2];
  const theta = Math.hypot(rx, ry, rz);
  const R = new Float64Array(9);
  if (theta < 1e-12) {
    // First-order expansion: I + [r]×.
    R[0] = 1;
    R[1] = -rz;
    R[2] = ry;
    R[3] = rz;
    R[4] = 1;
    R[5] = -rx;
    R[6] = -ry;
    R[7] = rx;
    R[8] = 1;
    return R;
  }
  const kx = rx / theta,
    ky = ry / theta,
    kz = rz / theta;
  const c = Math.cos(theta),
    s = Math.sin(theta),
    C = 1 - c;
  R[0] = c + kx * kx * C;
  R[1] = kx * ky * C - kz * s;
  R[2] = kx * kz * C + ky * s;
  R[3] = ky * kx * C + kz * s;
  R[4] = c + ky * ky * C;
  R[5] = ky * kz * C - kx * s;
  R[6] = kz * kx * C - ky * s;
  R[7] = kz * ky * C + kx * s;
  R[8] = c + kz * kz * C;
  return R;
}

/** Rodrigues rotation vector from a rotation matrix (3×3 row-major). Inverse of `rotationMatrix`. */
export function rotationVector(R: ArrayLike<number>): [number, number, number] {
  // Matrix → unit quaternion (w, x, y, z), choosing the largest pivot for stability.
  const m00 = R[0],
    m01 = R[1],
    m02 = R[2],
    m10 = R[3],
    m11 = R[4],
    m12 = R[5],
    m20 = R[6],
    m21 = R[7],
    m22 = R[8];
  const tr = m00 + m11 + m22;
  let w: number, x: number, y: number, z: number;
  if (tr > 0) {
    const s = 2 * Math.sqrt(tr + 1);
    w = s / 4;
    x = (m21 - m12) / s;
    y = (m02 - m20) / s;
    z = (m10 - m01) / s;
  } else if (m00 > m11 && m00 > m22) {
    const s = 2 * Math.sqrt(1 + m00 - m11 - m22);
    w = (m21 - m12) / s;
    x = s / 4;
    y = (m01 + m10) / s;
    z = (m02 + m20) / s;
  } else if (m11 > m22) {
    const s = 2 * Math.sqrt(1 + m11 - m00 - m22);
    w = (m02 - m20) / s;
    x = (m01 + m10) / s;
    y = s / 4;
    z = (m12 + m21) / s;
  } else {
    const s = 2 * Math.sqrt(1 + m22 - m00 - m11);
    w = (m10 - m01) / s;
    x = (m02 + m20) / s;
    y = (m12 + m21) / s;
    z = s / 4;
  }
  if (w < 0) {
    w = -w;
    x = -x;
    y = -y;
    z = -z;
  }
  const sinHalf = Math.hypot(x, y, z);
  if (sinHalf < 1e-15) return [0, 0, 0];
  const angle = 2 * Math.atan2(sinHalf, w);
  return [(x / sinHalf) * angle, (y / sinHalf) * angle, (z / sinHalf) * angle];
}

/** Unpacks a camera for fast repeated projection. */
export function prepareCamera(cam: Camera): PreparedCamera {
  const m = cam.matrix;
  const k = new Float64Array(cam.fisheye ? 4 : 8);
  for (let i = 0; i < Math.min(k.length, cam.distortions.length); i++) k[i] = cam.distortions[i];
  return {
    fx: m[0],
    fy: m[4],
    cx: m[2],
    cy: m[5],
    skew: m[1],
    R: rotationMatrix(cam.rotation),
    t: Float64Array.from(cam.translation),
    fisheye: !!cam.fisheye,
    k,
    undistorted: k.every((v) => v === 0),
  };
}

/** World position of the camera's optical centre (metres): C = −Rᵀ t. */
export function cameraCenter(cam: Camera | PreparedCamera): [number, number, number] {
  const R = 'R' in cam ? cam.R : rotationMatrix(cam.rotation);
  const t = 'R' in cam ? cam.t : cam.translation;
  return [
    -(R[0] * t[0] + R[3] * t[1] + R[6] * t[2]),
    -(R[1] * t[0] + R[4] * t[1] + R[7] * t[2]),
    -(R[2] * t[0] + R[5] * t[1] + R[8] * t[2]),
  ];
}

const scratch = new Float64Array(2);

/**
 * Applies the lens distortion to normalised coordinates (x, y) = (X/Z, Y/Z) and writes
 * pixel coordinates into out[o], out[o+1].
 */
export function distortToPixel(pc: PreparedCamera, x: number, y: number, out: Float64Array | Float32Array, o: number): void {
  let xd: number, yd: number;
  const k = pc.k;
  if (pc.undistorted) {
    xd = x;
    yd = y;
  } else if (pc.fisheye) {
    const r = Math.sqrt(x * x + y * y);
    if (r < 1e-15) {
      xd = x;
      yd = y;
    } else {
      const th = Math.atan(r),
        th2 = th * th;
      const thd = th * (1 + th2 * (k[0] + th2 * (k[1] + th2 * (k[2] + th2 * k[3]))));
      xd = (thd / r) * x;
      yd = (thd / r) * y;
    }
  } else {
    const r2 = x * x + y * y;
    const num = 1 + r2 * (k[0] + r2 * (k[1] + r2 * k[4]));
    // The rational model's denominator is exactly 1 without k4..k6: no division then.
    const radial = k[5] === 0 && k[6] === 0 && k[7] === 0 ? num : num / (1 + r2 * (k[5] + r2 * (k[6] + r2 * k[7])));
    const xy2 = 2 * x * y;
    xd = x * radial + k[2] * xy2 + k[3] * (r2 + 2 * x * x);
    yd = y * radial + k[2] * (r2 + 2 * y * y) + k[3] * xy2;
  }
  out[o] = pc.fx * xd + pc.skew * yd + pc.cx;
  out[o + 1] = pc.fy * yd + pc.cy;
}

/** Projects one world point (metres) to pixels, writing out[o], out[o+1]. NaN in → NaN out. */
export function projectPoint(pc: PreparedCamera, X: number, Y: number, Z: number, out: Float64Array | Float32Array, o: number): void {
  const R = pc.R,
    t = pc.t;
  const xc = R[0] * X + R[1] * Y + R[2] * Z + t[0];
  const yc = R[3] * X + R[4] * Y + R[5] * Z + t[1];
  const zc = R[6] * X + R[7] * Y + R[8] * Z + t[2];
  distortToPixel(pc, xc / zc, yc / zc, out, o);
}

/** Projects world points n×3 (metres) to pixels n×2, with the camera's distortion. */
export function projectPoints(cam: Camera | PreparedCamera, xyz: ArrayLike<number>): Float64Array {
  const pc = 'R' in cam ? cam : prepareCamera(cam);
  const n = Math.floor(xyz.length / 3);
  const out = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) projectPoint(pc, xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2], out, 2 * i);
  return out;
}

/**
 * Removes the lens distortion from one pixel, writing normalised camera coordinates
 * (X/Z, Y/Z) into out[o], out[o+1]. Solved iteratively (Newton) to ~1e-14.
 */
export function undistortPoint(pc: PreparedCamera, u: number, v: number, out: Float64Array | Float32Array, o: number): void {
  const yd = (v - pc.cy) / pc.fy;
  const xd = (u - pc.cx - pc.skew * yd) / pc.fx;
  const k = pc.k;
  if (pc.undistorted) {
    out[o] = xd;
    out[o + 1] = yd;
    return;
  }
  if (pc.fisheye) {
    const thd = Math.sqrt(xd * xd + yd * yd);
    if (thd < 1e-15) {
      out[o] = xd;
      out[o + 1] = yd;
      return;
    }
    // Solve thd = th (1 + k1 th² + k2 th⁴ + k3 th⁶ + k4 th⁸) for th.
    let th = thd;
    for (let it = 0; it < 20; it++) {
      const t2 = th * th;
      const f = th * (1 + t2 * (k[0] + t2 * (k[1] + t2 * (k[2] + t2 * k[3])))) - thd;
      const df = 1 + t2 * (3 * k[0] + t2 * (5 * k[1] + t2 * (7 * k[2] + t2 * 9 * k[3])));
      const step = f / df;
      th -= step;
      if (Math.abs(step) < 1e-14) break;
    }
    const s = Math.tan(th) / thd;
    out[o] = xd * s;
    out[o + 1] = yd * s;
    return;
  }
  // Pinhole: Newton iterations on F(x, y) = distort(x, y) − (xd, yd), starting at (xd, yd).
  const k1 = k[0],
    k2 = k[1],
    p1 = k[2],
    p2 = k[3],
    k3 = k[4],
    k4 = k[5],
    k5 = k[6],
    k6 = k[7];
  // Start from one fixed-point step (OpenCV's iteration), then Newton.
  const r2d = xd * xd + yd * yd;
  const icd = (1 + r2d * (k4 + r2d * (k5 + r2d * k6))) / (1 + r2d * (k1 + r2d * (k2 + r2d * k3)));
  let x = (xd - 2 * p1 * xd * yd - p2 * (r2d + 2 * xd * xd)) * icd;
  let y = (yd - p1 * (r2d + 2 * yd * yd) - 2 * p2 * xd * yd) * icd;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    x = xd;
    y = yd;
  }
  // Newton converges quadratically here: once a step is below NEWTON_LAST_STEP, the error left after
  // it is of the order of its square (< 1e-16), so the loop stops without a further, vanishing step.
  const rational = k4 !== 0 || k5 !== 0 || k6 !== 0;
  for (let it = 0; it < 30; it++) {
    const r2 = x * x + y * y;
    const num = 1 + r2 * (k1 + r2 * (k2 + r2 * k3));
    const dnum = k1 + r2 * (2 * k2 + r2 * 3 * k3); // d num / d r2
    let radial: number, dradial: number;
    if (rational) {
      const den = 1 + r2 * (k4 + r2 * (k5 + r2 * k6));
      const dden = k4 + r2 * (2 * k5 + r2 * 3 * k6);
      radial = num / den;
      dradial = (dnum * den - num * dden) / (den * den); // d radial / d r2
    } else {
      radial = num;
      dradial = dnum;
    }
    const fx = x * radial + 2 * p1 * x * y + p2 * (r2 + 2 * x * x) - xd;
    const fy = y * radial + p1 * (r2 + 2 * y * y) + 2 * p2 * x * y - yd;
    const j00 = radial + 2 * x * x * dradial + 2 * p1 * y + 6 * p2 * x;
    const j01 = 2 * x * y * dradial + 2 * p1 * x + 2 * p2 * y;
    const j11 = radial + 2 * y * y * dradial + 6 * p1 * y + 2 * p2 * x;
    const det = j00 * j11 - j01 * j01; // the Jacobian is symmetric
    if (det === 0 || !Number.isFinite(det)) break;
    const dx = (j11 * fx - j01 * fy) / det;
    const dy = (j00 * fy - j01 * fx) / det;
    x -= dx;
    y -= dy;
    if (Math.abs(dx) + Math.abs(dy) < NEWTON_LAST_STEP) break;
  }
  out[o] = x;
  out[o + 1] = y;
}

/** Undistortion's Newton loop ends after a step smaller than this (normalised units; see undistortPoint). */
const NEWTON_LAST_STEP = 1e-8;

/** Pixels n×2 (distorted image) → normalised camera coordinates n×2 (X/Z, Y/Z). */
export function undistortPoints(cam: Camera | PreparedCamera, uv: ArrayLike<number>): Float64Array {
  const pc = 'R' in cam ? cam : prepareCamera(cam);
  const n = Math.floor(uv.length / 2);
  const out = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    undistortPoint(pc, uv[2 * i], uv[2 * i + 1], scratch, 0);
    out[2 * i] = scratch[0];
    out[2 * i + 1] = scratch[1];
  }
  return out;
}
