// Node-only: the Redis behind the job queue. One queue ("openmocap") holds every job; the URL comes
// from --redis, else OPENMOCAP_REDIS, else redis://127.0.0.1:6379 (redis://:password@host:port/db for a
// password; rediss:// for TLS).
import { Redis } from 'ioredis';
import { UserError } from '../core/errors.ts';

export const QUEUE_NAME = 'openmocap';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** The Redis URL to use: the option, else $OPENMOCAP_REDIS, else the local default. */
export function redisUrl(option?: string): string {
  return option || process.env.OPENMOCAP_REDIS || DEFAULT_REDIS_URL;
}

/** The URL as it may be printed: any password replaced by ***. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/**
 * A connection for BullMQ. `wait`: keep trying while Redis is away (a worker rides out a Redis
 * restart); otherwise the first connection must succeed within a few seconds or a UserError says
 * where Redis was looked for (queue add / status / retry / clean).
 */
export async function connectRedis(url: string, opts: { wait?: boolean } = {}): Promise<Redis> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`--redis ${safeUrl(url)} is not a URL; write it as redis://[:password@]host:port[/db]`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new UserError(`--redis ${safeUrl(url)}: the URL must start with redis:// (or rediss:// for TLS)`);
  const client = new Redis(url, {
    // BullMQ's workers block on Redis and must never give up a command: they wait for Redis to come back.
    maxRetriesPerRequest: null,
    lazyConnect: true,
    retryStrategy: (times) => (opts.wait ? Math.min(200 * times, 2000) : null),
  });
  let lastError = '';
  client.on('error', (err: Error) => {
    lastError = (err as NodeJS.ErrnoException).code ?? err.message;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    const why = lastError || (err instanceof Error ? err.message : String(err));
    const auth = /WRONGPASS|NOAUTH|invalid password/i.test(why);
    // A worker waits for a Redis that is not up yet (it keeps retrying); a wrong password will not fix itself.
    if (opts.wait && !auth) return client;
    client.disconnect();
    if (auth)
      throw new UserError(
        `Redis at ${safeUrl(url)} ${/NOAUTH/.test(why) ? 'needs a password' : 'refused the password'}; put the right one in the URL: redis://:password@host:port (or redis://user:password@host:port)`,
      );
    throw new UserError(
      `cannot reach Redis at ${safeUrl(url)} (${why}); start redis-server there or pass --redis redis://[:password@]host:port`,
    );
  }
  return client;
}
