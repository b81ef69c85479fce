// Small rotation kernels for the skeleton solver and the exporters. Quaternions are [x, y, z, w]
// (the glTF / three.js order), unit length; matrices are 3×3 row-major; all rotations act on
// column vectors (v' = R · v).
// ref: K. Shoemake, "Animating rotation with quaternion curves", SIGGRAPH 1985 (quaternion algebra);
//      S. W. Shepperd, "Quaternion from rotation matrix", J. Guidance and Control 1(3), 1978.

export type Vec3 = [number, number, number];
export type Quat = [number, number, number, number];
/** Row-major 3×3 matrix. */
export type Mat3 = number[];

export const IDENTITY_QUAT: Quat = [0, 0, 0, 1];

export const sub = (a: ArrayLike<number>, b: ArrayLike<number>): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const add = (a: ArrayLike<number>, b: ArrayLike<number>): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const scale = (a: ArrayLike<number>, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: ArrayLike<number>, b: ArrayLike<number>): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: ArrayLike<number>, b: ArrayLike<number>): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const norm = (a: ArrayLike<number>): number => Math.hypot(a[0], a[1], a[2]);
export const isFiniteVec = (a: ArrayLike<number>): boolean => Number.isFinite(a[0]) && Number.isFinite(a[1]) && Number.isFinite(a[2]);

/** Unit vector, or NaNs when the input is (near) zero or not finite. */
export function normalize(a: ArrayLike<number>): Vec3 {
  const n = norm(a);
  return n > 1e-12 && Number.isFinite(n) ? [a[0] / n, a[1] / n, a[2] / n] : [NaN, NaN, NaN];
}

export function mat3MulVec(m: Mat3, v: ArrayLike<number>): Vec3 {
  return [m[0] * v[0] + m[1] * v[1] + m[2] * v[2], m[3] * v[0] + m[4] * v[1] + m[5] * v[2], m[6] * v[0] + m[7] * v[1] + m[8] * v[2]];
}

/**
 * The rotation taking the rest frame (primary a0, secondary s0) onto the observed frame
 * (primary a, secondary s): a0 maps exactly onto the direction of a; s0 maps into the half-plane
 * spanned by a and s. Returns null when a or s are degenerate (zero, parallel, NaN).
 */
export function alignFrames(a0: Vec3, s0: Vec3, a: Vec3, s: Vec3): Mat3 | null {
  const b0 = orthoFrame(a0, s0);
  const b = orthoFrame(a, s);
  if (!b0 || !b) return null;
  // R = B · B0ᵀ, columns of B are the frame axes.
  const r = new Array<number>(9).fill(0);
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) {
      let acc = 0;
      for (let k = 0; k < 3; k++) acc += b[k][i] * b0[k][j];
      r[i * 3 + j] = acc;
    }
  return r;
}

/** Gram–Schmidt frame [x = â, y = ŝ⊥, z = x × y], or null when degenerate. */
function orthoFrame(a: Vec3, s: Vec3): [Vec3, Vec3, Vec3] | null {
  const x = normalize(a);
  if (!isFiniteVec(x)) return null;
  const sp = sub(s, scale(x, dot(s, x)));
  if (!(norm(sp) > 1e-6 * Math.max(1, norm(s)))) return null;
  const y = normalize(sp);
  if (!isFiniteVec(y)) return null;
  return [x, y, cross(x, y)];
}

/** Quaternion of a rotation matrix (Shepperd's method, numerically stable for all angles). */
export function quatFromMat3(m: Mat3): Quat {
  const [m00, m01, m02, m10, m11, m12, m20, m21, m22] = m;
  const tr = m00 + m11 + m22;
  let q: Quat;
  if (tr > 0) {
    const s = Math.sqrt(tr + 1) * 2;
    q = [(m21 - m12) / s, (m02 - m20) / s, (m10 - m01) / s, 0.25 * s];
  } else if (m00 > m11 && m00 > m22) {
    const s = Math.sqrt(1 + m00 - m11 - m22) * 2;
    q = [0.25 * s, (m01 + m10) / s, (m02 + m20) / s, (m21 - m12) / s];
  } else if (m11 > m22) {
    const s = Math.sqrt(1 + m11 - m00 - m22) * 2;
    q = [(m01 + m10) / s, 0.25 * s, (m12 + m21) / s, (m02 - m20) / s];
  } else {
    const s = Math.sqrt(1 + m22 - m00 - m11) * 2;
    q = [(m02 + m20) / s, (m12 + m21) / s, 0.25 * s, (m10 - m01) / s];
  }
  return quatNormalize(q);
}

export function mat3FromQuat(q: ArrayLike<number>): Mat3 {
  const [x, y, z, w] = [q[0], q[1], q[2], q[3]];
  return [
    1 - 2 * (y * y + z * z),
    2 * (x * y - z * w),
    2 * (x * z + y * w),
    2 * (x * y + z * w),
    1 - 2 * (x * x + z * z),
    2 * (y * z - x * w),
    2 * (x * z - y * w),
    2 * (y * z + x * w),
    1 - 2 * (x * x + y * y),
  ];
}

export function quatNormalize(q: ArrayLike<number>): Quat {
  const n = Math.hypot(q[0], q[1], q[2], q[3]);
  return [q[0] / n, q[1] / n, q[2] / n, q[3] / n];
}

/** Hamilton product a · b (apply b first, then a). */
export function quatMul(a: ArrayLike<number>, b: ArrayLike<number>): Quat {
  const [ax, ay, az, aw] = [a[0], a[1], a[2], a[3]];
  const [bx, by, bz, bw] = [b[0], b[1], b[2], b[3]];
  return [
    aw * bx + ax * bw + ay * bz - az * by,
    aw * by - ax * bz + ay * bw + az * bx,
    aw * bz + ax * by - ay * bx + az * bw,
    aw * bw - ax * bx - ay * by - az * bz,
  ];
}

export const quatConj = (q: ArrayLike<number>): Quat => [-q[0], -q[1], -q[2], q[3]];

/** Rotates v by the unit quaternion q. */
export function quatRotate(q: ArrayLike<number>, v: ArrayLike<number>): Vec3 {
  // v' = v + 2w(u × v) + 2u × (u × v), u = (x, y, z)
  const u: Vec3 = [q[0], q[1], q[2]];
  const w = q[3];
  const t = scale(cross(u, v), 2);
  const c = cross(u, t);
  return [v[0] + w * t[0] + c[0], v[1] + w * t[1] + c[1], v[2] + w * t[2] + c[2]];
}

/** Rotation angle of a unit quaternion, radians in [0, π]. */
export const quatAngle = (q: ArrayLike<number>): number => 2 * Math.acos(Math.min(1, Math.abs(q[3])));
