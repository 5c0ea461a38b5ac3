import {
  academicYearOf,
  type ActivitySnapshotV1,
  type ActivityType,
  type OrganisationType,
} from '@app/contracts';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { MikroORM } from '@mikro-orm/postgresql';
import { applyActivities, applyActivity } from '../../apps/reporting/src/ingest/activity-projection';
import { applyPartner } from '../../apps/reporting/src/ingest/partner-projection';
import { reportingOrmConfig } from '../../apps/reporting/src/orm.config';

const PARTNERS: [string, OrganisationType][] = [
  ['10000000-0000-4000-8000-000000000001', 'sme'],
  ['10000000-0000-4000-8000-000000000002', 'large_company'],
  ['10000000-0000-4000-8000-000000000003', 'charity'],
];
const TYPES: [ActivityType, Record<string, unknown>][] = [
  ['collaborative_research', { publicFunder: 'UKRI', grantReference: 'EP/1' }],
  ['contract_research', { sponsorReference: 'PO-1' }],
  ['consultancy', { days: 3 }],
  ['training_cpd', { courseTitle: 'CPD', learnerDays: 12 }],
  ['networking_promotional', { eventName: 'Lecture', format: 'lecture', attendees: 140 }],
  ['facilities_use', { facility: 'Wind tunnel' }],
];
const STATUSES = ['active', 'completed', 'pipeline', 'cancelled'] as const;

function snapshot(n: number, version = 1, partner = n % PARTNERS.length): ActivitySnapshotV1 {
  const [type, details] = TYPES[n % TYPES.length];
  const startDate = `202${3 + (n % 3)}-0${1 + (n % 9)}-15`;
  return {
    id: `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    partnerId: PARTNERS[partner][0],
    type,
    title: `Activity ${n} v${version}`,
    faculty: ['ENG', 'MED', 'ARTS'][n % 3],
    school: null,
    status: STATUSES[(n + version) % STATUSES.length],
    startDate,
    endDate: null,
    academicYear: academicYearOf(startDate),
    valueGbp: n % 4 ? 1000 + n * 10.25 * version : null,
    inKindGbp: null,
    income:
      n % 6 === 1
        ? [
            { academicYear: '2024/25', amountGbp: 500.5 * version },
            { academicYear: '2025/26', amountGbp: 250.25 },
          ]
        : [],
    details,
    version,
  };
}

/** Everything the projection writes, as text to compare. */
async function readModels(orm: MikroORM): Promise<Record<string, unknown[]>> {
  const em = orm.em.fork();
  const all = async (sql: string) => em.execute<Record<string, unknown>[]>(sql);
  return {
    activities: await all('select * from reporting.activity_rm order by id'),
    facts: await all('select * from reporting.activity_fact order by activity_id, academic_year'),
    cube: await all(
      'select * from reporting.activity_cube where facts <> 0 order by academic_year, faculty, type, stage, hebci_cell, excluded_reason',
    ),
    partnerYears: await all(
      'select * from reporting.partner_year_faculty where facts <> 0 order by partner_id, academic_year, faculty',
    ),
    engagement: await all('select * from reporting.partner_engagement order by partner_id'),
  };
}

/** Each partner's engagement counted afresh from its activities and facts, as the migration first fills it. */
async function recountedEngagement(orm: MikroORM): Promise<unknown[]> {
  return orm.em.fork().execute(
    `select a.partner_id, count(*)::int as activities, array_agg(distinct a.type order by a.type) as types,
            array_agg(distinct a.faculty order by a.faculty) as faculties,
            coalesce(sum(a.value_gbp), 0)::numeric(16,2) as value_gbp,
            coalesce((select sum(f.amount_gbp) from reporting.activity_fact f
                       where f.partner_id = a.partner_id and f.stage = 'counted'), 0)::numeric(16,2) as amount_gbp,
            min(a.start_date) as first_activity_on, max(a.start_date) as last_activity_on
       from reporting.activity_rm a where not a.deleted and a.status in ('active', 'completed')
      group by a.partner_id order by a.partner_id`,
  );
}

describe('reporting applies an import event in one go exactly as one by one, and as if only the last versions had been', () => {
  const databases: TestDatabase[] = [];
  const orms: MikroORM[] = [];

  afterAll(async () => {
    await Promise.all(orms.map((orm) => orm.close(true)));
    await Promise.all(databases.map((db) => db.drop()));
  });

  async function freshReadModel(): Promise<MikroORM> {
    const db = await createTestDatabase();
    databases.push(db);
    const orm = await MikroORM.init(reportingOrmConfig(db.url));
    orms.push(orm);
    for (const [id, organisationType] of PARTNERS)
      await orm.em.fork().transactional((em) =>
        applyPartner(em, {
          id,
          name: `Partner ${id.slice(-1)}`,
          organisationType,
          tier: 'transactional',
          status: 'active',
          companyNumber: null,
          sector: null,
          country: null,
          region: null,
          archivedAt: null,
          version: 1,
        }),
      );
    return orm;
  }

  it('gives the same activities, facts, aggregates and engagement all three ways', async () => {
    const first = Array.from({ length: 60 }, (_, n) => snapshot(n));
    // Later: new versions (one moved to another partner), a stale version, and an id twice in one event.
    const second = [
      ...Array.from({ length: 20 }, (_, n) => snapshot(n * 3, 2)),
      snapshot(7, 2, 2),
      snapshot(8, 0),
      snapshot(9, 2),
      snapshot(9, 3),
    ];

    const oneByOne = await freshReadModel();
    for (const activity of [...first, ...second])
      await oneByOne.em.fork().transactional((em) => applyActivity(em, activity));

    const together = await freshReadModel();
    await together.em.fork().transactional((em) => applyActivities(em, first));
    await together.em.fork().transactional((em) => applyActivities(em, second));

    // The oracle: only each activity's last version, applied once, as if its history had never been.
    const last = new Map<string, ActivitySnapshotV1>();
    for (const activity of [...first, ...second])
      if ((last.get(activity.id)?.version ?? -1) < activity.version) last.set(activity.id, activity);
    const lastOnly = await freshReadModel();
    for (const activity of last.values())
      await lastOnly.em.fork().transactional((em) => applyActivity(em, activity));

    const expected = await readModels(lastOnly);
    expect(expected.activities).toHaveLength(60);
    expect(expected.cube.length).toBeGreaterThan(10);
    expect(expected.engagement).toHaveLength(PARTNERS.length);
    expect(expected.activities).toContainEqual(
      expect.objectContaining({ id: snapshot(7).id, partner_id: PARTNERS[2][0], version: 2 }),
    );
    expect(expected.engagement).toEqual(await recountedEngagement(lastOnly));
    expect(await readModels(oneByOne)).toEqual(expected);
    expect(await readModels(together)).toEqual(expected);
    // New activities are added to the engagement the partner had; after the first event, too.
    const firstOnly = await freshReadModel();
    await firstOnly.em.fork().transactional((em) => applyActivities(em, first.slice(0, 30)));
    await firstOnly.em.fork().transactional((em) => applyActivities(em, first.slice(30)));
    const engagement = (await readModels(firstOnly)).engagement;
    expect(engagement).toHaveLength(PARTNERS.length);
    expect(engagement).toEqual(await recountedEngagement(firstOnly));
  });
});
