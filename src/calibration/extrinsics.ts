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
import type { OpenCv } from './opencv.node.ts';

export interface Pose {
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
  /**
   * Frame whose board pose becomes the world frame. Defaults to the board lying flat on the floor:
   * among the frames where it lies level, the lowest, seen by the most cameras (else the first
   * frame seen by the most cameras).
   */
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
  /** Of those, frames in which another placed camera saw the board too (only these tie the camera to the others). */
  sharedViewsPerCamera: number[];
  /** Board frames used (seen by ≥ 1 calibrated camera). */
  framesUsed: number;
  /** Frame (index into views[c]) whose board pose defines the world frame. */
  originFrame: number;
  /** True when the board lay flat (within 15° of level, as judged from the cameras' level image rows) in that frame: world Z is up. */
  worldOnFloor: boolean;
  /** Angle between that board's face normal and the up direction the cameras suggest, degrees (NaN when they suggest none). */
  worldTiltDeg: number;
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
  const poses: (Pose | null)[][] = views.map((vs, c) => vs.map((v) => (v?.ids ? boardPoseFromView(cv, cameras[c], v) : null)));
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
  const sharedViewsPerCamera = new Array(nCam).fill(0);
  for (const f of frameIdx) {
    const seen = camIdx.filter((c) => views[c][f]?.ids && poses[c][f]);
    if (seen.length >= 2) for (const c of seen) sharedViewsPerCamera[c]++;
  }
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
    observations: {
      camera: Int32Array.from(obsCam),
      block: Int32Array.from(obsBlk),
      local: Int32Array.from(obsLocal),
      uv: Float64Array.from(uv),
    },
    huberPx: opts.huberPx ?? 1,
  });
  // Per-camera error.
  const perCameraErrorPx = new Array(nCam).fill(NaN);
  camIdx.forEach((c, ci) => {
    let s = 0;
    let n = 0;
    for (let o = 0; o < obsCam.length; o++)
      if (obsCam[o] === ci) {
        s += ba.errorsPx[o] ** 2;
        n++;
      }
    perCameraErrorPx[c] = n ? Math.sqrt(s / n) : NaN;
  });
  // World frame on the board of the origin frame, Z out of the board's face: world = F · board,
  // F = diag(1, −1, −1). By default the board lying flat on the floor is looked for (see chooseWorldFrame).
  const blockPoses = frameIdx.map((_, b) => ({
    R: rotationMatrix(ba.poses!.subarray(b * 6, b * 6 + 3)),
    t: ba.poses!.slice(b * 6 + 3, b * 6 + 6),
  }));
  const camRots = camIdx.map((_, ci) => rotationMatrix(ba.cameras[ci].rotation));
  const seenBy = frameIdx.map((f) => camIdx.filter((c) => poses[c][f]).length);
  const world = chooseWorldFrame(camRots, blockPoses, seenBy, opts.originFrame === undefined ? -1 : frameIdx.indexOf(opts.originFrame));
  const origin = frameIdx[world.block];
  if (!world.onFloor) {
    warnings.push({
      code: 'world-not-floor',
      message:
        `the board never lay flat (it was at least ${world.tiltDeg.toFixed(0)}° from level): the world frame is on the board in one frame, Z out of its face, not necessarily up; ` +
        `lay the board flat on the floor for a second while all cameras record to get Z up`,
    });
  }
  const boardToRef: Pose = blockPoses[world.block];
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
    if (sharedViewsPerCamera[c] < 5) {
      warnings.push({
        code: 'few-board-views',
        message: `${cameras[c].name}: the board was seen together with another camera in only ${sharedViewsPerCamera[c]} synchronised frames; its position is poorly constrained — move the board more where it and its neighbours both see it`,
      });
    }
  });
  return {
    cameras: out,
    reprojectionErrorPx: ba.rmsPx,
    perCameraErrorPx,
    viewsPerCamera,
    sharedViewsPerCamera,
    framesUsed: frameIdx.length,
    originFrame: origin,
    worldOnFloor: world.onFloor,
    worldTiltDeg: world.tiltDeg,
    unplaced,
    warnings,
  };
}

/** Largest tilt from level, degrees, for the board to count as lying on the floor. */
const FLAT_DEG = 15;

/**
 * The up direction suggested by the cameras (reference frame), or null: cameras are mounted
 * without roll, so their image rows (camera x axes) are level and up is the direction most
 * perpendicular to all of them (smallest eigenvector of Σ x xᵀ), signed like their image-up axes.
 * With cameras whose x axes are nearly parallel, the mean image-up axis is used instead.
 * `camRots` are reference → camera rotations (row-major).
 */
export function upFromCameras(camRots: Float64Array[]): [number, number, number] | null {
  if (camRots.length === 0) return null;
  const M = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  const yUp = [0, 0, 0];
  for (const R of camRots) {
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) M[i * 3 + j] += R[i] * R[j];
      yUp[i] -= R[3 + i];
    }
  }
  const { vectors, values } = symmetricEigen3(M);
  let u: number[];
  // values ascending; a well-defined smallest direction needs a gap to the next one.
  // (two level x axes 20° apart give a gap of 1 − cos 20° ≈ 0.06)
  if (values[1] - values[0] > 0.05) u = vectors[0];
  else u = yUp;
  const dot = u[0] * yUp[0] + u[1] * yUp[1] + u[2] * yUp[2];
  const n = Math.hypot(u[0], u[1], u[2]);
  if (!(n > 0) || Math.abs(dot) < 0.3 * camRots.length * n) return null; // cameras do not agree on an up
  const s = dot > 0 ? 1 / n : -1 / n;
  return [u[0] * s, u[1] * s, u[2] * s];
}

/** Eigen-decomposition of a symmetric 3×3 matrix by Jacobi rotations; values ascending. */
function symmetricEigen3(m: number[]): { values: number[]; vectors: number[][] } {
  const a = m.slice();
  const v = [1, 0, 0, 0, 1, 0, 0, 0, 1];
  for (let sweep = 0; sweep < 50; sweep++) {
    const off = a[1] ** 2 + a[2] ** 2 + a[5] ** 2;
    if (off < 1e-30) break;
    for (const [p, q] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ]) {
      const apq = a[p * 3 + q];
      if (Math.abs(apq) < 1e-300) continue;
      const theta = (a[q * 3 + q] - a[p * 3 + p]) / (2 * apq);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1);
      const s = t * c;
      for (let k = 0; k < 3; k++) {
        const akp = a[k * 3 + p];
        const akq = a[k * 3 + q];
        a[k * 3 + p] = c * akp - s * akq;
        a[k * 3 + q] = s * akp + c * akq;
      }
      for (let k = 0; k < 3; k++) {
        const apk = a[p * 3 + k];
        const aqk = a[q * 3 + k];
        a[p * 3 + k] = c * apk - s * aqk;
        a[q * 3 + k] = s * apk + c * aqk;
      }
      for (let k = 0; k < 3; k++) {
        const vkp = v[k * 3 + p];
        const vkq = v[k * 3 + q];
        v[k * 3 + p] = c * vkp - s * vkq;
        v[k * 3 + q] = s * vkp + c * vkq;
      }
    }
  }
  const order = [0, 1, 2].sort((i, j) => a[i * 4] - a[j * 4]);
  return { values: order.map((i) => a[i * 4]), vectors: order.map((i) => [v[i], v[3 + i], v[6 + i]]) };
}

/**
 * Picks the board pose that defines the world frame: `forced` when ≥ 0; else, among the poses
 * lying level (face normal within 15° of the cameras' up), the lowest (within 3 cm), seen by the
 * most cameras, earliest; else the earliest pose seen by the most cameras.
 * `boardPoses` are board → reference; `camRots` reference → camera.
 */
export function chooseWorldFrame(
  camRots: Float64Array[],
  boardPoses: Pose[],
  seenBy: number[],
  forced = -1,
): { block: number; onFloor: boolean; tiltDeg: number } {
  const up = upFromCameras(camRots);
  const tilt = (b: number): number => {
    if (!up) return NaN;
    const R = boardPoses[b].R;
    // Board face normal (world Z = −board z) in the reference frame: −(third column of R).
    const nz = [-R[2], -R[5], -R[8]];
    return (Math.acos(Math.max(-1, Math.min(1, nz[0] * up[0] + nz[1] * up[1] + nz[2] * up[2]))) * 180) / Math.PI;
  };
  if (forced >= 0) {
    const t = tilt(forced);
    return { block: forced, onFloor: t <= FLAT_DEG, tiltDeg: t };
  }
  const tilts = boardPoses.map((_, b) => tilt(b));
  const flat = boardPoses.map((_, b) => b).filter((b) => tilts[b] <= FLAT_DEG);
  const pick = (cands: number[]): number => cands.reduce((best, b) => (seenBy[b] > seenBy[best] ? b : best), cands[0]);
  if (flat.length && up) {
    const height = (b: number): number => boardPoses[b].t[0] * up[0] + boardPoses[b].t[1] * up[1] + boardPoses[b].t[2] * up[2];
    const low = Math.min(...flat.map(height));
    const b = pick(flat.filter((k) => height(k) <= low + 0.03));
    return { block: b, onFloor: true, tiltDeg: tilts[b] };
  }
  const b = pick(boardPoses.map((_, k) => k));
  const finite = tilts.filter(Number.isFinite);
  return { block: b, onFloor: false, tiltDeg: finite.length ? Math.min(...finite) : NaN };
}
