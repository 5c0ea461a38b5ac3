import { ServiceConfig } from '@app/config';
import { createLogger, createMetricsRegistry, PinoNestLogger, startHealthServer } from '@app/observability';
import { MikroORM } from '@mikro-orm/postgresql';
import type { DynamicModule, INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import { OrmRequestContextInterceptor } from '@app/database';
import { IdempotencySweeper } from './idempotency/idempotency-sweeper';
import { idempotentRequests } from './idempotency/idempotent-requests';
import { RpcErrorFilter } from './rpc/rpc-error.filter';
import { registerEventMetrics } from './service-metrics';
import { quietly } from './redis-connection';
import { type RequestHook, StreamsServer } from './rpc/streams.server';

export interface ServiceHost {
  app: INestMicroservice;
  server: StreamsServer;
  close(): Promise<void>;
}

/**
 * Starts one service replica: its message handlers on the request stream, its validated config,
 * pino logging with request ids, and (if HEALTH_PORT is set) a probe endpoint.
 */
export async function startService(
  name: string,
  module: DynamicModule,
  config: ServiceConfig,
): Promise<ServiceHost> {
  const logger = createLogger(name, config.LOG_LEVEL);
  // Bound once the module (and so the ORM) exists, before the server takes its first request.
  let idempotent: RequestHook = (_request, handle) => handle();
  const server = new StreamsServer({
    redisUrl: config.REDIS_URL,
    keyPrefix: config.BULLMQ_PREFIX,
    service: name,
    concurrency: config.RPC_CONCURRENCY,
    logger,
    aroundHandler: (request, handle) => idempotent(request, handle),
  });
  const app = await NestFactory.createMicroservice(module, {
    strategy: server,
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });
  app.useGlobalFilters(new RpcErrorFilter(logger));
  const orm = app.get<MikroORM>(MikroORM);
  app.useGlobalInterceptors(new OrmRequestContextInterceptor(orm));
  idempotent = idempotentRequests(orm, logger);
  const sweeper = new IdempotencySweeper(orm, logger);
  sweeper.start();
  await app.listen();

  let probe: ReturnType<typeof startHealthServer> | undefined;
  const port = config.METRICS_PORT || config.HEALTH_PORT;
  if (port > 0) {
    const redis = quietly(new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 }));
    const registry = createMetricsRegistry(name);
    registerEventMetrics(registry, orm);
    probe = startHealthServer(
      port,
      async () => ({
        database: await orm.isConnected().then((ok) => (ok ? 'up' : 'down')),
        redis: await redis.ping().then(
          () => 'up' as const,
          () => 'down' as const,
        ),
      }),
      registry,
    );
  }
  logger.info({ consumer: server.consumer }, `${name} service listening on its request stream`);
  const close = async () => {
    probe?.close();
    sweeper.stop();
    await app.close();
  };
  return { app, server, close };
}

/** SIGTERM/SIGINT: stop taking requests, finish those in flight, then exit. */
export function closeOnSignals(host: { close(): Promise<void> }, logger = createLogger('shutdown')): void {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    host
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
