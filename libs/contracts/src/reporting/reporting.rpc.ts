import type { Page, PageQuery } from '../common/page';
import type { RpcContract } from '../rpc/rpc-map';
import type { FreshnessView } from './freshness.view';
import type { HebciCellActivitiesView, HebciView } from './hebci.view';
import type { OverviewView } from './overview.view';
import type {
  CandidatesQuery,
  EngagementQuery,
  FreshnessQuery,
  HebciCellQuery,
  HebciQuery,
  OverviewQuery,
  ReportFile,
  SnapshotQuery,
  StudentPartnershipQuery,
} from './report.dto';
import { ReportPattern } from './report.patterns';
import type { SnapshotSummaryView, SnapshotView, TakenSnapshotReply } from './snapshot.view';
import type { CandidatesView, PartnerEngagementView } from './strategic.view';
import type { StudentPartnershipView } from './student-partnership.view';

/** A report answers its view as JSON, or (`format=csv|xlsx`) a file the gateway sends as it is. */
export type ReportReply<View> = View | ReportFile;

/** The message patterns of the reporting service with their requests and replies (RpcMap). */
export interface ReportingRpc {
  [ReportPattern.Overview]: RpcContract<OverviewQuery, ReportReply<OverviewView>>;
  [ReportPattern.Hebci]: RpcContract<HebciQuery, ReportReply<HebciView>>;
  [ReportPattern.HebciCell]: RpcContract<
    { cellId: string; query: HebciCellQuery },
    ReportReply<HebciCellActivitiesView>
  >;
  [ReportPattern.HebciExcluded]: RpcContract<HebciCellQuery, ReportReply<HebciCellActivitiesView>>;
  [ReportPattern.Candidates]: RpcContract<CandidatesQuery, ReportReply<CandidatesView>>;
  [ReportPattern.Engagement]: RpcContract<
    { id: string; query: EngagementQuery },
    ReportReply<PartnerEngagementView>
  >;
  [ReportPattern.StudentPartnership]: RpcContract<
    StudentPartnershipQuery,
    ReportReply<StudentPartnershipView>
  >;
  [ReportPattern.Freshness]: RpcContract<FreshnessQuery, ReportReply<FreshnessView>>;
  [ReportPattern.Snapshots]: RpcContract<PageQuery, Page<SnapshotSummaryView>>;
  [ReportPattern.Snapshot]: RpcContract<{ id: string; query: SnapshotQuery }, ReportReply<SnapshotView>>;
  [ReportPattern.TakeSnapshot]: RpcContract<Record<string, never>, TakenSnapshotReply>;
}
