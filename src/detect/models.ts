// Node edge: finds a pose model's files and loads them onto the wasm backend; the output decoding
// (pixels → raw poses) is the pure createPoseModel (poseModel.ts), shared with the web app.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import { ensureModelFile } from './modelCache.ts';
import { initWasmBackend } from './wasmBackend.ts';

export { MODEL_NAMES, MODEL_SPECS, getModelSpec, type ModelName, type ModelSpec, type RawPose } from './modelSpecs.ts';
import { getModelSpec } from './modelSpecs.ts';
import { createPoseModel, type PoseModel } from './poseModel.ts';

export { createPoseModel, type PoseModel } from './poseModel.ts';

/** Makes sure the model's files are on disk (downloading bigger models into the cache once). Returns the .json paths. */
export function ensureModel(name: string, log?: (msg: string) => void): string[] {
  return getModelSpec(name).files.map((f) => ensureModelFile(f, log));
}

async function loadGraph(jsonPath: string): Promise<GraphModel> {
  const tf = await initWasmBackend();
  const { loadGraphModel } = await import('@tensorflow/tfjs-converter');
  const artifacts = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
    modelTopology: object;
    weightsManifest: { paths: string[]; weights: import('@tensorflow/tfjs-core').io.WeightsManifestEntry[] }[];
    format?: string;
    generatedBy?: string;
    convertedBy?: string;
    signature?: object;
    userDefinedMetadata?: Record<string, unknown>;
  };
  const weightSpecs = artifacts.weightsManifest.flatMap((g) => g.weights);
  const buffers = artifacts.weightsManifest.flatMap((g) => g.paths.map((p) => readFileSync(join(dirname(jsonPath), p))));
  const all = Buffer.concat(buffers);
  const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
  return loadGraphModel(
    tf.io.fromMemory({
      modelTopology: artifacts.modelTopology,
      weightSpecs,
      weightData,
      format: artifacts.format,
      generatedBy: artifacts.generatedBy,
      convertedBy: artifacts.convertedBy,
      signature: artifacts.signature,
      userDefinedMetadata: artifacts.userDefinedMetadata,
    }),
  );
}

/** Loads a pose model on the wasm backend (files from @vladmandic/human or the model cache). */
export async function loadModel(name: string, opts: { log?: (msg: string) => void } = {}): Promise<PoseModel> {
  const spec = getModelSpec(name);
  const [json] = ensureModel(name, opts.log);
  const tf = await initWasmBackend();
  const graph = await loadGraph(json);
  return createPoseModel(spec, graph, tf);
}
