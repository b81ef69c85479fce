// Worker thread for bench/detect.ts: @vladmandic/human's own Node pipeline (its wasm build), one model.
// Human loads models over HTTP in Node without tfjs-node, so the bench serves the model folders locally.
const { parentPort, workerData } = require('node:worker_threads');
const path = require('node:path');

const humanDir = path.dirname(path.dirname(require.resolve('@vladmandic/human')));
const wasmDir = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
// The package's "exports" hide its wasm build; load it by path.
const { Human } = require(path.join(humanDir, 'dist', 'human.node-wasm.js'));

const human = new Human({
  backend: 'wasm',
  wasmPath: `${wasmDir}/`,
  modelBasePath: workerData.modelBaseUrl,
  debug: false,
  // Analyse every frame, as openmocap does (Human otherwise returns cached results for similar frames).
  cacheSensitivity: 0,
  face: { enabled: false },
  hand: { enabled: false },
  object: { enabled: false },
  gesture: { enabled: false },
  segmentation: { enabled: false },
  body: {
    enabled: true,
    modelPath: `${workerData.model}.json`,
    maxDetected: 1,
    ...(workerData.model.startsWith('blazepose') ? { detector: { enabled: true, modelPath: 'blazepose-detector.json' } } : {}),
  },
});

let chain = Promise.resolve();
parentPort.on('message', (msg) => {
  chain = chain
    .then(async () => {
      if (msg.type === 'init') {
        await human.load();
        if (human.tf.getBackend() !== 'wasm') throw new Error(`Human runs on ${human.tf.getBackend()}, not wasm`);
        const t = human.tf.zeros([msg.height, msg.width, 3], 'int32');
        await human.detect(t);
        t.dispose();
        parentPort.postMessage({ type: 'ready' });
        return;
      }
      const t = human.tf.tensor3d(msg.rgb, [msg.height, msg.width, 3], 'int32');
      const r = await human.detect(t);
      t.dispose();
      const body = r.body[0];
      parentPort.postMessage({
        type: 'result',
        job: msg.job,
        index: msg.index,
        keypoints: body ? body.keypoints.map((k) => ({ part: k.part, x: k.position[0], y: k.position[1], score: k.score })) : [],
      });
    })
    .catch((err) => parentPort.postMessage({ type: 'error', message: String(err?.message || err) }));
});
