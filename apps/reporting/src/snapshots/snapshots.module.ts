import { MikroORM } from '@mikro-orm/postgresql';
import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { ReportingConfig } from '../reporting.config';
import { ReportQueriesModule } from '../reports/report-queries.module';
import { SnapshotSchedulerHost } from './snapshot-scheduler.host';
import { SnapshotsService } from './snapshots.service';

/** Monthly snapshots of the reports, and the schedule that takes them. */
@Module({})
export class SnapshotsModule {
  static register(config: ReportingConfig, logger: Logger): DynamicModule {
    return {
      module: SnapshotsModule,
      imports: [ReportQueriesModule],
      providers: [
        SnapshotsService,
        {
          provide: SnapshotSchedulerHost,
          inject: [MikroORM, SnapshotsService],
          useFactory: (orm: MikroORM, snapshots: SnapshotsService) =>
            new SnapshotSchedulerHost(orm, snapshots, {
              redisUrl: config.REDIS_URL,
              bullPrefix: config.BULLMQ_PREFIX,
              dayOfMonth: config.SNAPSHOT_DAY_OF_MONTH,
              registerEveryMs: config.SNAPSHOT_REGISTER_EVERY_MS,
              logger,
            }),
        },
      ],
      exports: [SnapshotsService],
    };
  }
}
