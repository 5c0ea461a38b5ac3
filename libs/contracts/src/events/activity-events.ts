import type { ActivityStatus, ActivityType } from '../activities/activity.enums';

export const ActivityEventType = {
  Logged: 'activity.logged',
  Updated: 'activity.updated',
  Deleted: 'activity.deleted',
  /** Many activities logged at once by a CSV import: one event per 500 (see ActivitiesImportedV2). */
  Imported: 'activity.imported',
} as const;

/** What reporting needs of an activity. Version 1. Money as JSON numbers of pounds. */
export interface ActivitySnapshotV1 {
  id: string;
  partnerId: string;
  type: ActivityType;
  title: string;
  faculty: string;
  school: string | null;
  status: ActivityStatus;
  startDate: string;
  endDate: string | null;
  academicYear: string;
  valueGbp: number | null;
  inKindGbp: number | null;
  income: { academicYear: string; amountGbp: number }[];
  /** The HE-BCI facts of `details`: public funder, learner days, attendees, format. */
  details: Record<string, unknown>;
  version: number;
}

/** What reporting needs to take a deleted activity out of its figures. Version 1. */
export interface ActivityDeletedV1 {
  id: string;
  partnerId: string;
  faculty: string;
}

/**
 * Activities a CSV import logged, in one event instead of one `activity.logged` each: a consumer
 * applies every snapshot as it would apply `activity.logged`. Read either version with
 * `importedActivities` (activity-imported.ts).
 */
export interface ActivitiesImportedV1 {
  importId: string;
  activities: ActivitySnapshotV1[];
}

/**
 * Version 2 (what the import publishes now): the same snapshots column-wise, the names once in
 * `columns` and each activity as an array of values in that order: about half the bytes of V1.
 */
export interface ActivitiesImportedV2 {
  importId: string;
  columns: (keyof ActivitySnapshotV1)[];
  rows: unknown[][];
}
