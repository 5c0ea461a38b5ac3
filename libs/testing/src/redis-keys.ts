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

/** How many entries were ever added to a stream (XDEL removes entries but not this count). */
export async function streamEntriesAdded(redisUrl: string, stream: string): Promise<number> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  try {
    const info = (await redis.xinfo('STREAM', stream)) as unknown[];
    return Number(info[info.indexOf('entries-added') + 1]);
  } finally {
    redis.disconnect();
  }
}
