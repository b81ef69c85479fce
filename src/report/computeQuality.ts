// Quality figures of a capture: per camera, per joint, per bone, overall, and a verdict a person
// can act on. Pure: typed arrays in, plain JSON-able objects out.
import { getLayout } from '../core/layouts.ts';
import { FrameWindow } from '../core/frameWindow.ts';
import type { CameraRig, Points3D, Pose2DInput } from '../core/types.ts';
import type { Warning } from '../core/errors.ts';
import { prepareCamera, projectPoints } from '../camera/project.ts';
import { imageSizeRelation } from '../camera/imageSize.ts';
import { median, quantile, quantileOfSorted, sortedFinite } from '../core/stats.ts';

export { quantile };

/** Frames of 3D points projected at a time by computeQuality. */
const PROJECT_CHUNK_FRAMES = 1000;

export interface Gap {
  joint: string;
  startFrame: number;
  frames: number;
}

export interface QualityInput {
  /** Cameras in rig order; sequences[i] belongs to rig.cameras[i]. */
  rig: CameraRig;
  /** Held whole or read by frame ranges (read a chunk at a time). */
  sequences: Pose2DInput[];
  /** Triangulated points (before filtering). */
  raw: Points3D;
  /** Filtered points (what the exports hold). */
  filtered: Points3D;
  gaps: Gap[];
  warnings: Warning[];
  /** Score below which a 2D keypoint counts as not detected. */
  minScore: number;
}

export interface CameraQuality {
  name: string;
  /** Fraction of frames in which the camera saw the subject (≥ half its joints detected confidently near where the 3D points project). */
  detectionRate: number;
  /** Fraction of triangulated joint positions this camera contributed to. */
  usedRate: number;
  /** Median / 90th percentile distance between the 3D point projected into this camera and its 2D detection, px. */
  reprojectionErrorPx: number;
  reprojectionErrorP90Px: number;
  /** The subject's size in this camera's image (longer side of the projected body's bounding box, median over frames), px. */
  subjectSizePx: number;
  /** Share of this camera's confident detections of the subject that triangulation excluded as inconsistent. */
  rejectedRate: number;
}

export interface JointQuality {
  name: string;
  /** Mean 2D score of the detections used for this joint. */
  meanConfidence: number;
  /** Frames with no 3D position after triangulation (before filling). */
  missingFramesRaw: number;
  /** Frames with no 3D position in the final (filtered) output. */
  gapFrames: number;
  reprojectionErrorPx: number;
  /** Mean number of cameras used. */
  meanCameras: number;
}

export interface BoneQuality {
  name: string;
  meanLengthM: number;
  sdLengthM: number;
  /** Coefficient of variation sd/mean; a real bone does not stretch, so small is good. */
  cv: number;
  frames: number;
  /** A limb or trunk bone (both ends among hips, knees, ankles, shoulders, elbows, wrists, neck): the set the overall figure and the verdict use. */
  limbOrTrunk: boolean;
}

export type VerdictLevel = 'good' | 'fair' | 'poor';

/** One thing the verdict looked at: `ok` false when it lowered the verdict or needs a look. */
export interface VerdictCheck {
  ok: boolean;
  text: string;
}

export interface Verdict {
  level: VerdictLevel;
  headline: string;
  /** The checks, problems first, each marked: "✗ …" lowered the verdict (or needs a look), "✓ …" is fine. */
  reasons: string[];
  /** The same checks as data, problems first. */
  checks: VerdictCheck[];
  /** The camera that hurts the capture most, if one stands out. */
  worstCamera?: { name: string; why: string };
}

export interface Quality {
  frames: number;
  fps: number;
  durationS: number;
  layout: string;
  cameras: CameraQuality[];
  joints: JointQuality[];
  bones: BoneQuality[];
  overall: {
    medianReprojectionErrorPx: number;
    /** Fraction of frame × joint positions present in the final output. */
    completeness: number;
    gaps: number;
    gapFrames: number;
    /** Median CV over the limb and trunk bones (see BoneQuality.limbOrTrunk); face, hand and toe bones are dominated by pixel noise. */
    medianBoneCv: number;
    /** Median CV over every bone of the layout. */
    medianBoneCvAll: number;
    maxBoneCv: number;
    /** The median reprojection error as a share of the subject's size in the image (median over cameras). */
    reprojectionErrorOfSubject: number;
    /** Body height estimate from the filtered points (vertical extent, median over frames), m. */
    heightM: number;
  };
  verdict: Verdict;
  warnings: Warning[];
}

/** Median reprojection error as a share of the subject's size in the image: at most this is good … */
export const REL_ERROR_GOOD = 0.025;
/** … and above this is poor (between: fair). */
export const REL_ERROR_FAIR = 0.06;

/** Bones at least this long (m) count for the overall stability figure when a layout has no limb/trunk bones by name. */
export const LONG_BONE_M = 0.12;

/** Joints whose bones a user can act on (limbs and trunk): not the face, hands or toes. */
const LIMB_TRUNK_JOINTS = new Set([
  'Hip',
  'MidHip',
  'Neck',
  'LHip',
  'RHip',
  'LKnee',
  'RKnee',
  'LAnkle',
  'RAnkle',
  'LShoulder',
  'RShoulder',
  'LElbow',
  'RElbow',
  'LWrist',
  'RWrist',
]);

/** A limb or trunk bone: both ends are body joints (LShoulder–Nose is not; LHip–LKnee is). */
export const isLimbOrTrunkBone = (a: string, b: string): boolean => LIMB_TRUNK_JOINTS.has(a) && LIMB_TRUNK_JOINTS.has(b);

/** The bones the overall stability figure and the verdict judge: limb/trunk bones, else (a layout without them) the long ones. */
export function judgedBones(bones: BoneQuality[]): BoneQuality[] {
  const named = bones.filter((b) => b.limbOrTrunk);
  return named.length ? named : bones.filter((b) => b.meanLengthM >= LONG_BONE_M);
}

/** Bone lengths per frame (NaN when an end is missing). */
export function boneLengths(points: Points3D, a: number, b: number): Float64Array {
  const out = new Float64Array(points.frames);
  for (let f = 0; f < points.frames; f++) {
    const ia = (f * points.joints + a) * 3;
    const ib = (f * points.joints + b) * 3;
    const dx = points.data[ia] - points.data[ib];
    const dy = points.data[ia + 1] - points.data[ib + 1];
    const dz = points.data[ia + 2] - points.data[ib + 2];
    out[f] = Math.sqrt(dx * dx + dy * dy + dz * dz);
  }
  return out;
}

/** Coefficient of variation of each bone's length over the frames where both ends exist. */
export function boneStability(points: Points3D): BoneQuality[] {
  const layout = getLayout(points.layout);
  return layout.boneIndices.map(([a, b]) => {
    const len = Array.from(boneLengths(points, a, b)).filter(Number.isFinite);
    const mean = len.reduce((s, x) => s + x, 0) / (len.length || 1);
    const sd = Math.sqrt(len.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, len.length - 1));
    return {
      name: `${layout.keypoints[a]}–${layout.keypoints[b]}`,
      meanLengthM: len.length ? mean : NaN,
      sdLengthM: len.length > 1 ? sd : NaN,
      cv: len.length > 1 && mean > 0 ? sd / mean : NaN,
      frames: len.length,
      limbOrTrunk: isLimbOrTrunkBone(layout.keypoints[a], layout.keypoints[b]),
    };
  });
}

/**
 * Factors from a camera's 2D keypoint pixels to its calibration pixels along x and y, exactly as
 * triangulation applies them (camera/imageSize.ts): the calibration's size over the video's when the
 * video is a uniformly scaled copy or an encoder's resize (1088 → 1080), else 1.
 */
export function imageScale(
  seq: { imageWidth: number; imageHeight: number },
  cam: { width: number; height: number },
): { sx: number; sy: number } {
  if (!(seq.imageWidth > 0 && seq.imageHeight > 0 && cam.width > 0 && cam.height > 0)) return { sx: 1, sy: 1 };
  const { relation, sx, sy } = imageSizeRelation(cam, seq.imageWidth, seq.imageHeight);
  return relation === 'scaled' || relation === 'stretched' ? { sx: 1 / sx, sy: 1 / sy } : { sx: 1, sy: 1 };
}

export function computeQuality(input: QualityInput): Quality {
  const { rig, sequences, raw, filtered, minScore } = input;
  const layout = getLayout(raw.layout);
  const F = raw.frames;
  const J = raw.joints;
  const nCam = rig.cameras.length;

  // Per camera: project every triangulated point, match it to the nearest detection of that joint.
  // Kept bounded for long captures: one camera's errors at a time, running sums of the scores.
  const camErrMedian = new Array<number>(nCam).fill(NaN),
    camErrP90 = new Array<number>(nCam).fill(NaN);
  const camUsed = new Array<number>(nCam).fill(0);
  const camRejected = new Array<number>(nCam).fill(0);
  const camSeen = new Array<number>(nCam).fill(0);
  const jointScoreSum = new Array<number>(J).fill(0),
    jointScoreCount = new Array<number>(J).fill(0);
  const jointCams = new Array<number>(J).fill(0);
  let valid = 0;
  const seqJ = sequences.map((s) => Math.min(s.joints, J));
  const camSubjectPx = new Array<number>(nCam).fill(NaN);
  // One camera's distances to its detections at a time (reused).
  const errBuf = new Float64Array(F * J);
  for (let c = 0; c < nCam; c++) {
    const seq = sequences[c];
    const cam = rig.cameras[c];
    // The points projected into this camera, a chunk of frames at a time (bounded memory for long captures).
    const pc = prepareCamera(cam);
    let proj: Float64Array = new Float64Array(0),
      projFirst = -1;
    /** Index in proj of frame f's first point. */
    const projectedAt = (f: number): number => {
      const first = f - (f % PROJECT_CHUNK_FRAMES);
      if (first !== projFirst) {
        proj = projectPoints(pc, raw.data.subarray(first * J * 3, Math.min(F, first + PROJECT_CHUNK_FRAMES) * J * 3));
        projFirst = first;
      }
      return (f - first) * J * 2;
    };
    // How large the subject appears in this camera: pixels mean less on a person filling the frame.
    const sizes: number[] = [];
    for (let f = 0; f < F; f++) {
      const at = projectedAt(f);
      let x0 = Infinity,
        x1 = -Infinity,
        y0 = Infinity,
        y1 = -Infinity,
        n = 0;
      for (let j = 0; j < J; j++) {
        const x = proj[at + j * 2],
          y = proj[at + j * 2 + 1];
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
        n++;
      }
      if (n >= Math.max(2, J / 2)) sizes.push(Math.max(x1 - x0, y1 - y0));
    }
    camSubjectPx[c] = median(sizes);
    // 2D keypoints of a scaled or encoder-resized copy of the video are compared in calibration pixels, as triangulation uses them.
    const toCalib = imageScale(seq, cam);
    // A detection within this distance of the projected subject counts as "the subject"; used to find
    // observations that triangulation rejected. Scaled with the image.
    const nearPx = 0.05 * Math.max(cam.width || seq.imageWidth * toCalib.sx, cam.height || seq.imageHeight * toCalib.sy);
    let framesSeen = 0;
    let nErr = 0;
    // This camera's 2D, a chunk of frames at a time when it is read by frame ranges.
    const window = new FrameWindow([seq]);
    for (let f = 0; f < F; f++) {
      const sf = Math.min(f, seq.frames - 1);
      if (sf >= 0) window.ensure(sf);
      const d2 = window.data[0];
      const at = projectedAt(f);
      let subjectJoints = 0;
      let projected = 0;
      for (let j = 0; j < seqJ[c]; j++) {
        const k = f * J + j;
        const px = proj[at + j * 2];
        const py = proj[at + j * 2 + 1];
        if (!Number.isFinite(px)) continue;
        projected++;
        let best = Infinity;
        let bestScore = NaN;
        for (let p = 0; p < seq.persons; p++) {
          const o = window.offset(sf, seq.persons, p, seq.joints, j);
          const d = Math.hypot(d2[o] * toCalib.sx - px, d2[o + 1] * toCalib.sy - py);
          if (d < best) {
            best = d;
            bestScore = d2[o + 2];
          }
        }
        const used = (raw.cameraMask[k] >>> c) & 1;
        if (used) {
          camUsed[c]++;
          if (Number.isFinite(best)) errBuf[nErr++] = best;
          if (Number.isFinite(bestScore)) {
            jointScoreSum[j] += bestScore;
            jointScoreCount[j]++;
          }
        } else if (best < nearPx && bestScore >= minScore) camRejected[c]++;
        if (best < nearPx && bestScore >= minScore) subjectJoints++;
      }
      // The camera saw the subject when at least half the subject's joints have a confident detection nearby.
      if (f < seq.frames && projected > 0 && subjectJoints >= projected / 2) framesSeen++;
    }
    camSeen[c] = framesSeen;
    const errs = errBuf.subarray(0, nErr).sort();
    camErrMedian[c] = quantileOfSorted(errs, 0.5);
    camErrP90[c] = quantileOfSorted(errs, 0.9);
  }
  for (let k = 0; k < F * J; k++) {
    if (Number.isFinite(raw.data[k * 3])) valid++;
    let m = raw.cameraMask[k];
    let n = 0;
    while (m) {
      n += m & 1;
      m >>>= 1;
    }
    jointCams[k % J] += n;
  }
  const cameras: CameraQuality[] = rig.cameras.map((cam, c) => ({
    name: sequences[c]?.camera ?? cam.name,
    detectionRate: F ? camSeen[c] / F : 0,
    usedRate: valid ? camUsed[c] / valid : 0,
    reprojectionErrorPx: camErrMedian[c],
    reprojectionErrorP90Px: camErrP90[c],
    subjectSizePx: camSubjectPx[c],
    rejectedRate: camUsed[c] + camRejected[c] ? camRejected[c] / (camUsed[c] + camRejected[c]) : 0,
  }));

  const joints: JointQuality[] = layout.keypoints.slice(0, J).map((name, j) => {
    let missRaw = 0;
    let missFinal = 0;
    const errs: number[] = [];
    let present = 0;
    for (let f = 0; f < F; f++) {
      const k = f * J + j;
      if (!Number.isFinite(raw.data[k * 3])) missRaw++;
      else {
        present++;
        errs.push(raw.reprojectionErrorPx[k]);
      }
      if (f < filtered.frames && !Number.isFinite(filtered.data[(f * filtered.joints + j) * 3])) missFinal++;
    }
    return {
      name,
      meanConfidence: jointScoreCount[j] ? jointScoreSum[j] / jointScoreCount[j] : NaN,
      missingFramesRaw: missRaw,
      gapFrames: missFinal,
      reprojectionErrorPx: median(errs),
      meanCameras: present ? jointCams[j] / present : 0,
    };
  });

  const bones = boneStability(filtered);
  const medianErr = quantileOfSorted(sortedFinite(raw.reprojectionErrorPx, errBuf), 0.5);
  let presentFinal = 0;
  for (let k = 0; k < filtered.frames * filtered.joints; k++) if (Number.isFinite(filtered.data[k * 3])) presentFinal++;
  const heights: number[] = [];
  for (let f = 0; f < filtered.frames; f++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let j = 0; j < filtered.joints; j++) {
      const z = filtered.data[(f * filtered.joints + j) * 3 + 2];
      if (Number.isFinite(z)) {
        lo = Math.min(lo, z);
        hi = Math.max(hi, z);
      }
    }
    if (hi > lo) heights.push(hi - lo);
  }
  const cvs = bones.map((b) => b.cv).filter(Number.isFinite);
  const longCvs = judgedBones(bones)
    .map((b) => b.cv)
    .filter(Number.isFinite);
  const overall = {
    medianReprojectionErrorPx: medianErr,
    completeness: filtered.frames * filtered.joints ? presentFinal / (filtered.frames * filtered.joints) : 0,
    gaps: input.gaps.length,
    gapFrames: input.gaps.reduce((s, g) => s + g.frames, 0),
    medianBoneCv: longCvs.length ? median(longCvs) : median(cvs),
    medianBoneCvAll: median(cvs),
    maxBoneCv: cvs.length ? Math.max(...cvs) : NaN,
    heightM: median(heights),
    reprojectionErrorOfSubject: medianErr / median(camSubjectPx),
  };
  const imageSizePx = Math.max(
    ...rig.cameras.map((c, i) => Math.max(c.width || sequences[i]?.imageWidth, c.height || sequences[i]?.imageHeight)),
  );
  return {
    frames: F,
    fps: raw.fps,
    durationS: raw.fps > 0 ? F / raw.fps : NaN,
    layout: raw.layout,
    cameras,
    joints,
    bones,
    overall,
    verdict: judge(cameras, bones, overall, imageSizePx, input.warnings),
    warnings: input.warnings,
  };
}

/** Warning codes that mean a camera was left out of the capture (see judge). */
const LEFT_OUT_WARNINGS = new Set(['camera-sees-nobody']);

const fmt = (x: number, d = 1): string => (Number.isFinite(x) ? x.toFixed(d) : '–');
const pct = (x: number): string => (Number.isFinite(x) ? `${Math.round(x * 100)} %` : '–');
/** A percentage with one decimal, for figures compared with a threshold (5.4 % must not read as "5 %; below 5 % is good"). */
const pct1 = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '–');

/**
 * The verdict: thresholds relative to the image size for pixels (a 10 px error means less in a
 * 4K image), absolute for bone stretch and completeness.
 */
export function judge(
  cameras: CameraQuality[],
  bones: BoneQuality[],
  overall: Quality['overall'],
  imageSizePx: number,
  warnings: Warning[] = [],
): Verdict {
  const checks: VerdictCheck[] = [];
  const bad = (text: string): void => void checks.push({ ok: false, text });
  const good = (text: string): void => void checks.push({ ok: true, text });
  // A camera left out of the capture (its video shows nobody) needs a look first, whatever the figures
  // of the cameras that remain say; it does not lower the verdict on them.
  const leftOut = warnings.filter((w) => LEFT_OUT_WARNINGS.has(w.code)).length;
  for (const w of warnings) if (LEFT_OUT_WARNINGS.has(w.code)) bad(w.message);
  let level: VerdictLevel = 'good';
  const worse = (l: VerdictLevel): void => {
    if (l === 'poor' || (l === 'fair' && level === 'good')) level = l;
  };
  // Cameras the sync could not place: their frames may be off in time, whatever the figures say.
  for (const w of warnings)
    if (w.code === 'sync-low-confidence') {
      worse('fair');
      bad(w.message);
    }
  const goodPx = 0.005 * imageSizePx;
  const fairPx = 0.012 * imageSizePx;
  const e = overall.medianReprojectionErrorPx;
  // Judged against the subject's size in the image when known (a keypoint detector's error grows with
  // the person's size in pixels), else against the image size.
  const rel = overall.reprojectionErrorOfSubject;
  if (!Number.isFinite(e)) {
    worse('poor');
    bad('nothing could be triangulated');
  } else if (Number.isFinite(rel) && rel > 0) {
    const what = `median reprojection error ${fmt(e)} px = ${pct1(rel)} of the subject's size in the image`;
    if (rel > REL_ERROR_FAIR) {
      worse('poor');
      bad(`${what} is high (above ${pct1(REL_ERROR_FAIR)}): calibration or synchronisation may be off`);
    } else if (rel > REL_ERROR_GOOD) {
      worse('fair');
      bad(`${what} is moderate (good is below ${pct1(REL_ERROR_GOOD)})`);
    } else good(`${what} is low`);
  } else if (e > fairPx) {
    worse('poor');
    bad(
      `median reprojection error ${fmt(e)} px is high (above ${fmt(fairPx)} px for these images): calibration or synchronisation may be off`,
    );
  } else if (e > goodPx) {
    worse('fair');
    bad(`median reprojection error ${fmt(e)} px is moderate (good is below ${fmt(goodPx)} px for these images)`);
  } else good(`median reprojection error ${fmt(e)} px is low`);
  const cv = overall.medianBoneCv;
  if (Number.isFinite(cv)) {
    if (cv > 0.1) {
      worse('poor');
      bad(`limb and trunk bones stretch a lot (median length variation ${pct1(cv)}; a real body stays below ~5 %)`);
    } else if (cv > 0.05) {
      worse('fair');
      bad(`limb and trunk bones stretch somewhat (median length variation ${pct1(cv)}; below 5 % is good)`);
    } else good(`limb and trunk bone lengths are stable (median variation ${pct1(cv)})`);
    const worstBone = judgedBones(bones)
      .filter((b) => Number.isFinite(b.cv))
      .sort((a, b) => b.cv - a.cv)[0];
    if (worstBone && worstBone.cv > 0.1) bad(`least stable bone: ${worstBone.name} (${pct(worstBone.cv)})`);
  }
  // Pixels cannot tell millimetres from metres: a wrong calibration unit gives a tiny or huge body
  // with a perfect reprojection error. Adult limb and trunk bones are 0.2–0.5 m.
  const boneM = median(judgedBones(bones).map((b) => b.meanLengthM));
  if (Number.isFinite(boneM) && (boneM < 0.05 || boneM > 1.5)) {
    worse('poor');
    bad(
      `limb and trunk bones measure ${boneM < 0.05 ? `${fmt(boneM * 1000, 2)} mm` : `${fmt(boneM, 1)} m`} (median), a person's are 0.2–0.5 m: the calibration's units are probably wrong (check project.calibration_units in mocap.toml)`,
    );
  }
  const comp = overall.completeness;
  if (comp < 0.8) {
    worse('poor');
    bad(`${pct(1 - comp)} of joint positions are missing`);
  } else if (comp < 0.97) {
    worse('fair');
    bad(`${pct(1 - comp)} of joint positions are missing (${overall.gaps} gaps)`);
  } else good(`${pct(comp)} of joint positions are present`);

  // The camera that hurts most: clearly larger error than the others, or rarely usable.
  let worstCamera: Verdict['worstCamera'];
  // With no triangulated point every camera is at 0 %: no camera stands out.
  if (cameras.length >= 3 && Number.isFinite(e) && cameras.some((c) => c.usedRate > 0)) {
    const scored = cameras.map((c, i) => {
      const others = cameras.filter((_, k) => k !== i);
      const errOthers = median(others.map((o) => o.reprojectionErrorPx));
      const usedOthers = median(others.map((o) => o.usedRate));
      const errRatio = c.reprojectionErrorPx / Math.max(errOthers, 0.5);
      const usedRatio = c.usedRate / Math.max(usedOthers, 1e-6);
      return { c, errOthers, usedOthers, errRatio, usedRatio, badness: Math.max(errRatio, usedRatio > 0 ? 1 / usedRatio : 10) };
    });
    const w = scored.sort((a, b) => b.badness - a.badness)[0];
    if (w && w.errRatio > 1.6 && w.c.reprojectionErrorPx > goodPx) {
      worstCamera = {
        name: w.c.name,
        why: `its reprojection error is ${fmt(w.c.reprojectionErrorPx)} px against ${fmt(w.errOthers)} px for the other cameras`,
      };
    } else if (w && w.usedRatio < 0.6) {
      worstCamera = {
        name: w.c.name,
        why: `it contributes to only ${pct(w.c.usedRate)} of the points against ${pct(w.usedOthers)} for the other cameras (occlusion, framing or wrong detections)`,
      };
    }
    if (worstCamera) {
      bad(`${worstCamera.name} hurts this capture: ${worstCamera.why}`);
      worse('fair');
    }
  }
  const headline = !Number.isFinite(e)
    ? 'Nothing was captured: no joint could be triangulated in any frame.'
    : level === 'good'
      ? leftOut
        ? `Trust this capture from the cameras used: they agree and the body keeps its shape; ${leftOut === 1 ? '1 camera was' : `${leftOut} cameras were`} left out (see below).`
        : 'Trust this capture: the cameras agree and the body keeps its shape.'
      : level === 'fair'
        ? `Usable with care${worstCamera ? ` — check ${worstCamera.name}` : ''}: see the reasons below.`
        : `Do not trust this capture as it is${worstCamera ? ` — start with ${worstCamera.name}` : ''}: see the reasons below.`;
  // What lowered the verdict first, then what is fine; each marked so a positive never reads as a reason.
  const sorted = [...checks.filter((c) => !c.ok), ...checks.filter((c) => c.ok)];
  const reasons = sorted.map((c) => `${c.ok ? '✓' : '✗'} ${c.text}`);
  return { level, headline, reasons, checks: sorted, worstCamera };
}
