// Extrinsic calibration of synchronised cameras from a board (ChArUco) moved through their shared
// view: per-view board poses by PnP, pairwise relative poses (robust medoid over shared frames)
// chained along a spanning tree from the best-connected camera, then a bundle adjustment over all
// camera and board poses (Huber loss). The world frame is put on the board in a chosen frame
// (by default the first frame seen by the most cameras), Z up out of the board's face.

import type { Camera } from '../core/types.ts';
import type { Warning } from '../core/errors.ts';
import { rotationMatrix, rotationVector } from '../camera/project.ts';
import { bundleAdjust } from './bundleAdjust.ts';
import type { BoardView } from './intrinsics.ts';
import type { OpenCv } from './opencv.ts';

interface Pose {
  R: Float64Array;
  t: Float64Array;
}

const compose = (a: Pose, b: Pose): Pose => {
  // a ∘ b: x ↦ Ra (Rb x + tb) + ta
  const R = new Float64Array(9);
  const t = new Float64Array(3);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) R[i * 3 + j] = a.R[i * 3] * b.R[j] + a.R[i * 3 + 1] * b.R[3 + j] + a.R[i * 3 + 2] * b.R[6 + j];
    t[i] = a.R[i * 3] * b.t[0] + a.R[i * 3 + 1] * b.t[1] + a.R[i * 3 + 2] * b.t[2] + a.t[i];
  }
  return { R, t };
};
const invert = (a: Pose): Pose => {
  const R = new Float64Array([a.R[0], a.R[3], a.R[6], a.R[1], a.R[4], a.R[7], a.R[2], a.R[5], a.R[8]]);
  const t = new Float64Array(3);
  for (let i = 0; i < 3; i++) t[i] = -(R[i * 3] * a.t[0] + R[i * 3 + 1] * a.t[1] + R[i * 3 + 2] * a.t[2]);
  return { R, t };
};
const rotAngle = (a: Float64Array, b: Float64Array): number => {
  let tr = 0;
  for (let i = 0; i < 3; i++) for (let k = 0; k < 3; k++) tr += a[i * 3 + k] * b[i * 3 + k];
  return Math.acos(Math.max(-1, Math.min(1, (tr - 1) / 2)));
};

/** Board pose (board → camera) from one view by PnP; null when it does not fit within maxErrorPx. */
export function boardPoseFromView(cv: OpenCv, cam: Camera, view: BoardView, maxErrorPx = 3): Pose | null {
  const n = view.imagePoints.length / 2;
  if (n < 6) return null;
  const obj = cv.matFromArray(n, 1, cv.CV_64FC3, Array.from(view.objectPoints));
  const img = cv.matFromArray(n, 1, cv.CV_64FC2, Array.from(view.imagePoints));
  const K = cv.matFromArray(3, 3, cv.CV_64F, cam.matrix);
  const D = cv.matFromArray(1, cam.distortions.length, cv.CV_64F, cam.distortions);
  const rvec = new cv.Mat();
  const tvec = new cv.Mat();
  const proj = new cv.Mat();
  try {
    const ok = cv.solvePnP(obj, img, K, D, rvec, tvec, false, cv.SOLVEPNP_IPPE);
    if (!ok) return null;
    cv.projectPoints(obj, rvec, tvec, K, D, proj);
    let err = 0;
    for (let i = 0; i < n; i++) {
      err += Math.hypot(proj.data64F[2 * i] - view.imagePoints[2 * i], proj.data64F[2 * i + 1] - view.imagePoints[2 * i + 1]) ** 2;
    }
    if (Math.sqrt(err / n) > maxErrorPx) return null;
    const r = Array.from(rvec.data64F as Float64Array);
    const tz = (tvec.data64F as Float64Array)[2];
    if (!(tz > 0)) return null;
    return { R: rotationMatrix(r), t: Float64Array.from(tvec.data64F as Float64Array) };
  } finally {
    for (const m of [obj, img, K, D, rvec, tvec, proj]) m.delete();
  }
}

export interface ExtrinsicsOptions {
  /** Frame whose board pose becomes the world frame. Defaults to the first frame seen by the most cameras. */
  originFrame?: number;
  /** Huber threshold, pixels. Defaults to 1. */
  huberPx?: number;
}

export interface ExtrinsicsResult {
  /** Cameras with extrinsics (world → camera); intrinsics unchanged. */
  cameras: Camera[];
  /** RMS reprojection error over all corners after bundle adjustment, pixels. */
  reprojectionErrorPx: number;
  /** RMS per camera, pixels (NaN for a camera that never saw the board with another one). */
  perCameraErrorPx: number[];
  /** Views used per camera. */
  viewsPerCamera: number[];
  /** Board frames used (seen by ≥ 1 calibrated camera). */
  framesUsed: number;
  originFrame: number;
  /** Cameras that could not be placed (never saw the board together with a placed camera). */
  unplaced: string[];
  warnings: Warning[];
}

/**
 * Places every camera from board detections. `views[c][f]` is camera c's detection in synchronised
 * frame f (null if not seen); object points must be in the board frame (metres, z = 0), and corner
 * ids must index `boardPoints` (n×3).
 */
export function calibrateExtrinsics(
  cv: OpenCv,
  cameras: Camera[],
  views: (BoardView | null)[][],
  boardPoints: Float64Array,
  opts: ExtrinsicsOptions = {},
): ExtrinsicsResult {
  const nCam = cameras.length;
  const nFrames = Math.max(...views.map((v) => v.length));
  const poses: (Pose | null)[][] = views.map((vs, c) => vs.map((v) => (v && v.ids ? boardPoseFromView(cv, cameras[c], v) : null)));
  const warnings: Warning[] = [];
  // Pairwise relative poses T_ij (camera j → camera i) from frames both saw.
  const shared = (i: number, j: number): number[] => {
    const out: number[] = [];
    for (let f = 0; f < nFrames; f++) if (poses[i][f] && poses[j][f]) out.push(f);
    return out;
  };
  const relative = (i: number, j: number, frames: number[]): Pose => {
    const cands = frames.map((f) => compose(poses[i][f]!, invert(poses[j][f]!)));
    let best = cands[0];
    let bestScore = Infinity;
    const scale = Math.max(1e-6, ...cands.map((c) => Math.hypot(c.t[0], c.t[1], c.t[2])));
    for (const a of cands) {
      let s = 0;
      for (const b of cands) s += rotAngle(a.R, b.R) + Math.hypot(a.t[0] - b.t[0], a.t[1] - b.t[1], a.t[2] - b.t[2]) / scale;
      if (s < bestScore) {
        bestScore = s;
        best = a;
      }
    }
    return best;
  };
  // Spanning tree: start at the camera with the most board poses, add the camera sharing most frames.
  const counts = poses.map((p) => p.filter(Boolean).length);
  const root = counts.indexOf(Math.max(...counts));
  const placed: (Pose | null)[] = new Array(nCam).fill(null); // camera ← reference (root camera frame)
  placed[root] = { R: new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 1]), t: new Float64Array(3) };
  for (;;) {
    let best: [number, number, number[]] | null = null;
    for (let i = 0; i < nCam; i++) {
      if (placed[i]) continue;
      for (let j = 0; j < nCam; j++) {
        if (!placed[j]) continue;
        const s = shared(i, j);
        if (s.length >= Math.min(2, nFrames) && s.length > 0 && (!best || s.length > best[2].length)) best = [i, j, s];
      }
    }
    if (!best) break;
    const [i, j, s] = best;
    placed[i] = compose(relative(i, j, s), placed[j]!);
  }
  const unplaced = cameras.filter((_, i) => !placed[i]).map((c) => c.name);
  // Board poses in the reference frame (from the placed camera that saw the most corners).
  const boardPoses: (Pose | null)[] = [];
  for (let f = 0; f < nFrames; f++) {
    let bestC = -1;
    let bestN = 0;
    for (let c = 0; c < nCam; c++) {
      const v = views[c][f];
      if (placed[c] && poses[c][f] && v && v.imagePoints.length / 2 > bestN) {
        bestN = v.imagePoints.length / 2;
        bestC = c;
      }
    }
    boardPoses.push(bestC >= 0 ? compose(invert(placed[bestC]!), poses[bestC][f]!) : null);
  }
  // Bundle adjustment over placed cameras and board poses.
  const camIdx = cameras.map((_, i) => i).filter((i) => placed[i]);
  const frameIdx = boardPoses.map((p, f) => (p ? f : -1)).filter((f) => f >= 0);
  const blockOf = new Map(frameIdx.map((f, b) => [f, b]));
  const obsCam: number[] = [];
  const obsBlk: number[] = [];
  const obsLocal: number[] = [];
  const uv: number[] = [];
  const viewsPerCamera = new Array(nCam).fill(0);
  camIdx.forEach((c, ci) => {
    for (const f of frameIdx) {
      const v = views[c][f];
      if (!v || !v.ids || !poses[c][f]) continue;
      viewsPerCamera[c]++;
      for (let k = 0; k < v.ids.length; k++) {
        obsCam.push(ci);
        obsBlk.push(blockOf.get(f)!);
        obsLocal.push(v.ids[k]);
        uv.push(v.imagePoints[2 * k], v.imagePoints[2 * k + 1]);
      }
    }
  });
  const poseVec = new Float64Array(frameIdx.length * 6);
  frameIdx.forEach((f, b) => {
    poseVec.set(rotationVector(boardPoses[f]!.R), b * 6);
    poseVec.set(boardPoses[f]!.t, b * 6 + 3);
  });
  const startCams = camIdx.map((c) => ({
    ...cameras[c],
    rotation: rotationVector(placed[c]!.R),
    translation: [placed[c]!.t[0], placed[c]!.t[1], placed[c]!.t[2]] as [number, number, number],
  }));
  const ba = bundleAdjust({
    cameras: startCams,
    fixedCameras: [camIdx.indexOf(root)],
    kind: 'poses',
    poses: poseVec,
    boardPoints,
    observations: { camera: Int32Array.from(obsCam), block: Int32Array.from(obsBlk), local: Int32Array.from(obsLocal), uv: Float64Array.from(uv) },
    huberPx: opts.huberPx ?? 1,
  });
  // Per-camera error.
  const perCameraErrorPx = new Array(nCam).fill(NaN);
  camIdx.forEach((c, ci) => {
    let s = 0;
    let n = 0;
    for (let o = 0; o < obsCam.length; o++) if (obsCam[o] === ci) {
      s += ba.errorsPx[o] ** 2;
      n++;
    }
    perCameraErrorPx[c] = n ? Math.sqrt(s / n) : NaN;
  });
  // World frame on the board of the origin frame, Z up out of the board face: world = F · board, F = diag(1, −1, −1).
  let origin = opts.originFrame ?? -1;
  if (origin < 0 || !blockOf.has(origin)) {
    let bestSeen = 0;
    for (const f of frameIdx) {
      const seen = camIdx.filter((c) => poses[c][f]).length;
      if (seen > bestSeen) {
        bestSeen = seen;
        origin = f;
      }
    }
  }
  const b0 = blockOf.get(origin)!;
  const boardToRef: Pose = { R: rotationMatrix(ba.poses!.subarray(b0 * 6, b0 * 6 + 3)), t: ba.poses!.slice(b0 * 6 + 3, b0 * 6 + 6) };
  const F: Pose = { R: new Float64Array([1, 0, 0, 0, -1, 0, 0, 0, -1]), t: new Float64Array(3) };
  const worldToRef = compose(boardToRef, F); // F is its own inverse
  const out: Camera[] = cameras.map((c) => ({ ...c }));
  camIdx.forEach((c, ci) => {
    const refToCam: Pose = { R: rotationMatrix(ba.cameras[ci].rotation), t: Float64Array.from(ba.cameras[ci].translation) };
    const worldToCam = compose(refToCam, worldToRef);
    out[c] = { ...cameras[c], rotation: rotationVector(worldToCam.R), translation: [worldToCam.t[0], worldToCam.t[1], worldToCam.t[2]] };
  });
  for (const name of unplaced) {
    warnings.push({ code: 'camera-unplaced', message: `${name}: never saw the board in the same frames as the other cameras` });
  }
  camIdx.forEach((c) => {
    if (viewsPerCamera[c] < 5) {
      warnings.push({ code: 'few-board-views', message: `${cameras[c].name}: the board was seen in only ${viewsPerCamera[c]} synchronised frames; its position is poorly constrained` });
    }
  });
  return {
    cameras: out,
    reprojectionErrorPx: ba.rmsPx,
    perCameraErrorPx,
    viewsPerCamera,
    framesUsed: frameIdx.length,
    originFrame: origin,
    unplaced,
    warnings,
  };
}
