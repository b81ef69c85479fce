// Node edge: loads a pose model (tfjs graph model on the wasm backend) and runs it on one square
// RGB input. Decoding, cropping, tracking live elsewhere; this file only turns pixels into raw poses.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import { UserError } from '../core/errors.ts';
import { ensureModelFile } from './modelCache.ts';
import { initWasmBackend } from './wasmBackend.ts';

export { MODEL_NAMES, MODEL_SPECS, getModelSpec, type ModelName, type ModelSpec, type RawPose } from './modelSpecs.ts';
import { getModelSpec, type ModelSpec, type RawPose } from './modelSpecs.ts';

export interface PoseModel {
  readonly spec: ModelSpec;
  /** Runs the model on one inputSize²×3 RGB image (row-major, 0–255). */
  estimate(input: Uint8Array): Promise<RawPose[]>;
  dispose(): void;
}

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
  const size = spec.inputSize;
  const joints = spec.joints;
  const int32 = new Int32Array(size * size * 3);

  if (spec.name.startsWith('movenet')) {
    // ref: MoveNet model card (TF Hub movenet/singlepose, movenet/multipose): int32 RGB input,
    // output [y, x, score] per joint normalised to the input; multipose adds [yMin, xMin, yMax, xMax, score].
    const estimate = async (input: Uint8Array): Promise<RawPose[]> => {
      int32.set(input);
      const t = tf.tensor4d(int32, [1, size, size, 3], 'int32');
      const out = graph.execute(t) as import('@tensorflow/tfjs-core').Tensor;
      const v = (await out.data()) as Float32Array;
      t.dispose();
      out.dispose();
      const perPerson = spec.multiPerson ? 56 : joints * 3;
      const poses: RawPose[] = [];
      for (let p = 0; p * perPerson < v.length; p++) {
        const base = p * perPerson;
        const kp = new Float32Array(joints * 3);
        let sum = 0;
        for (let j = 0; j < joints; j++) {
          kp[j * 3] = v[base + j * 3 + 1];
          kp[j * 3 + 1] = v[base + j * 3];
          kp[j * 3 + 2] = v[base + j * 3 + 2];
          sum += kp[j * 3 + 2];
        }
        if (spec.multiPerson) {
          const b = base + joints * 3;
          poses.push({ keypoints: kp, score: v[b + 4], box: [v[b + 1], v[b], v[b + 3], v[b + 2]] });
        } else {
          poses.push({ keypoints: kp, score: sum / joints });
        }
      }
      return poses;
    };
    return { spec, estimate, dispose: () => graph.dispose() };
  }
  throw new UserError(`pose model "${name}" is not supported yet`);
}
