// Node-only: `openmocap worker` — takes the queue's jobs (see sessionJobs.ts) and runs them on this
// machine. A job failing on bad input (a UserError) fails once, with its one-line message; other
// failures are tried again (queue.attempts). A worker killed mid-job leaves no partial output (every
// file is written atomically) and its job is taken up again by another worker once its lock runs out
// (queue.lock_duration_ms, BullMQ's stalled-job check). The worker rides out a Redis restart.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { FlowProducer, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { UserError } from '../core/errors.ts';
import type { DetectPool } from '../detect/detectPool.ts';
import type { DetectSettings } from '../detect/detectSettingsSchema.ts';
import { chunkPath, readChunk, writeChunk } from './chunkFile.ts';
import { connectRedis, QUEUE_NAME, safeUrl } from './connection.ts';
import type { QueueSettings } from './queueSettingsSchema.ts';
import { jobLabel, planSession, sessionFlow, type JobData } from './sessionJobs.ts';

export interface WorkerOptions {
  url: string;
  /** Jobs at once (detection threads). */
  concurrency: number;
  settings: QueueSettings;
  /** Shown by `queue status`; defaults to host:pid. */
  name?: string;
  log(line: string): void;
  /** Stops taking jobs and ends after the running ones. */
  signal?: AbortSignal;
}

interface Context {
  concurrency: number;
  flows: FlowProducer;
  pools: Map<string, DetectPool>;
}

/** A detector pool per detect settings, kept for the worker's life (a model loads once). */
async function poolFor(ctx: Context, detect: DetectSettings): Promise<DetectPool> {
  const { stableJson } = await import('../session/runner.ts');
  const key = stableJson(detect);
  let pool = ctx.pools.get(key);
  if (!pool) {
    const { poolFor: makePool } = await import('../detect/runDetect.ts');
    pool = makePool(detect, ctx.concurrency);
    ctx.pools.set(key, pool);
  }
  return pool;
}

async function runChunk(job: Job, d: Extract<JobData, { kind: 'chunk' }>, ctx: Context): Promise<unknown> {
  const out = chunkPath(d.dir, d.index);
  // Done before its worker died or lost the job: nothing to redo.
  if (existsSync(out)) return { frames: readChunk(out)!.frames.length, reused: true };
  let state;
  if (d.index > 0) {
    const prev = readChunk(chunkPath(d.dir, d.index - 1));
    if (!prev)
      throw new UserError(
        `${chunkPath(d.dir, d.index - 1)} is gone (the session's output was cleaned while it was queued); run openmocap queue add ${d.session} again`,
      );
    state = prev.state;
  }
  const { loadSettings } = await import('../session/settings.ts');
  const { settings } = loadSettings(d.session);
  const pool = await poolFor(ctx, settings.detect);
  let done = 0;
  let lastReport = 0;
  const r = await pool.detectRange(d.video, {
    startFrame: d.startFrame,
    frames: d.frames,
    state,
    maxDecodeSize: settings.detect.max_decode_size,
    onFrame: () => {
      done++;
      const now = performance.now();
      if (now - lastReport < 1000) return;
      lastReport = now;
      void job.updateProgress({ done, total: d.frames ?? null, message: `frame ${d.startFrame + done}` }).catch(() => undefined);
    },
  });
  writeChunk(out, { camera: d.camera, startFrame: d.startFrame, frames: r.frames, state: r.state });
  return { frames: r.frames.length };
}

async function runStitch(job: Job, d: Extract<JobData, { kind: 'detect' }>): Promise<unknown> {
  const { runProcess } = await import('../session/process.ts');
  const { loadSettings, displayPath } = await import('../session/settings.ts');
  const { probeVideo } = await import('../video/probe.ts');
  const { sequenceOfFrames } = await import('../detect/detectPool.ts');
  const { stagesToRun } = await import('../session/runner.ts');
  const { planStages } = await import('../session/process.ts');
  const { settings } = loadSettings(d.session);
  // The fingerprints now: a video or [detect] setting changed since planning means other chunks.
  const now = new Map(
    (await stagesToRun(planStages(d.session, settings, { steps: ['detect'] }).stages, { sessionDir: d.session })).map((t) => [
      t.stage.slice(7),
      t.fingerprint,
    ]),
  );
  const summary = await runProcess(d.session, {
    steps: ['detect'],
    detectCamera: async (v) => {
      const c = d.cameras.find((x) => x.camera === v.camera);
      if (!c || now.get(v.camera) !== c.fingerprint)
        throw new UserError(
          `${displayPath(v.path)} or the [detect] settings changed since ${displayPath(d.session)} was queued; run openmocap queue add ${displayPath(d.session)} again`,
        );
      const frames = [];
      for (let k = 0; k < c.chunks; k++) {
        const chunk = readChunk(chunkPath(c.dir, k));
        if (!chunk)
          throw new UserError(
            `${chunkPath(c.dir, k)} is gone (the session's output was cleaned while it was queued); run openmocap queue add ${displayPath(d.session)} again`,
          );
        frames.push(...chunk.frames);
      }
      return sequenceOfFrames(frames, {
        videoPath: v.path,
        camera: v.camera,
        info: await probeVideo(v.path),
        model: settings.detect.model,
        minScore: settings.detect.min_score,
      });
    },
    onProgress: (e) => {
      if (e.type === 'stage-end') void job.updateProgress({ message: `${e.outcome.stage} ${e.outcome.status}` }).catch(() => undefined);
    },
  });
  // The chunks are in pose2d/ now (and recorded by the runner): remove them.
  for (const c of d.cameras) rmSync(c.dir, { recursive: true, force: true });
  const queueDir = d.cameras.length ? dirname(d.cameras[0].dir) : undefined;
  if (queueDir && existsSync(queueDir) && readdirSync(queueDir).length === 0) rmSync(queueDir, { recursive: true, force: true });
  return { stages: summary.stages.map((s) => `${s.stage} ${s.status}`) };
}

async function runStage(job: Job, d: Extract<JobData, { kind: 'stage' }>): Promise<unknown> {
  const { runProcess } = await import('../session/process.ts');
  const summary = await runProcess(d.session, {
    steps: [d.step],
    onProgress: (e) => {
      if (e.type === 'progress' && e.fraction !== undefined)
        void job.updateProgress({ fraction: e.fraction, message: e.message ?? '' }).catch(() => undefined);
    },
  });
  return { stages: summary.stages.map((s) => `${s.stage} ${s.status}`) };
}

async function runPlan(job: Job, d: Extract<JobData, { kind: 'plan' }>, ctx: Context): Promise<unknown> {
  const { cameras, settings } = await planSession(d.session);
  await ctx.flows.add(sessionFlow(d.session, `s${job.id}`, cameras, settings));
  return { cameras: cameras.map((c) => `${c.camera}: ${c.ranges.length} chunk${c.ranges.length > 1 ? 's' : ''}`) };
}

/** Runs a job; a UserError (bad input) becomes BullMQ's UnrecoverableError: the job fails once, with that one line. */
async function processJob(job: Job<JobData>, ctx: Context): Promise<unknown> {
  const d = job.data;
  try {
    switch (d.kind) {
      case 'plan':
        return await runPlan(job, d, ctx);
      case 'chunk':
        return await runChunk(job, d, ctx);
      case 'detect':
        return await runStitch(job, d);
      case 'stage':
        return await runStage(job, d);
    }
  } catch (err) {
    const { SessionBusyError, fileSystemError } = await import('../session/runner.ts');
    // Another openmocap is working on the session (a `process` by hand): try again later.
    if (err instanceof SessionBusyError) throw new Error(err.message);
    const user = err instanceof UserError ? err : fileSystemError(err);
    if (user) throw new UnrecoverableError(user.message);
    throw err;
  }
}

/** Runs a worker until the signal aborts (then finishes the running jobs and returns). */
export async function runWorker(opts: WorkerOptions): Promise<void> {
  // Not up yet (a machine booting before the Redis host): wait for it before taking jobs.
  for (let said = false; ; said = true) {
    try {
      (await connectRedis(opts.url)).disconnect();
      break;
    } catch (err) {
      if (!(err instanceof UserError) || /refused the password|needs a password/.test(err.message)) throw err;
      if (!said) opts.log(`${err.message.split(';')[0]}; waiting for it`);
      if (opts.signal?.aborted) return;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  const connection: Redis = await connectRedis(opts.url, { wait: true });
  let away = false;
  connection.on('error', () => {
    if (!away) opts.log(`Redis at ${safeUrl(opts.url)} is unreachable; waiting for it (running jobs go on)`);
    away = true;
  });
  connection.on('ready', () => {
    if (away) opts.log(`Redis at ${safeUrl(opts.url)} is back`);
    away = false;
  });
  const ctx: Context = { concurrency: opts.concurrency, flows: new FlowProducer({ connection }), pools: new Map() };
  const name = opts.name ?? `${hostname()}:${process.pid}`;
  const worker = new Worker<JobData>(QUEUE_NAME, (job) => processJob(job, ctx), {
    connection,
    concurrency: opts.concurrency,
    name,
    lockDuration: opts.settings.lock_duration_ms,
    stalledInterval: opts.settings.stalled_interval_ms,
    maxStalledCount: opts.settings.max_stalled,
  });
  const at = (job: Job<JobData>): string => `${jobLabel(job.data)} of ${job.data.session}`;
  worker.on('active', (job) => opts.log(`start ${at(job)}${job.attemptsStarted > 1 ? ` (try ${job.attemptsStarted})` : ''}`));
  worker.on('completed', (job) => opts.log(`done  ${at(job)}`));
  worker.on('failed', (job, err) => job && opts.log(`fail  ${at(job)}: ${err.message.split('\n')[0]}`));
  // Connection errors while Redis is away are said once (above), not once per retry.
  worker.on(
    'error',
    (err) => away || /ECONNREFUSED|Connection is closed|ECONNRESET/.test(err.message) || opts.log(`worker: ${err.message.split('\n')[0]}`),
  );
  opts.log(`worker ${name} on ${safeUrl(opts.url)}: ${opts.concurrency} job${opts.concurrency > 1 ? 's' : ''} at once`);
  await new Promise<void>((resolveStop) => {
    if (opts.signal?.aborted) return resolveStop();
    opts.signal?.addEventListener('abort', () => resolveStop(), { once: true });
  });
  opts.log('stopping: finishing the running jobs');
  await worker.close();
  await ctx.flows.close();
  await Promise.all([...ctx.pools.values()].map((p) => p.close()));
  connection.disconnect();
}
