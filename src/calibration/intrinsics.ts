// Intrinsic calibration from views of a planar target (checkerboard or ChArUco), through opencv.js'
// calibrateCameraExtended (Zhang's method + Levenberg–Marquardt refinement).
// ref: Z. Zhang, "A flexible new technique for camera calibration", IEEE TPAMI 22(11), 2000.

import type { OpenCv } from './opencv.node.ts';

/** One view of a planar target: matching board points (metres, z = 0) and image points (pixels). */
export interface BoardView {
  /** n×3 board coordinates in metres. */
  objectPoints: Float64Array;
  /** n×2 pixel coordinates. */
  imagePoints: Float64Array;
  /** Optional label (file name, frame number) for reports. */
  label?: string;
  /** Board corner ids (ChArUco), same order as the points; absent for a checkerboard. */
  ids?: Int32Array;
  /** Checkerboard only: the grid found is smaller than the board ([cols, rows] found). */
  partialGrid?: [number, number];
}

export interface IntrinsicsOptions {
  /** Distortion model: 4 = k1 k2 p1 p2 (default, the aniposelib / Pose2Sim convention), 5 adds k3. */
  distortionCoefficients?: 4 | 5;
  /** Initial guess [fx, fy, cx, cy] (otherwise OpenCV's closed-form initialisation). */
  initialGuess?: [number, number, number, number];
}

export interface IntrinsicsResult {
  /** Row-major 3×3 intrinsic matrix. */
  matrix: number[];
  distortions: number[];
  /** Root-mean-square reprojection error over all points, pixels. */
  reprojectionErrorPx: number;
  /** RMS error per view, pixels. */
  perViewErrorPx: number[];
  /** Board pose per view: Rodrigues vector and translation (metres), board → camera. */
  poses: { rvec: [number, number, number]; tvec: [number, number, number] }[];
  /** One standard deviation of fx, fy, cx, cy (pixels) as estimated by OpenCV. */
  stdDevPx: [number, number, number, number];
}

/** Builds the board coordinates (metres, z = 0, row-major) of a grid of `cols`×`rows` inner corners. */
export function gridObjectPoints(cols: number, rows: number, squareSizeMm: number): Float64Array {
  const out = new Float64Array(cols * rows * 3);
  const s = squareSizeMm / 1000;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      out[3 * i] = c * s;
      out[3 * i + 1] = r * s;
    }
  }
  return out;
}

export function calibrateIntrinsics(
  cv: OpenCv,
  views: BoardView[],
  width: number,
  height: number,
  opts: IntrinsicsOptions = {},
): IntrinsicsResult {
  const nDist = opts.distortionCoefficients ?? 4;
  const objVec = new cv.MatVector();
  const imgVec = new cv.MatVector();
  const mats: { delete(): void }[] = [];
  for (const v of views) {
    const n = v.imagePoints.length / 2;
    const o = cv.matFromArray(n, 1, cv.CV_32FC3, Array.from(v.objectPoints));
    const p = cv.matFromArray(n, 1, cv.CV_32FC2, Array.from(v.imagePoints));
    objVec.push_back(o);
    imgVec.push_back(p);
    mats.push(o, p);
  }
  let flags = cv.CALIB_FIX_K3;
  if (nDist === 5) flags = 0;
  let K: { data64F: Float64Array; delete(): void };
  if (opts.initialGuess) {
    const [fx, fy, cx, cy] = opts.initialGuess;
    K = cv.matFromArray(3, 3, cv.CV_64F, [fx, 0, cx, 0, fy, cy, 0, 0, 1]);
    flags |= cv.CALIB_USE_INTRINSIC_GUESS;
  } else {
    K = new cv.Mat();
  }
  const dist = new cv.Mat();
  const rvecs = new cv.MatVector();
  const tvecs = new cv.MatVector();
  const stdIn = new cv.Mat();
  const stdEx = new cv.Mat();
  const perView = new cv.Mat();
  try {
    const criteria = new cv.TermCriteria(cv.TermCriteria_COUNT + cv.TermCriteria_EPS, 100, 1e-10);
    const rms: number = cv.calibrateCameraExtended(
      objVec,
      imgVec,
      new cv.Size(width, height),
      K,
      dist,
      rvecs,
      tvecs,
      stdIn,
      stdEx,
      perView,
      flags,
      criteria,
    );
    const k = Array.from(K.data64F);
    const d = Array.from((dist as unknown as { data64F: Float64Array }).data64F).slice(0, nDist);
    while (d.length < nDist) d.push(0);
    const poses: IntrinsicsResult['poses'] = [];
    for (let i = 0; i < views.length; i++) {
      const r = rvecs.get(i);
      const t = tvecs.get(i);
      poses.push({
        rvec: [r.data64F[0], r.data64F[1], r.data64F[2]],
        tvec: [t.data64F[0], t.data64F[1], t.data64F[2]],
      });
      r.delete();
      t.delete();
    }
    const sd = Array.from(stdIn.data64F as Float64Array);
    return {
      matrix: k,
      distortions: d,
      reprojectionErrorPx: rms,
      perViewErrorPx: Array.from(perView.data64F as Float64Array),
      poses,
      stdDevPx: [sd[0] ?? NaN, sd[1] ?? NaN, sd[2] ?? NaN, sd[3] ?? NaN],
    };
  } finally {
    for (const m of mats) m.delete();
    for (const m of [objVec, imgVec, K, dist, rvecs, tvecs, stdIn, stdEx, perView]) m.delete();
  }
}
