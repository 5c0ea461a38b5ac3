import { ReportPattern, type RpcEnvelope } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { SnapshotsService } from '../snapshots/snapshots.service';
import { StrategicReport } from '../strategic/candidates.report';
import { HebciReport } from './hebci.report';
import { OverviewReport } from './overview.report';
import { ReportFreshness } from './report-freshness';
import { StudentPartnershipReport } from './student-partnership.report';

type WithId = RpcEnvelope<{ id: string; query: unknown }>;

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

  @MessagePattern(ReportPattern.Overview)
  overview(@Payload() { actor, payload }: RpcEnvelope) {
    return this.overviewReport.overview(actor, payload);
  }

  @MessagePattern(ReportPattern.Hebci)
  hebci(@Payload() { actor, payload }: RpcEnvelope) {
    return this.hebciReport.hebci(actor, payload);
  }

  @MessagePattern(ReportPattern.HebciCell)
  hebciCell(@Payload() { actor, payload }: RpcEnvelope<{ cellId: string; query: unknown }>) {
    return this.hebciReport.cellActivities(actor, payload.cellId, payload.query);
  }

  @MessagePattern(ReportPattern.HebciExcluded)
  hebciExcluded(@Payload() { actor, payload }: RpcEnvelope) {
    return this.hebciReport.cellActivities(actor, 'excluded', payload);
  }

  @MessagePattern(ReportPattern.Candidates)
  candidates(@Payload() { payload }: RpcEnvelope) {
    return this.strategic.candidates(payload);
  }

  @MessagePattern(ReportPattern.Engagement)
  engagement(@Payload() { actor, payload }: WithId) {
    return this.strategic.engagement(actor, payload.id, payload.query);
  }

  @MessagePattern(ReportPattern.StudentPartnership)
  studentPartnershipReport(@Payload() { payload }: RpcEnvelope) {
    return this.studentPartnership.report(payload);
  }

  @MessagePattern(ReportPattern.Freshness)
  freshness(@Payload() { payload }: RpcEnvelope) {
    return this.freshnessReport.freshness(payload);
  }

  @MessagePattern(ReportPattern.Snapshots)
  listSnapshots(@Payload() { payload }: RpcEnvelope) {
    return this.snapshots.list(payload);
  }

  @MessagePattern(ReportPattern.Snapshot)
  snapshot(@Payload() { payload }: WithId) {
    return this.snapshots.get(payload.id, payload.query);
  }

  @MessagePattern(ReportPattern.TakeSnapshot)
  takeSnapshot() {
    return this.snapshots.take();
  }
}
