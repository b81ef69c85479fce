// tfjs in a worker: the backend (the best this browser has, or one by name, saying which and why)
// and pose models loaded from the app's models/ folder. Shared by the file detection worker
// (detectWorker.ts) and the live camera worker (liveWorker.ts).
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import { getModelSpec } from '../src/detect/modelSpecs.ts';
import { createPoseModel, type PoseModel } from '../src/detect/poseModel.ts';
import type { BackendChoice } from './protocol.ts';

/** Starts tfjs on the first backend that works, in the order asked for; says which and why. */
export async function startBackend(wanted: string, wasmBase: string): Promise<BackendChoice> {
  const order = wanted === 'auto' ? ['webgpu', 'webgl', 'wasm'] : [wanted];
  const skipped: string[] = [];
  setWasmPaths(wasmBase);
  tf.env().set('PROD', true);
  for (const name of order) {
    if (name === 'webgpu') {
      const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
      if (!gpu) {
        skipped.push('WebGPU: this browser has none');
        continue;
      }
      if (!(await gpu.requestAdapter().catch(() => null))) {
        skipped.push('WebGPU: no adapter (no GPU)');
        continue;
      }
    }
    if (name === 'webgl') {
      let gl: unknown = null;
      try {
        gl = new OffscreenCanvas(1, 1).getContext('webgl2');
      } catch {
        gl = null;
      }
      if (!gl) {
        skipped.push('WebGL: no WebGL2 context in a worker');
        continue;
      }
      // A software GL (no GPU) runs the model slower than wasm on the same CPU (npm run bench -- web): skip it unless asked for.
      const info = (gl as WebGL2RenderingContext).getExtension('WEBGL_debug_renderer_info');
      const renderer = info ? String((gl as WebGL2RenderingContext).getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      if (wanted === 'auto' && /swiftshader|llvmpipe|softpipe|software/i.test(renderer)) {
        skipped.push('WebGL: software rendering only (no GPU), slower than wasm');
        continue;
      }
    }
    try {
      const ok = await tf.setBackend(name);
      await tf.ready();
      if (ok && tf.getBackend() === name) {
        let detail = '';
        if (name === 'wasm') {
          const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
          const threads = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
          detail = `${simd ? 'SIMD' : 'no SIMD'}, ${threads ? 'threads (cross-origin isolated)' : 'one thread (page not cross-origin isolated)'}`;
        }
        if (name === 'webgl') {
          const gl = new OffscreenCanvas(1, 1).getContext('webgl2') as WebGL2RenderingContext | null;
          const info = gl?.getExtension('WEBGL_debug_renderer_info');
          if (gl && info) detail = String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
        }
        return { backend: name, detail, skipped };
      }
      skipped.push(`${name}: did not start`);
    } catch (err) {
      skipped.push(`${name}: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  throw new Error(`no tfjs backend started (${skipped.join('; ')})`);
}

export async function loadPoseModel(name: string, modelBase: string): Promise<PoseModel> {
  const spec = getModelSpec(name);
  const url = new URL(`${spec.files[0]}.json`, modelBase).href;
  let graph;
  try {
    graph = await loadGraphModel(url);
  } catch (err) {
    throw new Error(
      `model ${name} could not be loaded from ${url} (${(err as Error).message.split('\n')[0]}); serve its .json and .bin in the models/ folder of the app`,
    );
  }
  const model = createPoseModel(spec, graph, tf);
  await model.estimate(new Uint8Array(spec.inputSize ** 2 * 3)); // compile before timing frames
  return model;
}
