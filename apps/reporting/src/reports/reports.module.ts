import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { ReportingConfig } from '../reporting.config';
import { SnapshotsModule } from '../snapshots/snapshots.module';
import { StrategicModule } from '../strategic/strategic.module';
import { ReportQueriesModule } from './report-queries.module';
import { ReportsHandlers } from './reports.handlers';

/** The `reports.*` request handlers: each report, its freshness, the strategic candidates and snapshots. */
@Module({})
export class ReportsModule {
  static register(config: ReportingConfig, logger: Logger): DynamicModule {
    return {
      module: ReportsModule,
      imports: [
        ReportQueriesModule,
        StrategicModule.register(config),
        SnapshotsModule.register(config, logger),
      ],
      controllers: [ReportsHandlers],
    };
  }
}
