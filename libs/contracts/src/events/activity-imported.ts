import type { ActivitiesImportedV1, ActivitiesImportedV2, ActivitySnapshotV1 } from './activity-events';

/** The columns of an `activity.imported` (version 2) row: every property of the snapshot. */
export const IMPORTED_ACTIVITY_COLUMNS: (keyof ActivitySnapshotV1)[] = [
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
export function importedActivities(version: number, payload: unknown): ActivitySnapshotV1[] {
  if (version === 1) return (payload as ActivitiesImportedV1).activities;
  if (version !== 2) throw new Error(`activity.imported version ${version} is not known`);
  const { columns, rows } = payload as ActivitiesImportedV2;
  return rows.map(
    (row) =>
      Object.fromEntries(
        columns.map((column, index) => [column, row[index]]),
      ) as unknown as ActivitySnapshotV1,
  );
}
