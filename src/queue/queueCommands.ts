// Node-only: `openmocap queue add / status / retry / clean` — what is put on the queue and what it
// shows. Jobs are grouped by session; a session is done when its last job (report) is.
import { Queue, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { UserError } from '../core/errors.ts';
import { connectRedis, QUEUE_NAME, safeUrl } from './connection.ts';
import { jobLabel, jobOptions, sessionPaths, type JobData } from './sessionJobs.ts';

async function withQueue<T>(url: string, work: (q: Queue<JobData>, connection: Redis) => Promise<T>): Promise<T> {
  const connection = await connectRedis(url);
  const queue = new Queue<JobData>(QUEUE_NAME, { connection });
  try {
    return await work(queue, connection);
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

/** Puts one planning job per session on the queue; returns the lines to print. */
export async function addSessions(url: string, sessions: string[]): Promise<string[]> {
  const { existsSync } = await import('node:fs');
  const { loadSettings } = await import('../session/settings.ts');
  const paths = sessionPaths(sessions);
  // The settings are read now too: a broken mocap.toml is told here, not by a worker.
  const settings = paths.map((p) => {
    if (!existsSync(p))
      throw new UserError(`session folder ${p} does not exist; workers must find it at the same path (shared storage, see docs/queue.md)`);
    return loadSettings(p).settings.queue;
  });
  return withQueue(url, async (queue) => {
    const lines: string[] = [];
    for (const [i, session] of paths.entries()) {
      const job = await queue.add('plan', { kind: 'plan', session }, jobOptions(settings[i]));
      lines.push(`queued ${session} (job ${job.id})`);
    }
    lines.push(
      `${paths.length} session${paths.length > 1 ? 's' : ''} on ${safeUrl(url)}; start workers with: openmocap worker --redis <url>; watch with: openmocap queue status`,
    );
    return lines;
  });
}

export interface SessionStatus {
  session: string;
  state: 'done' | 'failed' | 'running' | 'waiting';
  jobs: { done: number; total: number };
  /** The first failure's one line. */
  error?: string;
}

export interface QueueStatus {
  counts: Record<string, number>;
  workers: string[];
  running: { label: string; session: string; worker?: string; progress?: string; tries: number }[];
  failed: { label: string; session: string; reason: string; tries: number }[];
  sessions: SessionStatus[];
}

function progressText(p: unknown): string | undefined {
  if (typeof p === 'number') return `${Math.round(p)}%`;
  if (!p || typeof p !== 'object') return undefined;
  const o = p as { done?: number; total?: number | null; fraction?: number; message?: string };
  if (typeof o.done === 'number') return o.total ? `${o.done}/${o.total} frames` : `${o.done} frames`;
  if (typeof o.fraction === 'number') return `${Math.round(o.fraction * 100)}%${o.message ? ` ${o.message}` : ''}`;
  return o.message;
}

/** The jobs a failed job failed because of ("child … failed") say nothing new: the root cause is kept. */
const isKnockOn = (reason: string): boolean => /^child .* failed$/i.test(reason) || reason.includes('failed because of child');

export async function queueStatus(url: string): Promise<QueueStatus> {
  return withQueue(url, async (queue) => {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'waiting-children', 'prioritized');
    const workers = (await queue.getWorkers()).map((w) => {
      const raw = (w as { rawname?: string }).rawname ?? w.name ?? '?';
      return raw.includes(':w:') ? raw.slice(raw.indexOf(':w:') + 3) : raw;
    });
    const all = (await queue.getJobs(
      ['waiting', 'active', 'delayed', 'completed', 'failed', 'waiting-children', 'prioritized'],
      0,
      -1,
      true,
    )) as Job<JobData>[];
    const states = new Map<string, string>();
    for (const state of ['active', 'failed', 'completed'] as const)
      for (const j of (await queue.getJobs([state], 0, -1)) as Job<JobData>[]) states.set(j.id!, state);
    const running = all
      .filter((j) => states.get(j.id!) === 'active')
      .map((j) => ({
        label: jobLabel(j.data),
        session: j.data.session,
        worker: j.processedBy,
        progress: progressText(j.progress),
        tries: j.attemptsStarted,
      }));
    const failedJobs = all.filter((j) => states.get(j.id!) === 'failed');
    const failed = failedJobs
      .filter((j) => !isKnockOn(j.failedReason ?? ''))
      .map((j) => ({
        label: jobLabel(j.data),
        session: j.data.session,
        reason: (j.failedReason ?? '').split('\n')[0],
        tries: j.attemptsMade,
      }));
    const bySession = new Map<string, Job<JobData>[]>();
    for (const j of all) bySession.set(j.data.session, [...(bySession.get(j.data.session) ?? []), j]);
    const sessions: SessionStatus[] = [...bySession].map(([session, jobs]) => {
      const done = jobs.filter((j) => states.get(j.id!) === 'completed').length;
      const report = jobs.find((j) => j.data.kind === 'stage' && j.data.step === 'report');
      const cause = failed.find((f) => f.session === session);
      const anyFailed = jobs.some((j) => states.get(j.id!) === 'failed');
      const state: SessionStatus['state'] =
        report && states.get(report.id!) === 'completed'
          ? 'done'
          : anyFailed
            ? 'failed'
            : jobs.some((j) => states.get(j.id!) === 'active' || states.get(j.id!) === 'completed')
              ? 'running'
              : 'waiting';
      return {
        session,
        state,
        jobs: { done, total: jobs.length },
        error: state === 'failed' ? (cause?.reason ?? failedJobs.find((j) => j.data.session === session)?.failedReason) : undefined,
      };
    });
    return { counts, workers, running, failed, sessions };
  });
}

export function formatStatus(s: QueueStatus, url: string): string {
  const c = s.counts;
  const lines = [
    `queue on ${safeUrl(url)}: ${c.waiting + (c.prioritized ?? 0)} waiting, ${c.active} running, ${c['waiting-children']} waiting for other jobs, ${c.delayed} to retry, ${c.completed} done, ${c.failed} failed`,
    `workers (${s.workers.length}): ${s.workers.join(', ') || 'none — start one with: openmocap worker'}`,
  ];
  if (s.running.length)
    lines.push(
      'running:',
      ...s.running.map(
        (r) =>
          `  ${r.label} of ${r.session} on ${r.worker ?? '?'}${r.progress ? ` — ${r.progress}` : ''}${r.tries > 1 ? ` (try ${r.tries})` : ''}`,
      ),
    );
  if (s.failed.length) lines.push('failed:', ...s.failed.map((f) => `  ${f.label} of ${f.session} (tried ${f.tries}×): ${f.reason}`));
  if (s.sessions.length)
    lines.push(
      'sessions:',
      ...s.sessions.map((x) => `  ${x.state.padEnd(7)} ${x.session} (${x.jobs.done}/${x.jobs.total} jobs)${x.error ? `: ${x.error}` : ''}`),
    );
  return `${lines.join('\n')}\n`;
}

/** Queues the sessions that failed again (their failed jobs are removed); what finished is skipped by the fingerprints. */
export async function retryFailed(url: string): Promise<string[]> {
  const sessions = await withQueue(url, async (queue) => {
    const failed = (await queue.getJobs(['failed'], 0, -1)) as Job<JobData>[];
    const set = new Set(failed.map((j) => j.data.session));
    for (const j of failed) await j.remove().catch(() => undefined);
    return [...set];
  });
  if (!sessions.length) return ['no failed jobs'];
  return addSessions(url, sessions);
}

/** Removes finished (done and failed) jobs from the queue. */
export async function cleanQueue(url: string): Promise<string> {
  return withQueue(url, async (queue) => {
    const done = await queue.clean(0, 0, 'completed');
    const failed = await queue.clean(0, 0, 'failed');
    return `removed ${done.length} done and ${failed.length} failed job${failed.length === 1 ? '' : 's'} from the queue`;
  });
}
