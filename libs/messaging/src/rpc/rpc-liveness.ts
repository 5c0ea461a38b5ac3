import type { Redis } from 'ioredis';

/**
 * Which replicas of a service are alive: one sorted set per service whose members are the
 * replicas' consumer names, scored with the Redis-clock time until which each is known alive.
 * One key per service, so it works the same on a Cluster; Redis' own clock, so hosts' clocks
 * may differ.
 */
export function livenessKey(prefix: string, service: string): string {
  return `${prefix}:rpc:{${service}}:alive`;
}

/** How often a replica says it is alive, and how long each saying lasts. */
export const HEARTBEAT_EVERY_MS = 1000;
export const HEARTBEAT_TTL_MS = 4000;

const NOW_MS = `local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000)`;

const BEAT = `${NOW_MS}
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) * 10)
return 1`;

const LIVE = `${NOW_MS}
return redis.call('ZCOUNT', KEYS[1], '(' .. now, '+inf')`;

/** Marks `consumer` alive for `ttlMs` more. */
export async function beat(redis: Redis, key: string, consumer: string, ttlMs: number): Promise<void> {
  await redis.eval(BEAT, 1, key, consumer, ttlMs);
}

/** A replica that stops cleanly says so at once instead of letting its heartbeat expire. */
export async function leave(redis: Redis, key: string, consumer: string): Promise<void> {
  await redis.zrem(key, consumer);
}

/** How many replicas of the service behind `key` are alive. */
export async function liveReplicas(redis: Redis, key: string): Promise<number> {
  return Number(await redis.eval(LIVE, 1, key));
}
