import { Redis, type RedisOptions } from 'ioredis';

/**
 * A connection that fails commands at once while Redis is away (no offline queue), so a
 * caller can answer 503 or retry later instead of piling up work in memory.
 */
export function createFailFastRedis(url: string, name: string, extra: RedisOptions = {}): Redis {
  return quietly(
    new Redis(url, {
      connectionName: name,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
      ...extra,
    }),
  );
}

/** A connection for blocking reads (XREADGROUP BLOCK, BLMPOP): it waits for Redis to come back. */
export function createBlockingRedis(url: string, name: string): Redis {
  return quietly(
    new Redis(url, {
      connectionName: name,
      maxRetriesPerRequest: null,
      retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
    }),
  );
}

/**
 * Gives a connection the error listener ioredis wants (without one it prints "Unhandled error
 * event" on every failed reconnect). Nothing is lost: each command that fails rejects to its caller.
 */
export function quietly<T extends Redis>(redis: T): T {
  redis.on('error', () => undefined);
  return redis;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Rejects if `promise` has not settled within `ms` (the work itself is not cancelled). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/** Resolves once `redis` is ready, or after `ms` whatever its state (fail-fast commands are refused until then). */
export function waitUntilReady(redis: Redis, ms: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    redis.once('ready', done);
  });
}

/** Quits politely when connected, else just drops the connection: QUIT would wait for a Redis that is away. */
export async function closeRedis(redis: Redis, ms = 1000): Promise<void> {
  if (redis.status === 'ready') await withTimeout(redis.quit(), ms, 'QUIT').catch(() => undefined);
  redis.disconnect();
}
