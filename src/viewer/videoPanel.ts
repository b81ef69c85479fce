// The camera videos beside the 3D view, each with a canvas on top drawing the camera's 2D keypoints
// (coloured by detector score) and the 3D skeleton reprojected through the calibration (magenta).
// Overlays are drawn for the frame the video actually presents (requestVideoFrameCallback's
// mediaTime), so picture and drawing agree even when the video lags the playback clock.
import { prepareCamera, projectPoint, type PreparedCamera } from '../camera/project.ts';
import { getLayout } from '../core/layouts.ts';
import type { Camera, CameraRig, Points3D, PoseSequence2D } from '../core/types.ts';
import { normaliseCameraName } from '../core/matchCameras.ts';
import { cssRamp, scoreColor } from './confidenceColor.ts';
import { sessionUrl } from './loadSession.ts';

const SCORE_CSS = cssRamp(scoreColor, 0, 1, 21);
const REPROJ_CSS = '#e879f9';
/** Drift (s) between a playing video and the playback clock before the video is re-seeked. */
const MAX_DRIFT_S = 0.2;

interface VideoFrameMetadataLike {
  mediaTime: number;
}
type VideoWithRvfc = HTMLVideoElement & {
  requestVideoFrameCallback?: (cb: (now: number, meta: VideoFrameMetadataLike) => void) => number;
};

export interface VideoPanel {
  /** Follows the playback clock: plays/pauses the videos and seeks them when needed. */
  sync(timeS: number, frame: number, playing: boolean, speed: number): void;
  /** Attaches a camera's 2D keypoints once they have loaded (key = normalised camera name). */
  setPose(key: string, seq: PoseSequence2D): void;
  /** Current time of the first video while it plays smoothly (the playback clock follows it), else null. */
  leadTime(): number | null;
  /** Number of videos that have presented at least one frame. */
  readonly framesShown: number;
  readonly videos: HTMLVideoElement[];
}

interface Tile {
  key: string;
  caption: HTMLElement;
  parts: string[];
  video: VideoWithRvfc;
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  cam: PreparedCamera | null;
  pose: PoseSequence2D | null;
  poseBones: [number, number][];
  uv: Float64Array;
  drawnFrame: number;
  presented: boolean;
  failed: boolean;
  /** The camera's clock (output/sync.json): reference time = startS + video time × rate. */
  startS: number;
  rate: number;
}

const bonesOf = (layout: string): [number, number][] => {
  try {
    return getLayout(layout).boneIndices;
  } catch {
    return [];
  }
};

export function createVideoPanel(
  host: HTMLElement,
  /** startS, ratePpm: the camera's clock from output/sync.json (0 when absent), so videos play aligned. */
  videos: { camera: string; file: string; startS?: number; ratePpm?: number }[],
  rig: CameraRig | null,
  pose2d: Map<string, PoseSequence2D>,
  points: Points3D | null,
  fps: number,
  onProblem: (message: string) => void,
  onHover: (cameraIndex: number) => void = () => undefined,
): VideoPanel {
  const pointBones = points ? bonesOf(points.layout) : [];
  const J = points?.joints ?? 0;
  const tiles: Tile[] = [];
  let playingState = false;

  const frameOfTime = (t: number): number => Math.max(0, Math.floor(t * fps + 0.5));

  /** The 3D frame shown with a tile's video time. */
  const frameOfVideoTime = (tile: Tile, videoTimeS: number): number => frameOfTime(tile.startS + videoTimeS * tile.rate);
  /** The camera's own 2D frame at its video time: by the keypoints' timestamps (any or a variable frame rate). */
  const poseFrameAt = (seq: PoseSequence2D, videoTimeS: number): number => {
    const ts = seq.timestampsMs;
    if (seq.frames === 0) return -1;
    const t = ts[0] + videoTimeS * 1000;
    let lo = 0,
      hi = seq.frames - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ts[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && Math.abs(ts[lo - 1] - t) <= Math.abs(ts[lo] - t) ? lo - 1 : lo;
  };

  const draw = (tile: Tile, videoTimeS: number): void => {
    const { ctx, canvas } = tile;
    const frame = frameOfVideoTime(tile, videoTimeS);
    tile.drawnFrame = frame;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const lw = Math.max(1.5, canvas.width / 400);
    // 2D keypoints.
    const seq = tile.pose;
    const poseFrame = seq ? poseFrameAt(seq, videoTimeS) : -1;
    if (seq && poseFrame >= 0 && poseFrame < seq.frames) {
      for (let p = 0; p < seq.persons; p++) {
        const base = (poseFrame * seq.persons + p) * seq.joints * 3;
        ctx.lineWidth = lw;
        ctx.strokeStyle = 'rgba(255,255,255,0.75)';
        ctx.beginPath();
        for (const [a, b] of tile.poseBones) {
          const ia = base + a * 3,
            ib = base + b * 3;
          if (!(seq.data[ia + 2] > 0) || !(seq.data[ib + 2] > 0)) continue;
          ctx.moveTo(seq.data[ia], seq.data[ia + 1]);
          ctx.lineTo(seq.data[ib], seq.data[ib + 1]);
        }
        ctx.stroke();
        for (let j = 0; j < seq.joints; j++) {
          const i = base + j * 3;
          const sc = seq.data[i + 2];
          if (!Number.isFinite(seq.data[i]) || !(sc > 0)) continue;
          ctx.fillStyle = SCORE_CSS[Math.round(Math.min(1, sc) * 20)];
          ctx.beginPath();
          ctx.arc(seq.data[i], seq.data[i + 1], lw * 2.2, 0, Math.PI * 2);
          ctx.fill();
        }
      }
    }
    // 3D skeleton reprojected through the calibration.
    if (points && tile.cam && frame >= 0 && frame < points.frames) {
      const d = points.data,
        uv = tile.uv;
      for (let j = 0; j < J; j++) {
        const o = (frame * J + j) * 3;
        projectPoint(tile.cam, d[o], d[o + 1], d[o + 2], uv, j * 2);
      }
      ctx.strokeStyle = REPROJ_CSS;
      ctx.lineWidth = lw * 0.8;
      ctx.setLineDash([lw * 3, lw * 2]);
      ctx.beginPath();
      for (const [a, b] of pointBones) {
        if (!Number.isFinite(uv[a * 2]) || !Number.isFinite(uv[b * 2])) continue;
        ctx.moveTo(uv[a * 2], uv[a * 2 + 1]);
        ctx.lineTo(uv[b * 2], uv[b * 2 + 1]);
      }
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.beginPath();
      for (let j = 0; j < J; j++) {
        if (!Number.isFinite(uv[j * 2]) || !Number.isFinite(uv[j * 2 + 1])) continue;
        ctx.moveTo(uv[j * 2] + lw * 3, uv[j * 2 + 1]);
        ctx.arc(uv[j * 2], uv[j * 2 + 1], lw * 3, 0, Math.PI * 2);
      }
      ctx.stroke();
    }
  };

  for (const v of videos) {
    const key = normaliseCameraName(v.camera);
    const camera: Camera | undefined = rig?.cameras.find((c) => normaliseCameraName(c.name) === key);
    const pose = pose2d.get(key) ?? null;
    const fig = document.createElement('figure');
    fig.className = 'video-tile';
    const box = document.createElement('div');
    box.className = 'video-box';
    const video = document.createElement('video') as VideoWithRvfc;
    video.muted = true;
    video.playsInline = true;
    video.preload = 'auto';
    video.src = sessionUrl(v.file);
    const canvas = document.createElement('canvas');
    const w = camera?.width ?? pose?.imageWidth ?? 640,
      h = camera?.height ?? pose?.imageHeight ?? 480;
    canvas.width = w;
    canvas.height = h;
    box.style.aspectRatio = `${w} / ${h}`;
    box.append(video, canvas);
    const cap = document.createElement('figcaption');
    const parts = [v.camera];
    if (!camera) parts.push('not in the calibration');
    cap.textContent = [...parts, ...(pose ? [] : ['no 2D keypoints'])].join(' · ');
    fig.append(box, cap);
    host.appendChild(fig);
    const camIndex = camera && rig ? rig.cameras.indexOf(camera) : -1;
    fig.addEventListener('pointerenter', () => onHover(camIndex));
    fig.addEventListener('pointerleave', () => onHover(-1));
    const tile: Tile = {
      key,
      caption: cap,
      parts,
      video,
      canvas,
      ctx: canvas.getContext('2d')!,
      cam: camera ? prepareCamera(camera) : null,
      pose,
      poseBones: pose ? bonesOf(pose.layout) : [],
      uv: new Float64Array(Math.max(1, J) * 2),
      drawnFrame: -1,
      presented: false,
      failed: false,
      startS: v.startS ?? 0,
      rate: 1 + (v.ratePpm ?? 0) * 1e-6,
    };
    tiles.push(tile);
    video.addEventListener('loadedmetadata', () => {
      if (!camera && !pose && video.videoWidth) {
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        box.style.aspectRatio = `${video.videoWidth} / ${video.videoHeight}`;
      }
    });
    video.addEventListener('error', () => {
      tile.failed = true;
      cap.textContent = `${v.camera} · this browser cannot play ${v.file}`;
      onProblem(`${v.file} cannot be played in this browser (codec?); convert it to H.264 MP4 to see it here`);
    });
    const onFrame = (_now: number, meta: VideoFrameMetadataLike): void => {
      tile.presented = true;
      draw(tile, meta.mediaTime);
      video.requestVideoFrameCallback!(onFrame);
    };
    if (video.requestVideoFrameCallback) video.requestVideoFrameCallback(onFrame);
    // Without requestVideoFrameCallback (or after a seek while paused) draw for the seeked time.
    video.addEventListener('seeked', () => {
      tile.presented = true;
      if (!playingState || !video.requestVideoFrameCallback) draw(tile, video.currentTime);
    });
    video.addEventListener('loadeddata', () => {
      tile.presented = true;
      draw(tile, video.currentTime);
    });
  }

  return {
    videos: tiles.map((t) => t.video),
    setPose(key: string, seq: PoseSequence2D) {
      for (const t of tiles) {
        if (t.key !== key) continue;
        t.pose = seq;
        t.poseBones = bonesOf(seq.layout);
        t.caption.textContent = t.parts.join(' · ');
        t.drawnFrame = -1; // redraw with the keypoints
      }
    },
    leadTime() {
      for (const t of tiles) {
        if (t.failed) continue;
        const v = t.video;
        return v.paused || v.seeking || v.ended || v.readyState < 3 ? null : t.startS + v.currentTime * t.rate;
      }
      return null;
    },
    get framesShown() {
      return tiles.filter((t) => t.presented).length;
    },
    sync(timeS: number, frame: number, playing: boolean, speed: number) {
      playingState = playing;
      const halfFrame = 0.5 / fps;
      for (const t of tiles) {
        const v = t.video;
        if (t.failed || v.readyState < 1) continue;
        if (v.playbackRate !== speed) v.playbackRate = speed;
        const duration = Number.isFinite(v.duration) && v.duration > 0 ? v.duration : Infinity;
        // Seek a quarter into the frame, so rounding never lands on the previous one; a video shorter
        // than the timeline holds its last frame.
        // The instant on this camera's own clock (a camera that started later is behind the reference).
        const local = (timeS - t.startS) / t.rate;
        const want = Math.max(0, Math.min(((frame + 0.25) / fps - t.startS) / t.rate, duration - halfFrame));
        if (playing && local >= 0 && local < duration - halfFrame) {
          if (v.paused) void v.play().catch(() => undefined);
          if (Math.abs(v.currentTime - local) > MAX_DRIFT_S && !v.seeking) v.currentTime = want;
        } else {
          if (!v.paused) v.pause();
          if (v.seeking) continue;
          if (Math.abs(v.currentTime - want) > halfFrame) v.currentTime = want;
          else if (t.drawnFrame !== frameOfVideoTime(t, v.currentTime)) draw(t, v.currentTime);
        }
      }
    },
  };
}
