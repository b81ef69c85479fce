// Rotation vector ↔ rotation matrix conversions needed by the calibration readers.
// ref: Rodrigues' rotation formula; inverse via the axis-angle extraction in
//      Hartley & Zisserman, "Multiple View Geometry", 2nd ed., A4.3 (same conventions as OpenCV's cv::Rodrigues).

/** Rotation vector → 3×3 row-major rotation matrix. */
export function rodriguesToMatrix(r: ArrayLike<number>): number[] {
  const theta = Math.hypot(r[0], r[1], r[2]);
  if (theta < 1e-12) return [1, 0, 0, 0, 1, 0, 0, 0, 1];
  const [x, y, z] = [r[0] / theta, r[1] / theta, r[2] / theta];
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const t = 1 - c;
  return [
    c + x * x * t,
    x * y * t - z * s,
    x * z * t + y * s,
    y * x * t + z * s,
    c + y * y * t,
    y * z * t - x * s,
    z * x * t - y * s,
    z * y * t + x * s,
    c + z * z * t,
  ];
}

/** 3×3 row-major rotation matrix → rotation vector (angle in [0, π]). */
export function matrixToRodrigues(m: ArrayLike<number>): [number, number, number] {
  const cos = Math.min(1, Math.max(-1, (m[0] + m[4] + m[8] - 1) / 2));
  const theta = Math.acos(cos);
  const sx = m[7] - m[5];
  const sy = m[2] - m[6];
  const sz = m[3] - m[1];
  const sin2 = Math.hypot(sx, sy, sz); // = 2 sin θ
  if (sin2 > 1e-7) {
    const k = theta / sin2;
    return [sx * k, sy * k, sz * k];
  }
  if (cos > 0) return [sx / 2, sy / 2, sz / 2]; // θ ≈ 0
  // θ ≈ π: R = 2 n nᵀ − I, take the largest diagonal entry for a stable axis.
  const xx = (m[0] + 1) / 2;
  const yy = (m[4] + 1) / 2;
  const zz = (m[8] + 1) / 2;
  let n: [number, number, number];
  if (xx >= yy && xx >= zz) {
    const x = Math.sqrt(xx);
    n = [x, (m[1] + m[3]) / (4 * x), (m[2] + m[6]) / (4 * x)];
  } else if (yy >= zz) {
    const y = Math.sqrt(yy);
    n = [(m[1] + m[3]) / (4 * y), y, (m[5] + m[7]) / (4 * y)];
  } else {
    const z = Math.sqrt(zz);
    n = [(m[2] + m[6]) / (4 * z), (m[5] + m[7]) / (4 * z), z];
  }
  const len = Math.hypot(...n);
  return [(n[0] / len) * theta, (n[1] / len) * theta, (n[2] / len) * theta];
}

/** World position of a camera centre from world→camera extrinsics: C = −Rᵀ t. */
export function cameraCentreOf(rotation: ArrayLike<number>, translation: ArrayLike<number>): [number, number, number] {
  const R = rodriguesToMatrix(rotation);
  const [tx, ty, tz] = [translation[0], translation[1], translation[2]];
  return [-(R[0] * tx + R[3] * ty + R[6] * tz), -(R[1] * tx + R[4] * ty + R[7] * tz), -(R[2] * tx + R[5] * ty + R[8] * tz)];
}
