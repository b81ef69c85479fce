// `openmocap worker`: takes jobs from the Redis queue (`openmocap queue add`) and runs them here, until Ctrl-C.
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('worker')
    .description(
      'Run jobs from the queue (`openmocap queue add`) on this machine until stopped (Ctrl-C finishes the running jobs). See docs/queue.md.',
    )
    .option('--redis <url>', 'Redis URL, redis://[:password@]host:port[/db] (default: $OPENMOCAP_REDIS or redis://127.0.0.1:6379)')
    .option('--concurrency <n>', 'jobs at once (each detection job uses one core; default: the number of cores)')
    .option('--settings <file>', 'a mocap.toml whose [queue] section sets the lock duration and stalled-job check (default: all defaults)')
    .action(async (o: { redis?: string; concurrency?: string; settings?: string }) => {
      const { availableParallelism } = await import('node:os');
      const { readFileSync } = await import('node:fs');
      const { UserError } = await import('../../core/errors.ts');
      const { parseSettings } = await import('../../session/parseSettings.ts');
      const { redisUrl } = await import('../../queue/connection.ts');
      const { runWorker } = await import('../../queue/runWorker.ts');
      const concurrency = o.concurrency === undefined ? availableParallelism() : Number(o.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256)
        throw new UserError(`--concurrency must be a whole number from 1 to 256, got ${o.concurrency}`);
      let text = '';
      if (o.settings) {
        try {
          text = readFileSync(o.settings, 'utf8');
        } catch (err) {
          throw new UserError(
            `could not read --settings ${o.settings} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); pass a mocap.toml file`,
          );
        }
      }
      const settings = parseSettings(text, o.settings ?? 'mocap.toml').settings.queue;
      const ac = new AbortController();
      const stop = (): void => {
        if (ac.signal.aborted) process.exit(130);
        ac.abort();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      const log = (line: string): void => void process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
      await runWorker({ url: redisUrl(o.redis), concurrency, settings, log, signal: ac.signal });
      log('worker stopped');
      // Every job is finished and the connections are closed; a handle left behind by a library
      // (seen after detection jobs) must not keep a stopped worker alive.
      process.exit(0);
    });
}
