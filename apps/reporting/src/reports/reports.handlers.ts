import { ReportPattern, type RpcRequest } from '@app/contracts';
import { Handles } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { SnapshotsService } from '../snapshots/snapshots.service';
import { StrategicReport } from '../strategic/candidates.report';
import { HebciReport } from './hebci.report';
import { OverviewReport } from './overview.report';
import { ReportFreshness } from './report-freshness';
import { StudentPartnershipReport } from './student-partnership.report';

type Request<P extends (typeof ReportPattern)[keyof typeof ReportPattern]> = RpcRequest<'reporting', P>;

@Controller()
export class ReportsHandlers {
  constructor(
    private readonly overviewReport: OverviewReport,
    private readonly hebciReport: HebciReport,
    private readonly strategic: StrategicReport,
    private readonly studentPartnership: StudentPartnershipReport,
    private readonly freshnessReport: ReportFreshness,
    private readonly snapshots: SnapshotsService,
  ) {}

  @Handles('reporting', ReportPattern.Overview)
  overview(@Payload() { actor, payload }: Request<typeof ReportPattern.Overview>) {
    return this.overviewReport.overview(actor, payload);
  }

  @Handles('reporting', ReportPattern.Hebci)
  hebci(@Payload() { actor, payload }: Request<typeof ReportPattern.Hebci>) {
    return this.hebciReport.hebci(actor, payload);
  }

  @Handles('reporting', ReportPattern.HebciCell)
  hebciCell(@Payload() { actor, payload }: Request<typeof ReportPattern.HebciCell>) {
    return this.hebciReport.cellActivities(actor, payload.cellId, payload.query);
  }

  @Handles('reporting', ReportPattern.HebciExcluded)
  hebciExcluded(@Payload() { actor, payload }: Request<typeof ReportPattern.HebciExcluded>) {
    return this.hebciReport.cellActivities(actor, 'excluded', payload);
  }

  @Handles('reporting', ReportPattern.Candidates)
  candidates(@Payload() { payload }: Request<typeof ReportPattern.Candidates>) {
    return this.strategic.candidates(payload);
  }

  @Handles('reporting', ReportPattern.Engagement)
  engagement(@Payload() { actor, payload }: Request<typeof ReportPattern.Engagement>) {
    return this.strategic.engagement(actor, payload.id, payload.query);
  }

  @Handles('reporting', ReportPattern.StudentPartnership)
  studentPartnershipReport(@Payload() { payload }: Request<typeof ReportPattern.StudentPartnership>) {
    return this.studentPartnership.report(payload);
  }

  @Handles('reporting', ReportPattern.Freshness)
  freshness(@Payload() { payload }: Request<typeof ReportPattern.Freshness>) {
    return this.freshnessReport.freshness(payload);
  }

  @Handles('reporting', ReportPattern.Snapshots)
  listSnapshots(@Payload() { payload }: Request<typeof ReportPattern.Snapshots>) {
    return this.snapshots.list(payload);
  }

  @Handles('reporting', ReportPattern.Snapshot)
  snapshot(@Payload() { payload }: Request<typeof ReportPattern.Snapshot>) {
    return this.snapshots.get(payload.id, payload.query);
  }

  @Handles('reporting', ReportPattern.TakeSnapshot)
  takeSnapshot() {
    return this.snapshots.take();
  }
}
