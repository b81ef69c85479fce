// Node edge of the detect stage: session videos → pose2d/<camera>.pose2d (and OpenPose JSON if asked).
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type { PoseSequence2D } from '../core/types.ts';
import { UserError } from '../core/errors.ts';
import { writeOpenPoseJson, writePose2d } from '../io/pose2d.ts';
import { listVideoFiles, resolveSessionLayout } from '../session/sessionLayout.ts';
import { createDetectPool, type DetectPool, type DetectProgress } from './detectPool.ts';
import { detectSettingsSchema, type DetectSettings } from './detectSettingsSchema.ts';
import { ensureModel } from './models.ts';
import { resolveFinder } from './modelSpecs.ts';

export { resolveFinder } from './modelSpecs.ts';

export type { DetectProgress } from './detectPool.ts';
export { NoPersonFoundError } from './detectPool.ts';
import { NoPersonFoundError } from './detectPool.ts';
import { withSessionLock } from '../session/runner.ts';

import { VIDEO_EXTENSIONS } from '../core/videoFiles.ts';
export { VIDEO_EXTENSIONS };

export interface CameraSummary {
  camera: string;
  video: string;
  frames: number;
  /** Frames where at least one person was found. */
  framesWithPerson: number;
  /** Mean keypoint score over every detected person. */
  meanScore: number;
  /** Distinct track ids seen. */
  tracks: number;
  /** Written .pose2d file. */
  file?: string;
  /** One-line error when this camera failed (the others still ran). */
  error?: string;
}

/** What `detectSession` found: the 2D keypoints of each camera it could detect, and one summary line per camera. */
export interface DetectSessionResult {
  sequences: PoseSequence2D[];
  summary: CameraSummary[];
}

/** The session's videos (`<session>/videos/*`, else video files in the session folder), sorted; camera = file stem. */
export function listSessionVideos(sessionDir: string): { camera: string; path: string }[] {
  if (!existsSync(sessionDir) || !statSync(sessionDir).isDirectory()) {
    throw new UserError(`${sessionDir}: no such session folder; pass the folder holding videos/`);
  }
  // Where the folder's layout keeps its videos (videos/, FreeMoCap's synchronized_videos/, a caliscope recording …).
  const layout = resolveSessionLayout(sessionDir);
  const dir = existsSync(layout.videoDir) ? layout.videoDir : sessionDir;
  const files = listVideoFiles(dir);
  if (!files.length) {
    throw new UserError(`${layout.videoDir}: no videos found (${VIDEO_EXTENSIONS.join(' ')}); put one video per camera there`);
  }
  return files;
}

/** Summary numbers of one detected sequence. */
export function summarizeSequence(seq: PoseSequence2D): Omit<CameraSummary, 'camera' | 'video'> {
  let framesWithPerson = 0,
    sum = 0,
    n = 0;
  const ids = new Set<number>();
  for (let f = 0; f < seq.frames; f++) {
    let any = false;
    for (let p = 0; p < seq.persons; p++) {
      const id = seq.trackIds[f * seq.persons + p];
      if (id < 0) continue;
      any = true;
      ids.add(id);
      for (let j = 0; j < seq.joints; j++) {
        const s = seq.data[((f * seq.persons + p) * seq.joints + j) * 3 + 2];
        sum += Number.isNaN(s) ? 0 : s;
        n++;
      }
    }
    if (any) framesWithPerson++;
  }
  return { frames: seq.frames, framesWithPerson, meanScore: n ? sum / n : 0, tracks: ids.size };
}

/** A pool of `workers` detector threads for these settings (model files fetched first). */
export function poolFor(settings: DetectSettings, workers: number, log?: (msg: string) => void): DetectPool {
  const finder = resolveFinder(settings);
  // Fetch model files here, once, before the workers start (they would race on the cache).
  ensureModel(settings.model, log);
  if (finder) ensureModel(finder, log);
  return createDetectPool({
    model: settings.model,
    finder,
    workers,
    options: {
      maxPersons: settings.max_persons,
      minPersonScore: settings.min_person_score,
      searchIntervalFrames: settings.search_interval_frames,
      cropPadding: settings.crop_padding,
      recrop: settings.recrop,
      flipTest: settings.flip_test,
      feetIntervalFrames: settings.feet_interval_frames,
    },
  });
}

/** Detects every person in one video (Node). Throws a UserError naming the file on failure. */
export async function detectVideo(
  videoPath: string,
  camera: string,
  settings: Partial<DetectSettings> = {},
  onProgress?: (p: DetectProgress) => void,
  opts: { maxFrames?: number; log?: (msg: string) => void } = {},
): Promise<PoseSequence2D> {
  const s = detectSettingsSchema.parse(settings);
  const pool = poolFor(s, 1, opts.log);
  try {
    return await pool.detect(videoPath, camera, {
      maxDecodeSize: s.max_decode_size,
      minScore: s.min_score,
      maxFrames: opts.maxFrames,
      onProgress,
    });
  } finally {
    await pool.close();
  }
}

/** detectSessionLocked holding the session lock: another command working on the session is refused (see withSessionLock). */
export async function detectSession(
  sessionDir: string,
  settings: Partial<DetectSettings> = {},
  onProgress?: (p: DetectProgress) => void,
  opts: { maxFrames?: number; cameras?: string[]; log?: (msg: string) => void } = {},
): Promise<DetectSessionResult> {
  if (!existsSync(sessionDir)) throw new UserError(`session folder ${sessionDir} does not exist`);
  return withSessionLock(sessionDir, () => detectSessionLocked(sessionDir, settings, onProgress, opts));
}

/**
 * Runs detection on every video of a session, cameras in parallel over worker threads, and writes
 * `pose2d/<camera>.pose2d` (plus `pose2d/<camera>_json/` with settings.openpose). A camera that fails
 * (corrupt video, nobody in view, no ffmpeg) is reported in the summary; the others still run.
 */
async function detectSessionLocked(
  sessionDir: string,
  settings: Partial<DetectSettings> = {},
  onProgress?: (p: DetectProgress) => void,
  opts: { maxFrames?: number; cameras?: string[]; log?: (msg: string) => void } = {},
): Promise<DetectSessionResult> {
  const s = detectSettingsSchema.parse(settings);
  let videos = listSessionVideos(sessionDir);
  if (opts.cameras?.length) {
    const unknown = opts.cameras.filter((c) => !videos.some((v) => v.camera === c));
    if (unknown.length)
      throw new UserError(
        `no video for camera${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')} in ${dirname(videos[0].path)} (found: ${videos.map((v) => v.camera).join(', ')}); name cameras by their video file stems`,
      );
    videos = videos.filter((v) => opts.cameras!.includes(v.camera));
  }
  const workers = s.workers || availableParallelism();
  const pool = poolFor(s, workers, opts.log);
  // Fewer videos than workers: split each video so that every worker has frames to do.
  const chunks = Math.max(1, Math.floor(workers / videos.length));
  const sequences: PoseSequence2D[] = [];
  try {
    const summary = await Promise.all(
      videos.map(async ({ camera, path }): Promise<CameraSummary> => {
        try {
          const seq = await pool.detect(path, camera, {
            maxDecodeSize: s.max_decode_size,
            minScore: s.min_score,
            maxFrames: opts.maxFrames,
            onProgress,
            chunks,
          });
          const file = writePose2d(sessionDir, seq);
          if (s.openpose) writeOpenPoseJson(join(sessionDir, 'pose2d', `${camera}_json`), seq);
          sequences.push(seq);
          return { camera, video: path, file, ...summarizeSequence(seq) };
        } catch (err) {
          const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
          // A camera that sees nobody is recorded as such (an empty 2D file, as `process` does), so
          // neither a rerun nor a following `process` detects it again.
          if (err instanceof NoPersonFoundError) {
            const file = writePose2d(sessionDir, err.sequence);
            return {
              camera,
              video: path,
              file,
              frames: err.sequence.frames,
              framesWithPerson: 0,
              meanScore: 0,
              tracks: 0,
              error: `${message} (recorded as empty in ${file})`,
            };
          }
          return { camera, video: path, frames: 0, framesWithPerson: 0, meanScore: 0, tracks: 0, error: message };
        }
      }),
    );
    const order = new Map(videos.map((v, i) => [v.camera, i]));
    sequences.sort((a, b) => order.get(a.camera)! - order.get(b.camera)!);
    return { sequences, summary };
  } finally {
    await pool.close();
  }
}
