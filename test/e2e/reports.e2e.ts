import type { EventEnvelope } from '@app/contracts';
import { signTestToken, waitFor } from '@app/testing';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { reportingOrmConfig } from '../../apps/reporting/src/orm.config';
import { REPORTING_HANDLERS } from '../../apps/reporting/src/ingest/event-handlers';
import { api, type RunningStack, startStack } from '../support/stack';

type Api = ReturnType<typeof api>;

const DETAILS: Record<string, Record<string, unknown>> = {
  contract_research: { sponsorReference: 'PO-1' },
  consultancy: { days: 10 },
  training_cpd: { courseTitle: 'Lean manufacturing', learnerDays: 30 },
  collaborative_research: { publicFunder: 'NIHR', grantReference: 'NIHR-1' },
  student_engagement: { kind: 'placement', studentCount: 2 },
  ktp: {
    ktpReference: 'KTP-9',
    variant: 'classic',
    associateName: 'A',
    knowledgeBaseSupervisor: 'B',
    durationMonths: 24,
  },
};

describe('reports from events: the fixture year 2025/26', () => {
  let stack: RunningStack;
  let office: Api;
  let leader: Api;
  let med: Api;
  let pg: Client;
  const partners: Record<string, string> = {};

  async function log(
    type: string,
    partner: string,
    faculty: string,
    valueGbp: number,
    extra: Record<string, unknown> = {},
  ) {
    const response = await office.post('/activities', {
      partnerId: partners[partner],
      type,
      title: `${type} with ${partner} (${faculty})`,
      faculty,
      startDate: '2025-10-01',
      valueGbp,
      details: DETAILS[type],
      ...extra,
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  const eventsPublished = async () =>
    Number(
      (
        await pg.query(
          `select (select count(*) from partners.outbox) + (select count(*) from activities.outbox) as n`,
        )
      ).rows[0].n,
    );
  const eventsHandled = async () =>
    Number(
      (await pg.query(`select count(*) as n from reporting.inbox where consumer = 'reporting'`)).rows[0].n,
    );

  beforeAll(async () => {
    stack = await startStack('reports-e2e', {
      activities: true,
      reporting: true,
      gateway: { RATE_LIMIT_MAX: '100000' },
    });
    office = api(stack.gateway.url, await signTestToken({ roles: ['commercialisation'] }));
    leader = api(stack.gateway.url, await signTestToken({ roles: ['leadership'] }));
    med = api(stack.gateway.url, await signTestToken({ roles: ['faculty'], faculty: 'MED' }));
    pg = new Client({ connectionString: stack.db.url });
    await pg.connect();
    for (const [name, organisationType] of [
      ['Arup', 'large_company'],
      ['SmallCo', 'sme'],
      ['Leeds Teaching Hospitals NHS Trust', 'nhs'],
    ]) {
      partners[name] = (await office.post('/partners', { name, organisationType })).body.id;
    }
    await log('contract_research', 'Arup', 'ENG', 52400);
    await log('contract_research', 'SmallCo', 'ENG', 10600);
    await log('contract_research', 'SmallCo', 'MED', 4450);
    await log('consultancy', 'Leeds Teaching Hospitals NHS Trust', 'MED', 12000);
    await log('training_cpd', 'SmallCo', 'ENG', 3000);
    await log('collaborative_research', 'Leeds Teaching Hospitals NHS Trust', 'MED', 100000);
    await log('student_engagement', 'Arup', 'ENG', 0);
    await log('contract_research', 'SmallCo', 'ENG', 7000, { startDate: '2024-09-01' });
    await log('ktp', 'Arup', 'ENG', 60000, {
      income: [
        { academicYear: '2025/26', amountGbp: 30000 },
        { academicYear: '2026/27', amountGbp: 30000 },
      ],
    });
    const removed = await log('contract_research', 'SmallCo', 'ENG', 999);
    expect((await office.delete(`/activities/${removed}`)).status).toBe(204);
    await waitFor(
      'reporting to catch up',
      async () => (await eventsHandled()) === (await eventsPublished()),
      15_000,
    );
  });

  afterAll(async () => {
    await pg?.end();
    await stack?.close();
  });

  it('fills the HE-BCI cells as computed by hand, in £000s, with reasons for what is outside', async () => {
    const report = await leader.get('/reports/hebci?academicYear=2025/26');
    expect(report.status).toBe(200);
    const cell = (line: string, column: string) => {
      const { activities, incomeGbp, income000s } = report.body.lines.find(
        (l: { line: string }) => l.line === line,
      ).cells[column];
      return [activities, incomeGbp, income000s];
    };
    expect(cell('contract_research', 'sme')).toEqual([2, 15050, 15]);
    expect(cell('contract_research', 'non_sme_commercial')).toEqual([1, 52400, 52]);
    expect(cell('contract_research', 'non_commercial')).toEqual([0, 0, 0]);
    expect(cell('consultancy', 'non_commercial')).toEqual([1, 12000, 12]);
    expect(cell('cpd_courses', 'sme')).toEqual([1, 3000, 3]);
    expect(cell('collaborative_research', 'non_commercial')).toEqual([1, 100000, 100]);
    expect(cell('collaborative_research', 'non_sme_commercial')).toEqual([1, 30000, 30]);
    expect(report.body.cpdLearnerDays).toBe(30);
    expect(report.body.excluded).toEqual([
      {
        reason: 'student placements and projects are not an HE-BCI income line',
        activities: 1,
        incomeGbp: 0,
      },
    ]);
    const counted = report.body.lines.reduce(
      (n: number, l: { total: { activities: number } }) => n + l.total.activities,
      0,
    );
    // Nine activities were logged in 2025/26 or split into it, one deleted: 7 placed + 1 excluded.
    expect(counted + 1).toBe(8);
  });

  it('drills a cell down to exactly its activities, whose sum is the cell', async () => {
    const drill = await leader.get(
      '/reports/hebci/cells/contract_research.sme/activities?academicYear=2025/26',
    );
    expect(drill.status).toBe(200);
    expect(drill.body.items.map((item: { incomeGbp: number }) => item.incomeGbp)).toEqual([10600, 4450]);
    expect(drill.body.cell).toEqual({ activities: 2, incomeGbp: 15050, income000s: 15 });
    expect(
      drill.body.items.every((item: { partner: { name: string } }) => item.partner.name === 'SmallCo'),
    ).toBe(true);
    const excluded = await leader.get('/reports/hebci/cells/excluded/activities?academicYear=2025/26');
    expect(excluded.body.items).toEqual([
      expect.objectContaining({
        type: 'student_engagement',
        reason: 'student placements and projects are not an HE-BCI income line',
      }),
    ]);
    expect((await leader.get('/reports/hebci/cells/nonsense.sme/activities')).status).toBe(404);
  });

  it("shows a faculty user only their faculty's figures", async () => {
    const overview = await med.get('/reports/overview?academicYear=2025/26');
    expect(overview.status).toBe(200);
    expect(overview.body.totals).toEqual({ activities: 3, incomeGbp: 116450 });
    expect(overview.body.byFaculty.map((row: { faculty: string }) => row.faculty)).toEqual(['MED']);
    // Asking for another faculty changes nothing.
    expect((await med.get('/reports/overview?academicYear=2025/26&faculty=ENG')).body.totals).toEqual(
      overview.body.totals,
    );
    const hebci = await med.get('/reports/hebci?academicYear=2025/26');
    expect(hebci.body.lines[1].cells.sme).toMatchObject({ activities: 1, incomeGbp: 4450, income000s: 4 });
    const all = await leader.get('/reports/overview');
    expect(all.body.byAcademicYear).toEqual([
      { academicYear: '2024/25', activities: 1, incomeGbp: 7000 },
      { academicYear: '2025/26', activities: 8, incomeGbp: 212450 },
      { academicYear: '2026/27', activities: 1, incomeGbp: 30000 },
    ]);
    expect(all.body.portfolioByTier).toEqual([{ tier: 'transactional', partners: 3 }]);
    expect(all.body.asOf).toEqual(expect.any(String));
  });

  it('downloads the HE-BCI return as CSV with headers and units', async () => {
    const response = await fetch(`${stack.gateway.url}/reports/hebci?academicYear=2025/26&format=csv`, {
      headers: { authorization: `Bearer ${await signTestToken({ roles: ['leadership'] })}` },
    });
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('hebci-2025-26.csv');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('line,partner_column,activities,income_gbp,income_gbp_000s');
    expect(lines).toContain('Contract research,SMEs,2,15050.00,15');
  });

  it('refuses students and partnership staff the income reports, and bad queries with 400', async () => {
    const student = api(stack.gateway.url, await signTestToken({ roles: ['student'], school: 'LAW' }));
    const staff = api(stack.gateway.url, await signTestToken({ roles: ['partnership_staff'] }));
    for (const path of [
      '/reports/overview',
      '/reports/hebci',
      '/reports/hebci/cells/consultancy.sme/activities',
    ]) {
      expect((await student.get(path)).status).toBe(403);
      expect((await staff.get(path)).status).toBe(403);
    }
    const bad = await leader.get('/reports/hebci?academicYear=2025');
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('academicYear');
    expect((await leader.get('/reports/overview?format=pdf')).body.details[0].field).toBe('format');
    expect(
      (await leader.get('/reports/freshness')).body.sources.map((s: { source: string }) => s.source),
    ).toEqual(['activities', 'partners']);
  });

  it('changes nothing when every event is delivered again, or replayed from an empty read model', async () => {
    const before = JSON.stringify((await leader.get('/reports/hebci?academicYear=2025/26')).body.lines);
    const events = (
      await pg.query<{
        id: string;
        type: string;
        event_version: number;
        source: string;
        aggregate_id: string;
        payload: unknown;
        occurred_at: Date;
      }>(
        `select * from (select *, 1 as s from partners.outbox union all select *, 2 from activities.outbox) e order by s, position`,
      )
    ).rows.map((row): EventEnvelope => ({
      id: row.id,
      type: row.type,
      version: row.event_version,
      source: row.source,
      aggregateId: row.aggregate_id,
      occurredAt: row.occurred_at.toISOString(),
      payload: row.payload,
    }));
    const db = await MikroORM.init(reportingOrmConfig(stack.db.url));
    try {
      // Redelivery: the same events once more (in reverse, as a worst case) through the projections.
      for (const event of [...events].reverse())
        await db.em.fork().transactional((em) => REPORTING_HANDLERS[event.type](event, em));
      expect(JSON.stringify((await leader.get('/reports/hebci?academicYear=2025/26')).body.lines)).toBe(
        before,
      );
      // Rebuild: empty the read models and replay in order.
      await pg.query(
        'truncate reporting.partner_rm, reporting.activity_rm, reporting.activity_fact, reporting.source_progress',
      );
      for (const event of events)
        await db.em.fork().transactional((em) => REPORTING_HANDLERS[event.type](event, em));
      expect(JSON.stringify((await leader.get('/reports/hebci?academicYear=2025/26')).body.lines)).toBe(
        before,
      );
    } finally {
      await db.close(true);
    }
  });
});
