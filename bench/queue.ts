// The job queue on the real four-camera take (../shared/data/pose2sim-demo/single-person: 4 × 100
// frames, 1080×1920): `openmocap process` on one machine, then the same session through the queue with
// 1 worker and with 2 workers (this machine has 2 cores), each on a fresh copy, with a redis-server of
// its own. Prints wall times, the speed-up, the queue's overhead per job (wall time not spent inside a
// job, over the jobs of the 1-worker run, and the time per job of a session that is already up to
// date), and whether the queued outputs equal the single-machine ones byte for byte.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { sharedDataDir } from '../src/video/testVideos.ts';
import { redisMissing, startRedis } from '../test/integration/redisServer.ts';
import { QUEUE_NAME } from '../src/queue/connection.ts';
import { addSessions, cleanQueue, queueStatus } from '../src/queue/queueCommands.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = join(root, 'bin/openmocap.mjs');
const CHUNK_FRAMES = 25;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }))
      e.isDirectory() ? walk(join(d, e.name)) : out.push(relative(dir, join(d, e.name)));
  };
  walk(dir);
  return out.filter((f) => !/(^|\/)(\.state\.json|log\.jsonl)$/.test(f)).sort();
}

function makeSession(data: string, dir: string): void {
  mkdirSync(join(dir, 'videos'), { recursive: true });
  const videos = join(data, 'pose2sim-demo/single-person/videos');
  for (const f of readdirSync(videos)) copyFileSync(join(videos, f), join(dir, 'videos', f));
  copyFileSync(join(data, 'pose2sim-demo/calibration/Calib_qualisys.toml'), join(dir, 'calibration.toml'));
  writeFileSync(join(dir, 'mocap.toml'), `[queue]\nchunk_frames = ${CHUNK_FRAMES}\n`);
}

async function untilDone(url: string, sessions: number): Promise<void> {
  for (;;) {
    const s = await queueStatus(url);
    if (s.sessions.some((x) => x.state === 'failed'))
      throw new Error(`queue run failed: ${s.failed.map((f) => `${f.label}: ${f.reason}`).join('; ')}`);
    if (s.sessions.filter((x) => x.state === 'done').length >= sessions) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Seconds spent inside jobs (processedOn → finishedOn), and the number of jobs. */
async function jobSeconds(url: string): Promise<{ busyS: number; jobs: number }> {
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  const q = new Queue(QUEUE_NAME, { connection });
  const jobs = (await q.getJobs(['completed'], 0, -1)) as Job[];
  await q.close();
  connection.disconnect();
  return { busyS: jobs.reduce((s, j) => s + ((j.finishedOn ?? 0) - (j.processedOn ?? 0)) / 1000, 0), jobs: jobs.length };
}

async function startWorkers(url: string, n: number): Promise<ChildProcess[]> {
  const ws = Array.from({ length: n }, () =>
    spawn(process.execPath, [cli, 'worker', '--redis', url, '--concurrency', '1'], { stdio: ['ignore', 'ignore', 'pipe'] }),
  );
  // Started (connected), not warmed up: the first detection job of each loads the model, as in real use.
  await Promise.all(
    ws.map((w) => new Promise<void>((r) => w.stderr!.on('data', (b: Buffer) => b.toString().includes(' on redis') && r()))),
  );
  return ws;
}

async function stopWorkers(ws: ChildProcess[]): Promise<void> {
  await Promise.all(
    ws.map(
      (w) =>
        new Promise<void>((r) => {
          w.once('exit', () => r());
          w.kill('SIGTERM');
        }),
    ),
  );
}

export async function run(): Promise<void> {
  const data = sharedDataDir();
  if (!data) return void console.log('queue: skipped (../shared/data absent)');
  const missing = redisMissing();
  if (missing) return void console.log(`queue: skipped (${missing})`);
  const tmp = mkdtempSync(join(tmpdir(), 'openmocap-bench-queue-'));
  const redisDir = join(tmp, 'redis');
  mkdirSync(redisDir);
  const redis = await startRedis(redisDir);
  try {
    const single = join(tmp, 'single', 'take');
    makeSession(data, single);
    let t = performance.now();
    const p = spawnSync(process.execPath, [cli, 'process', single], { encoding: 'utf8' });
    if (p.status !== 0) throw new Error(`process failed: ${p.stderr.split('\n').slice(-3).join(' ')}`);
    const processS = (performance.now() - t) / 1000;
    console.log(`openmocap process (one machine, cameras detected side by side on all cores): ${processS.toFixed(1)} s`);

    const results: { workers: number; wallS: number; busyS: number; jobs: number; same: boolean }[] = [];
    for (const n of [1, 2]) {
      const dir = join(tmp, `queue${n}`, 'take');
      makeSession(data, dir);
      const ws = await startWorkers(redis.url, n);
      t = performance.now();
      await addSessions(redis.url, [dir]);
      await untilDone(redis.url, 1);
      const wallS = (performance.now() - t) / 1000;
      const { busyS, jobs } = await jobSeconds(redis.url);
      const files = filesUnder(single);
      const same =
        JSON.stringify(filesUnder(dir)) === JSON.stringify(files) &&
        files.every((f) => readFileSync(join(dir, f)).equals(readFileSync(join(single, f))));
      results.push({ workers: n, wallS, busyS, jobs, same });
      // Workers busy at once on average (inside-job time over wall time): how well the jobs spread over the workers.
      console.log(
        `queue, ${n} worker${n > 1 ? 's' : ' '} : ${wallS.toFixed(1)} s wall, ${jobs} jobs (${busyS.toFixed(1)} s inside jobs, ${(busyS / wallS).toFixed(2)} of ${n} worker${n > 1 ? 's' : ''} busy on average); outputs byte-identical to process: ${same ? 'yes' : 'NO'}`,
      );
      if (n === 1) {
        // Overhead: a session already up to date goes through the queue again (its 7 jobs only check fingerprints).
        await cleanQueue(redis.url);
        t = performance.now();
        await addSessions(redis.url, [dir]);
        await untilDone(redis.url, 1);
        const againS = (performance.now() - t) / 1000;
        const again = await jobSeconds(redis.url);
        console.log(
          `  overhead: ${(((wallS - busyS) / jobs) * 1000).toFixed(0)} ms per job outside the jobs (1 worker, ${jobs} jobs); the up-to-date session again: ${againS.toFixed(2)} s for ${again.jobs} jobs = ${((againS / again.jobs) * 1000).toFixed(0)} ms per job`,
        );
      }
      await cleanQueue(redis.url);
      await stopWorkers(ws);
    }
    console.log(
      `load average during the runs: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores (other work on the machine slows every job alike)`,
    );
    console.log(
      `speed-up 2 workers vs 1: ×${(results[0].wallS / results[1].wallS).toFixed(2)}; 2 workers vs one-machine process: ×${(processS / results[1].wallS).toFixed(2)} (chunks of ${CHUNK_FRAMES} frames, 4 cameras)`,
    );
  } finally {
    await redis.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}
