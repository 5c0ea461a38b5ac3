import { HealthHandlers } from '@app/messaging';
import { createLogger } from '@app/observability';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM } from '@mikro-orm/postgresql';
import { type DynamicModule, Module } from '@nestjs/common';
import { IngestHost } from './ingest/ingest.host';
import { reportingOrmConfig } from './orm.config';
import type { ReportingConfig } from './reporting.config';
import { ReportsHandlers } from './reports/reports.handlers';
import { HebciReport } from './reports/hebci.report';
import { OverviewReport } from './reports/overview.report';
import { ReportFreshness } from './reports/report-freshness';
import { StudentPartnershipReport } from './reports/student-partnership.report';
import { SnapshotSchedulerHost } from './snapshots/snapshot-scheduler.host';
import { SnapshotsService } from './snapshots/snapshots.service';
import { SCORING_SETTINGS, StrategicReport } from './strategic/candidates.report';
import { parseWeights } from './strategic/strategic-score';

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
        ReportFreshness,
        OverviewReport,
        HebciReport,
        StrategicReport,
        StudentPartnershipReport,
        SnapshotsService,
        {
          provide: SCORING_SETTINGS,
          useValue: {
            weights: parseWeights(config.REPORTING_SCORE_WEIGHTS),
            suggestWithinDays: config.REPORTING_SUGGEST_WITHIN_DAYS,
          },
        },
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
