import { type DynamicModule, Module } from '@nestjs/common';
import type { ReportingConfig } from '../reporting.config';
import { ReportQueriesModule } from '../reports/report-queries.module';
import { SCORING_SETTINGS, StrategicReport } from './candidates.report';
import { parseWeights } from './strategic-score';

/** Strategic partner candidates, scored with the configured weights. */
@Module({})
export class StrategicModule {
  static register(config: ReportingConfig): DynamicModule {
    return {
      module: StrategicModule,
      imports: [ReportQueriesModule],
      providers: [
        StrategicReport,
        {
          provide: SCORING_SETTINGS,
          useValue: {
            weights: parseWeights(config.REPORTING_SCORE_WEIGHTS),
            suggestWithinDays: config.REPORTING_SUGGEST_WITHIN_DAYS,
          },
        },
      ],
      exports: [StrategicReport],
    };
  }
}
