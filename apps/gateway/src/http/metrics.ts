import { ACTIVITY_IMPORT_QUEUE, EventQueue, SERVICE_NAMES } from '@app/contracts';
import { closeRedis, createFailFastRedis, requestStreamKey } from '@app/messaging';
import { createMetricsRegistry, httpDurations, scrapedGauge, startHealthServer } from '@app/observability';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { GatewayConfig } from '../gateway.config';

/** The queues whose jobs operators watch (queue names are contracts: see event-queues.ts). */
const WATCHED_QUEUES = [...Object.values(EventQueue), ACTIVITY_IMPORT_QUEUE, 'reporting-snapshots'];
const JOB_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * The gateway's Prometheus metrics on METRICS_PORT (with its probes; never through the Ingress, not
 * rate-limited): request durations by route and status, each service's request stream (waiting and
 * being handled), and the jobs of each queue by state.
 */
export function registerGatewayMetrics(app: NestFastifyApplication, config: GatewayConfig): void {
  if (config.METRICS_PORT <= 0) return;
  const registry = createMetricsRegistry('gateway');
  const durations = httpDurations(registry);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    durations.observe(
      { route, method: request.method, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
  const redis: Redis = createFailFastRedis(config.REDIS_URL, 'gateway:metrics');
  scrapedGauge(
    registry,
    'rpc_stream_requests',
    'Requests in a service stream: waiting to be read, or read and not yet answered',
    ['target', 'state'],
    async () => {
      const series = [];
      for (const target of SERVICE_NAMES) {
        const groups = (await redis
          .xinfo('GROUPS', requestStreamKey(config.BULLMQ_PREFIX, target))
          .catch(() => [])) as unknown[][];
        const group = groups.map(fieldsOf).find((fields) => fields.name === target);
        series.push({ labels: { target, state: 'waiting' }, value: Number(group?.lag ?? 0) });
        series.push({ labels: { target, state: 'handling' }, value: Number(group?.pending ?? 0) });
      }
      return series;
    },
  );
  const queues = WATCHED_QUEUES.map((name) => {
    const queue = new Queue(name, { connection: redis, prefix: config.BULLMQ_PREFIX });
    queue.on('error', () => undefined);
    return queue;
  });
  scrapedGauge(registry, 'queue_jobs', 'Jobs of a BullMQ queue by state', ['queue', 'state'], async () => {
    const series = [];
    for (const queue of queues) {
      const counts = await queue.getJobCounts(...JOB_STATES);
      for (const state of JOB_STATES)
        series.push({ labels: { queue: queue.name, state }, value: counts[state] ?? 0 });
    }
    return series;
  });
  const server = startHealthServer(
    config.METRICS_PORT,
    async () => ({
      redis: await redis.ping().then(
        () => 'up' as const,
        () => 'down' as const,
      ),
    }),
    registry,
  );
  fastify.addHook('onClose', async () => {
    server.close();
    await Promise.allSettled(queues.map((queue) => queue.close()));
    await closeRedis(redis);
  });
}

function fieldsOf(flat: unknown[]): Record<string, unknown> {
  return Object.fromEntries(
    Array.from({ length: flat.length / 2 }, (_, i) => [String(flat[2 * i]), flat[2 * i + 1]]),
  );
}
