// Messages between the live page (live.ts) and its per-camera pose workers (liveWorker.ts).
import type { BackendChoice, BackendWanted } from './protocol.ts';

export interface LiveInit {
  type: 'init';
  camera: string;
  model: string;
  backend: BackendWanted;
  /** Absolute URLs of the folders holding the model files and tfjs's .wasm binaries. */
  modelBase: string;
  wasmBase: string;
  /** Frames are shrunk so that their longer side is at most this before detection. */
  maxSize: number;
}

export interface LiveFrame {
  type: 'frame';
  frame: VideoFrame;
  /** When the frame was taken (capture time when the browser gives one, else when it was presented), page clock, ms. */
  frameMs: number;
}

export type LiveToWorker = LiveInit | LiveFrame;

export type LiveFromWorker =
  | ({ type: 'ready'; camera: string } & BackendChoice)
  | {
      type: 'pose';
      camera: string;
      frameMs: number;
      width: number;
      height: number;
      layout: string;
      /** [x, y, score] per joint in frame pixels, or null when nobody was found. */
      keypoints: Float32Array | null;
      /** BlazePose world landmarks ([x, y, z] metres, hip-centred, y down), or null. */
      world: Float32Array | null;
      detectMs: number;
    }
  | { type: 'error'; camera: string; message: string };
