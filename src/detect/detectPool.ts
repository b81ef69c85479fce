// Node-only: a pool of worker threads, each with its own wasm backend and model. The main thread
// decodes (ffmpeg runs in its own process and this thread keeps reading its pipe), while the
// workers run the network: decoding and inference overlap, and every core is used.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PoseSequence2D } from '../core/types.ts';
import { UserError } from '../core/errors.ts';
import { decodeFrames } from '../video/decode.ts';
import { findFfmpeg } from '../video/ffmpeg.ts';
import { probeVideo } from '../video/probe.ts';
import { assembleSequence, type FramePersons } from './assembleSequence.ts';
import type { DetectPersonsOptions } from './detectPersons.ts';
import type { WorkerReply, WorkerRequest } from './detectWorker.ts';
import { getModelSpec } from './modelSpecs.ts';

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
  onProgress?: (p: DetectProgress) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
  handlers: Map<number, (msg: WorkerReply) => void>;
  failure?: Error;
}

export interface DetectPool {
  readonly size: number;
  /** Resolves when every worker has loaded and warmed up its model. */
  ready(): Promise<void>;
  detect(videoPath: string, camera: string, opts?: VideoJobOptions): Promise<PoseSequence2D>;
  close(): Promise<void>;
}

/** Starts `workers` threads, each loading the model(s) on its own wasm backend. */
export function createDetectPool(cfg: DetectPoolOptions): DetectPool {
  const n = Math.max(1, cfg.workers || availableParallelism());
  const depth = cfg.queueDepth ?? 3;
  const spec = getModelSpec(cfg.model);
  const slots: Slot[] = [];
  const waiting: ((s: Slot) => void)[] = [];
  let nextJob = 0;

  for (let i = 0; i < n; i++) {
    const worker = new Worker(new URL('./detectWorker.mjs', import.meta.url));
    const handlers = new Map<number, (msg: WorkerReply) => void>();
    const slot: Slot = { worker, busy: false, handlers, ready: Promise.resolve() };
    slot.ready = new Promise<void>((resolve, reject) => {
      const fail = (err: Error) => {
        slot.failure = err;
        reject(err);
        for (const h of handlers.values()) h({ type: 'error', message: err.message });
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
    const free = slots.find((s) => !s.busy && !s.failure);
    const slot = free ?? (await new Promise<Slot>((r) => waiting.push(r)));
    slot.busy = true;
    await slot.ready;
    return slot;
  };
  const release = (slot: Slot) => {
    slot.busy = false;
    const next = waiting.shift();
    if (next) next(slot);
  };

  async function detect(videoPath: string, camera: string, opts: VideoJobOptions = {}): Promise<PoseSequence2D> {
    const tools = findFfmpeg();
    const info = await probeVideo(videoPath, { tools });
    const longer = Math.max(info.width, info.height);
    const scale = opts.maxDecodeSize && longer > opts.maxDecodeSize ? opts.maxDecodeSize / longer : 1;
    const total = opts.maxFrames !== undefined ? Math.min(opts.maxFrames, info.frames ?? Infinity) : info.frames;
    const slot = await acquire();
    const job = nextJob++;
    const frames: FramePersons[] = [];
    let inflight = 0;
    let done = 0;
    let failure: Error | undefined;
    let wake: (() => void) | undefined;
    const notify = () => {
      const w = wake;
      wake = undefined;
      w?.();
    };
    const t0 = performance.now();
    slot.handlers.set(job, (msg) => {
      if (msg.type === 'result') {
        frames[msg.index].persons = msg.persons;
        inflight--;
        done++;
        const fps = done / ((performance.now() - t0) / 1000);
        opts.onProgress?.({ camera, framesDone: done, framesTotal: total, fps, etaS: total ? (total - done) / fps : undefined });
      } else if (msg.type === 'error') {
        failure ??= new Error(`${videoPath}: pose detection failed: ${msg.message}`);
      }
      notify();
    });
    try {
      let first = -1;
      for await (const f of decodeFrames(videoPath, { scale, tools, info, threads: 1, maxFrames: opts.maxFrames })) {
        while (inflight >= depth && !failure) await new Promise<void>((r) => (wake = r));
        if (failure) throw failure;
        if (first < 0) first = f.index;
        frames[f.index - first] = { timestampMs: f.timestampMs, persons: [] };
        inflight++;
        slot.worker.postMessage(
          { type: 'frame', job, index: f.index - first, width: f.width, height: f.height, rgb: f.rgb, scale: f.width / info.width } satisfies WorkerRequest,
          [f.rgb.buffer as ArrayBuffer],
        );
      }
      while (inflight > 0 && !failure) await new Promise<void>((r) => (wake = r));
      if (failure) throw failure;
    } finally {
      slot.handlers.delete(job);
      slot.worker.postMessage({ type: 'end', job } satisfies WorkerRequest);
      release(slot);
    }
    if (!frames.some((f) => f.persons.length > 0)) {
      throw new UserError(`${videoPath}: no person found in any of its ${frames.length} frames (model ${cfg.model}); check that the camera sees the subject`);
    }
    return assembleSequence(
      frames,
      { camera, layout: spec.layout, joints: spec.joints, imageWidth: info.width, imageHeight: info.height, fps: info.fps, model: cfg.model },
      opts.minScore ?? 0,
    );
  }

  return {
    size: n,
    ready: async () => {
      await Promise.all(slots.map((s) => s.ready));
    },
    detect,
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
