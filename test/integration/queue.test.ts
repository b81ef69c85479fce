// The job queue end to end, with a real redis-server of the test's own, real rendered videos and the
// real pose model: 3 workers (separate processes) process 6 small sessions; one worker is killed -9
// while it detects and Redis is restarted mid-run. Every session must finish with outputs equal, byte
// for byte, to a single-machine `process` run; a session with a broken video fails once, with its
// one-line error in `queue status`.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ffmpegMissing } from '../../src/video/testVideos.ts';
import { redisMissing, startRedis, type TestRedis } from './redisServer.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const why = redisMissing() ?? ffmpegMissing();
const dirs: string[] = [];
const children: ChildProcess[] = [];
let redis: TestRedis | undefined;
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await redis?.stop();
  if (!process.env.QUEUE_TEST_KEEP) for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every file under `dir` (relative paths), sorted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }))
      e.isDirectory() ? walk(join(d, e.name)) : out.push(relative(dir, join(d, e.name)));
  };
  walk(dir);
  return out.sort();
}

const SESSIONS = 6;

describe('openmocap queue on Redis with several workers', () => {
  it.skipIf(!!why)(
    `3 workers, 6 sessions, a worker killed -9 mid-detect and Redis restarted: outputs equal one machine's${why ? ` — skipped: ${why}` : ''}`,
    async () => {
      const { buildDemoSession } = await import('../../src/demo/buildDemoSession.ts');
      const { runProcess } = await import('../../src/session/process.ts');
      const { poolFor } = await import('../../src/detect/runDetect.ts');
      const { loadSettings } = await import('../../src/session/settings.ts');
      const { addSessions, queueStatus, formatStatus } = await import('../../src/queue/queueCommands.ts');
      const tmp = mkdtempSync(join(tmpdir(), 'openmocap-queue-'));
      dirs.push(tmp);
      mkdirSync(join(tmp, 'redis'));
      redis = await startRedis(join(tmp, 'redis'));

      // Six tiny sessions (2 cameras × 4 frames, 320×240), each camera split into chunks of 2 frames.
      const queued: string[] = [];
      const single: string[] = [];
      for (let i = 0; i < SESSIONS; i++) {
        const dir = join(tmp, 'queued', `s${i}`);
        await buildDemoSession(dir, { frames: 4, cameras: 2, width: 320, height: 240, seed: 11 + i });
        writeFileSync(join(dir, 'mocap.toml'), `${readFileSync(join(dir, 'mocap.toml'), 'utf8')}\n[queue]\nchunk_frames = 2\n`);
        cpSync(dir, join(tmp, 'single', `s${i}`), { recursive: true });
        queued.push(dir);
        single.push(join(tmp, 'single', `s${i}`));
      }
      // A session whose video is not a video: its job must fail once, saying which file.
      const bad = join(tmp, 'queued', 'broken');
      cpSync(queued[0], bad, { recursive: true });
      writeFileSync(join(bad, 'videos', 'cam02.mp4'), 'this is not a video\n'.repeat(50));

      const settingsFile = join(tmp, 'worker.toml');
      writeFileSync(settingsFile, '[queue]\nlock_duration_ms = 2000\nstalled_interval_ms = 1000\n');
      const logs: string[] = ['', '', ''];
      const workers = [0, 1, 2].map((k) => {
        const c = spawn(
          process.execPath,
          [join(root, 'bin/openmocap.mjs'), 'worker', '--redis', redis!.url, '--concurrency', '1', '--settings', settingsFile],
          { stdio: ['ignore', 'ignore', 'pipe'] },
        );
        c.stderr!.on('data', (b: Buffer) => (logs[k] += b.toString()));
        children.push(c);
        return c;
      });
      await addSessions(redis.url, [...queued, bad]);

      // The single-machine reference, meanwhile: `process` on copies, detection through the same pool code.
      const t0 = Date.now();
      const note = (m: string): void =>
        void (process.env.QUEUE_TEST_VERBOSE && process.stderr.write(`${((Date.now() - t0) / 1000).toFixed(1)} s ${m}\n`));
      const reference = (async () => {
        // The sessions share their [detect] settings (the demo's mocap.toml): one pool, as detectVideo would make per camera.
        const detect = loadSettings(single[0]).settings.detect;
        const pool = poolFor(detect, 1);
        try {
          for (const dir of single)
            await runProcess(dir, {
              detectCamera: (v) => pool.detect(v.path, v.camera, { maxDecodeSize: detect.max_decode_size, minScore: detect.min_score }),
            });
        } finally {
          await pool.close();
        }
        note('single-machine reference done');
      })();

      // Kill -9 a worker while it detects (its chunk job must be taken up by another worker).
      const until = async (cond: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> => {
        const end = Date.now() + ms;
        while (!(await cond())) {
          if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${logs.join('\n---\n')}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      let victim = -1;
      let victimJob = '';
      await until(
        () => {
          victim = logs.findIndex((l) => /start detect cam\d+ frames/.test(l.split('\n').filter(Boolean).at(-1) ?? ''));
          return victim >= 0;
        },
        60_000,
        'a worker to start detecting',
      );
      victimJob = logs[victim]
        .split('\n')
        .filter(Boolean)
        .at(-1)!
        .replace(/^\S+ start /, '');
      await new Promise((r) => setTimeout(r, 300));
      workers[victim].kill('SIGKILL');
      note(`killed worker ${victim} on ${victimJob}`);
      expect(logs[victim]).not.toContain(`done  ${victimJob}`); // killed while on it

      // Restart Redis once a few more jobs are done.
      await until(async () => (await queueStatus(redis!.url)).counts.completed >= 12, 60_000, '12 finished jobs');
      await redis.restart();
      note('redis restarted');

      const total = SESSIONS * (1 + 2 * 2 + 1 + 5); // plan, 2 cameras × 2 chunks, stitch, 5 stages
      let status = await queueStatus(redis.url);
      // Every session finished and the queue drained: a job whose completion was being written while Redis
      // restarted (its worker's command failed) is taken up again once its lock runs out, and completes then
      // (one CI run saw a session done with 65 of 66 jobs completed at that moment). A job truly lost never
      // completes, and the wait times out.
      await until(
        async () => {
          status = await queueStatus(redis!.url);
          const c = status.counts;
          return (
            status.sessions.filter((s) => s.state === 'done').length === SESSIONS &&
            status.sessions.some((s) => s.state === 'failed') &&
            c.active + c.waiting + c.delayed === 0 &&
            c.completed >= total
          );
        },
        80_000,
        'every session to finish and every job to complete',
      );
      note(`queue done\n${formatStatus(status, redis.url)}`);
      await reference;

      // Nothing lost, nothing done twice: every job of every good session completed, once.
      expect(status.counts.completed).toBe(total);
      expect(status.counts.active + status.counts.waiting + status.counts.delayed).toBe(0);
      // The killed worker's chunk was finished by another worker.
      const victimSession = victimJob.split(' of ')[1];
      const victimLabel = victimJob.split(' of ')[0];
      const finishedBy = logs.filter((_, k) => k !== victim).some((l) => l.includes(`done  ${victimLabel} of ${victimSession}`));
      expect(finishedBy, logs.join('\n---\n')).toBe(true);

      // The broken session failed once, with one line naming the file.
      const failed = status.failed.filter((f) => f.session === bad);
      expect(failed).toHaveLength(1);
      expect(failed[0].tries).toBe(1);
      expect(failed[0].reason).toContain('cam02.mp4');
      expect(failed[0].reason).not.toContain('\n');
      expect(formatStatus(status, redis.url)).toContain(failed[0].reason);

      // Byte for byte what one machine makes; no temporary or chunk files left behind.
      for (let i = 0; i < SESSIONS; i++) {
        const files = filesUnder(single[i]).filter((f) => !/(^|\/)(\.state\.json|log\.jsonl)$/.test(f));
        expect(files.filter((f) => f.startsWith('output/')).length).toBeGreaterThan(10);
        expect(filesUnder(queued[i]).filter((f) => !/(^|\/)(\.state\.json|log\.jsonl)$/.test(f))).toEqual(files);
        const differ = files.filter((f) => !readFileSync(join(queued[i], f)).equals(readFileSync(join(single[i], f))));
        expect(differ, `${queued[i]} differs from ${single[i]}`).toEqual([]);
        expect(existsSync(join(queued[i], 'output', '.queue'))).toBe(false);
      }
      for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGTERM');
    },
    170_000,
  );
});
