import type { ActivitiesImportedV2, ActivitySnapshotV1 } from './activity-events';
import type { VersionedPayload } from './domain-events';

/** The columns of an `activity.imported` (version 2) row: every property of the snapshot. */
const IMPORTED_ACTIVITY_COLUMNS: (keyof ActivitySnapshotV1)[] = [
  'id',
  'partnerId',
  'type',
  'title',
  'faculty',
  'school',
  'status',
  'startDate',
  'endDate',
  'academicYear',
  'valueGbp',
  'inKindGbp',
  'income',
  'details',
  'version',
];

/** The payload of an `activity.imported` event, version 2. */
export function packImportedActivities(
  importId: string,
  activities: ActivitySnapshotV1[],
): ActivitiesImportedV2 {
  return {
    importId,
    columns: IMPORTED_ACTIVITY_COLUMNS,
    rows: activities.map((activity) => IMPORTED_ACTIVITY_COLUMNS.map((column) => activity[column])),
  };
}

/** The snapshots an `activity.imported` event carries, whichever version it is. */
export function importedActivities(event: VersionedPayload<'activity.imported'>): ActivitySnapshotV1[] {
  const version: number = event.version;
  if (event.version === 1) return event.payload.activities;
  if (event.version !== 2) throw new Error(`activity.imported version ${version} is not known`);
  const { columns, rows } = event.payload;
  return rows.map(
    (row) =>
      Object.fromEntries(
        columns.map((column, index) => [column, row[index]]),
      ) as unknown as ActivitySnapshotV1,
  );
}
