import { MessagingModule } from '@app/messaging';
import { createLogger } from '@app/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { IngestModule } from './ingest/ingest.module';
import { REPORTING_SCHEMA } from './migrations';
import { reportingOrmConfig } from './orm.config';
import type { ReportingConfig } from './reporting.config';
import { ReportsModule } from './reports/reports.module';

/** Leadership's reports, from read models kept by consuming the other services' events. */
@Module({})
export class ReportingAppModule {
  static register(config: ReportingConfig): DynamicModule {
    const logger = createLogger('reporting', config.LOG_LEVEL);
    return {
      module: ReportingAppModule,
      imports: [
        MessagingModule.forService({
          service: 'reporting',
          schema: REPORTING_SCHEMA,
          config,
          orm: reportingOrmConfig(config.DATABASE_URL, logger),
          logger,
          publishesEvents: false,
        }),
        ReportsModule.register(config, logger),
        IngestModule.register(config, logger),
      ],
    };
  }
}
