import type { Page } from '../common/page';
import type { RpcContract } from '../rpc/rpc-map';
import type { CreateActivityDto, ListActivitiesQuery, UpdateActivityDto } from './activity.dto';
import type { ActivityHistoryEntryView } from './activity-history.view';
import type { ListImportsQuery } from './activity-import';
import type {
  ActivityImportAccepted,
  ActivityImportSummaryView,
  ActivityImportView,
} from './activity-import.view';
import { ActivityImportPattern, ActivityPattern } from './activity.patterns';
import type { ActivityCreateOutcome, ActivityView } from './activity.view';

/** An activity named by its id. */
export interface ActivityRef {
  activityId: string;
}

/** A CSV file as the gateway read it from the upload. */
export interface ActivityImportUpload {
  csv: string;
  fileName: string | null;
}

/** The message patterns of the activities service with their requests and replies (RpcMap). */
export interface ActivitiesRpc {
  [ActivityPattern.Create]: RpcContract<CreateActivityDto, ActivityCreateOutcome>;
  [ActivityPattern.List]: RpcContract<ListActivitiesQuery, Page<ActivityView>>;
  [ActivityPattern.Get]: RpcContract<ActivityRef, ActivityView>;
  [ActivityPattern.History]: RpcContract<ActivityRef, ActivityHistoryEntryView[]>;
  [ActivityPattern.Update]: RpcContract<ActivityRef & { body: UpdateActivityDto }, ActivityView>;
  [ActivityPattern.Delete]: RpcContract<ActivityRef, { deleted: true }>;
  [ActivityImportPattern.Start]: RpcContract<ActivityImportUpload, ActivityImportAccepted>;
  [ActivityImportPattern.List]: RpcContract<ListImportsQuery, Page<ActivityImportSummaryView>>;
  [ActivityImportPattern.Status]: RpcContract<{ importId: string }, ActivityImportView>;
}
