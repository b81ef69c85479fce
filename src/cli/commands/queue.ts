// `openmocap queue add|status|retry|clean`: sessions as jobs on a Redis queue, for many machines (docs/queue.md).
import type { Command } from 'commander';

const REDIS_HELP = 'Redis URL, redis://[:password@]host:port[/db] (default: $OPENMOCAP_REDIS or redis://127.0.0.1:6379)';

export function register(program: Command): void {
  const queue = program
    .command('queue')
    .description(
      'Process many sessions on many machines: put sessions on a Redis job queue that `openmocap worker`s take jobs from (see docs/queue.md).',
    );
  queue
    .command('add')
    .description(
      'Queue sessions: each is planned, detected in camera × frame-range chunks and processed by the workers (outputs as `openmocap process` gives).',
    )
    .argument('<sessions...>', 'session folders, on storage every worker mounts at the same path')
    .option('--redis <url>', REDIS_HELP)
    .action(async (sessions: string[], o: { redis?: string }) => {
      const { redisUrl } = await import('../../queue/connection.ts');
      const { addSessions } = await import('../../queue/queueCommands.ts');
      for (const line of await addSessions(redisUrl(o.redis), sessions)) process.stdout.write(`${line}\n`);
    });
  queue
    .command('status')
    .description("Jobs waiting, running (on which worker, with progress) and failed (with the one-line reason), and each session's state.")
    .option('--redis <url>', REDIS_HELP)
    .option('--json', 'print the status as JSON')
    .action(async (o: { redis?: string; json?: boolean }) => {
      const { redisUrl } = await import('../../queue/connection.ts');
      const { queueStatus, formatStatus } = await import('../../queue/queueCommands.ts');
      const url = redisUrl(o.redis);
      const s = await queueStatus(url);
      process.stdout.write(o.json ? `${JSON.stringify(s, null, 1)}\n` : formatStatus(s, url));
    });
  queue
    .command('retry')
    .description('Queue the sessions with failed jobs again (after fixing their input); finished stages are skipped.')
    .option('--redis <url>', REDIS_HELP)
    .action(async (o: { redis?: string }) => {
      const { redisUrl } = await import('../../queue/connection.ts');
      const { retryFailed } = await import('../../queue/queueCommands.ts');
      for (const line of await retryFailed(redisUrl(o.redis))) process.stdout.write(`${line}\n`);
    });
  queue
    .command('clean')
    .description('Remove finished jobs (done and failed) from the queue; session folders are not touched.')
    .option('--redis <url>', REDIS_HELP)
    .action(async (o: { redis?: string }) => {
      const { redisUrl } = await import('../../queue/connection.ts');
      const { cleanQueue } = await import('../../queue/queueCommands.ts');
      process.stdout.write(`${await cleanQueue(redisUrl(o.redis))}\n`);
    });
}
