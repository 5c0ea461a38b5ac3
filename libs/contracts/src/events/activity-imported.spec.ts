import type { ActivitiesImportedV2, ActivitySnapshotV1 } from './activity-events';
import { importedActivities, packImportedActivities } from './activity-imported';

const snapshot = (n: number): ActivitySnapshotV1 => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  partnerId: '11111111-1111-4111-8111-111111111111',
  type: n % 2 ? 'training_cpd' : 'consultancy',
  title: `Imported ${n}`,
  faculty: 'ENG',
  school: n % 2 ? 'ENG-CIVIL' : null,
  status: 'active',
  startDate: '2025-09-15',
  endDate: n % 2 ? null : '2026-01-31',
  academicYear: '2025/26',
  valueGbp: n % 2 ? 1234.56 : null,
  inKindGbp: null,
  income: n % 2 ? [{ academicYear: '2025/26', amountGbp: 99.99 }] : [],
  details: n % 2 ? { courseTitle: 'CPD', learnerDays: 12 } : { days: 2 },
  version: 1,
});

describe('activity.imported payloads', () => {
  const activities = [snapshot(1), snapshot(2), snapshot(3)];

  it('carries every snapshot through version 2 unchanged, as JSON would deliver it', () => {
    const packed = packImportedActivities('import-1', activities);
    const delivered = JSON.parse(JSON.stringify(packed)) as ActivitiesImportedV2;
    expect(importedActivities({ version: 2, payload: delivered })).toEqual(activities);
    expect(packed.rows[0]).toHaveLength(Object.keys(activities[0]).length);
  });

  it('is under two thirds of the bytes of version 1 for a full event of 500', () => {
    const full = Array.from({ length: 500 }, (_, n) => snapshot(n));
    const v1 = JSON.stringify({ importId: 'import-1', activities: full });
    const v2 = JSON.stringify(packImportedActivities('import-1', full));
    expect(v2.length).toBeLessThan((v1.length * 2) / 3);
  });

  it("reads the columns from the event itself, so a publisher's column order is honoured", () => {
    const packed = packImportedActivities('import-1', activities);
    const reversed = {
      importId: packed.importId,
      columns: [...packed.columns].reverse(),
      rows: packed.rows.map((row) => [...row].reverse()),
    };
    expect(importedActivities({ version: 2, payload: reversed })).toEqual(activities);
  });

  it('still reads version 1 and refuses a version it does not know', () => {
    expect(importedActivities({ version: 1, payload: { importId: 'import-1', activities } })).toEqual(
      activities,
    );
    // @ts-expect-error a version the event union does not have: it can only arrive from outside
    expect(() => importedActivities({ version: 3, payload: {} })).toThrow(
      'activity.imported version 3 is not known',
    );
  });
});
