// Detection as the public API presents it (Node): the same functions as `openmocap detect`, typed
// with the documented option type of api/options.ts.
import { detectSession as detectSessionStage, detectVideo, type DetectProgress, type DetectSessionResult } from '../detect/runDetect.ts';
import type { PoseSequence2D } from '../core/types.ts';
import type { DetectOptions } from './options.ts';

/** How much of a video to read, and where to say what is happening (not settings of mocap.toml). */
export interface DetectRunOptions {
  /** Stop after this many frames of each video (a quick look). @defaultValue every frame */
  maxFrames?: number;
  /** Receives one-line notices (e.g. a model being downloaded into the cache). @defaultValue none */
  log?: (msg: string) => void;
}

/** As DetectRunOptions, plus which of the session's cameras to detect. */
export interface DetectSessionRunOptions extends DetectRunOptions {
  /** Camera names to detect (an unknown name is a UserError). @defaultValue every camera with a video */
  cameras?: string[];
}

/**
 * Detects every person in one video, frame by frame (tfjs on the wasm backend, in a worker thread),
 * and returns their 2D keypoints in full-size pixels. Throws a UserError naming the file on failure.
 */
export function detect(
  videoPath: string,
  camera: string,
  options: DetectOptions = {},
  onProgress?: (p: DetectProgress) => void,
  opts: DetectRunOptions = {},
): Promise<PoseSequence2D> {
  return detectVideo(videoPath, camera, options, onProgress, opts);
}

/**
 * Detects every video of a session (cameras in parallel over worker threads) and writes
 * `pose2d/<camera>.pose2d`; a camera that fails is reported in the result, the others still run.
 */
export function detectSession(
  sessionDir: string,
  options: DetectOptions = {},
  onProgress?: (p: DetectProgress) => void,
  opts: DetectSessionRunOptions = {},
): Promise<DetectSessionResult> {
  return detectSessionStage(sessionDir, options, onProgress, opts);
}
