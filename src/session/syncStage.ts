// The sync stage's I/O edge: reads the session's 2D keypoints (and the calibration and the videos'
// sound when there are any), runs the pure sync (src/sync), writes output/sync.json, and reads it back
// for the stages after it. Node-only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../core/errors.ts';
import type { CameraRig, PoseSequence2D } from '../core/types.ts';
import { writeFileAtomic } from '../io/atomic.ts';
import { readPose2dFolder } from '../io/pose2d.ts';
import type { EvenSignal } from '../sync/crossCorrelate.ts';
import { applySync, syncCameras, type SyncResult } from '../sync/syncCameras.ts';
import type { SyncSection } from '../report/syncSection.ts';
import { calibrationFile, listVideos, readPairedInputs, sameCamera, seesAnyone } from './sessionInputs.ts';
import {
  encodeSyncFile,
  formatSyncLines,
  parseSyncFile,
  SYNC_FILE,
  syncClocks,
  syncOptionsOf,
  syncSectionOf,
  type SyncFile,
} from './syncFile.ts';
import { displayPath, type Settings } from './settings.ts';

export { encodeSyncFile, formatSyncLines, summariseSync, SYNC_FILE, syncClocks, syncWarnings, type SyncFile } from './syncFile.ts';

/** Reads output/sync.json (undefined when absent; UserError naming it when damaged). */
export function readSyncFile(sessionDir: string): SyncFile | undefined {
  const path = join(sessionDir, SYNC_FILE);
  if (!existsSync(path)) return undefined;
  return parseSyncFile(
    readFileSync(path, 'utf8'),
    `${displayPath(path)} is damaged or not a sync file; delete it and run "openmocap sync ${displayPath(sessionDir)}" again`,
  );
}

/** The cameras' 2D keypoints on the reference camera's frames, as output/sync.json says (by timestamps alone when it is absent). */
export function alignedSequences(sessionDir: string, sequences: PoseSequence2D[]): PoseSequence2D[] {
  return applySync(sequences, syncClocks(readSyncFile(sessionDir)));
}

/** The 2D inputs the sync works on: the same cameras triangulate pairs (with the calibration), or every pose2d input without one. */
function readInputs(sessionDir: string, settings: Settings): { sequences: PoseSequence2D[]; rig?: CameraRig } {
  if (existsSync(calibrationFile(sessionDir, settings))) {
    const inputs = readPairedInputs(sessionDir, settings);
    return { sequences: inputs.sequences, rig: inputs.rig };
  }
  const sequences = readPose2dFolder(sessionDir, { fps: settings.project.fps }).filter(seesAnyone);
  if (sequences.length < 2)
    throw new UserError(
      `only ${sequences.length} camera${sequences.length === 1 ? '' : 's'} with 2D data in ${displayPath(join(sessionDir, 'pose2d'))}; syncing needs at least 2`,
    );
  return { sequences };
}

/** Runs the sync on a session and writes output/sync.json; returns the result and one line per camera. */
export async function runSyncStage(
  sessionDir: string,
  settings: Settings,
  progress: (message: string) => void = () => {},
): Promise<{ result: SyncResult; lines: string[] }> {
  const s = settings.sync;
  const { sequences, rig } = readInputs(sessionDir, settings);
  let audio: (EvenSignal | undefined)[] | undefined;
  if (s.method === 'auto' || s.method === 'audio') audio = await readAudioEnvelopes(sessionDir, settings, sequences, progress);
  if (s.method === 'audio' && !(audio && audio.filter(Boolean).length >= 2))
    throw new UserError(
      `sync.method = "audio" but fewer than 2 videos in ${displayPath(join(sessionDir, 'videos'))} have sound; use "auto" or "keypoints" (in ${displayPath(join(sessionDir, 'mocap.toml'))})`,
    );
  progress(`${sequences.length} cameras${audio?.some(Boolean) ? `, ${audio.filter(Boolean).length} with sound` : ''}`);
  const result = syncCameras({ sequences, audio, rig }, syncOptionsOf(settings));
  const text = encodeSyncFile(result);
  writeFileAtomic(join(sessionDir, SYNC_FILE), text);
  return { result, lines: formatSyncLines(JSON.parse(text) as SyncFile) };
}

/** The videos' onset envelopes, per sequence (undefined = no video or no sound). ffmpeg missing = no sound. */
async function readAudioEnvelopes(
  sessionDir: string,
  settings: Settings,
  sequences: PoseSequence2D[],
  progress: (m: string) => void,
): Promise<(EvenSignal | undefined)[] | undefined> {
  const videos = listVideos(sessionDir, settings);
  if (!videos.length) return undefined;
  const { findFfmpeg } = await import('../video/ffmpeg.ts');
  let tools;
  try {
    tools = findFfmpeg();
  } catch {
    return undefined;
  }
  const { readOnsetEnvelope } = await import('../video/audio.ts');
  const out: (EvenSignal | undefined)[] = [];
  for (const seq of sequences) {
    const v = videos.find((x) => sameCamera(x.camera, seq.camera));
    progress(`sound of ${seq.camera}`);
    out.push(v ? await readOnsetEnvelope(v.path, tools) : undefined);
  }
  return out;
}

/** The report's sync section from output/sync.json and the 2D keypoints (undefined without a sync file). */
export function syncReportSection(sessionDir: string, sequences: PoseSequence2D[], minScore: number): SyncSection | undefined {
  const file = readSyncFile(sessionDir);
  if (!file) return undefined;
  return syncSectionOf(file, sequences, minScore);
}
