// output/sync.json and what is made of it: the file's shape (written, read back, checked), the clocks
// the stages after sync apply, its warnings, summary lines and the report's section. Pure (no files):
// shared by the CLI's sync stage (syncStage.ts) and the web app's pipeline.
import { z } from 'zod';
import { UserError, type Warning } from '../core/errors.ts';
import type { PoseSequence2D } from '../core/types.ts';
import { profileOnReference, SYNC_ADVICE, type SyncSection } from '../report/syncSection.ts';
import { speedSamples } from '../sync/speedProfile.ts';
import type { applySync, SyncOptions, SyncResult } from '../sync/syncCameras.ts';
import { OUTPUT } from './exports.ts';
import { sameCamera } from './pairInputs.ts';
import type { Settings } from './parseSettings.ts';

export const SYNC_FILE = OUTPUT.sync;

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

/** The [sync] settings as the pure sync takes them. */
export function syncOptionsOf(settings: Settings): SyncOptions {
  const s = settings.sync;
  return {
    method: s.method,
    windowS: s.window_s,
    reference: s.reference,
    startS: s.start_s,
    minConfidence: s.min_confidence,
    minScore: settings.triangulation.min_score,
  };
}

/** output/sync.json as the issue specifies it: reference, and per camera start_s, rate_ppm, confidence, method (+ each signal's estimate). */
export function encodeSyncFile(r: SyncResult): string {
  const cameras: SyncFile['cameras'] = {};
  for (const [name, c] of Object.entries(r.cameras)) {
    const signals = Object.fromEntries(
      Object.entries(c.signals).map(([k, s]) => [
        k,
        { start_s: round(s.startS, 6), confidence: round(s.confidence, 3), ...(s.ratePpm ? { rate_ppm: s.ratePpm } : {}) },
      ]),
    );
    cameras[name] = {
      start_s: c.startS,
      rate_ppm: c.ratePpm,
      confidence: c.confidence,
      method: c.method,
      ...(Object.keys(signals).length ? { signals } : {}),
    };
  }
  return `${JSON.stringify({ reference: r.reference, cameras }, null, 1)}\n`;
}

const round = (x: number, d: number): number => (Number.isFinite(x) ? Number(x.toFixed(d)) : 0);

/** The text of a sync file, checked; `what` names it and says what to do in the one-line error. */
export function parseSyncFile(text: string, what: string): SyncFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const ok = syncFileSchema.safeParse(parsed);
  if (!ok.success) throw new UserError(what);
  return ok.data;
}

/** The clocks of sync.json in the form applySync takes. */
export function syncClocks(file: SyncFile | undefined): Parameters<typeof applySync>[1] {
  if (!file) return undefined;
  return {
    reference: file.reference,
    cameras: Object.fromEntries(Object.entries(file.cameras).map(([k, c]) => [k, { startS: c.start_s, ratePpm: c.rate_ppm }])),
  };
}

/** Warnings of sync.json worth repeating with the 3D results: cameras whose start could not be found. */
export function syncWarnings(file: SyncFile | undefined): Warning[] {
  if (!file) return [];
  const low = Object.entries(file.cameras).filter(([, c]) => c.method === 'unknown');
  if (!low.length) return [];
  const names = low.map(([n]) => n).join(', ');
  return [
    {
      code: 'sync-low-confidence',
      message: `could not tell when ${names} started (see ${SYNC_FILE}); ${low.length > 1 ? 'their frames are' : 'its frames are'} used as they are — ${SYNC_ADVICE}, or set [sync] start_s in mocap.toml`,
    },
  ];
}

/** One line per camera: "cam02   +0.150 s      0 ppm  confidence 0.93  keypoints". */
export function formatSyncLines(file: SyncFile): string[] {
  const names = Object.keys(file.cameras);
  const w = Math.max(...names.map((n) => n.length));
  return names.map((n) => {
    const c = file.cameras[n];
    const start = `${c.start_s >= 0 ? '+' : ''}${c.start_s.toFixed(3)} s`;
    const what =
      c.method === 'reference'
        ? 'reference'
        : c.method === 'in-sync'
          ? 'already in sync'
          : c.method === 'unknown'
            ? 'NOT SYNCED: low confidence'
            : c.method;
    return `${n.padEnd(w)}  ${start.padStart(9)}  ${String(c.rate_ppm).padStart(6)} ppm  confidence ${c.confidence.toFixed(2)}  ${what}`;
  });
}

/** The report's sync section from a sync file and the cameras' 2D keypoints (as detected, on their own clocks). */
export function syncSectionOf(file: SyncFile, sequences: PoseSequence2D[], minScore: number): SyncSection {
  const cameras = Object.entries(file.cameras).map(([name, c]) => ({
    name,
    startS: c.start_s,
    ratePpm: c.rate_ppm,
    confidence: c.confidence,
    method: c.method,
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
    c.method === 'in-sync'
      ? `${name} in sync`
      : c.method === 'unknown'
        ? `${name} NOT SYNCED (confidence ${c.confidence.toFixed(2)})`
        : `${name} ${c.start_s >= 0 ? '+' : ''}${c.start_s.toFixed(3)} s${c.rate_ppm ? ` ${c.rate_ppm} ppm` : ''} (${c.method}, ${c.confidence.toFixed(2)})`;
  return [`reference ${file.reference}`, others.map(part).join(', ')].filter(Boolean).join('; ');
}
