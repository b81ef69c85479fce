// Node-only: a pool of worker threads, each with its own wasm backend and model. The main thread
// decodes (ffmpeg runs in its own process and this thread keeps reading its pipe), while the
// workers run the network: decoding and inference overlap, and every core is used.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PoseSequence2D } from '../core/types.ts';
import { UserError } from '../core/errors.ts';
import { decodeFrames } from '../video/decode.ts';
import { findFfmpeg, type FfmpegTools } from '../video/ffmpeg.ts';
import { probeVideo, type VideoInfo } from '../video/probe.ts';
import { stitchChunks } from './stitchChunks.ts';
import { assembleSequence, type FramePersons } from './assembleSequence.ts';
import type { DetectPersonsOptions, DetectState } from './detectPersons.ts';
import type { WorkerReply, WorkerRequest } from './detectWorker.ts';
import { getModelSpec } from './modelSpecs.ts';

/**
 * The video was read to the end but nobody was found in any frame (a black clip, an empty room, a
 * camera pointing elsewhere). Carries the empty sequence, so a caller that can go on without this
 * camera (the `process` pipeline) can record it instead of detecting it again.
 */
export class NoPersonFoundError extends UserError {
  readonly videoPath: string;
  readonly model: string;
  /** Every frame of the video, with no person in any (trackIds all −1, keypoints NaN). */
  readonly sequence: PoseSequence2D;
  constructor(videoPath: string, model: string, sequence: PoseSequence2D) {
    super(`${videoPath}: no person found in any of its ${sequence.frames} frames (model ${model}); check that the camera sees the subject`);
    this.name = 'NoPersonFoundError';
    this.videoPath = videoPath;
    this.model = model;
    this.sequence = sequence;
  }
}

/** Progress of detection on one camera's video. */
export interface DetectProgress {
  camera: string;
  /** Frames finished so far. */
  framesDone: number;
  /** Total frames when known. */
  framesTotal?: number;
  /** Frames per second since this camera started. */
  fps: number;
  /** Estimated seconds left for this camera, when the total is known. */
  etaS?: number;
}

export interface DetectPoolOptions {
  model: string;
  /** Multi-person model for whole-frame searches, if any. */
  finder?: string;
  options: DetectPersonsOptions;
  /** Worker threads; defaults to the number of cores. */
  workers?: number;
  /** Frames in flight per worker (decoded ahead of the model). Defaults to 3. */
  queueDepth?: number;
}

export interface VideoJobOptions {
  /** Longer side of the decoded frames, pixels (0 = full size). */
  maxDecodeSize?: number;
  /** Keypoints scoring below this are stored as NaN. */
  minScore?: number;
  /** Process only the first N frames. */
  maxFrames?: number;
  /** Split the video into up to this many parts run on different workers (stitched by track). Defaults to 1. */
  chunks?: number;
  onProgress?: (p: DetectProgress) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
  handlers: Map<number, (msg: WorkerReply) => void>;
  failure?: Error;
}

/** One stretch of a video detected on its own (a queue job): see DetectPool.detectRange. */
export interface RangeJobOptions {
  /** First frame. */
  startFrame: number;
  /** Frames to detect; undefined = to the end of the video. */
  frames?: number;
  /** The tracker's state after frame startFrame − 1 (from the previous range); undefined = a fresh start, as at frame 0. */
  state?: DetectState;
  /** Longer side of the decoded frames, pixels (0 = full size). */
  maxDecodeSize?: number;
  onFrame?: () => void;
}

export interface DetectPool {
  readonly size: number;
  /** Resolves when every worker has loaded and warmed up its model. */
  ready(): Promise<void>;
  detect(videoPath: string, camera: string, opts?: VideoJobOptions): Promise<PoseSequence2D>;
  /**
   * Detects frames [startFrame, startFrame + frames) on one worker, the tracker carrying on from
   * `state`; returns the per-frame persons and the tracker's state after the last frame. Ranges run
   * one after the other, each from the state the previous one returned, give exactly the frames of
   * one whole-video run (the tracker is a function of the frame and its state after the previous
   * frame; frames are decoded from the start, never seeked, so pixels and times are the same).
   */
  detectRange(videoPath: string, opts: RangeJobOptions): Promise<{ frames: FramePersons[]; state: DetectState; info: VideoInfo }>;
  close(): Promise<void>;
}

/**
 * A camera's detected frames (in order, from frame 0) as its 2D sequence; throws NoPersonFoundError
 * (carrying the empty sequence) when nobody is in any frame.
 */
export function sequenceOfFrames(
  frames: FramePersons[],
  v: { videoPath: string; camera: string; info: VideoInfo; model: string; minScore: number },
): PoseSequence2D {
  const spec = getModelSpec(v.model);
  const { info } = v;
  const seq = assembleSequence(
    frames,
    {
      camera: v.camera,
      layout: spec.layout,
      joints: spec.joints,
      imageWidth: info.width,
      imageHeight: info.height,
      fps: info.fps,
      model: v.model,
    },
    v.minScore,
  );
  if (!frames.some((f) => f.persons.length > 0)) throw new NoPersonFoundError(v.videoPath, v.model, seq);
  return seq;
}

/** Starts `workers` threads, each loading the model(s) on its own wasm backend. */
export function createDetectPool(cfg: DetectPoolOptions): DetectPool {
  const n = Math.max(1, cfg.workers || availableParallelism());
  const depth = cfg.queueDepth ?? 3;
  getModelSpec(cfg.model); // throws for an unknown model before any worker starts
  const slots: Slot[] = [];
  const waiting: { resolve: (s: Slot) => void; reject: (e: Error) => void }[] = [];
  /** When every worker has failed, nobody will ever be released: fail the waiting jobs. */
  const failWaitingIfAllDead = () => {
    if (!slots.every((s) => s.failure)) return;
    for (const w of waiting.splice(0)) w.reject(slots[0].failure!);
  };
  let nextJob = 0;

  for (let i = 0; i < n; i++) {
    const worker = new Worker(new URL(import.meta.url.endsWith('.ts') ? './detectWorker.mjs' : './detectWorker.js', import.meta.url));
    const handlers = new Map<number, (msg: WorkerReply) => void>();
    const slot: Slot = { worker, busy: false, handlers, ready: Promise.resolve() };
    slot.ready = new Promise<void>((resolve, reject) => {
      const fail = (err: Error) => {
        slot.failure ??= err;
        reject(err);
        for (const h of handlers.values()) h({ type: 'error', message: err.message });
        failWaitingIfAllDead();
      };
      worker.on('message', (msg: WorkerReply) => {
        if (msg.type === 'ready') return resolve();
        if (msg.type === 'error' && msg.job === undefined) return fail(new Error(msg.message));
        if ('job' in msg && msg.job !== undefined) handlers.get(msg.job)?.(msg);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`detect worker stopped (exit code ${code})`));
      });
    });
    slot.ready.catch(() => {});
    worker.postMessage({ type: 'init', model: cfg.model, finder: cfg.finder, options: cfg.options } satisfies WorkerRequest);
    slots.push(slot);
  }

  const acquire = async (): Promise<Slot> => {
    if (slots.every((s) => s.failure)) throw slots[0].failure!;
    const free = slots.find((s) => !s.busy && !s.failure);
    const slot = free ?? (await new Promise<Slot>((resolve, reject) => waiting.push({ resolve, reject })));
    slot.busy = true;
    try {
      await slot.ready;
    } catch (err) {
      // This worker never started: hand the job to another one, if any is alive.
      slot.busy = false;
      if (slots.every((s) => s.failure)) throw err;
      return acquire();
    }
    return slot;
  };
  const release = (slot: Slot) => {
    slot.busy = false;
    if (slot.failure) return;
    const next = waiting.shift();
    if (next) next.resolve(slot);
  };

  /** Runs frames [startFrame, startFrame + maxFrames) of a video on one worker; returns per-frame persons. */
  async function runChunk(
    videoPath: string,
    info: VideoInfo,
    tools: FfmpegTools,
    scale: number,
    startFrame: number,
    maxFrames: number | undefined,
    onFrame: () => void,
    carry?: { state?: DetectState; seek?: 'never'; end?: (s: DetectState) => void },
  ): Promise<FramePersons[]> {
    const slot = await acquire();
    const job = nextJob++;
    const frames: FramePersons[] = [];
    let inflight = 0;
    let failure: Error | undefined;
    let wake: (() => void) | undefined;
    let endState: DetectState | undefined;
    const notify = () => {
      const w = wake;
      wake = undefined;
      w?.();
    };
    slot.handlers.set(job, (msg) => {
      if (msg.type === 'result') {
        frames[msg.index].persons = msg.persons;
        inflight--;
        onFrame();
      } else if (msg.type === 'state') {
        endState = msg.state;
      } else if (msg.type === 'error') {
        failure ??= new Error(`${videoPath}: pose detection failed: ${msg.message}`);
      }
      notify();
    });
    try {
      if (carry?.state) slot.worker.postMessage({ type: 'begin', job, state: carry.state } satisfies WorkerRequest);
      for await (const f of decodeFrames(videoPath, { scale, tools, info, threads: 1, startFrame, maxFrames, seek: carry?.seek })) {
        while (inflight >= depth && !failure) await new Promise<void>((r) => (wake = r));
        if (failure) throw failure;
        const index = f.index - startFrame;
        frames[index] = { timestampMs: f.timestampMs, persons: [] };
        inflight++;
        slot.worker.postMessage(
          { type: 'frame', job, index, width: f.width, height: f.height, rgb: f.rgb, scale: f.width / info.width } satisfies WorkerRequest,
          [f.rgb.buffer as ArrayBuffer],
        );
      }
      while (inflight > 0 && !failure) await new Promise<void>((r) => (wake = r));
      if (failure) throw failure;
      if (carry?.end) {
        slot.worker.postMessage({ type: 'state', job } satisfies WorkerRequest);
        while (!endState && !failure) await new Promise<void>((r) => (wake = r));
        if (failure) throw failure;
        carry.end(endState!);
      }
    } finally {
      slot.handlers.delete(job);
      slot.worker.postMessage({ type: 'end', job } satisfies WorkerRequest);
      release(slot);
    }
    return frames;
  }

  async function detect(videoPath: string, camera: string, opts: VideoJobOptions = {}): Promise<PoseSequence2D> {
    const tools = findFfmpeg();
    const info = await probeVideo(videoPath, { tools });
    const longer = Math.max(info.width, info.height);
    const scale = opts.maxDecodeSize && longer > opts.maxDecodeSize ? opts.maxDecodeSize / longer : 1;
    const total = opts.maxFrames !== undefined ? Math.min(opts.maxFrames, info.frames ?? Infinity) : info.frames;
    // Split into chunks (one per worker asked for) only when the frame count is known; chunks overlap by
    // one frame so that track ids can be carried across the seam.
    const parts = total && total >= 60 && !info.framesEstimated ? Math.max(1, Math.min(opts.chunks ?? 1, Math.floor(total / 30))) : 1;
    const bounds = Array.from({ length: parts + 1 }, (_, k) => Math.round((k * (total ?? 0)) / parts));
    let done = 0;
    const t0 = performance.now();
    const onFrame = () => {
      done = Math.min(done + 1, total ?? Infinity);
      const fps = done / ((performance.now() - t0) / 1000);
      opts.onProgress?.({ camera, framesDone: done, framesTotal: total, fps, etaS: total ? (total - done) / fps : undefined });
    };
    const chunks = await Promise.all(
      Array.from({ length: parts }, (_, k) => {
        const start = parts === 1 ? 0 : Math.max(0, bounds[k] - (k > 0 ? 1 : 0));
        // The last chunk runs to the end of the video (unless a frame limit was asked for).
        const count = parts === 1 || (k === parts - 1 && opts.maxFrames === undefined) ? opts.maxFrames : bounds[k + 1] - start;
        return runChunk(videoPath, info, tools, scale, start, count, onFrame);
      }),
    );
    return sequenceOfFrames(stitchChunks(chunks), { videoPath, camera, info, model: cfg.model, minScore: opts.minScore ?? 0 });
  }

  async function detectRange(
    videoPath: string,
    opts: RangeJobOptions,
  ): Promise<{ frames: FramePersons[]; state: DetectState; info: VideoInfo }> {
    const tools = findFfmpeg();
    const info = await probeVideo(videoPath, { tools });
    const longer = Math.max(info.width, info.height);
    const scale = opts.maxDecodeSize && longer > opts.maxDecodeSize ? opts.maxDecodeSize / longer : 1;
    let state: DetectState | undefined;
    // Decoded from the start (seek 'never'): a seek's frame times are computed from the seek point and
    // may differ from a whole-video decode's in the last bit.
    const frames = await runChunk(videoPath, info, tools, scale, opts.startFrame, opts.frames, opts.onFrame ?? (() => undefined), {
      state: opts.state,
      seek: 'never',
      end: (s) => (state = s),
    });
    return { frames, state: state!, info };
  }

  return {
    size: n,
    detectRange,
    ready: async () => {
      await Promise.all(slots.map((s) => s.ready));
    },
    detect,
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
