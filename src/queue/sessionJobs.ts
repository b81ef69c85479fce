// Node-only: what the queue's jobs are and how a session becomes jobs. `queue add` puts one `plan` job
// per session; a worker running it reads the session (on storage every worker shares), asks the stage
// runner which stages are out of date (the same fingerprints `openmocap process` uses) and adds the
// session's jobs as one BullMQ flow, each job waiting for the ones it needs:
//
//   report ← export ← filter ← triangulate ← sync ← detect (stitch) ← per camera: chunk n−1 ← … ← chunk 0
//
// A camera's chunks run one after the other (each carries the person tracker on from the previous
// one), different cameras and sessions in parallel on every worker. `detect` stitches the chunks into
// pose2d/<camera>.pose2d through the runner's own detect stage; the other jobs run one stage each
// (as `openmocap process --only <step>` would). Every job is idempotent, so a job taken up again after
// its worker died, or a session added again, redoes only what is not finished.
import { resolve } from 'node:path';
import type { FlowJob, JobsOptions } from 'bullmq';
import { UserError } from '../core/errors.ts';
import type { QueueSettings } from './queueSettingsSchema.ts';
import { QUEUE_NAME } from './connection.ts';

export type JobData =
  | { kind: 'plan'; session: string }
  | { kind: 'chunk'; session: string; camera: string; video: string; dir: string; index: number; startFrame: number; frames?: number }
  | { kind: 'detect'; session: string; cameras: { camera: string; fingerprint: string; dir: string; chunks: number }[] }
  | { kind: 'stage'; session: string; step: 'sync' | 'triangulate' | 'filter' | 'export' | 'report' };

export const AFTER_DETECT = ['sync', 'triangulate', 'filter', 'export', 'report'] as const;

/** A job's label as status shows it ("detect cam01 frames 0–599", "triangulate", …). */
export function jobLabel(d: JobData): string {
  switch (d.kind) {
    case 'plan':
      return 'plan';
    case 'chunk':
      return `detect ${d.camera} frames ${d.startFrame}–${d.frames === undefined ? 'end' : d.startFrame + d.frames - 1}`;
    case 'detect':
      return d.cameras.length ? `stitch 2D of ${d.cameras.map((c) => c.camera).join(', ')}` : 'detect (up to date)';
    case 'stage':
      return d.step;
  }
}

/** Options of every job: tries for failures other than bad input, kept after the end for `queue status`. */
export function jobOptions(settings: Pick<QueueSettings, 'attempts'>): JobsOptions {
  return { attempts: settings.attempts, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: false, removeOnFail: false };
}

/** The camera plan of a session: which frames each out-of-date camera is split into. */
export interface CameraPlan {
  camera: string;
  video: string;
  fingerprint: string;
  dir: string;
  /** [startFrame, frames) per chunk; frames undefined = to the end of the video. */
  ranges: { startFrame: number; frames?: number }[];
}

/** Frame ranges of a video of `frames` frames (undefined: unknown, one range to the end). */
export function chunkRanges(frames: number | undefined, chunkFrames: number): { startFrame: number; frames?: number }[] {
  if (frames === undefined || frames <= chunkFrames) return [{ startFrame: 0 }];
  const out: { startFrame: number; frames?: number }[] = [];
  for (let s = 0; s < frames; s += chunkFrames) out.push({ startFrame: s, frames: s + chunkFrames < frames ? chunkFrames : undefined });
  return out;
}

/** The BullMQ flow of one session (see the top of this file). `id` makes the job ids (a retried plan adds nothing twice). */
export function sessionFlow(session: string, id: string, cameras: CameraPlan[], settings: Pick<QueueSettings, 'attempts'>): FlowJob {
  // A failed job fails the jobs waiting for it, up to the session's last: status shows the session failed, and why.
  const opts = (jobId: string): JobsOptions => ({ ...jobOptions(settings), jobId, failParentOnFailure: true });
  const chains: FlowJob[] = cameras.map((c, ci) => {
    let node: FlowJob | undefined;
    c.ranges.forEach((r, k) => {
      const data: JobData = { kind: 'chunk', session, camera: c.camera, video: c.video, dir: c.dir, index: k, ...r };
      node = { name: jobLabel(data), queueName: QUEUE_NAME, data, opts: opts(`${id}.c${ci}.${k}`), children: node ? [node] : undefined };
    });
    return node!;
  });
  const detect: JobData = {
    kind: 'detect',
    session,
    cameras: cameras.map((c) => ({ camera: c.camera, fingerprint: c.fingerprint, dir: c.dir, chunks: c.ranges.length })),
  };
  let node: FlowJob = {
    name: jobLabel(detect),
    queueName: QUEUE_NAME,
    data: detect,
    opts: opts(`${id}.detect`),
    children: chains.length ? chains : undefined,
  };
  for (const step of AFTER_DETECT) {
    const data: JobData = { kind: 'stage', session, step };
    node = { name: step, queueName: QUEUE_NAME, data, opts: opts(`${id}.${step}`), children: [node] };
  }
  return node;
}

/** Reads a session and decides its jobs (on a worker, which sees the shared storage). */
export async function planSession(session: string): Promise<{ cameras: CameraPlan[]; settings: QueueSettings }> {
  const { existsSync } = await import('node:fs');
  if (!existsSync(session))
    throw new UserError(
      `session folder ${session} does not exist on this worker; put sessions on storage every worker mounts at the same path (see docs/queue.md)`,
    );
  const { loadSettings } = await import('../session/settings.ts');
  const { planStages } = await import('../session/process.ts');
  const { stagesToRun } = await import('../session/runner.ts');
  const { checkProjectCameras, checkCalibrationForCameras, listVideos } = await import('../session/sessionInputs.ts');
  const { probeVideo } = await import('../video/probe.ts');
  const { chunkDir } = await import('./chunkFile.ts');
  const { settings } = loadSettings(session);
  // What `openmocap process` checks first, so a broken session fails now rather than after its detection.
  checkProjectCameras(session, settings);
  checkCalibrationForCameras(session, settings, () => listVideos(session, settings).map((v) => v.camera));
  const { stages } = planStages(session, settings, { steps: ['detect'] });
  const todo = await stagesToRun(stages, { sessionDir: session });
  const cameras: CameraPlan[] = [];
  for (const t of todo) {
    if (!t.reason) continue;
    const stage = stages.find((s) => s.name === t.stage)!;
    const camera = t.stage.slice('detect:'.length);
    const video = stage.inputs()[0];
    const info = await probeVideo(video);
    const frames = info.framesEstimated ? undefined : info.frames;
    cameras.push({
      camera,
      video,
      fingerprint: t.fingerprint,
      dir: chunkDir(session, camera, t.fingerprint),
      ranges: chunkRanges(frames, settings.queue.chunk_frames),
    });
  }
  return { cameras, settings: settings.queue };
}

/** Absolute session paths, as every worker must find them. */
export function sessionPaths(sessions: string[]): string[] {
  return sessions.map((s) => resolve(s));
}
