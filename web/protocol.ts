// Messages between the page and its detection workers (one worker per camera video).
import type { PoseSequence2D } from '../src/core/types.ts';
import type { DetectPersonsOptions } from '../src/detect/detectPersons.ts';

/** Backend the page asks for: the best the browser has ('auto': WebGPU, else WebGL, else wasm) or one by name. */
export type BackendWanted = 'auto' | 'webgpu' | 'webgl' | 'wasm';

export interface DetectJob {
  camera: string;
  file: File;
  model: string;
  finder?: string;
  options: DetectPersonsOptions;
  maxDecodeSize: number;
  minScore: number;
  /** Stop after this many frames (tests, benchmarks); undefined = the whole video. */
  maxFrames?: number;
  backend: BackendWanted;
  /** Absolute URLs of the folders holding the model files and tfjs's .wasm binaries. */
  modelBase: string;
  wasmBase: string;
}

export interface BackendChoice {
  backend: string;
  /** e.g. "SIMD, threads (cross-origin isolated)" or the WebGL renderer. */
  detail: string;
  /** Backends tried first and why they were not used. */
  skipped: string[];
}

export type WorkerMessage =
  | ({ type: 'backend'; camera: string } & BackendChoice)
  | { type: 'progress'; camera: string; framesDone: number; framesTotal?: number; fps: number }
  | {
      type: 'result';
      camera: string;
      sequence: PoseSequence2D;
      seesAnyone: boolean;
      detectMs: number /** Frames per second after the first frame (model loading excluded). */;
      framesPerSecond: number;
    }
  | { type: 'error'; camera: string; message: string };

/** What to do with a video the browser cannot read: an ffmpeg command that makes an H.264 MP4 of it. */
export function conversionHint(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '');
  return `convert it to H.264 MP4, e.g. ffmpeg -i "${fileName}" -c:v libx264 -pix_fmt yuv420p -crf 18 -an "${stem}-h264.mp4", and give that file as ${stem}.mp4`;
}
