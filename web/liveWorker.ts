// Web Worker: pose detection on one live camera, a frame at a time. The page sends VideoFrames (it
// keeps one in flight per camera and drops the rest, so the latency never grows); the worker shrinks
// each frame (longer side ≤ maxSize), runs the same pure detection as the file pipeline
// (detectPersons: crop around the tracked person, full-frame search when lost) and returns the
// keypoints in frame pixels, plus BlazePose's world landmarks when the model is BlazePose.
import { keypointsToFullSize } from '../src/detect/crop.ts';
import { detectPersons, initialDetectState, type DetectState } from '../src/detect/detectPersons.ts';
import { defaultFinder, getModelSpec, type RawPose } from '../src/detect/modelSpecs.ts';
import type { PoseModel } from '../src/detect/poseModel.ts';
import type { LiveFromWorker, LiveInit, LiveToWorker } from './liveProtocol.ts';
import { loadPoseModel, startBackend } from './tfjsSetup.ts';

const post = (m: LiveFromWorker, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(m, transfer);

let init: LiveInit | undefined;
let models: { pose: PoseModel; finder?: PoseModel } | undefined;
let state: DetectState = initialDetectState();
let canvas: OffscreenCanvasRenderingContext2D | undefined;
let rgb = new Uint8Array(0);
/** The world landmarks of the pose model's last estimate (the tracked person's crop; one person is tracked). */
let lastWorld: Float32Array | null = null;

/** The pose model, wrapped to keep BlazePose's world landmarks of its latest estimate. */
function keepWorld(model: PoseModel): PoseModel {
  return {
    ...model,
    estimate: async (input: Uint8Array): Promise<RawPose[]> => {
      const poses = await model.estimate(input);
      lastWorld = poses[0]?.world ?? null;
      return poses;
    },
  };
}

async function start(job: LiveInit): Promise<void> {
  const choice = await startBackend(job.backend, job.wasmBase);
  const pose = keepWorld(await loadPoseModel(job.model, job.modelBase));
  const finderName = defaultFinder(job.model, 1);
  const finder = finderName ? await loadPoseModel(finderName, job.modelBase) : undefined;
  models = { pose, finder };
  post({ type: 'ready', camera: job.camera, ...choice });
}

async function onFrame(msg: Extract<LiveToWorker, { type: 'frame' }>): Promise<void> {
  const { frame } = msg;
  try {
    if (!init || !models) throw new Error('the live worker got a frame before its model was ready');
    const t0 = performance.now();
    const width = frame.displayWidth,
      height = frame.displayHeight;
    const scale = Math.min(1, init.maxSize / Math.max(width, height));
    const w = Math.max(1, Math.round(width * scale)),
      h = Math.max(1, Math.round(height * scale));
    if (!canvas || canvas.canvas.width !== w || canvas.canvas.height !== h)
      canvas = new OffscreenCanvas(w, h).getContext('2d', { willReadFrequently: true })!;
    canvas.drawImage(frame, 0, 0, w, h);
    frame.close();
    const rgba = canvas.getImageData(0, 0, w, h).data;
    if (rgb.length !== w * h * 3) rgb = new Uint8Array(w * h * 3);
    for (let i = 0, o = 0; i < rgba.length; i += 4, o += 3) {
      rgb[o] = rgba[i];
      rgb[o + 1] = rgba[i + 1];
      rgb[o + 2] = rgba[i + 2];
    }
    lastWorld = null;
    const out = await detectPersons({ rgb, width: w, height: h }, state, models, {
      maxPersons: 1,
      minPersonScore: 0.25,
      searchIntervalFrames: 30,
      cropPadding: 1.35,
    });
    state = out.state;
    const p = out.persons[0];
    const keypoints = p ? keypointsToFullSize(new Float32Array(p.keypoints), w / width) : null;
    const world: Float32Array | null = p && lastWorld ? lastWorld : null;
    const spec = models.pose.spec;
    post(
      {
        type: 'pose',
        camera: init.camera,
        frameMs: msg.frameMs,
        width,
        height,
        layout: spec.layout,
        keypoints,
        world,
        detectMs: performance.now() - t0,
      },
      [keypoints, world].filter((a): a is Float32Array => a !== null).map((a) => a.buffer as ArrayBuffer),
    );
  } catch (err) {
    frame.close();
    post({ type: 'error', camera: init?.camera ?? '?', message: (err as Error).message });
  }
}

self.onmessage = (e: MessageEvent<LiveToWorker>) => {
  const m = e.data;
  if (m.type === 'init') {
    init = m;
    getModelSpec(m.model);
    start(m).catch((err: unknown) =>
      post({
        type: 'error',
        camera: m.camera,
        message: `${m.camera}: the pose model did not start: ${(err as Error)?.message ?? String(err)}`,
      }),
    );
  } else void onFrame(m);
};
