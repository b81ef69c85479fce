// The triangulation stage: 2D keypoints of several calibrated cameras → one person's 3D keypoints.
// Picks the subject among the people detected (selectSubject), triangulates every keypoint with a
// confidence-weighted DLT that excludes disagreeing cameras (solvePoint), corrects views whose
// detector swapped left and right, and fills short gaps (fillGaps). Pure: no I/O, no clock.

import type { CameraRig, Points3D, Pose2DInput } from '../core/types.ts';
import { FrameWindow } from '../core/frameWindow.ts';
import type { Warning } from '../core/errors.ts';
import { UserError } from '../core/errors.ts';
import { canonicalLayoutName, getLayout, layoutNames } from '../core/layouts.ts';
import { prepareCamera, projectPoint, undistortPoint, type PreparedCamera } from '../camera/project.ts';
import { triangulateSettingsSchema, type TriangulateSettings } from './triangulateSettings.ts';
import { createSolverWorkspace, solvePoint, type SolveOptions } from './solvePoint.ts';
import { fillGaps } from './fillGaps.ts';
import { selectSubject } from './selectSubject.ts';
import { createHandednessCheck } from './handedness.ts';
import { subjectSizePx } from './subjectSize.ts';
import { imageSizeRelation, toResizedPixel } from '../camera/imageSize.ts';
import { upperMedian } from '../core/stats.ts';

export { triangulateSettingsSchema, type TriangulateSettings } from './triangulateSettings.ts';

/** Frames sampled by the pilot that estimates each camera's detector noise. */
const PILOT_FRAMES = 200;
/** Outlier threshold ≥ this × a camera's median residual (relative to the subject's size). */
const NOISE_MULTIPLE = 4;

/** The subject's 3D keypoints from `triangulate`, with the gaps left and the warnings met. */
export interface TriangulationResult {
  /** The subject's 3D keypoints; reprojection error NaN and camera mask 0 where a gap was filled. */
  points: Points3D;
  /** Runs of frames that stay missing per joint (longer than max_gap_frames, or at either end). */
  gaps: { joint: string; startFrame: number; frames: number }[];
  warnings: Warning[];
  /** Per camera, the detector track ids of the person slots used as the subject. */
  subject: { camera: string; trackIdsUsed: number[] }[];
  /** Counts for summaries. */
  stats: {
    /** Views (camera × frame) whose left/right labels were swapped back. */
    swappedViews: number;
    /** Camera observations (score ≥ min_score) that were excluded as disagreeing. */
    excludedObservations: number;
    /** Camera observations used. */
    usedObservations: number;
    /** Points filled by interpolation. */
    filledPoints: number;
  };
}

/** Builds the projection matrices [R | t] (normalised coordinates) and focal lengths of a rig. */
export function rigProjection(prepared: PreparedCamera[]): { P: Float64Array; focalPx: Float64Array } {
  const C = prepared.length;
  const P = new Float64Array(C * 12);
  const focalPx = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    const { R, t, fx, fy } = prepared[c];
    for (let r = 0; r < 3; r++) {
      P[c * 12 + r * 4] = R[r * 3];
      P[c * 12 + r * 4 + 1] = R[r * 3 + 1];
      P[c * 12 + r * 4 + 2] = R[r * 3 + 2];
      P[c * 12 + r * 4 + 3] = t[r];
    }
    focalPx[c] = (fx + fy) / 2;
  }
  return { P, focalPx };
}

function checkInputs(sequences: Pose2DInput[], rig: CameraRig): void {
  if (sequences.length !== rig.cameras.length) {
    throw new UserError(
      `triangulation got 2D keypoints for ${sequences.length} camera(s) (${sequences.map((s) => s.camera).join(', ')}) but the calibration has ${rig.cameras.length} (${rig.cameras.map((c) => c.name).join(', ')}); give one 2D sequence per calibrated camera`,
    );
  }
  if (rig.cameras.length > 32)
    throw new UserError(
      `triangulation supports at most 32 cameras, the calibration has ${rig.cameras.length}; remove cameras from the calibration`,
    );
  const first = sequences[0];
  if (!first) throw new UserError('triangulation got no cameras; add 2D keypoints for at least 2 calibrated cameras');
  for (const s of sequences) {
    // A sequence at odds with its own layout is that camera's problem alone: do not compare it with itself.
    const own = canonicalLayoutName(s.layout);
    if (!own)
      throw new UserError(
        `2D keypoints of camera ${s.camera} use an unknown layout "${s.layout}"; known: ${layoutNames().join(', ')} — detect the camera again`,
      );
    if (s.joints !== getLayout(own).keypoints.length)
      throw new UserError(
        `2D keypoints of camera ${s.camera} hold ${s.joints} joints per person but their layout ${s.layout} has ${getLayout(own).keypoints.length}; detect the camera again`,
      );
  }
  const layout = getLayout(first.layout);
  for (const s of sequences) {
    if (getLayout(s.layout).name !== layout.name || s.joints !== layout.keypoints.length) {
      throw new UserError(
        `2D keypoints of camera ${s.camera} use layout ${s.layout} (${s.joints} joints) but camera ${first.camera} uses ${first.layout} (${first.joints}); detect all cameras with the same model`,
      );
    }
  }
}

/**
 * Per camera, the factors from 2D-keypoint pixels to calibration pixels along x and y
 * ([sx0, sy0, sx1, sy1, …]): 1 when the image sizes match; the calibration's size over the
 * video's when the video is a uniformly scaled copy (e.g. detected at half size) or was resized by
 * a few pixels along one axis (an encoder dropping its padding, see camera/imageSize.ts); otherwise
 * 1 with a warning, since a crop or a rotation cannot be undone here.
 */
export function imageScales(sequences: Pose2DInput[], rig: CameraRig, warnings: Warning[]): Float64Array {
  const scale = new Float64Array(2 * sequences.length).fill(1);
  sequences.forEach((q, c) => {
    const cam = rig.cameras[c];
    if (!(q.imageWidth > 0 && q.imageHeight > 0)) return;
    const { relation, sx, sy } = imageSizeRelation(cam, q.imageWidth, q.imageHeight);
    if (relation === 'same') return;
    if (relation !== 'mismatch') {
      scale[2 * c] = 1 / sx;
      scale[2 * c + 1] = 1 / sy;
      const by =
        relation === 'scaled'
          ? `scaled them by ${(2 / (sx + sy)).toFixed(4)}`
          : `took the video as the same picture resized (×${(1 / sx).toFixed(4)} across, ×${(1 / sy).toFixed(4)} down)`;
      warnings.push({
        code: 'image-size-scaled',
        message: `camera ${cam.name}: 2D keypoints are for ${q.imageWidth}×${q.imageHeight} images but the calibration is ${cam.width}×${cam.height}; ${by}`,
      });
    } else {
      warnings.push({
        code: 'image-size-mismatch',
        message: `camera ${cam.name}: 2D keypoints are for ${q.imageWidth}×${q.imageHeight} images but the calibration is ${cam.width}×${cam.height}; used as they are — check that the calibration belongs to these videos (rotation, crop)`,
      });
    }
  });
  return scale;
}

/** How `triangulate` reads its input (not settings of mocap.toml). */
export interface TriangulateOptions {
  /**
   * Frames of 2D read at a time from inputs given as PoseFrames2D (see FrameWindow); the result does
   * not depend on it.
   * @defaultValue 1000 (DEFAULT_CHUNK_FRAMES)
   */
  chunkFrames?: number;
  /**
   * [frame][camera] person slot to triangulate (−1 = none), e.g. one person of associatePeople;
   * when absent the subject is chosen by selectSubject.
   * @defaultValue the subject chosen by selectSubject
   */
  selection?: Int32Array;
}

/**
 * Triangulates the subject's keypoints. sequences[i] belongs to rig.cameras[i]; frames are matched
 * by index. Inputs may be held whole or read by frame ranges (PoseFrames2D): the 2D then passes
 * through in chunks of opts.chunkFrames frames, and memory does not grow with it. Missing data,
 * empty frames and NaNs give warnings, never exceptions; UserError only for inputs that cannot be
 * triangulated at all (camera count or layout mismatch).
 */
export function triangulate(
  sequences: Pose2DInput[],
  rig: CameraRig,
  settings: Partial<TriangulateSettings> = {},
  opts: TriangulateOptions = {},
): TriangulationResult {
  const s = triangulateSettingsSchema.parse(settings);
  checkInputs(sequences, rig);
  const warnings: Warning[] = [];
  const layout = getLayout(sequences[0].layout);
  const C = rig.cameras.length;
  const J = layout.keypoints.length;
  const frames = Math.max(...sequences.map((q) => q.frames));
  const fps = sequences[0].fps;

  if (sequences.some((q) => q.frames !== frames)) {
    warnings.push({
      code: 'frame-count-mismatch',
      message: `cameras have different frame counts (${sequences.map((q) => `${q.camera}: ${q.frames}`).join(', ')}); frames are matched by index and missing frames count as empty`,
    });
  }
  if (sequences.some((q) => Math.abs(q.fps - fps) > 1e-3 * fps)) {
    warnings.push({
      code: 'fps-mismatch',
      message: `cameras have different frame rates (${sequences.map((q) => `${q.camera}: ${q.fps}`).join(', ')}); using ${fps} fps`,
    });
  }
  if (C < s.min_cameras) {
    warnings.push({
      code: 'too-few-cameras',
      message: `only ${C} camera(s) but triangulation.min_cameras = ${s.min_cameras}; nothing can be triangulated`,
    });
  }

  const prepared = rig.cameras.map(prepareCamera);
  // Module functions held locally: the hot loops below call them millions of times, and a
  // transpiled module's exports may be reached through an accessor on every call.
  const undistort = undistortPoint,
    project = projectPoint,
    resized = toResizedPixel;
  const { P, focalPx } = rigProjection(prepared);
  const ws = createSolverWorkspace(P, focalPx);
  // Joints rarely move faster than 8 m/s: beyond that from the previous frame, a set of views is suspect.
  ws.priorGateM = Math.max(0.1, 8 / fps);
  // Per-camera outlier thresholds of the current frame: the pixel floor, or a fraction of the
  // subject's apparent size in that view when larger.
  const thrPx = new Float64Array(C).fill(s.max_reprojection_error_px);
  const solveOpts: SolveOptions = {
    minCameras: s.min_cameras,
    maxErrorPx: s.max_reprojection_error_px,
    maxErrorPxPerCamera: thrPx,
    robust: true,
  };

  const pixelScale = imageScales(sequences, rig, warnings);
  const window = new FrameWindow(sequences, opts.chunkFrames);
  const selection = opts.selection ?? selectSubject(sequences, rig, prepared, s, warnings, pixelScale, window);
  const sizePx = s.max_reprojection_error_ratio > 0 ? subjectSizePx(sequences, selection, frames, s.min_score, pixelScale, window) : null;

  // Per-frame observation buffers, joint-major: index j·C + c.
  const ox = new Float64Array(J * C),
    oy = new Float64Array(J * C),
    ow = new Float64Array(J * C);
  // The same observations in image pixels (calibration size), for the reported reprojection error.
  const pu = new Float64Array(J * C),
    pv = new Float64Array(J * C);
  const tmp = new Float64Array(2);
  const Xf = new Float64Array(J * 3);
  const masks = new Uint32Array(J);
  // Residual (px) of every observation against its joint's current point, index j·C + c (from solvePoint).
  const resJC = new Float64Array(J * C);
  const mirror = layout.mirror;
  const symmetric = mirror.map((m, j) => m !== j);

  const data = new Float64Array(frames * J * 3).fill(NaN);
  const errorPx = new Float32Array(frames * J).fill(NaN);
  const cameraMask = new Uint32Array(frames * J);
  const stats = { swappedViews: 0, excludedObservations: 0, usedObservations: 0, filledPoints: 0 };
  const swapsPerCamera = new Int32Array(C);
  const emptyCameras = new Int32Array(C);

  const prevXf = new Float64Array(J * 3).fill(NaN);
  const solveFrame = (only?: boolean[]): void => {
    for (let j = 0; j < J; j++) {
      if (only && !only[j]) continue;
      ws.prior[0] = prevXf[3 * j];
      ws.prior[1] = prevXf[3 * j + 1];
      ws.prior[2] = prevXf[3 * j + 2];
      const mask = solvePoint(ws, ox, oy, ow, j * C, 1, solveOpts);
      masks[j] = mask;
      if (mask) for (let c = 0; c < C; c++) resJC[j * C + c] = ws.residualPx[c];
      if (mask) {
        Xf[3 * j] = ws.X[0];
        Xf[3 * j + 1] = ws.X[1];
        Xf[3 * j + 2] = ws.X[2];
      } else {
        Xf[3 * j] = NaN;
        Xf[3 * j + 1] = NaN;
        Xf[3 * j + 2] = NaN;
      }
    }
  };

  /** Residual (px) of observation at index k (camera c) against the 3D point of joint jx. */
  const residual = (c: number, k: number, jx: number): number => {
    const o = c * 12,
      X0 = Xf[3 * jx],
      X1 = Xf[3 * jx + 1],
      X2 = Xf[3 * jx + 2];
    const zc = P[o + 8] * X0 + P[o + 9] * X1 + P[o + 10] * X2 + P[o + 11];
    if (!(zc > 1e-6)) return Infinity;
    const dx = (P[o] * X0 + P[o + 1] * X1 + P[o + 2] * X2 + P[o + 3]) / zc - ox[k];
    const dy = (P[o + 4] * X0 + P[o + 5] * X1 + P[o + 6] * X2 + P[o + 7]) / zc - oy[k];
    return Math.sqrt(dx * dx + dy * dy) * focalPx[c];
  };

  /** How badly the cameras disagree with the frame's 3D on symmetric keypoints (capped residuals, px). */
  const agreementCost = (): number => {
    let cost = 0;
    for (let j = 0; j < J; j++) {
      if (!symmetric[j]) continue;
      for (let c = 0; c < C; c++) {
        const k = j * C + c;
        if (!(ow[k] > 0)) continue;
        // Capped, relative to the camera's threshold (its noise scale).
        cost += masks[j] ? Math.min(resJC[k] / thrPx[c], 3) : 3;
      }
    }
    return cost;
  };

  const swapView = (c: number): void => {
    for (let j = 0; j < J; j++) {
      const m = mirror[j];
      if (m <= j) continue;
      const a = j * C + c,
        b = m * C + c;
      let t = ox[a];
      ox[a] = ox[b];
      ox[b] = t;
      t = oy[a];
      oy[a] = oy[b];
      oy[b] = t;
      t = ow[a];
      ow[a] = ow[b];
      ow[b] = t;
      t = pu[a];
      pu[a] = pu[b];
      pu[b] = t;
      t = pv[a];
      pv[a] = pv[b];
      pv[b] = t;
    }
  };

  const handedness = s.fix_left_right_swaps ? createHandednessCheck(layout, ws, ox, oy, ow, solveOpts) : null;
  /** Per camera, the symmetric keypoints it sees and those of them its view was excluded from (see countExclusions). */
  const seenSym = new Int32Array(C),
    excludedSym = new Int32Array(C);
  const countExclusions = (): void => {
    seenSym.fill(0);
    excludedSym.fill(0);
    for (let j = 0; j < J; j++) {
      if (!symmetric[j]) continue;
      const m = masks[j];
      for (let c = 0; c < C; c++) {
        if (!(ow[j * C + c] > 0)) continue;
        seenSym[c]++;
        if (m && !(m & (1 << c))) excludedSym[c]++;
      }
    }
  };
  /**
   * A view a left/right swap may explain: excluded from at least 3 and a quarter of the symmetric
   * keypoints it sees (a swapped view's pairs disagree with the other views, except the few close
   * pairs such as the eyes; 10 % wrong single keypoints reach a quarter in few views).
   */
  const suspectView = (c: number): boolean => excludedSym[c] >= 3 && 4 * excludedSym[c] >= seenSym[c];
  /**
   * Whether the frame's solution shows what a left/right-swapped view leaves: a suspect view, or at
   * least 3 symmetric keypoints seen by 2+ cameras left unsolved (with 2 cameras, one swapped, neither
   * outvotes the other). Call after countExclusions.
   */
  const frameLooksSwapped = (): boolean => {
    for (let c = 0; c < C; c++) if (suspectView(c)) return true;
    let unsolved = 0;
    for (let j = 0; j < J; j++) {
      if (!symmetric[j] || masks[j]) continue;
      let seen = 0;
      for (let c = 0; c < C; c++) if (ow[j * C + c] > 0) seen++;
      if (seen >= 2 && ++unsolved >= 3) return true;
    }
    return false;
  };
  const flagged = new Uint8Array(C);
  const savedX = new Float64Array(J * 3),
    savedMasks = new Uint32Array(J),
    savedRes = new Float64Array(J * C);

  // Effective ratio per camera (see pilot below).
  const ratioOf = new Float64Array(C).fill(s.max_reprojection_error_ratio);
  /** Loads frame f's observations into ox/oy/ow/pu/pv and sets each camera's threshold; true per camera seen in emptyOut. */
  const loadFrame = (f: number, countEmpty: boolean): void => {
    window.ensure(f);
    for (let c = 0; c < C; c++) {
      const seq = sequences[c];
      const slot = f < seq.frames ? selection[f * C + c] : -1;
      const pc = prepared[c];
      const d2 = window.data[c];
      const o0 = slot < 0 ? 0 : window.offset(f, seq.persons, slot, J, 0);
      const sx = pixelScale[2 * c],
        sy = pixelScale[2 * c + 1];
      let any = false;
      for (let j = 0; j < J; j++) {
        const k = j * C + c;
        ow[k] = 0;
        if (slot < 0) continue;
        const o = o0 + 3 * j;
        const u = resized(d2[o], sx),
          v = resized(d2[o + 1], sy),
          score = d2[o + 2];
        if (!(score >= s.min_score && score <= 1e3) || !Number.isFinite(u) || !Number.isFinite(v)) continue;
        undistort(pc, u, v, tmp, 0);
        if (!Number.isFinite(tmp[0]) || !Number.isFinite(tmp[1])) continue;
        ox[k] = tmp[0];
        oy[k] = tmp[1];
        ow[k] = Math.min(score, 1);
        pu[k] = u;
        pv[k] = v;
        any = true;
      }
      if (!any && countEmpty) emptyCameras[c]++;
      const size = sizePx ? sizePx[f * C + c] : NaN;
      thrPx[c] = !Number.isNaN(size) ? Math.max(s.max_reprojection_error_px, ratioOf[c] * size) : s.max_reprojection_error_px;
    }
  };

  // Pilot on up to ~PILOT_FRAMES frames: each camera's typical residual relative to the subject's
  // size. A precise detector needs no more than NOISE_MULTIPLE × that (then the pixel floor rules);
  // the ratio setting is the ceiling.
  if (sizePx && frames > 0) {
    const step = Math.max(1, Math.floor(frames / PILOT_FRAMES));
    const rel: number[][] = rig.cameras.map(() => []);
    for (let f = 0; f < frames; f += step) {
      loadFrame(f, false);
      for (let j = 0; j < J; j++) {
        ws.prior.fill(NaN);
        const mask = solvePoint(ws, ox, oy, ow, j * C, 1, solveOpts);
        for (let c = 0; c < C; c++) if (mask & (1 << c)) rel[c].push(ws.residualPx[c] / sizePx[f * C + c]);
      }
    }
    for (let c = 0; c < C; c++) {
      const r = rel[c].filter(Number.isFinite);
      if (r.length >= 20) ratioOf[c] = Math.min(s.max_reprojection_error_ratio, NOISE_MULTIPLE * upperMedian(r));
    }
  }

  for (let f = 0; f < frames; f++) {
    loadFrame(f, true);
    solveFrame();
    // The body-shape check (three more solves per frame) runs only where the cameras' disagreement
    // looks like a swapped view: nearly free when nothing is swapped.
    let anyFlagged = false;
    if (s.fix_left_right_swaps) countExclusions();
    if (handedness && frameLooksSwapped()) {
      for (let c = 0; c < C; c++) {
        flagged[c] = handedness.viewIsMirrored(c) ? 1 : 0;
        if (flagged[c]) anyFlagged = true;
      }
    }
    if (anyFlagged) {
      // Keep the flips only if the cameras then agree better (a wrong nose or hip can mislead the cue).
      const before = agreementCost();
      savedX.set(Xf);
      savedMasks.set(masks);
      savedRes.set(resJC);
      for (let c = 0; c < C; c++) if (flagged[c]) swapView(c);
      solveFrame(symmetric);
      if (agreementCost() < before) {
        for (let c = 0; c < C; c++) {
          if (flagged[c]) {
            stats.swappedViews++;
            swapsPerCamera[c]++;
          }
        }
      } else {
        for (let c = 0; c < C; c++) if (flagged[c]) swapView(c);
        Xf.set(savedX);
        masks.set(savedMasks);
        resJC.set(savedRes);
      }
      countExclusions();
    }

    if (s.fix_left_right_swaps) {
      let swappedAny = false;
      for (let c = 0; c < C; c++) {
        // Only views left out of several symmetric keypoints can be swapped.
        if (!suspectView(c)) continue;
        const cap = 3 * thrPx[c];
        let normal = 0,
          mirrored = 0,
          count = 0;
        for (let j = 0; j < J; j++) {
          if (!symmetric[j]) continue;
          const k = j * C + c;
          if (!(ow[k] > 0) || !masks[j] || !masks[mirror[j]]) continue;
          normal += Math.min(resJC[k], cap);
          mirrored += Math.min(residual(c, k, mirror[j]), cap);
          count++;
        }
        if (count >= 4 && mirrored < 0.5 * normal && normal / count > 0.5 * thrPx[c]) {
          swapView(c);
          swappedAny = true;
          stats.swappedViews++;
          swapsPerCamera[c]++;
        }
      }
      if (swappedAny) solveFrame(symmetric);
    }

    for (let j = 0; j < J; j++) {
      const mask = masks[j];
      // The prior is the previous frame only: a missing point clears it, so a wrong one cannot persist.
      prevXf[3 * j] = Xf[3 * j];
      prevXf[3 * j + 1] = Xf[3 * j + 1];
      prevXf[3 * j + 2] = Xf[3 * j + 2];
      let observed = 0;
      for (let c = 0; c < C; c++) if (ow[j * C + c] > 0) observed++;
      if (!mask) {
        stats.excludedObservations += observed;
        continue;
      }
      const X0 = Xf[3 * j],
        X1 = Xf[3 * j + 1],
        X2 = Xf[3 * j + 2];
      const o3 = (f * J + j) * 3;
      data[o3] = X0;
      data[o3 + 1] = X1;
      data[o3 + 2] = X2;
      // Mean reprojection error over the cameras used, in image pixels: the point projected
      // through each camera's full lens model against the detected keypoint (only for the
      // frame's final solution, not for trial solves of the left/right checks).
      let used = 0,
        sum = 0;
      for (let c = 0; c < C; c++) {
        if (mask & (1 << c)) {
          project(prepared[c], X0, X1, X2, tmp, 0);
          const k = j * C + c;
          sum += Math.sqrt((tmp[0] - pu[k]) ** 2 + (tmp[1] - pv[k]) ** 2);
          used++;
        }
      }
      errorPx[f * J + j] = sum / used;
      cameraMask[f * J + j] = mask;
      stats.usedObservations += used;
      stats.excludedObservations += observed - used;
    }
  }

  const filled = new Uint8Array(frames * J);
  const rawGaps = fillGaps(data, frames, J, s.max_gap_frames, s.interpolation, filled);
  for (let i = 0; i < filled.length; i++) if (filled[i]) stats.filledPoints++;
  const gaps = rawGaps.map((g) => ({ joint: layout.keypoints[g.joint], startFrame: g.startFrame, frames: g.frames }));

  for (let c = 0; c < C; c++) {
    if (emptyCameras[c] === frames && frames > 0) {
      warnings.push({
        code: 'camera-empty',
        message: `camera ${rig.cameras[c].name} has no usable 2D keypoints of the subject (score ≥ ${s.min_score}); it was not used`,
      });
    }
  }
  if (stats.swappedViews > 0) {
    const per = rig.cameras
      .map((cam, c) => (swapsPerCamera[c] ? `${cam.name}: ${swapsPerCamera[c]}` : ''))
      .filter(Boolean)
      .join(', ');
    warnings.push({ code: 'left-right-swapped', message: `left/right labels corrected in ${stats.swappedViews} view(s) (${per} frames)` });
  }
  const long = gaps;
  if (long.length > 0) {
    const missingPoints = long.reduce((a, g) => a + g.frames, 0);
    warnings.push({
      code: 'gaps',
      message: `${long.length} gap(s) left unfilled (${missingPoints} of ${frames * J} points missing; gaps longer than triangulation.max_gap_frames = ${s.max_gap_frames} or at the ends)`,
    });
  }
  if (frames === 0) warnings.push({ code: 'no-frames', message: 'the 2D keypoints contain no frames; nothing was triangulated' });

  const timestampsMs = new Float64Array(frames);
  const longest = sequences.find((q) => q.frames === frames);
  for (let f = 0; f < frames; f++) timestampsMs[f] = longest?.timestampsMs[f] ?? (f * 1000) / fps;

  const subject = rig.cameras.map((cam, c) => {
    const ids = new Set<number>();
    const seq = sequences[c];
    for (let f = 0; f < Math.min(frames, seq.frames); f++) {
      const slot = selection[f * C + c];
      if (slot >= 0) {
        const id = seq.trackIds[f * seq.persons + slot];
        if (id >= 0) ids.add(id);
      }
    }
    return { camera: cam.name, trackIdsUsed: [...ids].sort((a, b) => a - b) };
  });

  return {
    points: { layout: layout.name, fps, frames, joints: J, data, reprojectionErrorPx: errorPx, cameraMask, timestampsMs },
    gaps,
    warnings,
    subject,
    stats,
  };
}
