import fastifyRateLimit, { type FastifyRateLimitStore, normalizeIP } from '@fastify/rate-limit';
import LocalStore from '@fastify/rate-limit/store/LocalStore';
import RedisStore from '@fastify/rate-limit/store/RedisStore';
import { closeRedis, createFailFastRedis } from '@app/messaging';
import { HttpException, HttpStatus } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { decodeJwt } from 'jose';
import type { Redis } from 'ioredis';
import { GatewayConfig } from '../gateway.config';

/** After a failed Redis call, how long the limiter counts in memory before trying Redis again. */
const REDIS_PAUSE_MS = 1000;

/**
 * Two limits on every request, `/health` included (ADR 0004): per client address (the
 * connection's, or `X-Forwarded-For` from a trusted proxy: Fastify's `trustProxy`) and per token
 * subject. Counters live in Redis, shared by every gateway replica; while Redis is away each
 * replica counts in its own memory, so the gateway neither lets everything through nor refuses
 * everything.
 */
export async function registerRateLimits(app: NestFastifyApplication, config: GatewayConfig): Promise<void> {
  const redis = createFailFastRedis(config.REDIS_URL, 'gateway:rate-limit', {
    connectTimeout: 1000,
    commandTimeout: 250,
  });
  const store = fallbackStore(redis, `${config.BULLMQ_PREFIX}:ratelimit:`);
  await app.register(fastifyRateLimit, { global: false, store });

  const fastify = app.getHttpAdapter().getInstance();
  const timeWindow = config.RATE_LIMIT_WINDOW_MS;
  const limits = [
    fastify.createRateLimit({
      max: config.RATE_LIMIT_ADDRESS_MAX ?? config.RATE_LIMIT_MAX,
      timeWindow,
      keyGenerator: (request) => `address:${normalizeIP(request.ip)}`,
    }),
    fastify.createRateLimit({
      max: config.RATE_LIMIT_SUBJECT_MAX ?? config.RATE_LIMIT_MAX,
      timeWindow,
      keyGenerator: (request) => `subject:${tokenSubject(request) ?? ''}`,
      allowList: (request) => tokenSubject(request) === undefined,
    }),
  ];
  fastify.addHook('onRequest', async (request, reply) => {
    for (const limit of limits) {
      const outcome = await limit(request);
      if (outcome.isAllowed || !outcome.isExceeded) continue;
      void reply.header('retry-after', String(outcome.ttlInSeconds));
      throw new HttpException(
        {
          message: `Rate limit of ${outcome.max} requests per ${Math.round(outcome.timeWindow / 1000)} s exceeded; try again in ${outcome.ttlInSeconds} s`,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  });
  fastify.addHook('onClose', async () => {
    await closeRedis(redis);
  });
}

/**
 * The subject the bearer token names, read without verifying it: the auth guard refuses a token
 * that does not verify, so a forged subject only ever buys 401s, still within its address's limit.
 */
function tokenSubject(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match) return undefined;
  try {
    const { sub } = decodeJwt(match[1]);
    return typeof sub === 'string' && sub ? sub : undefined;
  } catch {
    return undefined;
  }
}

/** The plugin's Redis store, falling back to its in-memory store while Redis fails. */
class FallbackStore implements FastifyRateLimitStore {
  private pausedUntil = 0;

  constructor(
    private readonly shared: FastifyRateLimitStore,
    private readonly local: FastifyRateLimitStore,
  ) {}

  incr(...[key, callback, timeWindow, max]: Parameters<FastifyRateLimitStore['incr']>): void {
    if (Date.now() < this.pausedUntil) return this.local.incr(key, callback, timeWindow, max);
    this.shared.incr(
      key,
      (error, result) => {
        if (!error) return callback(null, result);
        this.pausedUntil = Date.now() + REDIS_PAUSE_MS;
        this.local.incr(key, callback, timeWindow, max);
      },
      timeWindow,
      max,
    );
  }

  child(): FastifyRateLimitStore {
    return this;
  }
}

/** The plugin constructs its store itself: a class with the connection already bound. */
function fallbackStore(redis: Redis, nameSpace: string) {
  const shared = new RedisStore(false, false, redis, nameSpace);
  const local = new LocalStore(false, false, 10_000);
  return class extends FallbackStore {
    constructor() {
      super(shared, local);
    }
  };
}
