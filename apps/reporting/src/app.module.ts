import { HealthHandlers } from '@app/messaging';
import { createLogger } from '@app/observability';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM } from '@mikro-orm/postgresql';
import { type DynamicModule, Module } from '@nestjs/common';
import { IngestHost } from './ingest/ingest.host';
import { reportingOrmConfig } from './orm.config';
import type { ReportingConfig } from './reporting.config';
import { ReportsHandlers } from './reports/reports.handlers';
import { ReportsService } from './reports/reports.service';

/** Leadership's reports, from read models kept by consuming the other services' events. */
@Module({})
export class ReportingAppModule {
  static register(config: ReportingConfig): DynamicModule {
    const logger = createLogger('reporting', config.LOG_LEVEL);
    return {
      module: ReportingAppModule,
      imports: [
        MikroOrmModule.forRoot({
          ...reportingOrmConfig(config.DATABASE_URL, logger),
          registerRequestContext: false,
        }),
      ],
      controllers: [ReportsHandlers, HealthHandlers],
      providers: [
        ReportsService,
        {
          provide: IngestHost,
          inject: [MikroORM],
          useFactory: (orm: MikroORM) =>
            new IngestHost(orm, {
              redisUrl: config.REDIS_URL,
              bullPrefix: config.BULLMQ_PREFIX,
              logger,
              concurrency: config.EVENT_CONCURRENCY,
            }),
        },
      ],
    };
  }
}
