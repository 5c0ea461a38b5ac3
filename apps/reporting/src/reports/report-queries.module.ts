import { Module } from '@nestjs/common';
import { HebciReport } from './hebci.report';
import { OverviewReport } from './overview.report';
import { ReportFreshness } from './report-freshness';
import { StudentPartnershipReport } from './student-partnership.report';

/** The reports' queries over the read models, and how fresh those are: the handlers and snapshots read them. */
@Module({
  providers: [ReportFreshness, OverviewReport, HebciReport, StudentPartnershipReport],
  exports: [ReportFreshness, OverviewReport, HebciReport, StudentPartnershipReport],
})
export class ReportQueriesModule {}
