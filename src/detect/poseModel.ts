// Pose model output decoding: a loaded tfjs graph model + one square RGB input → raw poses. Pure
// (no file system): the graph and the tfjs instance come from the host — Node's wasm backend
// (models.ts) or a browser worker (web/, WebGPU / WebGL / wasm). The decoding itself is the model
// family's (families/<id>.ts).
import type * as tfCore from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import { requireFamily } from './families/registry.ts';
import { MODEL_NAMES, type ModelSpec, type RawPose } from './modelSpecs.ts';

export interface PoseModel {
  readonly spec: ModelSpec;
  /** Runs the model on one inputSize²×3 RGB image (row-major, 0–255). */
  estimate(input: Uint8Array): Promise<RawPose[]>;
  dispose(): void;
}

/** Wraps a loaded graph model of `spec` (run on `tf`'s current backend) as a PoseModel. */
export function createPoseModel(spec: ModelSpec, graph: GraphModel, tf: Pick<typeof tfCore, 'tensor4d'>): PoseModel {
  const { family } = requireFamily(spec.name, MODEL_NAMES);
  return { spec, estimate: family.decoder(spec, graph, tf), dispose: () => graph.dispose() };
}
