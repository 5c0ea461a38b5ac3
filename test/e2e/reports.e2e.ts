import type { EventEnvelope } from '@app/contracts';
import { eventHandlerFor } from '@app/messaging';
import { signTestToken, waitFor } from '@app/testing';
import { MikroORM } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { REPORTING_HANDLERS } from '../../apps/reporting/src/ingest/event-handlers';
import { reportingOrmConfig } from '../../apps/reporting/src/orm.config';
import { rebuildReporting } from '../../apps/reporting/src/rebuild';
import {
  SNAPSHOT_QUEUE,
  SNAPSHOT_SCHEDULER_ID,
} from '../../apps/reporting/src/snapshots/snapshot-scheduler.host';
import { api, type RunningStack, startStack } from '../support/stack';

type Api = ReturnType<typeof api>;
interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema;
}
interface OpenApi {
  components: { schemas: Record<string, Schema> };
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content: Record<string, { schema: Schema }> }> }>
  >;
}

/** Where an answer and the schema documenting it part: fields not documented, or documented as required and missing. */
function undocumented(doc: OpenApi, ref: string, value: unknown, at: string): string[] {
  const schema = doc.components.schemas[ref.replace('#/components/schemas/', '')];
  return walk(doc, schema, value, at);
}

function walk(doc: OpenApi, schema: Schema, value: unknown, at: string): string[] {
  if (schema.$ref) return undocumented(doc, schema.$ref, value, at);
  if (schema.allOf?.length === 1) return walk(doc, schema.allOf[0], value, at);
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value))
    return value.flatMap((item, i) => walk(doc, schema.items ?? {}, item, `${at}[${i}]`));
  if (schema.additionalProperties) return [];
  const fields = value as Record<string, unknown>;
  const properties = schema.properties ?? {};
  return [
    ...Object.keys(fields)
      .filter((key) => !(key in properties))
      .map((key) => `${at}.${key} is not documented`),
    ...(schema.required ?? []).filter((key) => !(key in fields)).map((key) => `${at}.${key} is missing`),
    ...Object.entries(fields).flatMap(([key, field]) =>
      properties[key] ? walk(doc, properties[key], field, `${at}.${key}`) : [],
    ),
  ];
}
type Cell = { cellId: string; count: number; incomeGbp: number; incomeThousands: number };

const DETAILS: Record<string, Record<string, unknown>> = {
  contract_research: { sponsorReference: 'PO-1' },
  consultancy: { days: 10 },
  training_cpd: { courseTitle: 'Lean manufacturing', learnerDays: 30 },
  collaborative_research: { publicFunder: 'NIHR', grantReference: 'NIHR-1' },
  student_engagement: { kind: 'placement', studentCount: 2 },
  ip_licensing: { ipReference: 'PAT-1', ipType: 'patent', licenceType: 'non_exclusive' },
  networking_promotional: { eventName: 'Public lecture', format: 'lecture', attendees: 200 },
  ktp: {
    ktpReference: 'KTP-9',
    variant: 'classic',
    associateName: 'A',
    knowledgeBaseSupervisor: 'B',
    durationMonths: 24,
  },
};

/**
 * The fixture year 2025/26, computed by hand (docs/reporting.md walks through it):
 * HE-BCI cells (count, £, £000s) — contract research SME 2 / 15,050 / 15, non-SME 1 / 52,400 / 52;
 * consultancy non-commercial 1 / 12,000 / 12, non-SME 1 / 8,000 / 8; CPD SME 1 / 3,000 / 3 (30
 * learner days); collaborative research non-commercial 1 / 100,000 / 100 and non-SME (the KTP's
 * 2025/26 half) 1 / 30,000 / 30; IP licensing non-SME 1 / 20,500 / 21 (halves up); public
 * engagement non-commercial 1 / 1,500 / 2 (200 attendees). Outside: a placement and a networking
 * event. Not counted: a deleted, a pipeline and a cancelled activity; another year's contract.
 */
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
          `select (select count(*) from partners.outbox) + (select count(*) from activities.outbox)
                + (select count(*) from programmes.outbox) as n`,
        )
      ).rows[0].n,
    );
  const eventsHandled = async () =>
    Number(
      (await pg.query(`select count(*) as n from reporting.inbox where consumer = 'reporting'`)).rows[0].n,
    );
  const caughtUp = () =>
    waitFor(
      'reporting to catch up',
      async () => (await eventsHandled()) >= (await eventsPublished()),
      15_000,
    );
  const hebci = async (client: Api = leader) => {
    const report = await client.get('/reports/hebci?academicYear=2025/26');
    expect(report.status).toBe(200);
    const cell = (cellId: string): Cell => report.body.cells.find((c: Cell) => c.cellId === cellId);
    return { body: report.body, cell };
  };

  beforeAll(async () => {
    stack = await startStack('reports-e2e', {
      activities: true,
      programmes: true,
      // The fixture's dates are fixed; the tier suggestion's recency window must reach them.
      reporting: { REPORTING_SUGGEST_WITHIN_DAYS: '36500' },
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
      ['City Museum', 'charity'],
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
    await log('consultancy', 'Arup', 'BUS', 8000);
    await log('ip_licensing', 'Arup', 'MED', 20500);
    await log('networking_promotional', 'City Museum', 'ENG', 1500);
    await log('networking_promotional', 'SmallCo', 'ENG', 0, {
      details: { eventName: 'Industry mixer', format: 'networking' },
    });
    await log('contract_research', 'SmallCo', 'ENG', 5000, { status: 'pipeline' });
    await log('consultancy', 'SmallCo', 'ENG', 2000, { status: 'cancelled' });
    const removed = await log('contract_research', 'SmallCo', 'ENG', 999);
    expect((await office.delete(`/activities/${removed}`)).status).toBe(204);
    await caughtUp();
  });

  afterAll(async () => {
    await pg?.end();
    await stack?.close();
  });

  it('fills the HE-BCI cells as computed by hand, in £000s, with reasons for what is outside', async () => {
    const { body, cell } = await hebci();
    const figures = (id: string) => [cell(id).count, cell(id).incomeGbp, cell(id).incomeThousands];
    expect(figures('contract_research.sme')).toEqual([2, 15050, 15]);
    expect(figures('contract_research.non_sme_commercial')).toEqual([1, 52400, 52]);
    expect(figures('contract_research.non_commercial')).toEqual([0, 0, 0]);
    expect(figures('consultancy.non_commercial')).toEqual([1, 12000, 12]);
    expect(figures('consultancy.non_sme_commercial')).toEqual([1, 8000, 8]);
    expect(figures('cpd.sme')).toEqual([1, 3000, 3]);
    expect(cell('cpd.sme')).toMatchObject({
      table: '2',
      category: 'cpd',
      partnerClass: 'sme',
      learnerDays: 30,
    });
    expect(figures('collaborative_research.non_commercial')).toEqual([1, 100000, 100]);
    expect(figures('collaborative_research.non_sme_commercial')).toEqual([1, 30000, 30]);
    expect(figures('ip_licensing.non_sme_commercial')).toEqual([1, 20500, 21]);
    expect(figures('public_engagement.non_commercial')).toEqual([1, 1500, 2]);
    expect(cell('public_engagement.non_commercial')).toMatchObject({ table: '5', attendees: 200 });
    expect(body).toMatchObject({ academicYear: '2025/26', units: 'GBP thousands' });
    expect(body.cells).toHaveLength(21);
    expect(body.excluded).toEqual({
      count: 2,
      byReason: [
        {
          reason:
            'networking and promotional events other than public lectures, exhibitions and performances are not in the return',
          count: 1,
          incomeGbp: 0,
        },
        {
          reason: 'student placements and projects are not an HE-BCI income category',
          count: 1,
          incomeGbp: 0,
        },
      ],
    });
    // Twelve activities count in 2025/26: ten in cells, two outside; none twice.
    const placed = body.cells.reduce((n: number, c: Cell) => n + c.count, 0);
    expect(placed + body.excluded.count).toBe(12);
  });

  it('drills a cell down to exactly its activities, whose sum is the cell; lists the excluded with reasons', async () => {
    const drill = await leader.get(
      '/reports/hebci/cells/contract_research.sme/activities?academicYear=2025/26',
    );
    expect(drill.status).toBe(200);
    expect(drill.body.items.map((item: { incomeGbp: number }) => item.incomeGbp)).toEqual([10600, 4450]);
    expect(drill.body.cell).toEqual({ count: 2, incomeGbp: 15050, incomeThousands: 15 });
    expect(
      drill.body.items.every((item: { partner: { name: string } }) => item.partner.name === 'SmallCo'),
    ).toBe(true);
    const { cell } = await hebci();
    for (const c of ['collaborative_research.non_sme_commercial', 'ip_licensing.non_sme_commercial']) {
      const items = (await leader.get(`/reports/hebci/cells/${c}/activities?academicYear=2025/26`)).body
        .items;
      expect(items.reduce((sum: number, item: { incomeGbp: number }) => sum + item.incomeGbp, 0)).toBe(
        cell(c).incomeGbp,
      );
    }
    const excluded = await leader.get('/reports/hebci/excluded?academicYear=2025/26');
    expect(excluded.status).toBe(200);
    expect(
      excluded.body.items.map((item: { type: string; reason: string }) => [item.type, item.reason]),
    ).toEqual([
      ['networking_promotional', expect.stringContaining('networking and promotional events')],
      ['student_engagement', 'student placements and projects are not an HE-BCI income category'],
    ]);
    expect((await leader.get('/reports/hebci/cells/nonsense.sme/activities')).status).toBe(404);
  });

  it("shows a faculty user only their faculty's figures", async () => {
    const overview = await med.get('/reports/overview?academicYear=2025/26');
    expect(overview.status).toBe(200);
    expect(overview.body.totals).toEqual({ count: 4, valueGbp: 136950 });
    expect(overview.body.activitiesByFaculty.map((row: { faculty: string }) => row.faculty)).toEqual(['MED']);
    expect(overview.body.partnersByTier).toEqual({ corporate: 0, strategic: 0, transactional: 3 });
    // Asking for another faculty changes nothing.
    expect((await med.get('/reports/overview?academicYear=2025/26&faculty=ENG')).body.totals).toEqual(
      overview.body.totals,
    );
    const { cell } = await hebci(med);
    expect(cell('contract_research.sme')).toMatchObject({ count: 1, incomeGbp: 4450, incomeThousands: 4 });
    expect(cell('contract_research.non_sme_commercial').count).toBe(0);
  });

  it('gives leadership the whole portfolio: by type, faculty and year, partners by tier, top partners, pipeline', async () => {
    const all = await leader.get('/reports/overview');
    expect(all.status).toBe(200);
    expect(all.body.activitiesByAcademicYear).toEqual([
      { academicYear: '2024/25', count: 1, valueGbp: 7000 },
      { academicYear: '2025/26', count: 12, valueGbp: 242450 },
      { academicYear: '2026/27', count: 1, valueGbp: 30000 },
    ]);
    // Across years the split KTP is one activity.
    expect(all.body.totals).toEqual({ count: 13, valueGbp: 279450 });
    expect(all.body.pipeline).toEqual({ count: 1, valueGbp: 5000 });
    expect(all.body.partnersByTier).toEqual({ corporate: 0, strategic: 0, transactional: 4 });
    expect(all.body.partnersByStatus).toMatchObject({ prospect: expect.any(Number) });
    expect(all.body.topPartners.map((p: { name: string; valueGbp: number }) => [p.name, p.valueGbp])).toEqual(
      [
        ['Arup', 140900],
        ['Leeds Teaching Hospitals NHS Trust', 112000],
        ['SmallCo', 25050],
        ['City Museum', 1500],
      ],
    );
    expect(all.body.activitiesByType).toContainEqual({ type: 'ktp', count: 1, valueGbp: 60000 });
    expect(all.body.asOf).toEqual(expect.any(String));
  });

  it('downloads the HE-BCI return as CSV and as a real XLSX whose contract-research SME cell is the sum', async () => {
    const token = await signTestToken({ roles: ['leadership'] });
    const csv = await fetch(`${stack.gateway.url}/reports/hebci?academicYear=2025/26&format=csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('hebci-2025-26.csv');
    const lines = (await csv.text()).split('\r\n');
    expect(lines).toContain('# HE-BCI cells');
    expect(lines).toContain(
      'Table,Category,Description,Partner class,Partner class description,Income (£000s),Income (exact) (£),Activities (number),Learner days (days),Attendees (people),Cell id',
    );
    expect(lines).toContain(
      '1,contract_research,Contract research,sme,SMEs,15,15050,2,,,contract_research.sme',
    );

    const xlsx = await fetch(`${stack.gateway.url}/reports/hebci?academicYear=2025/26&format=xlsx`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers.get('content-disposition')).toContain('hebci-2025-26.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'HE-BCI cells',
      'Outside the return',
      'About',
    ]);
    const sheet = workbook.getWorksheet('HE-BCI cells')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Income (£000s)');
    const row = sheet
      .getRows(2, sheet.rowCount - 1)!
      .find((r) => r.getCell(header.indexOf('Cell id') + 1).value === 'contract_research.sme')!;
    const drill = await leader.get(
      '/reports/hebci/cells/contract_research.sme/activities?academicYear=2025/26',
    );
    const sum = drill.body.items.reduce((n: number, item: { incomeGbp: number }) => n + item.incomeGbp, 0);
    expect(row.getCell(header.indexOf('Income (£000s)') + 1).value).toBe(Math.round(sum / 1000));
    expect(row.getCell(header.indexOf('Income (£000s)') + 1).numFmt).toBe('#,##0');
  });

  it('flags Arup (transactional, five activity types across three faculties) as a corporate candidate, with the working', async () => {
    const report = await leader.get('/reports/strategic-candidates');
    expect(report.status).toBe(200);
    expect(report.body.total).toBe(4);
    const arup = report.body.items.find((item: { name: string }) => item.name === 'Arup');
    expect(arup).toMatchObject({ tier: 'transactional', suggestedTier: 'corporate' });
    expect(arup.reasons[0]).toContain('5 activity types across 3 faculties (BUS, ENG, MED)');
    expect(arup.components.breadth.working).toContain(
      '5 distinct activity types (consultancy, contract_research, ip_licensing, ktp, student_engagement)',
    );
    expect(arup.components.agreement).toMatchObject({ points: 0, working: 'no active formal agreement' });
    expect(report.body.items[0].name).toBe('Arup');
    const flagged = await leader.get('/reports/strategic-candidates?flagged=true');
    // SmallCo: contract research, CPD and a networking event — three types suggest strategic.
    expect(
      flagged.body.items.map((item: { name: string; suggestedTier: string }) => [
        item.name,
        item.suggestedTier,
      ]),
    ).toEqual([
      ['Arup', 'corporate'],
      ['SmallCo', 'strategic'],
    ]);

    // A formal agreement in place adds its points.
    const agreement = await office.post(`/partners/${partners.Arup}/agreements`, {
      type: 'framework',
      title: 'Research framework',
      startDate: '2025-01-01',
      status: 'active',
    });
    expect(agreement.status).toBe(201);
    await caughtUp();
    const after = (await leader.get('/reports/strategic-candidates?flagged=true')).body.items[0];
    expect(after.components.agreement).toMatchObject({
      points: 10,
      working: 'formal agreement in place: framework: Research framework',
    });
    expect(after.score).toBeCloseTo(arup.score + 10, 5);
    expect(after.reasons).not.toContain('no formal agreement is in place yet');

    const engagement = await leader.get(`/reports/partners/${partners.Arup}/engagement`);
    expect(engagement.status).toBe(200);
    expect(engagement.body).toMatchObject({ score: after.score, suggestedTier: 'corporate' });
    expect(engagement.body.timeline).toHaveLength(5);
    const medView = await med.get(`/reports/partners/${partners.Arup}/engagement`);
    expect(medView.body.timeline.map((item: { type: string }) => item.type)).toEqual(['ip_licensing']);
    expect((await med.get('/reports/strategic-candidates')).status).toBe(403);
    expect(
      (await leader.get('/reports/partners/00000000-0000-4000-8000-000000000000/engagement')).status,
    ).toBe(404);
  });

  it('takes a monthly snapshot once per month, lists it and downloads it', async () => {
    const admin = api(stack.gateway.url, await signTestToken({ roles: ['admin'] }));
    const taken = await admin.post('/reports/snapshots');
    expect(taken.status).toBe(201);
    expect(taken.body).toMatchObject({ period: expect.stringMatching(/^\d{4}-\d{2}$/), activities: 13 });
    expect((await admin.post('/reports/snapshots')).status).toBe(200);
    const list = await leader.get('/reports/snapshots');
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([taken.body.id]);
    const snapshot = await leader.get(`/reports/snapshots/${taken.body.id}`);
    expect(snapshot.body.overview.totals).toEqual({ count: 13, valueGbp: 279450 });
    const xlsx = await fetch(`${stack.gateway.url}/reports/snapshots/${taken.body.id}?format=xlsx`, {
      headers: { authorization: `Bearer ${await signTestToken({ roles: ['leadership'] })}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('HE-BCI cells');
    expect((await leader.post('/reports/snapshots')).status).toBe(403);
    // The monthly job: a BullMQ job scheduler on the 1st at 02:00 UK time.
    const queue = new Queue(SNAPSHOT_QUEUE, {
      connection: { url: stack.env.REDIS_URL },
      prefix: stack.env.BULLMQ_PREFIX,
    });
    try {
      const scheduler = await waitFor(
        'the snapshot schedule',
        () => queue.getJobScheduler(SNAPSHOT_SCHEDULER_ID),
        5000,
      );
      expect(scheduler).toMatchObject({ pattern: '0 2 1 * *', tz: 'Europe/London' });
    } finally {
      await queue.close();
    }
  });

  it('refuses students and partnership staff the income reports, and bad queries with 400', async () => {
    const student = api(stack.gateway.url, await signTestToken({ roles: ['student'], school: 'LAW' }));
    const staff = api(stack.gateway.url, await signTestToken({ roles: ['partnership_staff'] }));
    for (const path of [
      '/reports/overview',
      '/reports/hebci',
      '/reports/hebci/cells/consultancy.sme/activities',
      '/reports/hebci/excluded',
      '/reports/strategic-candidates',
      `/reports/partners/${partners.Arup}/engagement`,
      '/reports/snapshots',
    ]) {
      expect((await student.get(path)).status).toBe(403);
      expect((await staff.get(path)).status).toBe(403);
    }
    const bad = await leader.get('/reports/hebci?academicYear=2025');
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('academicYear');
    expect((await leader.get('/reports/overview?format=pdf')).body.details[0].field).toBe('format');
    expect((await leader.get('/reports/strategic-candidates?flagged=maybe')).body.details[0].field).toBe(
      'flagged',
    );
    expect(
      (await leader.get('/reports/freshness')).body.sources.map((s: { source: string }) => s.source),
    ).toEqual(expect.arrayContaining(['activities', 'partners']));
    const freshness = await fetch(`${stack.gateway.url}/reports/freshness?format=csv`, {
      headers: { authorization: `Bearer ${await signTestToken({ roles: ['partnership_staff'] })}` },
    });
    expect((await freshness.text()).split('\r\n')).toContain(
      'Source,Events applied (number),Newest event,Applied at,Lag (ms),Events not yet applied (number),Last checked against the source,Status',
    );
  });

  it("documents each report's answer by the view it gives: the same fields, as JSON or as a download", async () => {
    const doc = (await api(stack.gateway.url).get('/openapi.json')).body as OpenApi;
    const reports: [string, string][] = [
      ['/reports/overview', 'OverviewView'],
      ['/reports/hebci?academicYear=2025/26', 'HebciView'],
      [
        '/reports/hebci/cells/contract_research.sme/activities?academicYear=2025/26',
        'HebciCellActivitiesView',
      ],
      ['/reports/hebci/excluded?academicYear=2025/26', 'HebciCellActivitiesView'],
      ['/reports/strategic-candidates', 'CandidatesView'],
      [`/reports/partners/${partners.Arup}/engagement`, 'PartnerEngagementView'],
      ['/reports/student-partnership', 'StudentPartnershipView'],
      ['/reports/freshness', 'FreshnessView'],
    ];
    for (const [path, view] of reports) {
      const answer = await leader.get(path);
      expect(answer.status).toBe(200);
      expect(undocumented(doc, `#/components/schemas/${view}`, answer.body, path)).toEqual([]);
      const operation =
        doc.paths[
          `/api/v1${path.split('?')[0].replace(partners.Arup, '{id}').replace('contract_research.sme', '{cellId}')}`
        ].get;
      expect(Object.keys(operation.responses['200'].content)).toEqual([
        'application/json',
        'text/csv',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ]);
    }
    const page =
      doc.paths['/api/v1/reports/snapshots'].get.responses['200'].content['application/json'].schema;
    expect(page.properties?.items).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/SnapshotSummaryView' },
    });
  });

  it('reports how the student partnership is working: coverage, meetings and minutes, feedback', async () => {
    const staff = api(stack.gateway.url, await signTestToken({ roles: ['partnership_staff'] }));
    const student = api(
      stack.gateway.url,
      await signTestToken({ sub: 'stu-1', roles: ['student'], school: 'LAW' }),
    );
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const yearOf = (date: string) => {
      const start = Number(date.slice(5, 7)) >= 8 ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1;
      return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
    };
    const groups: string[] = [];
    for (const code of ['LAW1-A', 'LAW1-B', 'LAW1-C', 'LAW1-D']) {
      const group = await staff.post('/programmes/teaching-groups', {
        school: 'LAW',
        code,
        name: `Law year 1 ${code}`,
        academicYear: yearOf(today),
      });
      expect(group.status).toBe(201);
      groups.push(group.body.id);
    }
    await staff.put(`/programmes/teaching-groups/${groups[0]}/representative`, {
      studentId: 's-a',
      name: 'A',
    });
    await staff.put(`/programmes/teaching-groups/${groups[1]}/representative`, {
      studentId: 's-b',
      name: 'B',
    });
    await staff.put(`/programmes/teaching-groups/${groups[1]}/representative`, {
      studentId: 's-c',
      name: 'C',
    });
    await staff.put(`/programmes/teaching-groups/${groups[2]}/representative`, {
      studentId: 's-d',
      name: 'D',
    });
    expect((await staff.delete(`/programmes/teaching-groups/${groups[2]}/representative`)).status).toBe(204);
    const forum = await staff.post('/programmes/forums', { school: 'LAW', name: 'Law SSPF' });
    const meeting = await staff.post(`/programmes/forums/${forum.body.id}/meetings`, {
      date: yesterday,
      agenda: ['Assessment'],
    });
    await staff.put(`/programmes/meetings/${meeting.body.id}/minutes`, { text: 'Agreed things.' });
    expect((await staff.post(`/programmes/meetings/${meeting.body.id}/minutes/publish`)).status).toBe(200);
    const answered = await student.post('/programmes/feedback', {
      school: 'LAW',
      subject: 'Moodle',
      body: 'Slides are late.',
      anonymous: true,
    });
    await student.post('/programmes/feedback', { school: 'LAW', subject: 'Rooms', body: 'Too small.' });
    expect(
      (await staff.post(`/programmes/feedback/${answered.body.id}/responses`, { body: 'On it.' })).status,
    ).toBe(201);
    await staff.post(`/programmes/feedback/${answered.body.id}/escalate`, { reason: 'School-wide' });
    await staff.post(`/programmes/feedback/${answered.body.id}/close`, { outcome: 'Slides a week ahead.' });
    await caughtUp();

    const report = await staff.get(`/reports/student-partnership?school=LAW&academicYear=${yearOf(today)}`);
    expect(report.status).toBe(200);
    expect(report.body.representativeCoverage).toEqual([
      { school: 'LAW', teachingGroups: 4, withRepresentative: 2, coveragePercent: 50 },
    ]);
    expect(report.body.feedback).toEqual([
      { school: 'LAW', opened: 2, closed: 1, escalated: 1, overdue: 0, medianDaysToFirstResponse: 0 },
    ]);
    const meetings = await staff.get(
      `/reports/student-partnership?school=LAW&academicYear=${yearOf(yesterday)}`,
    );
    expect(meetings.body.forumMeetings).toEqual([
      { school: 'LAW', scheduled: 1, held: 1, minutesPublished: 1, medianDaysToPublish: 1 },
    ]);
    expect((await med.get('/reports/student-partnership')).status).toBe(403);
    expect((await student.get('/reports/student-partnership')).status).toBe(403);
    const csv = await fetch(`${stack.gateway.url}/reports/student-partnership?school=LAW&format=csv`, {
      headers: { authorization: `Bearer ${await signTestToken({ roles: ['leadership'] })}` },
    });
    expect(await csv.text()).toContain('# Representative coverage');
  });

  it('changes nothing when every event is delivered again, and a rebuild from the outboxes gives the same figures', async () => {
    const figures = async () =>
      JSON.stringify([
        (await hebci()).body.cells,
        (await leader.get('/reports/overview')).body.activitiesByType,
        (await leader.get('/reports/strategic-candidates')).body.items,
      ]);
    const before = await figures();
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
        await db.em.fork().transactional((em) => eventHandlerFor(REPORTING_HANDLERS, event.type)(event, em));
    } finally {
      await db.close(true);
    }
    expect(await figures()).toBe(before);

    // Rebuild, as `npm run reporting:rebuild` does it: empty the read models, the services replay their outboxes.
    const rebuilt = await rebuildReporting({
      databaseUrl: stack.env.DATABASE_URL,
      redisUrl: stack.env.REDIS_URL,
      bullPrefix: stack.env.BULLMQ_PREFIX,
      waitMs: 30_000,
    });
    expect(rebuilt.replayed).toMatchObject({ partners: 5, activities: 17 });
    expect(rebuilt.total).toBe(await eventsPublished());
    expect(await figures()).toBe(before);
  });
  it('counts what a CSV import logs: its activity.imported events (500 activities each) reach the reports', async () => {
    const rows = Array.from(
      { length: 600 },
      (_, i) => `${partners.SmallCo},contract_research,Imported ${i},ENG,2031-10-01,100`,
    );
    const response = await fetch(`${stack.gateway.url}/activities/imports`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await signTestToken({ roles: ['commercialisation'] })}`,
        'content-type': 'text/csv',
      },
      body: ['partnerId,type,title,faculty,startDate,valueGbp', ...rows].join('\n'),
    });
    expect(response.status).toBe(202);
    const { importId } = (await response.json()) as { importId: string };
    await waitFor(
      'the import to complete',
      async () => (await office.get(`/activities/imports/${importId}`)).body.status === 'completed',
      30_000,
    );
    const imported = await pg.query(
      `select event_version, payload from activities.outbox where type = 'activity.imported' order by position`,
    );
    expect(imported.rows.map((row) => [row.event_version, row.payload.rows.length])).toEqual([
      [2, 500],
      [2, 100],
    ]);
    await caughtUp();

    const overview = await leader.get('/reports/overview');
    expect(overview.body.activitiesByAcademicYear).toContainEqual({
      academicYear: '2031/32',
      count: 600,
      valueGbp: 60000,
    });
    const cells = (await leader.get('/reports/hebci?academicYear=2031/32')).body.cells as Cell[];
    expect(cells.find((cell) => cell.count > 0)).toMatchObject({ count: 600, incomeGbp: 60000 });
  });
});
