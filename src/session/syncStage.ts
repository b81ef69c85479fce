// The sync stage's I/O edge: reads the session's 2D keypoints (and the calibration and the videos'
// sound when there are any), runs the pure sync (src/sync), writes output/sync.json, and reads it back
// for the stages after it. Node-only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError, type Warning } from '../core/errors.ts';
import type { CameraRig, PoseSequence2D } from '../core/types.ts';
import { writeFileAtomic } from '../io/atomic.ts';
import { readPose2dFolder } from '../io/pose2d.ts';
import type { EvenSignal } from '../sync/crossCorrelate.ts';
import { applySync, syncCameras, type SyncResult } from '../sync/syncCameras.ts';
import { speedSamples } from '../sync/speedProfile.ts';
import { profileOnReference, SYNC_ADVICE, type SyncSection } from '../report/syncSection.ts';
import { calibrationFile, listVideos, readPairedInputs, sameCamera, seesAnyone } from './sessionInputs.ts';
import { displayPath, type Settings } from './settings.ts';

export const SYNC_FILE = 'output/sync.json';

const estimateSchema = z.object({ start_s: z.number(), confidence: z.number(), rate_ppm: z.number().optional() });
const syncFileSchema = z.object({
  reference: z.string(),
  cameras: z.record(
    z.string(),
    z.object({
      start_s: z.number(),
      rate_ppm: z.number(),
      confidence: z.number(),
      method: z.string(),
      signals: z.record(z.string(), estimateSchema).optional(),
    }),
  ),
});
export type SyncFile = z.infer<typeof syncFileSchema>;

/** output/sync.json as the issue specifies it: reference, and per camera start_s, rate_ppm, confidence, method (+ each signal's estimate). */
export function encodeSyncFile(r: SyncResult): string {
  const cameras: SyncFile['cameras'] = {};
  for (const [name, c] of Object.entries(r.cameras)) {
    const signals = Object.fromEntries(
      Object.entries(c.signals).map(([k, s]) => [k, { start_s: round(s.startS, 6), confidence: round(s.confidence, 3), ...(s.ratePpm ? { rate_ppm: s.ratePpm } : {}) }]),
    );
    cameras[name] = { start_s: c.startS, rate_ppm: c.ratePpm, confidence: c.confidence, method: c.method, ...(Object.keys(signals).length ? { signals } : {}) };
  }
  return JSON.stringify({ reference: r.reference, cameras }, null, 1) + '\n';
}

const round = (x: number, d: number): number => (Number.isFinite(x) ? Number(x.toFixed(d)) : 0);

/** Reads output/sync.json (undefined when absent; UserError naming it when damaged). */
export function readSyncFile(sessionDir: string): SyncFile | undefined {
  const path = join(sessionDir, SYNC_FILE);
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    parsed = undefined;
  }
  const ok = syncFileSchema.safeParse(parsed);
  if (!ok.success) throw new UserError(`${displayPath(path)} is damaged or not a sync file; delete it and run "openmocap sync ${displayPath(sessionDir)}" again`);
  return ok.data;
}

/** The clocks of sync.json in the form applySync takes. */
export function syncClocks(file: SyncFile | undefined): Parameters<typeof applySync>[1] {
  if (!file) return undefined;
  return { reference: file.reference, cameras: Object.fromEntries(Object.entries(file.cameras).map(([k, c]) => [k, { startS: c.start_s, ratePpm: c.rate_ppm }])) };
}

/** The cameras' 2D keypoints on the reference camera's frames, as output/sync.json says (by timestamps alone when it is absent). */
export function alignedSequences(sessionDir: string, sequences: PoseSequence2D[]): PoseSequence2D[] {
  return applySync(sequences, syncClocks(readSyncFile(sessionDir)));
}

/** Warnings of sync.json worth repeating with the 3D results: cameras whose start could not be found. */
export function syncWarnings(file: SyncFile | undefined): Warning[] {
  if (!file) return [];
  const low = Object.entries(file.cameras).filter(([, c]) => c.method === 'unknown');
  if (!low.length) return [];
  const names = low.map(([n]) => n).join(', ');
  return [{ code: 'sync-low-confidence', message: `could not tell when ${names} started (see ${SYNC_FILE}); ${low.length > 1 ? 'their frames are' : 'its frames are'} used as they are — ${SYNC_ADVICE}, or set [sync] start_s in mocap.toml` }];
}

/** The 2D inputs the sync works on: the same cameras triangulate pairs (with the calibration), or every pose2d input without one. */
function readInputs(sessionDir: string, settings: Settings): { sequences: PoseSequence2D[]; rig?: CameraRig } {
  if (existsSync(calibrationFile(sessionDir, settings))) {
    const inputs = readPairedInputs(sessionDir, settings);
    return { sequences: inputs.sequences, rig: inputs.rig };
  }
  const sequences = readPose2dFolder(sessionDir, { fps: settings.project.fps }).filter(seesAnyone);
  if (sequences.length < 2) throw new UserError(`only ${sequences.length} camera${sequences.length === 1 ? '' : 's'} with 2D data in ${displayPath(join(sessionDir, 'pose2d'))}; syncing needs at least 2`);
  return { sequences };
}

/** Runs the sync on a session and writes output/sync.json; returns the result and one line per camera. */
export async function runSyncStage(sessionDir: string, settings: Settings, progress: (message: string) => void = () => {}): Promise<{ result: SyncResult; lines: string[] }> {
  const s = settings.sync;
  const { sequences, rig } = readInputs(sessionDir, settings);
  let audio: (EvenSignal | undefined)[] | undefined;
  if (s.method === 'auto' || s.method === 'audio') audio = await readAudioEnvelopes(sessionDir, settings, sequences, progress);
  if (s.method === 'audio' && !(audio && audio.filter(Boolean).length >= 2))
    throw new UserError(`sync.method = "audio" but fewer than 2 videos in ${displayPath(join(sessionDir, 'videos'))} have sound; use "auto" or "keypoints" (in ${displayPath(join(sessionDir, 'mocap.toml'))})`);
  progress(`${sequences.length} cameras${audio?.some(Boolean) ? `, ${audio.filter(Boolean).length} with sound` : ''}`);
  const result = syncCameras(
    { sequences, audio, rig },
    { method: s.method, windowS: s.window_s, reference: s.reference, startS: s.start_s, minConfidence: s.min_confidence, minScore: settings.triangulation.min_score },
  );
  const text = encodeSyncFile(result);
  writeFileAtomic(join(sessionDir, SYNC_FILE), text);
  return { result, lines: formatSyncLines(JSON.parse(text) as SyncFile) };
}

/** The videos' onset envelopes, per sequence (undefined = no video or no sound). ffmpeg missing = no sound. */
async function readAudioEnvelopes(sessionDir: string, settings: Settings, sequences: PoseSequence2D[], progress: (m: string) => void): Promise<(EvenSignal | undefined)[] | undefined> {
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

/** One line per camera: "cam02   +0.150 s      0 ppm  confidence 0.93  keypoints". */
export function formatSyncLines(file: SyncFile): string[] {
  const names = Object.keys(file.cameras);
  const w = Math.max(...names.map((n) => n.length));
  return names.map((n) => {
    const c = file.cameras[n];
    const start = `${c.start_s >= 0 ? '+' : ''}${c.start_s.toFixed(3)} s`;
    const what = c.method === 'reference' ? 'reference' : c.method === 'in-sync' ? 'already in sync' : c.method === 'unknown' ? 'NOT SYNCED: low confidence' : c.method;
    return `${n.padEnd(w)}  ${start.padStart(9)}  ${String(c.rate_ppm).padStart(6)} ppm  confidence ${c.confidence.toFixed(2)}  ${what}`;
  });
}

/** The report's sync section from output/sync.json and the 2D keypoints (undefined without a sync file). */
export function syncReportSection(sessionDir: string, sequences: PoseSequence2D[], minScore: number): SyncSection | undefined {
  const file = readSyncFile(sessionDir);
  if (!file) return undefined;
  const cameras = Object.entries(file.cameras).map(([name, c]) => ({
    name, startS: c.start_s, ratePpm: c.rate_ppm, confidence: c.confidence, method: c.method,
    signals: Object.fromEntries(Object.entries(c.signals ?? {}).map(([k, e]) => [k, { startS: e.start_s, confidence: e.confidence }])),
  }));
  const profiles = sequences.map((s) => {
    const c = file.cameras[s.camera] ?? Object.entries(file.cameras).find(([k]) => sameCamera(k, s.camera))?.[1];
    const { timesS, speed } = speedSamples(s, { minScore });
    return profileOnReference(s.camera, timesS, speed, c?.start_s ?? 0, c?.rate_ppm ?? 0);
  });
  return { reference: file.reference, cameras, profiles };
}

/** One line for the closing summary: "reference cam01; cam02 +0.060 s (keypoints, 1.00), cam03 in sync, cam04 NOT SYNCED (0.12)". */
export function summariseSync(file: SyncFile | undefined): string | undefined {
  if (!file) return undefined;
  const others = Object.entries(file.cameras).filter(([, c]) => c.method !== 'reference');
  if (others.length && others.every(([, c]) => c.method === 'in-sync')) return `reference ${file.reference}; the others already in sync`;
  const part = ([name, c]: [string, SyncFile['cameras'][string]]): string =>
    c.method === 'in-sync' ? `${name} in sync`
      : c.method === 'unknown' ? `${name} NOT SYNCED (confidence ${c.confidence.toFixed(2)})`
        : `${name} ${c.start_s >= 0 ? '+' : ''}${c.start_s.toFixed(3)} s${c.rate_ppm ? ` ${c.rate_ppm} ppm` : ''} (${c.method}, ${c.confidence.toFixed(2)})`;
  return [`reference ${file.reference}`, others.map(part).join(', ')].filter(Boolean).join('; ');
}
