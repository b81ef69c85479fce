// A redis-server of the test's own, on a free loopback port with its data in a temp folder
// (append-only file, fsync on every write: a restart loses nothing). A test never touches a Redis it
// did not start. `redisMissing()` says why queue tests skip.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

/** Why Redis tests cannot run here, or undefined. */
export function redisMissing(): string | undefined {
  const r = spawnSync(REDIS_SERVER, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? undefined : `${REDIS_SERVER} not found (apt-get install redis-server)`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface TestRedis {
  url: string;
  port: number;
  /** Stops it (SIGTERM: the append-only file is flushed) and waits for the exit. */
  stop(): Promise<void>;
  /** Stops and starts it again on the same port and data. */
  restart(): Promise<void>;
}

export async function startRedis(dir: string): Promise<TestRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const launch = async (): Promise<void> => {
    child = spawn(
      REDIS_SERVER,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--save',
        '',
        '--protected-mode',
        'no',
      ],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 100; i++) {
      const c = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      c.on('error', () => undefined);
      try {
        await c.connect();
        // Ready only once the append-only file is loaded.
        if ((await c.ping()) === 'PONG') return void c.disconnect();
      } catch {
        // not up yet
      }
      c.disconnect();
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${REDIS_SERVER} did not start on port ${port}`);
  };
  const stop = async (): Promise<void> => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((r) => {
      c.once('exit', () => r());
      c.kill('SIGTERM');
    });
  };
  await launch();
  return {
    url,
    port,
    stop,
    restart: async () => {
      await stop();
      return launch();
    },
  };
}
