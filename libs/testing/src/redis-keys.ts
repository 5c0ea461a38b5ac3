import { Redis } from 'ioredis';

/** Removes every key under `prefix` (a test file's or a benchmark's), so runs leave nothing in Redis. */
export async function dropKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  let dropped = 0;
  try {
    await redis.connect();
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 }) as AsyncIterable<
      string[]
    >) {
      if (keys.length) dropped += await redis.unlink(...keys);
    }
  } finally {
    redis.disconnect();
  }
  return dropped;
}
