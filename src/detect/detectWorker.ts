// Node-only worker thread: one wasm backend, one model, many frames. The main thread decodes and
// sends frames (transferred, not copied); this thread tracks the people of one job (camera) at a time.
import { parentPort } from 'node:worker_threads';
import { detectPersons, initialDetectState, type DetectPersonsOptions, type DetectState } from './detectPersons.ts';
import { keypointsToFullSize } from './crop.ts';
import { loadModel, type PoseModel } from './models.ts';
import { modelParts } from './modelSpecs.ts';

export type WorkerRequest =
  | { type: 'init'; model: string; finder?: string; options: DetectPersonsOptions }
  | { type: 'frame'; job: number; index: number; width: number; height: number; rgb: Uint8Array; scale: number }
  /** Starts a job from the tracker's state after an earlier frame (a chunk of a video that carries on from the previous one). */
  | { type: 'begin'; job: number; state: DetectState }
  /** Asks for the tracker's state after the job's last frame (answered with a 'state' reply, in order after the frames). */
  | { type: 'state'; job: number }
  | { type: 'end'; job: number };

export interface WorkerPerson {
  trackId: number;
  score: number;
  /** [x, y, score] per joint, pixels of the full-size frame. */
  keypoints: Float32Array;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'result'; job: number; index: number; persons: WorkerPerson[] }
  | { type: 'state'; job: number; state: DetectState }
  | { type: 'error'; job?: number; message: string };

const port = parentPort;
if (!port) throw new Error('detectWorker.ts must run in a worker thread');

let models: { pose: PoseModel; finder?: PoseModel; feet?: PoseModel } | undefined;
let options: DetectPersonsOptions | undefined;
const states = new Map<number, DetectState>();
let chain: Promise<void> = Promise.resolve();

async function handle(msg: WorkerRequest): Promise<void> {
  if (msg.type === 'init') {
    // A fused model (modelParts) is a body model and a feet model.
    const parts = modelParts(msg.model);
    const pose = await loadModel(parts.body);
    const feet = parts.feet ? await loadModel(parts.feet) : undefined;
    const finder = msg.finder && msg.finder !== msg.model && msg.finder !== parts.body ? await loadModel(msg.finder) : undefined;
    models = { pose, finder, feet };
    options = msg.options;
    // The first inference allocates and compiles; do it before reporting ready.
    for (const m of [pose, finder, feet]) if (m) await m.estimate(new Uint8Array(m.spec.inputSize ** 2 * 3));
    port!.postMessage({ type: 'ready' } satisfies WorkerReply);
    return;
  }
  if (msg.type === 'end') {
    states.delete(msg.job);
    return;
  }
  if (msg.type === 'begin') {
    states.set(msg.job, msg.state);
    return;
  }
  if (msg.type === 'state') {
    port!.postMessage({ type: 'state', job: msg.job, state: states.get(msg.job) ?? initialDetectState() } satisfies WorkerReply);
    return;
  }
  if (!models || !options) throw new Error('worker used before init');
  const { persons, state } = await detectPersons(
    { rgb: msg.rgb, width: msg.width, height: msg.height },
    states.get(msg.job) ?? initialDetectState(),
    models,
    options,
  );
  states.set(msg.job, state);
  const out: WorkerPerson[] = persons.map((p) => {
    const kp = keypointsToFullSize(new Float32Array(p.keypoints), msg.scale);
    return { trackId: p.trackId, score: p.score, keypoints: kp };
  });
  port!.postMessage(
    { type: 'result', job: msg.job, index: msg.index, persons: out } satisfies WorkerReply,
    out.map((p) => p.keypoints.buffer as ArrayBuffer),
  );
}

port.on('message', (msg: WorkerRequest) => {
  // Frames of a job must be processed in order: chain every request.
  chain = chain.then(() =>
    handle(msg).catch((err: unknown) => {
      const job = msg.type === 'init' ? undefined : msg.job;
      port!.postMessage({ type: 'error', job, message: err instanceof Error ? err.message : String(err) } satisfies WorkerReply);
    }),
  );
});
