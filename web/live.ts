// The live page: 1–4 cameras (getUserMedia, or video files played as cameras), each previewed with
// its 2D skeleton and frames/s; then one of
// - record: a take with one MediaRecorder per camera and each frame's time (requestVideoFrameCallback)
//   in a sidecar, saved as a session folder `openmocap process` reads as is (src/live/take.ts);
// - coach: one camera, joint angles by the joints, BlazePose world landmarks as a 3D skeleton, the
//   repetitions of an exercise counted with range of motion, tempo and form cues (src/live/repCounter.ts);
// - live 3D: 2+ calibrated cameras triangulated frame by frame (src/live/liveTriangulate.ts).
// Detection runs in one worker per camera (liveWorker.ts), one frame in flight each. Record and coach
// keep the newest frame that arrived while the worker was busy and send it as soon as the worker is
// free (older ones are shown but not detected): the worker never waits for the camera's next frame,
// which held the coach at ~15 skeletons/s with 45–55 ms detections. Live 3D sends frames in rounds.
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { BlobSource, EncodedPacketSink, Input, MATROSKA, MP4, WEBM } from 'mediabunny';
import { getLayout } from '../src/core/layouts.ts';
import type { CameraRig, PoseSequence2D } from '../src/core/types.ts';
import { calibrationSettingsSchema } from '../src/calibration/calibrationSettingsSchema.ts';
import { guessLens } from '../src/calibration/fromPersonSolve.ts';
import { resampleSequence } from '../src/sync/resampleSequence.ts';
import { solveInWorker } from './calibrateInPage.ts';
import { parseCalibrationToml } from '../src/formats/calibrationToml.ts';
import { matchRig, triangulateLiveFrame, type LiveView } from '../src/live/liveTriangulate.ts';
import { coachFeatures, FACING_MAX_YAW_DEG, type PoseFeatures } from '../src/live/poseFeatures.ts';
import {
  cueMessage,
  EXERCISES,
  initialRepCounterState,
  stepRepCounter,
  type ExerciseName,
  type Rep,
  type RepCounterState,
} from '../src/live/repCounter.ts';
import {
  formatFrameTimesCsv,
  formatTakeJson,
  formatTakeSettings,
  recordedStart,
  sidecarName,
  type CameraTake,
  type Take,
  type TakeFrame,
} from '../src/live/take.ts';
import { createSkeletonView, liveFrame, type SkeletonView } from '../src/viewer/skeletonView.ts';
import { chooseViewAxes } from '../src/viewer/viewAxes.ts';
import type { BackendWanted } from './protocol.ts';
import type { LiveFromWorker, LiveInit } from './liveProtocol.ts';

type Mode = 'record' | 'coach' | '3d';

interface FrameMeta {
  captureTime?: number;
  presentationTime: number;
  mediaTime: number;
  presentedFrames: number;
}
type VideoWithRvfc = HTMLVideoElement & { requestVideoFrameCallback(cb: (now: number, meta: FrameMeta) => void): number };

interface LiveCamera {
  name: string;
  label: string;
  stream: MediaStream;
  video: VideoWithRvfc;
  overlay: HTMLCanvasElement;
  stats: HTMLElement;
  worker: Worker;
  ready: boolean;
  busy: boolean;
  /** Record and coach: the newest frame that arrived while the worker was busy, sent when it is free. */
  pending: { frame: VideoFrame; frameMs: number } | null;
  /** Live 3D: this camera is to send its next frame (a round of detections, see startRound). */
  inRound: boolean;
  backend: string;
  framesSeen: number;
  posesDrawn: number;
  framesWithPerson: number;
  /** Recent frame and pose times (page clock), for frames/s over the last 2 s. */
  frameTimes: number[];
  poseTimes: number[];
  /** Frame → drawn skeleton, ms, every drawn pose. */
  latenciesMs: number[];
  detectMs: number[];
  clock: 'capture' | 'presentation' | '';
  recorder?: MediaRecorder;
  chunks: Blob[];
  recorded?: Promise<void>;
  takeFrames: TakeFrame[];
  stoppedAtMs: number | null;
  stopReason: string | null;
}

/** What tests (and the curious, from the console) can read. */
interface LiveHandle {
  state: 'idle' | 'starting' | 'live' | 'recording' | 'saving' | 'saved' | 'failed';
  mode: Mode;
  error: string | null;
  messages: string[];
  cameras: Record<
    string,
    {
      label: string;
      backend: string;
      framesSeen: number;
      posesDrawn: number;
      framesWithPerson: number;
      cameraFps: number;
      poseFps: number;
      latencyMedianMs: number;
      latencyP90Ms: number;
      detectMedianMs: number;
      clock: string;
    }
  >;
  reps: Rep[];
  repAngleDeg: number;
  /** Squat: whether knee valgus is being measured ("measured: …") or not ("valgus: face the camera"). */
  valgus: string;
  worldLandmarks: boolean;
  live3d: { frames: number; latencyMedianMs: number; jointsLastFrame: number; missingCameras: string[] };
  /** The three.js views (world3d: the coach's world landmarks, live3d: the triangulated skeleton): frames pushed and rendered, 3D frames/s, frame → drawn 3D latency, the last frame's points. */
  view3d: Partial<
    Record<
      'world3d' | 'live3d',
      {
        pushed: number;
        rendered: number;
        fps: number;
        latencyMedianMs: number;
        latencyP90Ms: number;
        drawMedianMs: number;
        lastFrame: (number | null)[];
      }
    >
  >;
  /** Live 3D without calibration.toml: "solving", "failed" or the first summary line of the calibration from the person. */
  calibration: string;
  /** The warm-up's calibration.toml once solved (also kept in localStorage and put into takes). */
  savedCalibration: string | null;
  take: { cameras: string[]; zipBytes: number; stopped: Record<string, { atMs: number; reason: string }> } | null;
  takeZipBase64(): Promise<string | null>;
  /** Ends a camera's track as unplugging it would (tests). */
  unplug(camera: string): void;
  /** Video files played as cameras that have played to their end. */
  filesEnded: number;
  /** Forgets the latencies and counts so far (benchmarks: model loading excluded). */
  resetStats(): void;
  crossOriginIsolated: boolean;
}

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const params = new URLSearchParams(location.search);
const MAX_CAMERAS = 4;
/** Views whose frame times differ by more than this are not triangulated together. */
const MAX_SKEW_MS = 80;

const cameras: LiveCamera[] = [];
let devices: MediaDeviceInfo[] = [];
let rig: CameraRig | undefined;
let rigFile = '';
let calibrationText: string | undefined;
let coach: RepCounterState | undefined;
let takeStartMs = 0;
let takeStartedAt = '';
let takeZip: Blob | undefined;
let takeName = '';
let live3dFrames = 0;
const live3dLatency: number[] = [];
/** After the message is handled (busy flags cleared). */
const startRoundSoon = (): void => void queueMicrotask(startRound);
/** 3D views that could not start (no WebGL): not tried again. */
const no3d = new Set<string>();
const views3d = new Map<'world3d' | 'live3d', { view: SkeletonView; times: number[]; latencies: number[]; drawMs: number[] }>();
let running = false;
/** Video files played as cameras, started when every camera's pose model is ready. */
let filePlayers: HTMLVideoElement[] = [];

const median = (a: number[]): number => {
  if (!a.length) return NaN;
  const s = [...a].sort((x, y) => x - y);
  return s[s.length >> 1];
};
const quantile = (a: number[], q: number): number => {
  if (!a.length) return NaN;
  const s = [...a].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const perSecond = (times: number[], now: number): number => {
  while (times.length && now - times[0] > 2000) times.shift();
  return times.length > 1 ? (1000 * (times.length - 1)) / (times[times.length - 1] - times[0]) : 0;
};

const handle: LiveHandle = {
  state: 'idle',
  mode: 'record',
  error: null,
  messages: [],
  cameras: {},
  reps: [],
  repAngleDeg: NaN,
  valgus: '',
  worldLandmarks: false,
  live3d: { frames: 0, latencyMedianMs: NaN, jointsLastFrame: 0, missingCameras: [] },
  view3d: {},
  take: null,
  calibration: '',
  savedCalibration: null,
  filesEnded: 0,
  takeZipBase64: async () => {
    if (!takeZip) return null;
    const bytes = new Uint8Array(await takeZip.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  },
  unplug: (camera) => {
    const c = cameras.find((k) => k.name === camera);
    if (!c) throw new Error(`no camera ${camera}`);
    for (const t of c.stream.getVideoTracks()) t.stop();
  },
  resetStats: () => {
    live3dLatency.length = 0;
    for (const v of views3d.values()) [v.latencies, v.drawMs] = [[], []];
    for (const c of cameras) {
      c.latenciesMs = [];
      c.detectMs = [];
      c.posesDrawn = 0;
      c.framesWithPerson = 0;
    }
  },
  crossOriginIsolated: self.crossOriginIsolated,
};
(window as unknown as { openmocapLive: LiveHandle }).openmocapLive = handle;

function message(text: string): void {
  const li = document.createElement('li');
  li.textContent = text;
  $('messages').appendChild(li);
  handle.messages.push(text);
}

function status(text: string): void {
  $('status').textContent = text;
}

// --- choosing cameras -------------------------------------------------------------------------

async function findCameras(): Promise<void> {
  try {
    // Labels and ids are given only after a permission: ask once, then list.
    const probe = await navigator.mediaDevices.getUserMedia({ video: true });
    for (const t of probe.getTracks()) t.stop();
    devices = (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'videoinput');
  } catch (err) {
    message(`no camera could be opened (${(err as Error).message}); allow camera access for this page, or use video files as cameras`);
    return;
  }
  const list = $('camera-list');
  list.textContent = devices.length ? '' : 'no camera found';
  devices.slice(0, 8).forEach((d, i) => {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = d.deviceId;
    box.checked = i < MAX_CAMERAS;
    box.className = 'device';
    label.append(box, ` ${d.label || `camera ${i + 1}`} `);
    list.appendChild(label);
  });
  $<HTMLButtonElement>('start').disabled = !devices.length;
}

/** Streams of the chosen devices, or of the chosen video files played in a loop (captureStream). */
async function openSources(): Promise<{ label: string; stream: MediaStream }[]> {
  const files = [...($<HTMLInputElement>('video-files').files ?? [])].slice(0, MAX_CAMERAS);
  if (files.length) {
    const out: { label: string; stream: MediaStream }[] = [];
    const players: HTMLVideoElement[] = [];
    for (const f of files) {
      const v = document.createElement('video');
      v.muted = true;
      v.loop = params.get('loop') !== '0';
      v.playsInline = true;
      v.src = URL.createObjectURL(f);
      v.onended = () => handle.filesEnded++;
      await new Promise<void>((ok, fail) => {
        v.onloadeddata = () => ok();
        v.onerror = () => fail(new Error(`${f.name}: this browser cannot play it`));
      });
      players.push(v);
      out.push({ label: f.name, stream: (v as HTMLVideoElement & { captureStream(): MediaStream }).captureStream() });
    }
    // They start together once every camera's pose model is ready (filePlayers, see onWorker), as cameras running side by side.
    filePlayers = players;
    return out;
  }
  const chosen = [...document.querySelectorAll<HTMLInputElement>('input.device')]
    .filter((b) => b.checked)
    .map((b) => b.value)
    .slice(0, MAX_CAMERAS);
  const out: { label: string; stream: MediaStream }[] = [];
  for (const id of chosen) {
    const stream = await navigator.mediaDevices.getUserMedia({
      video: { deviceId: { exact: id }, width: { ideal: 1280 }, height: { ideal: 720 } },
    });
    out.push({ label: devices.find((d) => d.deviceId === id)?.label ?? id, stream });
  }
  return out;
}

// --- per-camera live loop -----------------------------------------------------------------------

function modelFor(mode: Mode): string {
  const chosen = $<HTMLSelectElement>('model').value || params.get('model') || '';
  return chosen || (mode === 'coach' ? 'blazepose-lite' : 'movenet-lightning');
}

async function start(): Promise<void> {
  const mode = $<HTMLSelectElement>('mode').value as Mode;
  handle.mode = mode;
  handle.state = 'starting';
  $<HTMLButtonElement>('start').disabled = true;
  try {
    let sources = await openSources();
    if (!sources.length) throw new Error('no camera chosen: find cameras and tick some, or use video files as cameras');
    if (mode === 'coach') sources = sources.slice(0, 1);
    if (mode === '3d' && sources.length < 2) throw new Error('live 3D needs at least 2 cameras');
    const model = modelFor(mode);
    const base = new URL('.', location.href);
    sources.forEach((s, i) =>
      cameras.push(
        openCamera(`cam${String(i + 1).padStart(2, '0')}`, s.label, s.stream, {
          type: 'init',
          camera: '',
          model,
          backend: (params.get('backend') ?? 'auto') as BackendWanted,
          modelBase: new URL('models/', base).href,
          wasmBase: new URL('tfjs/', base).href,
          maxSize: Number(params.get('max_size') ?? 480),
        }),
      ),
    );
    if (mode === 'coach') {
      const ex = $<HTMLSelectElement>('exercise').value as ExerciseName;
      coach = initialRepCounterState(ex);
      $('rep-name').textContent = `${ex} repetitions`;
      $('coach-panel').hidden = false;
    }
    if (mode === '3d' && rig) {
      const m = matchRig(
        rig,
        cameras.map((c) => c.name),
        rigFile,
      );
      rig = m.rig;
      handle.live3d.missingCameras = m.missing;
      if (m.missing.length) message(`${m.missing.join(', ')}: not in ${rigFile}; shown but not triangulated`);
    }
    if (mode === '3d' && !rig) {
      warmup = {
        untilMs: Infinity,
        seconds: Number(params.get('warmup_s') ?? 20),
        minFrames: Number(params.get('warmup_frames') ?? 0),
        views: new Map(),
      };
      $('live3d-status').textContent =
        `no calibration: walk around the whole area every camera sees for ${warmup.seconds} s once the skeletons show; the cameras are then calibrated from the person`;
    }
    if (mode === '3d') $('live3d-panel').hidden = false;
    // Takes are recorded in live 3D too: a take after a warm-up carries its calibration.toml.
    $('record-panel').hidden = mode === 'coach';
    $<HTMLButtonElement>('record').disabled = mode === 'coach';
    $<HTMLButtonElement>('stop-live').disabled = false;
    running = true;
    handle.state = 'live';
    status(`${cameras.length} camera${cameras.length > 1 ? 's' : ''}, model ${model}; starting the pose model…`);
    requestAnimationFrame(refreshStats);
  } catch (err) {
    handle.state = 'failed';
    handle.error = (err as Error).message;
    message((err as Error).message);
    $<HTMLButtonElement>('start').disabled = false;
  }
}

function openCamera(name: string, label: string, stream: MediaStream, init: LiveInit): LiveCamera {
  const box = document.createElement('div');
  box.className = 'cam';
  const video = document.createElement('video') as VideoWithRvfc;
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  const overlay = document.createElement('canvas');
  overlay.className = 'overlay';
  const stats = document.createElement('div');
  stats.className = 'stats';
  box.append(video, overlay, stats);
  $('views').appendChild(box);
  const worker = new Worker(new URL('./liveWorker.ts', import.meta.url), { type: 'module' });
  const cam: LiveCamera = {
    name,
    label,
    stream,
    video,
    overlay,
    stats,
    worker,
    ready: false,
    busy: false,
    pending: null,
    inRound: false,
    backend: '',
    framesSeen: 0,
    posesDrawn: 0,
    framesWithPerson: 0,
    frameTimes: [],
    poseTimes: [],
    latenciesMs: [],
    detectMs: [],
    clock: '',
    chunks: [],
    takeFrames: [],
    stoppedAtMs: null,
    stopReason: null,
  };
  worker.onmessage = (e: MessageEvent<LiveFromWorker>) => onWorker(cam, e.data);
  worker.postMessage({ ...init, camera: name });
  const track = stream.getVideoTracks()[0];
  track?.addEventListener('ended', () => cameraStopped(cam, 'the camera stopped (unplugged or closed)'));
  const onFrame = (now: number, meta: FrameMeta): void => {
    if (!running) return;
    cam.framesSeen++;
    cam.frameTimes.push(now);
    const frameMs = meta.captureTime ?? meta.presentationTime;
    cam.clock ||= meta.captureTime !== undefined ? 'capture' : 'presentation';
    if (cam.recorder && cam.stoppedAtMs === null)
      cam.takeFrames.push({ timeMs: frameMs - takeStartMs, mediaTimeS: meta.mediaTime, presentedFrames: meta.presentedFrames });
    if (handle.mode === '3d' && !cam.inRound) startRound();
    const detecting = cam.ready && cam.stoppedAtMs === null;
    if (detecting && !cam.busy && (handle.mode !== '3d' || cam.inRound)) {
      const frame = grabFrame(video, frameMs);
      if (frame) sendFrame(cam, frame, frameMs);
    } else if (detecting && cam.busy && handle.mode !== '3d') {
      const frame = grabFrame(video, frameMs);
      if (frame) {
        cam.pending?.frame.close();
        cam.pending = { frame, frameMs };
      }
    }
    video.requestVideoFrameCallback(onFrame);
  };
  video.requestVideoFrameCallback(onFrame);
  void video.play();
  return cam;
}

/**
 * Live 3D detects in rounds: once every camera's last detection is done, each sends its next frame,
 * so the views of a round are within a frame of each other and every round can be triangulated
 * (cameras detecting on their own would pair up only when two detections happen to fall within
 * MAX_SKEW_MS). Stopped cameras are left out.
 */
function startRound(): void {
  if (handle.mode !== '3d') return;
  const live = cameras.filter((c) => c.stoppedAtMs === null);
  // A camera that sent no frame for a second (its video stalled or ended) does not hold the others up.
  const stale = performance.now() - roundStartedMs > 1000;
  if (live.every((c) => c.ready && !c.busy && (!c.inRound || stale))) {
    for (const c of live) c.inRound = true;
    roundStartedMs = performance.now();
  }
}
let roundStartedMs = 0;

/** Record and coach: the frame kept while the worker was busy goes to it now (see the file's head). */
function sendPending(cam: LiveCamera): void {
  const p = cam.pending;
  cam.pending = null;
  if (!p) return;
  if (!running || cam.stoppedAtMs !== null || handle.mode === '3d') {
    p.frame.close();
    return;
  }
  sendFrame(cam, p.frame, p.frameMs);
}

/** The video's current frame stamped with its time (ms), or null while the element is between frames (the next callback tries again). */
function grabFrame(video: HTMLVideoElement, frameMs: number): VideoFrame | null {
  try {
    return new VideoFrame(video, { timestamp: Math.round(frameMs * 1000) });
  } catch {
    return null;
  }
}

/** Hands a frame to the camera's worker: one in flight per camera. */
function sendFrame(cam: LiveCamera, frame: VideoFrame, frameMs: number): void {
  cam.busy = true;
  cam.inRound = false;
  cam.worker.postMessage({ type: 'frame', frame, frameMs }, [frame as unknown as Transferable]);
}

function onWorker(cam: LiveCamera, m: LiveFromWorker): void {
  startRoundSoon();
  if (m.type === 'ready') {
    cam.ready = true;
    cam.backend = `${m.backend}${m.detail ? ` (${m.detail})` : ''}`;
    if (cameras.every((c) => c.ready) && filePlayers.length) {
      const rate = Number(params.get('rate') ?? 1);
      for (const v of filePlayers) v.playbackRate = rate;
      void Promise.all(filePlayers.map((v) => v.play())).catch((err: unknown) =>
        message(`the video files could not be played as cameras: ${(err as Error).message}`),
      );
      filePlayers = [];
    }
    status(`${cameras.filter((c) => c.ready).length}/${cameras.length} cameras detecting; tfjs ${cam.backend}`);
    return;
  }
  if (m.type === 'error') {
    cam.busy = false;
    cam.pending?.frame.close();
    cam.pending = null;
    message(m.message);
    return;
  }
  cam.busy = false;
  sendPending(cam);
  drawSkeleton(cam, m.keypoints, m.layout, m.width, m.height);
  const now = performance.now();
  cam.posesDrawn++;
  if (m.keypoints) cam.framesWithPerson++;
  cam.poseTimes.push(now);
  cam.latenciesMs.push(now - m.frameMs);
  cam.detectMs.push(m.detectMs);
  if (handle.mode === 'coach' && coach) onCoachPose(cam, m.frameMs, m.keypoints, m.world, m.layout);
  if (handle.mode === '3d' && warmup && m.keypoints) onWarmupView(cam, m.frameMs, m.keypoints, m.layout, m.width, m.height);
  else if (handle.mode === '3d' && m.keypoints)
    onLiveView(cam, { camera: cam.name, layout: m.layout, width: m.width, height: m.height, keypoints: m.keypoints, frameMs: m.frameMs });
}

function drawSkeleton(cam: LiveCamera, kp: Float32Array | null, layoutName: string, width: number, height: number): void {
  const c = cam.overlay;
  if (c.width !== width || c.height !== height) [c.width, c.height] = [width, height];
  const g = c.getContext('2d')!;
  g.clearRect(0, 0, width, height);
  if (!kp) return;
  const L = getLayout(layoutName);
  const s = Math.max(2, width / 300);
  g.lineWidth = s;
  g.strokeStyle = '#4fe3a0';
  for (const [a, b] of L.boneIndices) {
    if (kp[a * 3 + 2] < 0.3 || kp[b * 3 + 2] < 0.3) continue;
    g.beginPath();
    g.moveTo(kp[a * 3], kp[a * 3 + 1]);
    g.lineTo(kp[b * 3], kp[b * 3 + 1]);
    g.stroke();
  }
  g.fillStyle = '#ffd166';
  for (let j = 0; j < L.keypoints.length; j++) if (kp[j * 3 + 2] >= 0.3) g.fillRect(kp[j * 3] - s, kp[j * 3 + 1] - s, 2 * s, 2 * s);
}

// --- coach ------------------------------------------------------------------------------------------

function onCoachPose(cam: LiveCamera, frameMs: number, kp: Float32Array | null, world: Float32Array | null, layout: string): void {
  if (!kp) return;
  handle.worldLandmarks ||= !!world;
  // World landmarks (metres, y down) do not shrink with the view angle: use them when the model gives them.
  const f = coachFeatures(kp, world, layout);
  const before = coach!.reps.length;
  coach = stepRepCounter(coach!, frameMs, f);
  handle.repAngleDeg = coach.lastDeg;
  drawAngles(cam, kp, layout, f);
  if (coach!.exercise === 'squat') {
    // The knee-valgus cue is a frontal-plane measure: said only while the hips face the camera.
    const turned = Number.isFinite(f.facingYawDeg)
      ? ` (the body is turned ${f.facingYawDeg.toFixed(0)}° from the camera; at most ${FACING_MAX_YAW_DEG}° is needed)`
      : '';
    handle.valgus = f.facesCamera
      ? Number.isFinite(f.kneeValgusRatio)
        ? `measured: knee spacing ${(100 * f.kneeValgusRatio).toFixed(0)}% of ankle spacing`
        : 'measured'
      : 'valgus: face the camera';
    $('valgus-status').textContent = f.facesCamera ? `knee valgus ${handle.valgus}` : `${handle.valgus}${turned}`;
  }
  if (world && params.get('view3d') !== '0') {
    show3d('world3d', world, layout, frameMs, null);
    const v = handle.view3d.world3d;
    if (v)
      $('world3d-status').textContent =
        `world landmarks in 3D: ${v.fps.toFixed(1)} frames/s, frame → drawn 3D ${v.latencyMedianMs.toFixed(0)} ms (median)`;
  }
  $('rep-angle').textContent = Number.isFinite(coach.lastDeg)
    ? `${EXERCISES[coach.exercise].signalName}: ${coach.lastDeg.toFixed(0)}°`
    : '';
  if (coach.reps.length !== before) {
    handle.reps = coach.reps;
    $('rep-count').textContent = String(coach.reps.length);
    const r = coach.reps[coach.reps.length - 1];
    const tr = document.createElement('tr');
    const notes = r.cues.map((c) => cueMessage(coach!.exercise, c));
    if (coach.exercise === 'squat' && !Number.isFinite(r.kneeValgusRatio)) notes.push('valgus: face the camera (not judged side-on)');
    for (const text of [
      String(r.index),
      `${r.rangeDeg.toFixed(0)}°`,
      `${r.downS.toFixed(2)} s`,
      `${r.upS.toFixed(2)} s`,
      notes.join('; ') || 'good',
    ]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.appendChild(td);
    }
    $('reps').querySelector('tbody')!.appendChild(tr);
  }
}

/** Angles written next to the joints they belong to. */
function drawAngles(cam: LiveCamera, kp: Float32Array, layout: string, f: PoseFeatures): void {
  const L = getLayout(layout);
  const g = cam.overlay.getContext('2d')!;
  const px = Math.max(12, cam.overlay.width / 40);
  g.font = `${px}px system-ui, sans-serif`;
  g.fillStyle = '#ffffff';
  g.strokeStyle = '#000000';
  g.lineWidth = 3;
  const at = (joint: string, deg: number, dx = 8): void => {
    const j = L.indexOf.get(joint);
    if (j === undefined || !Number.isFinite(deg) || kp[j * 3 + 2] < 0.3) return;
    const text = `${deg.toFixed(0)}°`;
    g.strokeText(text, kp[j * 3] + dx, kp[j * 3 + 1]);
    g.fillText(text, kp[j * 3] + dx, kp[j * 3 + 1]);
  };
  at('LKnee', f.leftKneeFlexionDeg);
  at('RKnee', f.rightKneeFlexionDeg, -px * 2.5);
  at('LHip', f.leftHipFlexionDeg);
  at('RHip', f.rightHipFlexionDeg, -px * 2.5);
  at('LElbow', f.leftElbowFlexionDeg);
  at('RElbow', f.rightElbowFlexionDeg, -px * 2.5);
  const ls = L.indexOf.get('LShoulder')!,
    rs = L.indexOf.get('RShoulder')!;
  if (Number.isFinite(f.trunkLeanDeg)) {
    const x = (kp[ls * 3] + kp[rs * 3]) / 2,
      y = (kp[ls * 3 + 1] + kp[rs * 3 + 1]) / 2 - px;
    g.strokeText(`trunk ${f.trunkLeanDeg.toFixed(0)}°`, x, y);
    g.fillText(`trunk ${f.trunkLeanDeg.toFixed(0)}°`, x, y);
  }
}

/**
 * The live 3D skeletons in the three.js viewer's skeleton view (src/viewer/skeletonView.ts: floor grid,
 * orbit controls, camera frustums when calibrated): made on the first frame (its axes — which way is up,
 * where the floor is — chosen from that frame as the viewer does), then each frame is pushed and drawn at
 * once. Returns the latency from the frame's time to the drawn 3D (ms).
 */
function show3d(id: 'world3d' | 'live3d', xyz: ArrayLike<number>, layout: string, frameMs: number, viewRig: CameraRig | null): number {
  let v = views3d.get(id);
  if (!v) {
    if (no3d.has(id)) return NaN;
    const first = liveFrame(layout, xyz);
    try {
      v = { view: createSkeletonView($(id), first, viewRig, chooseViewAxes(first, viewRig)), times: [], latencies: [], drawMs: [] };
    } catch (err) {
      no3d.add(id);
      message(
        `the 3D view could not start (${(err as Error).message}); this browser needs WebGL for it — the rest of the page works without it`,
      );
      return NaN;
    }
    views3d.set(id, v);
  }
  const t0 = performance.now();
  v.view.pushFrame(xyz);
  v.view.renderIfNeeded();
  const now = performance.now();
  v.drawMs.push(now - t0);
  const latency = now - frameMs;
  v.times.push(now);
  v.latencies.push(latency);
  const fps = perSecond(v.times, now);
  handle.view3d[id] = {
    pushed: v.view.counts.pushed,
    rendered: v.view.counts.rendered,
    fps,
    latencyMedianMs: median(v.latencies),
    latencyP90Ms: quantile(v.latencies, 0.9),
    drawMedianMs: median(v.drawMs),
    lastFrame: Array.from(xyz, (x) => (Number.isFinite(x) ? x : null)),
  };
  return latency;
}

// --- live 3D ------------------------------------------------------------------------------------------

/** Calibration from the person: the skeletons of a warm-up, per camera, then the same solve as `openmocap calibrate --from-person`. */
/** The warm-up lasts `seconds` and, when `minFrames` is set (?warmup_frames=), until every camera has that many skeletons. */
let warmup:
  | {
      untilMs: number;
      seconds: number;
      minFrames: number;
      views: Map<string, { timesMs: number[]; data: number[]; layout: string; width: number; height: number }>;
    }
  | undefined;

function onWarmupView(cam: LiveCamera, frameMs: number, kp: Float32Array, layout: string, width: number, height: number): void {
  const w = warmup!;
  if (!Number.isFinite(w.untilMs)) {
    if (!cameras.every((c) => c.posesDrawn > 0)) return;
    w.untilMs = frameMs + w.seconds * 1000;
  }
  const fewest = w.views.size === cameras.length ? Math.min(...[...w.views.values()].map((v) => v.timesMs.length)) : 0;
  if (frameMs > w.untilMs && fewest > 0 && fewest >= w.minFrames) {
    void calibrateFromWarmup();
    return;
  }
  let v = w.views.get(cam.name);
  if (!v) w.views.set(cam.name, (v = { timesMs: [], data: [], layout, width, height }));
  v.timesMs.push(frameMs);
  v.data.push(...kp);
  $('live3d-status').textContent =
    frameMs <= w.untilMs
      ? `warm-up: ${Math.max(0, (w.untilMs - frameMs) / 1000).toFixed(0)} s left; keep walking through the whole area`
      : `warm-up: ${fewest} of ${w.minFrames} skeletons from every camera; keep walking through the whole area`;
}

async function calibrateFromWarmup(): Promise<void> {
  const w = warmup!;
  warmup = undefined;
  handle.calibration = 'solving';
  // Every camera's skeletons on the first camera's frame times, by their own times (the page's clock is shared).
  const raw: PoseSequence2D[] = cameras.map((c) => {
    const v = w.views.get(c.name)!;
    const joints = getLayout(v.layout).keypoints.length;
    return {
      camera: c.name,
      layout: v.layout,
      imageWidth: v.width,
      imageHeight: v.height,
      fps: 1000 / ((v.timesMs.at(-1)! - v.timesMs[0]) / Math.max(1, v.timesMs.length - 1)),
      frames: v.timesMs.length,
      persons: 1,
      joints,
      data: Float32Array.from(v.data),
      trackIds: new Int32Array(v.timesMs.length),
      timestampsMs: Float64Array.from(v.timesMs),
      model: modelFor('3d'),
    };
  });
  const ref = raw[0];
  const pooled = raw.map((q) =>
    q === ref ? q : resampleSequence(q, { startS: (q.timestampsMs[0] - ref.timestampsMs[0]) / 1000 }, ref.timestampsMs, ref.fps),
  );
  $('live3d-status').textContent = `calibrating from the person over ${ref.frames} frames…`;
  try {
    const solved = await solveInWorker(
      {
        session: 'live',
        pooled,
        cameras: pooled.map((q) => guessLens(q.camera, q.imageWidth, q.imageHeight)),
        takes: [{ source: 'live warm-up', frames: ref.frames }],
        model: modelFor('3d'),
        settings: calibrationSettingsSchema.parse({}),
        leftOut: [],
        guessed: pooled.map((q) => q.camera),
        lensLine: 'lenses: guessed for every camera (no lens calibration)',
        calibratedBy: 'openmocap live page (calibration from the person over a warm-up)',
      },
      (line) => {
        $('live3d-status').textContent = line;
      },
      undefined,
    );
    calibrationText = solved.calibrationToml;
    rig = parseCalibrationToml(calibrationText, { file: 'calibration from the person' });
    rigFile = 'calibration from the person';
    handle.calibration = solved.lines[0];
    status(handle.calibration);
    saveWarmupCalibration(calibrationText, solved.lines[0]);
  } catch (err) {
    handle.calibration = 'failed';
    message((err as Error).message);
  }
}

/** Where the last warm-up's calibration is kept in this browser, for the next visit. */
const SAVED_CALIBRATION_KEY = 'openmocap-live-calibration';
interface SavedCalibration {
  toml: string;
  savedAt: string;
  cameras: string[];
  summary: string;
}

/**
 * The warm-up's calibration kept: in this browser (offered on the next visit: "use the calibration
 * saved …"), as a calibration.toml download, and in every take recorded after it (the take's
 * calibration.toml, which `openmocap process` reads). The text is the CLI's writer's
 * (formatCalibrationToml, via the same solve as `calibrate --from-person`).
 */
function saveWarmupCalibration(toml: string, summary: string): void {
  const saved: SavedCalibration = { toml, savedAt: new Date().toISOString(), cameras: cameras.map((c) => c.name), summary };
  try {
    localStorage.setItem(SAVED_CALIBRATION_KEY, JSON.stringify(saved));
  } catch (err) {
    message(`the calibration could not be kept in this browser (${(err as Error).message}); download it instead`);
  }
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([toml], { type: 'application/toml' }));
  a.download = 'calibration.toml';
  a.textContent = 'download calibration.toml';
  $('calibration-saved').replaceChildren(
    document.createTextNode(
      `calibration from the warm-up (${summary}) kept in this browser for the next visit and put into every take recorded now; `,
    ),
    a,
    document.createTextNode(' — or put it beside a take as calibration.toml'),
  );
  handle.savedCalibration = toml;
}

function savedCalibration(): SavedCalibration | null {
  try {
    const s = JSON.parse(localStorage.getItem(SAVED_CALIBRATION_KEY) ?? 'null') as SavedCalibration | null;
    return s && typeof s.toml === 'string' ? s : null;
  } catch {
    return null;
  }
}

function useCalibration(text: string, file: string): void {
  try {
    rig = parseCalibrationToml(text, { file });
    calibrationText = text;
    rigFile = file;
    status(`calibration ${file}: ${rig.cameras.map((c) => c.name).join(', ')}`);
  } catch (err) {
    rig = undefined;
    calibrationText = undefined;
    message((err as Error).message);
  }
}

const latestViews = new Map<string, LiveView>();

function onLiveView(_cam: LiveCamera, view: LiveView): void {
  if (!rig) return;
  latestViews.set(view.camera, view);
  const views: LiveView[] = [];
  for (const cam of cameras) {
    if (handle.live3d.missingCameras.includes(cam.name)) continue;
    const v = latestViews.get(cam.name);
    if (!v) return;
    views.push(v);
  }
  const times = views.map((v) => v.frameMs);
  if (Math.max(...times) - Math.min(...times) > MAX_SKEW_MS) return;
  const { xyz } = triangulateLiveFrame(views, rig);
  const drawn = show3d('live3d', xyz, views[0].layout, Math.min(...times), rig);
  // Without WebGL (no 3D view) the latency is to the triangulated frame.
  const latency = Number.isFinite(drawn) ? drawn : performance.now() - Math.min(...times);
  live3dLatency.push(latency);
  live3dFrames++;
  let joints = 0;
  for (let j = 0; j < xyz.length; j += 3) if (Number.isFinite(xyz[j])) joints++;
  handle.live3d = { ...handle.live3d, frames: live3dFrames, latencyMedianMs: median(live3dLatency), jointsLastFrame: joints };
  const fps = handle.view3d.live3d?.fps ?? NaN;
  $('live3d-status').textContent =
    `3D frame ${live3dFrames}: ${joints} joints from ${views.length} cameras; ${fps.toFixed(1)} 3D frames/s; frame → drawn 3D ${latency.toFixed(0)} ms (median ${median(live3dLatency).toFixed(0)} ms)`;
  // Each view is used once: the next 3D frame waits for a new pose from every camera.
  latestViews.clear();
}

// --- recording --------------------------------------------------------------------------------------

function recorderType(): string {
  for (const t of ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm', 'video/mp4'])
    if (MediaRecorder.isTypeSupported(t)) return t;
  return '';
}

function startRecording(): void {
  const mimeType = recorderType();
  takeStartMs = performance.now();
  takeStartedAt = new Date().toISOString();
  takeZip = undefined;
  handle.take = null;
  for (const cam of cameras) {
    cam.chunks = [];
    cam.takeFrames = [];
    cam.stoppedAtMs = null;
    cam.stopReason = null;
    const rec = new MediaRecorder(cam.stream, mimeType ? { mimeType, videoBitsPerSecond: 4_000_000 } : undefined);
    rec.ondataavailable = (e) => {
      if (e.data.size) cam.chunks.push(e.data);
    };
    cam.recorded = new Promise<void>((ok) => {
      rec.onstop = () => ok();
    });
    rec.onerror = () => cameraStopped(cam, 'the recorder failed');
    // Data every second: a camera that disappears leaves what it recorded.
    rec.start(1000);
    cam.recorder = rec;
  }
  handle.state = 'recording';
  $<HTMLButtonElement>('record').disabled = true;
  $<HTMLButtonElement>('stop-record').disabled = false;
  $('record-status').textContent = `recording ${cameras.length} cameras (${mimeType})…`;
}

/** A camera that stopped on its own during a take: its recorder is closed (its file stays complete), the others go on. */
function cameraStopped(cam: LiveCamera, reason: string): void {
  if (cam.stoppedAtMs !== null || !cam.recorder || handle.state !== 'recording') return;
  cam.stoppedAtMs = performance.now() - takeStartMs;
  cam.stopReason = reason;
  if (cam.recorder.state !== 'inactive') cam.recorder.stop();
  message(
    `${cam.name} (${cam.label}) stopped ${(cam.stoppedAtMs / 1000).toFixed(2)} s into the take: ${reason}; the other cameras go on recording`,
  );
}

/** Tracks stopped by the page (or a driver) fire no "ended" event: look at each one while recording. */
function watchTracks(): void {
  if (handle.state !== 'recording') return;
  for (const cam of cameras)
    if (cam.stream.getVideoTracks().every((t) => t.readyState === 'ended')) cameraStopped(cam, 'the camera stopped (unplugged or closed)');
  setTimeout(watchTracks, 100);
}

async function stopRecording(): Promise<void> {
  handle.state = 'saving';
  $<HTMLButtonElement>('stop-record').disabled = true;
  const durationMs = performance.now() - takeStartMs;
  for (const cam of cameras) if (cam.recorder && cam.recorder.state !== 'inactive') cam.recorder.stop();
  await Promise.all(cameras.map((c) => c.recorded));
  const ext = (cameras[0].recorder?.mimeType ?? 'video/webm').includes('mp4') ? 'mp4' : 'webm';
  const takes: CameraTake[] = cameras.map((c) => ({
    camera: c.name,
    label: c.label,
    videoFile: `${c.name}.${ext}`,
    mimeType: c.recorder?.mimeType ?? '',
    bytes: c.chunks.reduce((s, b) => s + b.size, 0),
    frames: c.takeFrames,
    stoppedAtMs: c.stoppedAtMs,
    stopReason: c.stopReason,
  }));
  // The recorded files read back: how many frames each holds and at what rate (their own timestamps).
  for (const [i, c] of cameras.entries()) {
    try {
      const input = new Input({ formats: [WEBM, MATROSKA, MP4], source: new BlobSource(new Blob(c.chunks, { type: takes[i].mimeType })) });
      const track = await input.getPrimaryVideoTrack();
      if (!track) continue;
      const ts: number[] = [];
      for await (const p of new EncodedPacketSink(track).packets()) ts.push(p.timestamp);
      ts.sort((a, b) => a - b);
      takes[i].videoFrames = ts.length;
      if (ts.length > 1 && ts[ts.length - 1] > ts[0]) takes[i].videoFps = (ts.length - 1) / (ts[ts.length - 1] - ts[0]);
      // The file's first frame on the take's clock, from the frames the page saw (a busy page skips some).
      const m = recordedStart(
        takes[i].frames.map((f) => f.timeMs),
        ts.map((t) => (t - ts[0]) * 1000),
      );
      if (Number.isFinite(m.startMs)) [takes[i].firstRecordedFrameMs, takes[i].matchResidualMs] = [m.startMs, m.residualMs];
    } catch (err) {
      message(`${c.name}: the recorded file could not be read back (${(err as Error).message})`);
    }
  }
  const take: Take = {
    startedAt: takeStartedAt,
    clock: cameras.map((c) => c.clock).find(Boolean) ?? 'presentation',
    durationMs,
    cameras: takes,
  };
  takeName = `take-${takeStartedAt.replace(/[:.]/g, '-').replace(/Z$/, '')}`;
  const files: [string, Blob | string][] = [];
  for (const [i, c] of cameras.entries()) {
    files.push([`videos/${takes[i].videoFile}`, new Blob(c.chunks, { type: takes[i].mimeType })]);
    files.push([`videos/${sidecarName(takes[i])}`, formatFrameTimesCsv(takes[i])]);
  }
  files.push(['take.json', formatTakeJson(take)]);
  files.push(['mocap.toml', formatTakeSettings(take)]);
  if (calibrationText) files.push(['calibration.toml', calibrationText]);
  takeZip = await zipFiles(takeName, files);
  handle.take = {
    cameras: takes.map((t) => t.camera),
    zipBytes: takeZip.size,
    stopped: Object.fromEntries(
      takes.filter((t) => t.stoppedAtMs !== null).map((t) => [t.camera, { atMs: t.stoppedAtMs!, reason: t.stopReason! }]),
    ),
  };
  const a = document.createElement('a');
  a.href = URL.createObjectURL(takeZip);
  a.download = `${takeName}.zip`;
  a.textContent = `download ${takeName}.zip (${(takeZip.size / 1e6).toFixed(1)} MB)`;
  $('take-download').replaceChildren(a, document.createTextNode(` — unzip and run: openmocap process ${takeName}`));
  const picker = (window as unknown as { showDirectoryPicker?: () => Promise<unknown> }).showDirectoryPicker;
  if (picker) {
    $('save-folder').hidden = false;
    $('save-folder').onclick = () => void saveToFolder(files);
  }
  $('record-status').textContent =
    `take saved: ${takes.map((t) => `${t.camera} ${t.frames.length} frames${t.stoppedAtMs !== null ? ` (stopped at ${(t.stoppedAtMs / 1000).toFixed(2)} s)` : ''}`).join(', ')}`;
  $<HTMLButtonElement>('record').disabled = false;
  handle.state = 'saved';
}

async function zipFiles(root: string, files: [string, Blob | string][]): Promise<Blob> {
  const parts: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else parts.push(chunk);
  });
  for (const [path, body] of files) {
    if (typeof body === 'string') {
      const e = new ZipDeflate(`${root}/${path}`, { level: 6 });
      zip.add(e);
      e.push(new TextEncoder().encode(body), true);
    } else {
      const e = new ZipPassThrough(`${root}/${path}`);
      zip.add(e);
      e.push(new Uint8Array(await body.arrayBuffer()), true);
    }
  }
  zip.end();
  if (failure) throw failure;
  return new Blob(parts as BlobPart[], { type: 'application/zip' });
}

interface DirHandle {
  getDirectoryHandle(n: string, o: { create: boolean }): Promise<DirHandle>;
  getFileHandle(
    n: string,
    o: { create: boolean },
  ): Promise<{ createWritable(): Promise<{ write(b: Blob | string): Promise<void>; close(): Promise<void> }> }>;
}

/** The take as a session folder, through the File System Access API (Chrome). */
async function saveToFolder(files: [string, Blob | string][]): Promise<void> {
  try {
    const parent = await (window as unknown as { showDirectoryPicker(o: { mode: string }): Promise<DirHandle> }).showDirectoryPicker({
      mode: 'readwrite',
    });
    const root = await parent.getDirectoryHandle(takeName, { create: true });
    for (const [path, body] of files) {
      let dir = root;
      const parts = path.split('/');
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
      const w = await (await dir.getFileHandle(parts[parts.length - 1], { create: true })).createWritable();
      await w.write(body);
      await w.close();
    }
    $('record-status').textContent = `saved to the folder ${takeName}`;
  } catch (err) {
    message(`the take was not saved to a folder (${(err as Error).message}); download the zip instead`);
  }
}

// --- stats ---------------------------------------------------------------------------------------------

function refreshStats(): void {
  const now = performance.now();
  for (const c of cameras) {
    const s = {
      label: c.label,
      backend: c.backend,
      framesSeen: c.framesSeen,
      posesDrawn: c.posesDrawn,
      framesWithPerson: c.framesWithPerson,
      cameraFps: perSecond(c.frameTimes, now),
      poseFps: perSecond(c.poseTimes, now),
      latencyMedianMs: median(c.latenciesMs),
      latencyP90Ms: quantile(c.latenciesMs, 0.9),
      detectMedianMs: median(c.detectMs),
      clock: c.clock,
    };
    handle.cameras[c.name] = s;
    c.stats.textContent = `${c.name} ${c.label}: camera ${s.cameraFps.toFixed(1)} fps · skeleton ${s.poseFps.toFixed(1)} fps · frame→skeleton ${Number.isFinite(s.latencyMedianMs) ? s.latencyMedianMs.toFixed(0) : '–'} ms${c.stoppedAtMs !== null ? ` · STOPPED at ${(c.stoppedAtMs / 1000).toFixed(2)} s` : ''}`;
  }
  if (running) setTimeout(() => requestAnimationFrame(refreshStats), 250);
}

function stopLive(): void {
  running = false;
  for (const c of cameras) {
    c.pending?.frame.close();
    c.pending = null;
    c.worker.terminate();
    for (const t of c.stream.getTracks()) t.stop();
  }
  handle.state = 'idle';
  $<HTMLButtonElement>('stop-live').disabled = true;
}

// --- wiring ----------------------------------------------------------------------------------------------

$('find-cameras').onclick = () => void findCameras();
$<HTMLInputElement>('video-files').onchange = () => {
  const n = $<HTMLInputElement>('video-files').files?.length ?? 0;
  $('camera-list').textContent = n ? `${Math.min(n, MAX_CAMERAS)} video file${n > 1 ? 's' : ''} as cameras` : '';
  $<HTMLButtonElement>('start').disabled = !n;
};
$<HTMLInputElement>('calibration').onchange = async () => {
  const f = $<HTMLInputElement>('calibration').files?.[0];
  if (f) useCalibration(await f.text(), f.name);
};
{
  const saved = savedCalibration();
  if (saved) {
    const b = $<HTMLButtonElement>('use-saved-calibration');
    b.hidden = false;
    b.textContent = `use the calibration of the warm-up of ${saved.savedAt.slice(0, 16).replace('T', ' ')} (${saved.cameras.join(', ')})`;
    b.onclick = () => useCalibration(saved.toml, `the warm-up's calibration of ${saved.savedAt}`);
  }
}
$('start').onclick = () => void start();
$('stop-live').onclick = stopLive;
$('record').onclick = () => {
  startRecording();
  watchTracks();
};
$('stop-record').onclick = () => void stopRecording();
if (params.get('mode')) $<HTMLSelectElement>('mode').value = params.get('mode')!;
if (params.get('exercise')) $<HTMLSelectElement>('exercise').value = params.get('exercise')!;
if (params.get('model')) $<HTMLSelectElement>('model').value = params.get('model')!;
