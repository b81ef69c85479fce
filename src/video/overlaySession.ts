// Node-only: draws each camera's detected 2D skeletons onto its video, so that a person can see
// what was detected. Reads <session>/videos/ and <session>/pose2d/, writes
// <session>/output/overlay/<camera>.mp4 (or <camera>/<camera>_<frame>.png).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { UserError, type Warning } from '../core/errors.ts';
import { getLayout } from '../core/layouts.ts';
import type { Camera, Points3D, PoseSequence2D } from '../core/types.ts';
import { prepareCamera, projectPoints, type PreparedCamera } from '../camera/project.ts';
import { readCalibration } from '../io/calibration.ts';
import { decodePoints3dFile } from '../formats/points3dFile.ts';
import { personFile, readPeopleFile } from '../session/peopleStages.ts';
import { personRgb } from '../core/personColours.ts';
import { withSessionLock } from '../session/runner.ts';
import { readSyncFile, type SyncFile } from '../session/syncStage.ts';
import { writeFileAtomic } from '../io/atomic.ts';
import { matchCameras, normaliseCameraName } from '../core/matchCameras.ts';
import { readPose2dFolder } from '../io/pose2d.ts';
import { listVideoFiles, resolveSessionLayout } from '../session/sessionLayout.ts';
import { VIDEO_EXTENSIONS } from '../core/videoFiles.ts';
import { OUTPUT } from '../session/exports.ts';
import { decodeFrames, type DecodedFrame } from './decode.ts';
import { drawPose, drawText, trackColor } from './draw.ts';
import { createVideoWriter, type VideoWriter } from './encode.ts';
import { findFfmpeg, type FfmpegTools } from './ffmpeg.ts';
import { encodePng } from './png.ts';
import { probeVideo, type VideoInfo } from './probe.ts';

export interface OverlayOptions {
  /** 'mp4' (one video per camera) or 'png' (one image per frame). Defaults to 'mp4'. */
  format?: 'mp4' | 'png';
  /** Only these cameras (names matched tolerantly: cam_01 = cam01). Defaults to all. */
  cameras?: string[];
  /** Scale factor of the output, in (0, 1]. Defaults to 1. */
  scale?: number;
  /** Longest side of each camera's frames in the output, pixels (0 = no limit). Defaults to no limit. */
  maxSize?: number;
  /** Draw all cameras side by side into one video, output/overlay/mosaic.mp4, instead of one per camera. Defaults to false. */
  mosaic?: boolean;
  /** Keep every n-th frame. Defaults to 1. */
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
  /** The mosaic video (or PNG folder), with --mosaic. */
  mosaic?: string;
}

/** Colour of reprojected 3D joints. */
export const REPROJECTED_COLOR = [255, 0, 255] as const;

interface Reprojection {
  file: string;
  points: Points3D;
  /** pose2d camera name → calibrated camera. */
  cameras: Map<string, { cam: Camera; prepared: PreparedCamera }>;
  /** With several people (output/people.json): each person's points, drawn in their colour and labelled with their number. */
  people?: { id: number; points: Points3D }[];
  /** The 3D frame shown at a camera's frame (-1 = none): by time on the reference clock (output/sync.json), so unsynchronised cameras line up. */
  frameFor(seq: PoseSequence2D, index: number): number;
}

/**
 * The 3D frame at each camera frame: the frame's own timestamp put on the reference clock by
 * output/sync.json (start_s, rate_ppm; 0 when absent), then the nearest 3D frame within half a frame.
 */
export function framesByTime(sessionDir: string, points: Points3D): (seq: PoseSequence2D, index: number) => number {
  const sync = syncFileOrNone(sessionDir);
  const ts = points.timestampsMs;
  const halfMs = points.frames > 1 ? (ts[points.frames - 1] - ts[0]) / (points.frames - 1) / 2 : Infinity;
  return (seq, index) => {
    if (!sync) return index < points.frames ? index : -1;
    const t = ts[0] + referenceTimeS(sync, seq, index) * 1000;
    let lo = 0,
      hi = points.frames - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ts[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    const best = lo > 0 && Math.abs(ts[lo - 1] - t) < Math.abs(ts[lo] - t) ? lo - 1 : lo;
    return points.frames && Math.abs(ts[best] - t) <= halfMs + 1e-6 ? best : -1;
  };
}

/** output/sync.json, or undefined when absent or damaged (the overlay then goes by frame number / timestamps). */
function syncFileOrNone(sessionDir: string): SyncFile | undefined {
  try {
    return readSyncFile(sessionDir);
  } catch {
    return undefined;
  }
}

/**
 * When a camera's frame `index` was taken, seconds on the reference clock: the frame's own timestamp
 * (from the camera's first frame) put on it by output/sync.json's start_s and rate_ppm (0 when absent).
 */
export function referenceTimeS(sync: SyncFile | undefined, seq: PoseSequence2D, index: number): number {
  const clock = sync && Object.entries(sync.cameras).find(([k]) => normaliseCameraName(k) === normaliseCameraName(seq.camera))?.[1];
  const localMs = index < seq.frames ? seq.timestampsMs[index] - seq.timestampsMs[0] : (index * 1000) / seq.fps;
  return (clock?.start_s ?? 0) + (localMs / 1000) * (1 + (clock?.rate_ppm ?? 0) * 1e-6);
}

/** The session's 3D points and the calibrated camera of each pose2d camera, or undefined when there are none. */
function loadReprojection(sessionDir: string, seqCameras: string[], warnings: Warning[]): Reprojection | undefined {
  // Several people: output/person-<n>/points3d(.raw).p3d of everyone in output/people.json.
  const peopleFiles = (readPeopleFile(sessionDir)?.people ?? [])
    .map((p) => ({
      id: p.id,
      file: [OUTPUT.filtered, OUTPUT.raw].map((f) => join(sessionDir, personFile(f, p.id))).find((f) => existsSync(f)),
    }))
    .filter((p): p is { id: number; file: string } => p.file !== undefined);
  const file = peopleFiles[0]?.file ?? [OUTPUT.filtered, OUTPUT.raw].map((f) => join(sessionDir, f)).find((f) => existsSync(f));
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
  let people: Reprojection['people'];
  if (peopleFiles.length) {
    try {
      people = peopleFiles.map((p) => ({ id: p.id, points: decodePoints3dFile(readFileSync(p.file), p.file).points }));
    } catch (err) {
      warnings.push({ code: 'overlay-bad-points3d', message: `3D points not drawn: ${(err as Error).message}` });
      return undefined;
    }
  }
  return { file, points, cameras, people, frameFor: framesByTime(sessionDir, points) };
}

/** Draws frame `f` of the 3D points projected through `cam` (pixels scaled by sx, sy). Returns the joints drawn. */
export function drawReprojectedFrame(
  rgb: Uint8Array,
  width: number,
  height: number,
  points: Points3D,
  f: number,
  cam: Camera | PreparedCamera,
  sx: number,
  sy: number,
  person?: { id: number; textScale: number },
): number {
  if (f < 0 || f >= points.frames) return 0;
  const J = points.joints;
  const uv = projectPoints(cam, points.data.subarray(f * J * 3, (f + 1) * J * 3));
  const kp = new Float32Array(J * 3);
  for (let j = 0; j < J; j++) kp.set([uv[2 * j]! * sx, uv[2 * j + 1]! * sy, 1], j * 3);
  const lineWidthPx = Math.max(1, Math.min(width, height) / 540);
  const colour = person ? personRgb(person.id) : undefined;
  if (person) {
    // The person's number above their highest projected keypoint.
    let top = -1;
    for (let j = 0; j < J; j++) if (Number.isFinite(kp[j * 3 + 1]) && (top < 0 || kp[j * 3 + 1] < kp[top * 3 + 1])) top = j;
    if (top >= 0)
      drawText(
        rgb,
        width,
        height,
        `P${person.id}`,
        kp[top * 3] - 6 * person.textScale,
        kp[top * 3 + 1] - 14 * person.textScale,
        1.5 * person.textScale,
        colour!,
        [0, 0, 0],
      );
  }
  return drawPose(rgb, width, height, kp, points.layout, {
    hollow: true,
    boneColor: colour ?? [255, 255, 255],
    jointColor: colour ?? REPROJECTED_COLOR,
    lineWidthPx,
    jointRadiusPx: lineWidthPx * 3,
    opacity: 0.9,
  });
}

/** Video files in <session>/videos (by file stem), sorted. */
export function listVideos(sessionDir: string): Map<string, string> {
  // Where the folder's layout keeps them (FreeMoCap synchronized_videos/, a caliscope recording …).
  const dir = resolveSessionLayout(sessionDir).videoDir;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(`${dir} does not exist; put one video per camera there (videos/cam01.mp4 …)`);
  }
  const out = new Map<string, string>();
  for (const v of listVideoFiles(dir)) out.set(v.camera, v.path);
  if (out.size === 0) throw new UserError(`${dir} holds no videos (${VIDEO_EXTENSIONS.join(' ')}); put one video per camera there`);
  return out;
}

/** Draws every person of frame `f` of `seq`, scaled by (sx, sy). Returns the number of people drawn. */
export function drawSequenceFrame(
  rgb: Uint8Array,
  width: number,
  height: number,
  seq: PoseSequence2D,
  f: number,
  sx: number,
  sy: number,
  minScore: number,
): number {
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

interface PreparedCamera2 {
  seq: PoseSequence2D;
  video: string;
  info: VideoInfo;
  /** Frames to draw (≤ the keypoints' frames). */
  maxFrames: number;
  /** Expected frame count for progress, when known. */
  total?: number;
}

/** Draws skeletons, the caption and (when calibrated) the reprojected 3D points onto one decoded frame. Returns the people drawn. */
function renderFrame(frame: DecodedFrame, cam: PreparedCamera2, minScore: number, reprojection: Reprojection | undefined): number {
  const { seq, info } = cam;
  // Keypoints are in pixels of the image the detector saw (seq.imageWidth × imageHeight).
  const sx = frame.width / (seq.imageWidth > 0 ? seq.imageWidth : info.width);
  const sy = frame.height / (seq.imageHeight > 0 ? seq.imageHeight : info.height);
  const people = drawSequenceFrame(frame.rgb, frame.width, frame.height, seq, frame.index, sx, sy, minScore);
  const textScale = Math.max(1, Math.round(Math.min(frame.width, frame.height) / 360));
  drawText(
    frame.rgb,
    frame.width,
    frame.height,
    `${seq.camera} F${frame.index} ${(frame.timestampMs / 1000).toFixed(2)}S`,
    4 * textScale,
    4 * textScale,
    textScale,
    [255, 255, 255],
    [0, 0, 0],
  );
  const calibrated = reprojection?.cameras.get(seq.camera);
  if (reprojection && calibrated) {
    // Projections are in the video's own pixels, as the 2D keypoints triangulated were: a calibration
    // made for 1088×1920 applies unchanged to the same camera's 1080×1920 video (an encoder crop).
    const f3 = reprojection.frameFor(seq, frame.index);
    if (reprojection.people) {
      for (const p of reprojection.people)
        drawReprojectedFrame(
          frame.rgb,
          frame.width,
          frame.height,
          p.points,
          f3,
          calibrated.prepared,
          frame.width / info.width,
          frame.height / info.height,
          { id: p.id, textScale },
        );
      drawText(
        frame.rgb,
        frame.width,
        frame.height,
        'O = 3D REPROJECTED, PN = PERSON N',
        4 * textScale,
        16 * textScale,
        textScale,
        [255, 255, 255],
        [0, 0, 0],
      );
    } else {
      drawReprojectedFrame(
        frame.rgb,
        frame.width,
        frame.height,
        reprojection.points,
        f3,
        calibrated.prepared,
        frame.width / info.width,
        frame.height / info.height,
      );
      drawText(
        frame.rgb,
        frame.width,
        frame.height,
        'O = 3D REPROJECTED',
        4 * textScale,
        16 * textScale,
        textScale,
        REPROJECTED_COLOR,
        [0, 0, 0],
      );
    }
  }
  return people;
}

/** Copies `src` (sw×sh RGB) into `dst` (dw wide) with its top-left corner at (x, y), clipped to the box bw×bh and to dst. */
function blit(
  dst: Uint8Array,
  dw: number,
  dh: number,
  src: Uint8Array,
  sw: number,
  sh: number,
  x: number,
  y: number,
  bw: number,
  bh: number,
): void {
  const w = Math.min(sw, bw, dw - x);
  const h = Math.min(sh, bh, dh - y);
  for (let r = 0; r < h; r++) dst.set(src.subarray(r * sw * 3, (r * sw + w) * 3), ((y + r) * dw + x) * 3);
}

/**
 * Draws the session's 2D keypoints onto its videos. A camera whose video is missing or unreadable
 * is reported in `failed` and the others are still drawn; throws a UserError only when no camera
 * could be drawn at all.
 */
/** overlaySessionLocked holding the session lock (see withSessionLock): it writes output/overlay/. */
export async function overlaySession(
  sessionDir: string,
  opts: OverlayOptions = {},
  onProgress?: (p: OverlayProgress) => void,
): Promise<OverlayResult> {
  if (!existsSync(sessionDir)) throw new UserError(`session folder ${sessionDir} does not exist`);
  return withSessionLock(sessionDir, () => overlaySessionLocked(sessionDir, opts, onProgress));
}

async function overlaySessionLocked(
  sessionDir: string,
  opts: OverlayOptions = {},
  onProgress?: (p: OverlayProgress) => void,
): Promise<OverlayResult> {
  const format = opts.format ?? 'mp4';
  const scale = opts.scale ?? 1;
  if (!(scale > 0 && scale <= 1)) throw new UserError(`--scale must be in (0, 1], got ${opts.scale}`);
  const every = Math.max(1, Math.floor(opts.every ?? 1));
  const minScore = opts.minScore ?? 0.2;
  const maxSize = opts.maxSize && opts.maxSize > 0 ? opts.maxSize : undefined;
  const warnings: Warning[] = [];
  let sequences = readPose2dFolder(sessionDir, { dirs: resolveSessionLayout(sessionDir).pose2dDirs, onWarning: (w) => warnings.push(w) });
  if (opts.cameras?.length) {
    const wanted = new Set(opts.cameras.map(normaliseCameraName));
    const unknown = opts.cameras.filter((c) => !sequences.some((s) => normaliseCameraName(s.camera) === normaliseCameraName(c)));
    if (unknown.length) {
      throw new UserError(
        `--camera ${unknown.join(', ')}: no 2D keypoints for that camera in ${join(sessionDir, 'pose2d')}; found: ${sequences.map((s) => s.camera).join(', ')}`,
      );
    }
    sequences = sequences.filter((s) => wanted.has(normaliseCameraName(s.camera)));
  }
  const videos = listVideos(sessionDir);
  const tools = opts.tools ?? findFfmpeg();
  const outDir = opts.outDir ?? join(sessionDir, OUTPUT.overlayDir);
  const reprojection =
    opts.reproject === false
      ? undefined
      : loadReprojection(
          sessionDir,
          sequences.map((s) => s.camera),
          warnings,
        );
  const result: OverlayResult = { outDir, cameras: [], failed: [], warnings, points3dFile: reprojection?.file };

  // Match each camera's keypoints to its video and probe it; failures are per camera.
  const prepared: PreparedCamera2[] = [];
  for (const seq of sequences) {
    try {
      const stem = matchCameras([seq.camera], [...videos.keys()], `videos in ${join(sessionDir, 'videos')}`).get(seq.camera)!;
      const video = videos.get(stem)!;
      const info = await probeVideo(video, { tools });
      if (seq.frames !== info.frames && info.frames !== undefined && !info.framesEstimated) {
        const what = seq.frames < info.frames ? `only its first ${seq.frames} frames are drawn` : 'drawn by frame number';
        warnings.push({
          code: 'overlay-frame-count',
          message: `${seq.camera}: the 2D keypoints have ${seq.frames} frames, ${basename(video)} has ${info.frames}; ${what}`,
        });
      }
      // Draw only frames that have keypoints (a partial detection run draws a partial video).
      const maxFrames = Math.min(opts.maxFrames ?? Infinity, seq.frames);
      const total = info.frames !== undefined ? Math.min(maxFrames, info.frames) : maxFrames;
      prepared.push({ seq, video, info, maxFrames, total });
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      result.failed.push({ camera: seq.camera, message: err.message });
    }
  }

  if (opts.mosaic) {
    if (prepared.length > 0)
      await drawMosaic(prepared, result, {
        format,
        every,
        minScore,
        scale,
        maxSize,
        tools,
        outDir,
        reprojection,
        onProgress,
        sync: syncFileOrNone(sessionDir),
      });
  } else {
    for (let ci = 0; ci < prepared.length; ci++) {
      const cam = prepared[ci]!;
      const { seq, video, info } = cam;
      const t0 = performance.now();
      let writer: VideoWriter | undefined;
      try {
        const output = format === 'mp4' ? join(outDir, `${seq.camera}.mp4`) : join(outDir, seq.camera);
        let written = 0;
        let withPose = 0;
        let seen = 0;
        for await (const frame of decodeFrames(video, { tools, info, scale, maxSize, maxFrames: cam.maxFrames })) {
          seen++;
          if (frame.index % every === 0) {
            if (renderFrame(frame, cam, minScore, reprojection) > 0) withPose++;
            if (format === 'mp4') {
              writer ??= createVideoWriter(output, { width: frame.width, height: frame.height, fps: info.fps / every, tools });
              await writer.write(frame.rgb);
            } else {
              writeFileAtomic(
                join(output, `${seq.camera}_${String(frame.index).padStart(6, '0')}.png`),
                encodePng(frame.rgb, frame.width, frame.height, 3),
              );
            }
            written++;
          }
          onProgress?.({ camera: seq.camera, cameraIndex: ci, cameras: prepared.length, frame: seen, frames: cam.total });
        }
        await writer?.close();
        writer = undefined;
        onProgress?.({ camera: seq.camera, cameraIndex: ci, cameras: prepared.length, frame: seen, frames: seen, done: true });
        result.cameras.push({
          camera: seq.camera,
          video,
          output,
          framesRead: seen,
          frames: written,
          framesWithPose: withPose,
          durationMs: performance.now() - t0,
        });
      } catch (err) {
        await writer?.abort();
        if (!(err instanceof UserError)) throw err;
        result.failed.push({ camera: seq.camera, message: err.message });
      }
    }
  }
  if (result.cameras.length === 0 && result.failed.length > 0) {
    throw new UserError(`no overlay could be drawn: ${result.failed.map((f) => f.message).join('; ')}`);
  }
  return result;
}

/** Default height of one camera's tile in the mosaic, pixels. */
export const MOSAIC_TILE_HEIGHT = 960;

interface MosaicContext {
  format: 'mp4' | 'png';
  every: number;
  minScore: number;
  scale: number;
  maxSize?: number;
  tools: FfmpegTools;
  outDir: string;
  reprojection?: Reprojection;
  onProgress?: (p: OverlayProgress) => void;
  /** output/sync.json: the cameras are combined by time on the reference clock (by timestamps alone without it). */
  sync?: SyncFile;
}

/**
 * All cameras side by side in one video (output/overlay/mosaic.mp4 or mosaic/mosaic_<frame>.png),
 * combined by time: picture k shows, for every camera, its frame taken nearest to the instant
 * t0 + k·every/fps on the reference clock (output/sync.json's start_s and rate_ppm applied to each
 * frame's own timestamp; fps = the fastest camera's; t0 = the earliest camera start). A camera that has
 * not started yet or has ended shows a note in its tile. Cameras already in sync at one rate: picture k
 * = frame k of every camera. Up to 4 cameras in a row, else a square-ish grid.
 */
async function drawMosaic(cams: PreparedCamera2[], result: OverlayResult, ctx: MosaicContext): Promise<void> {
  const t0 = performance.now();
  const n = cams.length;
  const cols = n <= 4 ? n : Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / cols);
  // Every tile gets the same height: the tallest video's, scaled, at most maxSize (default 960 px).
  const tallest = Math.max(...cams.map((c) => c.info.height));
  const boxH = Math.min(Math.round(tallest * ctx.scale), ctx.maxSize ?? MOSAIC_TILE_HEIGHT);
  const tileScale = cams.map((c) => Math.min(1, boxH / c.info.height));
  const boxW = Math.max(...cams.map((c, i) => Math.ceil(c.info.width * tileScale[i]!)));
  const width = cols * boxW;
  const height = rows * boxH;
  const output = ctx.format === 'mp4' ? join(ctx.outDir, 'mosaic.mp4') : join(ctx.outDir, 'mosaic');
  const maxFps = Math.max(...cams.map((c) => c.info.fps));
  const fps = maxFps / ctx.every;
  const stepS = ctx.every / maxFps;
  // A camera's frame time on the reference clock (its keypoints' timestamps, which are its frames').
  const timeOf = (i: number, frame: DecodedFrame): number => referenceTimeS(ctx.sync, cams[i]!.seq, frame.index);
  const startS = Math.min(...cams.map((c) => referenceTimeS(ctx.sync, c.seq, 0)));
  const endS = Math.max(...cams.map((c) => referenceTimeS(ctx.sync, c.seq, Math.max(0, (c.total ?? c.maxFrames) - 1))));
  const total = Math.max(1, Math.floor((endS - startS) / stepS + 1e-6) + 1);
  const iterators = cams.map((c, i) =>
    decodeFrames(c.video, { tools: ctx.tools, info: c.info, scale: tileScale[i]!, maxFrames: c.maxFrames, threads: 1 })[
      Symbol.asyncIterator
    ](),
  );
  /** Per camera: the frame shown now (drawn on once), the one after it (read ahead), and whether the video has more. */
  const state = cams.map(() => ({
    cur: undefined as DecodedFrame | undefined,
    next: undefined as DecodedFrame | undefined,
    more: true,
    failed: false,
  }));
  const stats = cams.map(() => ({ read: 0, written: 0, withPose: 0 }));
  const failedAt = new Map<number, string>();
  const pull = async (i: number): Promise<DecodedFrame | undefined> => {
    const st = state[i]!;
    if (!st.more) return undefined;
    try {
      const r = await iterators[i]!.next();
      if (r.done) st.more = false;
      else stats[i]!.read++;
      return r.done ? undefined : r.value;
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      st.more = false;
      st.failed = true;
      failedAt.set(i, err.message);
      return undefined;
    }
  };
  const TOL_S = 1e-4;
  /** Half a frame of camera i, seconds: how far from its frames an instant still shows one. */
  const halfFrameS = (i: number): number => 0.5 / cams[i]!.info.fps;
  let writer: VideoWriter | undefined;
  let pictures = 0;
  try {
    for (let k = 0; ; k++) {
      const t = startS + k * stepS;
      // Advance each camera to its frame nearest to t.
      await Promise.all(
        cams.map(async (_, i) => {
          const st = state[i]!;
          if (st.failed) return;
          if (!st.next && st.more) st.next = await pull(i);
          while (
            st.next &&
            (!st.cur || Math.abs(timeOf(i, st.next) - t) <= Math.abs(timeOf(i, st.cur) - t)) &&
            timeOf(i, st.next) <= t + halfFrameS(i) + TOL_S
          ) {
            st.cur = st.next;
            st.next = await pull(i);
            // Drawn on once, when it becomes the frame shown (a slower camera's frame is shown several times).
            if (renderFrame(st.cur, cams[i]!, ctx.minScore, ctx.reprojection) > 0) stats[i]!.withPose++;
            stats[i]!.written++;
          }
        }),
      );
      // Shown: the current frame while the camera runs (held over a gap in a variable-rate video), and
      // its last frame until half a frame after it. (TOL_S: timestamps are stored to the microsecond.)
      const showing = state.map((st, i) =>
        st.cur && !st.failed && (st.next || timeOf(i, st.cur) + halfFrameS(i) + TOL_S >= t) ? st.cur : undefined,
      );
      const over = state.every(
        (st, i) => st.failed || (!st.next && !st.more && (!st.cur || timeOf(i, st.cur) + halfFrameS(i) + TOL_S < t)),
      );
      if (over) break;
      ctx.onProgress?.({ camera: 'mosaic', cameraIndex: 0, cameras: 1, frame: k + 1, frames: total });
      const canvas = new Uint8Array(width * height * 3);
      showing.forEach((frame, i) => {
        const x = (i % cols) * boxW;
        const y = Math.floor(i / cols) * boxH;
        if (!frame) {
          const scaleT = Math.max(1, Math.round(boxH / 360));
          const msg = `${cams[i]!.seq.camera}: ${failedAt.has(i) ? 'FAILED' : state[i]!.cur ? 'ENDED' : 'NOT STARTED'}`;
          drawText(canvas, width, height, msg, x + 4 * scaleT, y + 4 * scaleT, scaleT, [255, 80, 80]);
          return;
        }
        blit(canvas, width, height, frame.rgb, frame.width, frame.height, x + Math.max(0, (boxW - frame.width) >> 1), y, boxW, boxH);
      });
      if (ctx.format === 'mp4') {
        writer ??= createVideoWriter(output, { width, height, fps, tools: ctx.tools });
        await writer.write(canvas);
      } else {
        writeFileAtomic(join(output, `mosaic_${String(k).padStart(6, '0')}.png`), encodePng(canvas, width, height, 3));
      }
      pictures++;
    }
    await writer?.close();
    writer = undefined;
  } catch (err) {
    await writer?.abort();
    await Promise.all(iterators.map((it) => it.return?.(undefined)));
    throw err;
  }
  ctx.onProgress?.({ camera: 'mosaic', cameraIndex: 0, cameras: 1, frame: pictures, frames: pictures, done: true });
  result.mosaic = output;
  const durationMs = performance.now() - t0;
  cams.forEach((c, i) => {
    const failure = failedAt.get(i);
    if (failure) result.failed.push({ camera: c.seq.camera, message: failure });
    else
      result.cameras.push({
        camera: c.seq.camera,
        video: c.video,
        output,
        framesRead: stats[i]!.read,
        frames: stats[i]!.written,
        framesWithPose: stats[i]!.withPose,
        durationMs,
      });
  });
}
