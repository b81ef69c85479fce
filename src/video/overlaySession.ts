// Node-only: draws each camera's detected 2D skeletons onto its video, so that a person can see
// what was detected. Reads <session>/videos/ and <session>/pose2d/, writes
// <session>/output/overlay/<camera>.mp4 (or <camera>/<camera>_<frame>.png).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, basename } from 'node:path';
import { UserError, type Warning } from '../core/errors.ts';
import { getLayout } from '../core/layouts.ts';
import type { Camera, Points3D, PoseSequence2D } from '../core/types.ts';
import { prepareCamera, projectPoints, type PreparedCamera } from '../camera/project.ts';
import { readCalibration } from '../io/calibration.ts';
import { decodePoints3dFile } from '../session/points3dFile.ts';
import { writeFileAtomic } from '../io/atomic.ts';
import { matchCameras, normaliseCameraName } from '../io/matchCameras.ts';
import { readPose2dFolder } from '../io/pose2d.ts';
import { decodeFrames } from './decode.ts';
import { drawPose, drawText, trackColor } from './draw.ts';
import { createVideoWriter, type VideoWriter } from './encode.ts';
import { findFfmpeg, type FfmpegTools } from './ffmpeg.ts';
import { encodePng } from './png.ts';
import { probeVideo } from './probe.ts';

export const VIDEO_EXTENSIONS = ['.mp4', '.mov', '.avi', '.mkv', '.webm', '.m4v', '.mpg', '.mpeg', '.mts', '.ts'];

export interface OverlayOptions {
  /** 'mp4' (one video per camera) or 'png' (one image per frame). Defaults to 'mp4'. */
  format?: 'mp4' | 'png';
  /** Only these cameras (names matched tolerantly: cam_01 = cam01). Defaults to all. */
  cameras?: string[];
  /** Scale factor of the output, in (0, 1]. Defaults to 1. */
  scale?: number;
  /** Keep every n-th frame. Defaults to 1 for mp4, 1 for png. */
  every?: number;
  /** Stop after this many video frames per camera. Defaults to all. */
  maxFrames?: number;
  /** Joints below this score are not drawn. Defaults to 0.2. */
  minScore?: number;
  /**
   * Also draw the triangulated 3D points (output/points3d.p3d, else output/points3d_raw.p3d) projected
   * into each camera with the session's calibration, as magenta rings and white bones. Defaults to true
   * (silently skipped when there are no 3D points yet).
   */
  reproject?: boolean;
  /** Output folder. Defaults to <session>/output/overlay. */
  outDir?: string;
  tools?: FfmpegTools;
}

export interface OverlayProgress {
  camera: string;
  /** 0-based position of this camera in the run, and the number of cameras. */
  cameraIndex: number;
  cameras: number;
  /** Video frames processed so far for this camera, and the expected total (if known). */
  frame: number;
  frames?: number;
  done?: boolean;
}

export interface OverlayCameraResult {
  camera: string;
  video: string;
  /** The .mp4 file, or the folder of PNGs. */
  output: string;
  /** Video frames decoded (with --every n, n times the frames written). */
  framesRead: number;
  /** Frames written. */
  frames: number;
  /** Written frames with at least one skeleton drawn. */
  framesWithPose: number;
  durationMs: number;
}

export interface OverlayResult {
  outDir: string;
  cameras: OverlayCameraResult[];
  /** Cameras that could not be drawn, with a one-line reason each. */
  failed: { camera: string; message: string }[];
  warnings: Warning[];
  /** The 3D points file drawn reprojected, if any. */
  points3dFile?: string;
}

/** Colour of reprojected 3D joints. */
export const REPROJECTED_COLOR = [255, 0, 255] as const;

interface Reprojection {
  file: string;
  points: Points3D;
  /** pose2d camera name → calibrated camera. */
  cameras: Map<string, { cam: Camera; prepared: PreparedCamera }>;
}

/** The session's 3D points and the calibrated camera of each pose2d camera, or undefined when there are none. */
function loadReprojection(sessionDir: string, seqCameras: string[], warnings: Warning[]): Reprojection | undefined {
  const file = ['points3d.p3d', 'points3d_raw.p3d'].map((f) => join(sessionDir, 'output', f)).find((f) => existsSync(f));
  if (!file) return undefined;
  let rig;
  try {
    rig = readCalibration(sessionDir).rig;
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    warnings.push({ code: 'overlay-no-calibration', message: `3D points not drawn: ${err.message}` });
    return undefined;
  }
  let points: Points3D;
  try {
    points = decodePoints3dFile(readFileSync(file), file).points;
  } catch (err) {
    warnings.push({ code: 'overlay-bad-points3d', message: `3D points not drawn: ${(err as Error).message}` });
    return undefined;
  }
  const cameras = new Map<string, { cam: Camera; prepared: PreparedCamera }>();
  const names = rig.cameras.map((c) => c.name);
  for (const camera of seqCameras) {
    try {
      const name = matchCameras([camera], names, 'calibrated cameras').get(camera)!;
      const cam = rig.cameras.find((c) => c.name === name)!;
      cameras.set(camera, { cam, prepared: prepareCamera(cam) });
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      warnings.push({ code: 'overlay-uncalibrated', message: `${camera}: 3D points not drawn (${err.message})` });
    }
  }
  return { file, points, cameras };
}

/** Draws frame `f` of the 3D points projected through `cam` (pixels scaled by sx, sy). Returns the joints drawn. */
export function drawReprojectedFrame(rgb: Uint8Array, width: number, height: number, points: Points3D, f: number, cam: Camera | PreparedCamera, sx: number, sy: number): number {
  if (f < 0 || f >= points.frames) return 0;
  const J = points.joints;
  const uv = projectPoints(cam, points.data.subarray(f * J * 3, (f + 1) * J * 3));
  const kp = new Float32Array(J * 3);
  for (let j = 0; j < J; j++) kp.set([uv[2 * j]! * sx, uv[2 * j + 1]! * sy, 1], j * 3);
  const lineWidthPx = Math.max(1, Math.min(width, height) / 540);
  return drawPose(rgb, width, height, kp, points.layout, {
    hollow: true,
    boneColor: [255, 255, 255],
    jointColor: REPROJECTED_COLOR,
    lineWidthPx,
    jointRadiusPx: lineWidthPx * 3,
    opacity: 0.9,
  });
}

/** Video files in <session>/videos (by file stem), sorted. */
export function listVideos(sessionDir: string): Map<string, string> {
  const dir = join(sessionDir, 'videos');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(`${dir} does not exist; put one video per camera there (videos/cam01.mp4 …)`);
  }
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).sort()) {
    if (f.startsWith('.') || !VIDEO_EXTENSIONS.includes(extname(f).toLowerCase())) continue;
    out.set(basename(f, extname(f)), join(dir, f));
  }
  if (out.size === 0) throw new UserError(`${dir} holds no videos (${VIDEO_EXTENSIONS.join(' ')}); put one video per camera there`);
  return out;
}

/** Draws every person of frame `f` of `seq`, scaled by (sx, sy). Returns the number of people drawn. */
export function drawSequenceFrame(rgb: Uint8Array, width: number, height: number, seq: PoseSequence2D, f: number, sx: number, sy: number, minScore: number): number {
  if (f < 0 || f >= seq.frames) return 0;
  const layout = getLayout(seq.layout);
  const stride = seq.joints * 3;
  const kp = new Float32Array(stride);
  let drawn = 0;
  for (let p = 0; p < seq.persons; p++) {
    const off = (f * seq.persons + p) * stride;
    for (let j = 0; j < seq.joints; j++) {
      kp[j * 3] = seq.data[off + j * 3]! * sx;
      kp[j * 3 + 1] = seq.data[off + j * 3 + 1]! * sy;
      kp[j * 3 + 2] = seq.data[off + j * 3 + 2]!;
    }
    const id = seq.trackIds[f * seq.persons + p] ?? -1;
    const multi = seq.persons > 1;
    const lineWidthPx = Math.max(2, Math.min(width, height) / 270);
    const n = drawPose(rgb, width, height, kp, layout, {
      minScore,
      lineWidthPx,
      color: multi ? trackColor(id) : undefined,
      label: multi && id >= 0 ? `#${id}` : undefined,
    });
    if (n > 0) drawn++;
  }
  return drawn;
}

/**
 * Draws the session's 2D keypoints onto its videos. A camera whose video is missing or unreadable
 * is reported in `failed` and the others are still drawn; throws a UserError only when no camera
 * could be drawn at all.
 */
export async function overlaySession(sessionDir: string, opts: OverlayOptions = {}, onProgress?: (p: OverlayProgress) => void): Promise<OverlayResult> {
  const format = opts.format ?? 'mp4';
  const scale = opts.scale ?? 1;
  if (!(scale > 0 && scale <= 1)) throw new UserError(`--scale must be in (0, 1], got ${opts.scale}`);
  const every = Math.max(1, Math.floor(opts.every ?? 1));
  const minScore = opts.minScore ?? 0.2;
  const warnings: Warning[] = [];
  let sequences = readPose2dFolder(sessionDir, { onWarning: (w) => warnings.push(w) });
  if (opts.cameras?.length) {
    const wanted = new Set(opts.cameras.map(normaliseCameraName));
    const unknown = opts.cameras.filter((c) => !sequences.some((s) => normaliseCameraName(s.camera) === normaliseCameraName(c)));
    if (unknown.length) {
      throw new UserError(`--camera ${unknown.join(', ')}: no 2D keypoints for that camera in ${join(sessionDir, 'pose2d')}; found: ${sequences.map((s) => s.camera).join(', ')}`);
    }
    sequences = sequences.filter((s) => wanted.has(normaliseCameraName(s.camera)));
  }
  const videos = listVideos(sessionDir);
  const tools = opts.tools ?? findFfmpeg();
  const outDir = opts.outDir ?? join(sessionDir, 'output', 'overlay');
  const reprojection = opts.reproject === false ? undefined : loadReprojection(sessionDir, sequences.map((s) => s.camera), warnings);
  const result: OverlayResult = { outDir, cameras: [], failed: [], warnings, points3dFile: reprojection?.file };

  for (let ci = 0; ci < sequences.length; ci++) {
    const seq = sequences[ci]!;
    const t0 = performance.now();
    let writer: VideoWriter | undefined;
    try {
      const stem = matchCameras([seq.camera], [...videos.keys()], `videos in ${join(sessionDir, 'videos')}`).get(seq.camera)!;
      const video = videos.get(stem)!;
      const info = await probeVideo(video, { tools });
      if (seq.frames !== info.frames && info.frames !== undefined && !info.framesEstimated) {
        const what = seq.frames < info.frames ? `only its first ${seq.frames} frames are drawn` : 'drawn by frame number';
        warnings.push({ code: 'overlay-frame-count', message: `${seq.camera}: the 2D keypoints have ${seq.frames} frames, ${basename(video)} has ${info.frames}; ${what}` });
      }
      // Draw only frames that have keypoints (a partial detection run draws a partial video).
      const maxFrames = Math.min(opts.maxFrames ?? Infinity, seq.frames);
      const total = Number.isFinite(Math.min(maxFrames, info.frames ?? Infinity)) ? Math.min(maxFrames, info.frames ?? Infinity) : undefined;
      const output = format === 'mp4' ? join(outDir, `${seq.camera}.mp4`) : join(outDir, seq.camera);
      let written = 0;
      let withPose = 0;
      let seen = 0;
      for await (const frame of decodeFrames(video, { tools, info, scale, maxFrames })) {
        seen++;
        if (frame.index % every === 0) {
          // Keypoints are in pixels of the image the detector saw (seq.imageWidth × imageHeight).
          const sx = seq.imageWidth > 0 ? frame.width / seq.imageWidth : scale;
          const sy = seq.imageHeight > 0 ? frame.height / seq.imageHeight : scale;
          const people = drawSequenceFrame(frame.rgb, frame.width, frame.height, seq, frame.index, sx, sy, minScore);
          if (people > 0) withPose++;
          const textScale = Math.max(1, Math.round(Math.min(frame.width, frame.height) / 360));
          drawText(frame.rgb, frame.width, frame.height, `${seq.camera} F${frame.index} ${(frame.timestampMs / 1000).toFixed(2)}S`, 4 * textScale, 4 * textScale, textScale, [255, 255, 255], [0, 0, 0]);
          const calibrated = reprojection?.cameras.get(seq.camera);
          if (reprojection && calibrated) {
            const cx = calibrated.cam.width > 0 ? frame.width / calibrated.cam.width : sx;
            const cy = calibrated.cam.height > 0 ? frame.height / calibrated.cam.height : sy;
            drawReprojectedFrame(frame.rgb, frame.width, frame.height, reprojection.points, frame.index, calibrated.prepared, cx, cy);
            drawText(frame.rgb, frame.width, frame.height, 'O = 3D REPROJECTED', 4 * textScale, 16 * textScale, textScale, REPROJECTED_COLOR, [0, 0, 0]);
          }
          if (format === 'mp4') {
            writer ??= createVideoWriter(output, { width: frame.width, height: frame.height, fps: info.fps / every, tools });
            await writer.write(frame.rgb);
          } else {
            writeFileAtomic(join(output, `${seq.camera}_${String(frame.index).padStart(6, '0')}.png`), encodePng(frame.rgb, frame.width, frame.height, 3));
          }
          written++;
        }
        onProgress?.({ camera: seq.camera, cameraIndex: ci, cameras: sequences.length, frame: seen, frames: total });
      }
      await writer?.close();
      writer = undefined;
      onProgress?.({ camera: seq.camera, cameraIndex: ci, cameras: sequences.length, frame: seen, frames: seen, done: true });
      result.cameras.push({ camera: seq.camera, video, output, framesRead: seen, frames: written, framesWithPose: withPose, durationMs: performance.now() - t0 });
    } catch (err) {
      await writer?.abort();
      if (!(err instanceof UserError)) throw err;
      result.failed.push({ camera: seq.camera, message: err.message });
    }
  }
  if (result.cameras.length === 0 && result.failed.length > 0) {
    throw new UserError(`no overlay could be drawn: ${result.failed.map((f) => f.message).join('; ')}`);
  }
  return result;
}
