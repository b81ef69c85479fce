// Node edge: starts tfjs on the WebAssembly backend and refuses to run on anything slower.
// tfjs silently falls back to its pure-JS cpu backend (~30× slower) when wasm fails to start;
// we check and throw instead.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

let started: Promise<typeof tf> | undefined;

/** Directory holding tfjs-backend-wasm's .wasm binaries inside node_modules. */
export function wasmBinaryDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
}

/**
 * Starts the wasm backend once per thread and returns tfjs-core. Throws if tfjs ends up on any
 * other backend. Threads inside wasm are unavailable in Node: parallelism comes from worker_threads.
 */
export function initWasmBackend(): Promise<typeof tf> {
  started ??= (async () => {
    setWasmPaths(`${wasmBinaryDir()}/`);
    // Quiet the "platform node has already been set" / kernel re-registration chatter.
    tf.env().set('PROD', true);
    const ok = await tf.setBackend('wasm');
    await tf.ready();
    if (!ok || tf.getBackend() !== 'wasm') {
      throw new Error(
        `tfjs wasm backend failed to start (running on "${tf.getBackend()}"); check that ${wasmBinaryDir()} holds the .wasm files`,
      );
    }
    return tf;
  })();
  return started;
}
