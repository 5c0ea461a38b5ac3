import { MikroORM } from '@mikro-orm/postgresql';
import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { ReportingConfig } from '../reporting.config';
import { IngestHost } from './ingest.host';

/** Consumes the other services' events into the read models, and reconciles against their event logs. */
@Module({})
export class IngestModule {
  static register(config: ReportingConfig, logger: Logger): DynamicModule {
    return {
      module: IngestModule,
      providers: [
        {
          provide: IngestHost,
          inject: [MikroORM],
          useFactory: (orm: MikroORM) =>
            new IngestHost(orm, {
              redisUrl: config.REDIS_URL,
              bullPrefix: config.BULLMQ_PREFIX,
              logger,
              concurrency: config.EVENT_CONCURRENCY,
              requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
              reconcileIntervalMs: config.RECONCILE_INTERVAL_MS,
              reconcileGraceMs: config.RECONCILE_GRACE_MS,
            }),
        },
      ],
    };
  }
}
