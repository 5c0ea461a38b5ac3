import { signTestToken, type TestDatabase } from '@app/testing';
import { Client } from 'pg';
import { expectDocumentedAnswer, type OpenApiDocument } from '../support/documented-answer';
import { api, type RunningGateway, startStack, type RunningStack } from '../support/stack';

const VALID_DETAILS: Record<string, Record<string, unknown>> = {
  contract_research: { sponsorReference: 'PO-1', fullEconomicCostGbp: 52000 },
  collaborative_research: { publicFunder: 'UKRI', grantReference: 'EP/X0001/1', partnerCashGbp: 10000 },
  consultancy: { days: 12.5 },
  staff_exchange: { direction: 'outbound', staffCount: 2, durationWeeks: 6 },
  networking_promotional: { eventName: 'Public lecture on net zero', format: 'lecture', attendees: 240 },
  ktp: {
    ktpReference: 'KTP-1',
    variant: 'classic',
    associateName: 'A',
    knowledgeBaseSupervisor: 'B',
    durationMonths: 24,
  },
  facilities_use: { facility: 'Wind tunnel', days: 3 },
  ip_licensing: { ipReference: 'PAT-1', ipType: 'patent', licenceType: 'exclusive' },
  student_engagement: { kind: 'placement', studentCount: 4, durationWeeks: 12 },
  training_cpd: { courseTitle: 'Lean manufacturing', learnerDays: 30, creditBearing: false },
};

const BAD_DETAILS: Record<string, [Record<string, unknown>, string]> = {
  contract_research: [{ fullEconomicCostGbp: -1 }, 'details.fullEconomicCostGbp'],
  collaborative_research: [{ grantReference: 'X' }, 'details.publicFunder'],
  consultancy: [{ days: 'many' }, 'details.days'],
  staff_exchange: [{ direction: 'sideways', staffCount: 1 }, 'details.direction'],
  networking_promotional: [{ eventName: 'E', format: 'party' }, 'details.format'],
  ktp: [
    {
      ktpReference: 'K',
      variant: 'classic',
      associateName: 'A',
      knowledgeBaseSupervisor: 'B',
      durationMonths: 48,
    },
    'details.durationMonths',
  ],
  facilities_use: [{ days: 2 }, 'details.facility'],
  ip_licensing: [
    { ipReference: 'P', ipType: 'patent', licenceType: 'exclusive', royaltyRatePercent: 140 },
    'details.royaltyRatePercent',
  ],
  student_engagement: [{ kind: 'placement', studentCount: 0 }, 'details.studentCount'],
  training_cpd: [{ courseTitle: 'C', colour: 'red' }, 'details.colour'],
};

describe('activities through the gateway', () => {
  let stack: RunningStack;
  let db: TestDatabase;
  let gateway: RunningGateway;
  let office: ReturnType<typeof api>;
  let eng: ReturnType<typeof api>;
  let med: ReturnType<typeof api>;
  let arup: string;
  let sme: string;

  beforeAll(async () => {
    stack = await startStack('activities-e2e', { activities: true, gateway: { RATE_LIMIT_MAX: '100000' } });
    ({ db, gateway } = stack);
    office = api(gateway.url, await signTestToken({ roles: ['commercialisation'] }));
    eng = api(gateway.url, await signTestToken({ roles: ['faculty'], faculty: 'ENG', sub: 'u-eng' }));
    med = api(gateway.url, await signTestToken({ roles: ['faculty'], faculty: 'MED', sub: 'u-med' }));
    arup = (
      await office.post('/partners', {
        name: 'Arup',
        organisationType: 'large_company',
        tier: 'transactional',
      })
    ).body.id;
    sme = (await office.post('/partners', { name: 'Tiny Robotics Ltd', organisationType: 'sme' })).body.id;
  });

  afterAll(async () => {
    await stack?.close();
  });

  const base = (type: string, extra: Record<string, unknown> = {}) => ({
    partnerId: arup,
    type,
    title: `A ${type}`,
    faculty: 'ENG',
    startDate: '2025-10-01',
    details: VALID_DETAILS[type],
    ...extra,
  });

  it('lets ENG staff log a KTP with Arup and a patent licence to an SME', async () => {
    const ktp = await eng.post('/activities', {
      ...base('ktp'),
      title: 'KTP: digital twins for bridges',
      valueGbp: 180000,
      details: {
        ktpReference: 'KTP012345',
        variant: 'classic',
        associateName: 'Sam Lee',
        knowledgeBaseSupervisor: 'Prof. J. Doe',
        companySupervisor: 'R. Patel',
        durationMonths: 24,
        grantGbp: 120000.5,
      },
    });
    expect(ktp.status).toBe(201);
    expect(ktp.body).toMatchObject({
      type: 'ktp',
      faculty: 'ENG',
      academicYear: '2025/26',
      valueGbp: 180000,
      version: 1,
    });
    expect(ktp.body.details.grantGbp).toBe(120000.5);

    const licence = await eng.post('/activities', {
      ...base('ip_licensing'),
      partnerId: sme,
      startDate: '2026-07-31',
      details: {
        ipReference: 'GB2401234',
        ipType: 'patent',
        licenceType: 'exclusive',
        upfrontFeeGbp: 25000,
        royaltyRatePercent: 3.5,
      },
    });
    expect(licence.status).toBe(201);
    expect(licence.body.academicYear).toBe('2025/26');
  });

  it('refuses a KTP of 48 months naming details.durationMonths, and stores nothing', async () => {
    const before = (await office.get('/activities')).body.total;
    const bad = await eng.post('/activities', { ...base('ktp'), details: BAD_DETAILS.ktp[0] });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([{ field: 'details.durationMonths', problem: 'must be at most 36' }]);
    expect((await office.get('/activities')).body.total).toBe(before);
  });

  it('refuses ENG staff logging for MED (403) and hides MED activities from them (404)', async () => {
    const forMed = await eng.post('/activities', base('consultancy', { faculty: 'MED' }));
    expect(forMed.status).toBe(403);
    const medActivity = await med.post(
      '/activities',
      base('consultancy', { faculty: 'MED', title: 'MED consultancy' }),
    );
    expect(medActivity.status).toBe(201);
    expect((await eng.get(`/activities/${medActivity.body.id}`)).status).toBe(404);
    expect((await eng.patch(`/activities/${medActivity.body.id}`, { title: 'x', version: 1 })).status).toBe(
      404,
    );
    expect((await eng.delete(`/activities/${medActivity.body.id}`)).status).toBe(404);
    const engList = await eng.get('/activities?limit=200');
    expect(engList.body.items.every((a: { faculty: string }) => a.faculty === 'ENG')).toBe(true);
    expect((await eng.get('/activities?faculty=MED')).body.total).toBe(0);
    expect((await office.get('/activities?faculty=MED')).body.total).toBe(1);
  });

  it('accepts every type with its details, and names the bad field of each', async () => {
    for (const type of Object.keys(VALID_DETAILS)) {
      const ok = await office.post('/activities', base(type));
      expect([type, ok.status]).toEqual([type, 201]);
      const [details, field] = BAD_DETAILS[type];
      const bad = await office.post('/activities', base(type, { details }));
      expect([type, bad.status, bad.body.details?.[0]?.field]).toEqual([type, 400, field]);
    }
    const noDetails = await office.post('/activities', base('ktp', { details: undefined }));
    expect(noDetails.body.details).toEqual([{ field: 'details', problem: 'is required for ktp' }]);
  });

  it('checks dates, money, income years and the partner', async () => {
    const backwards = await office.post('/activities', base('consultancy', { endDate: '2025-09-01' }));
    expect(backwards.body.details).toContainEqual({
      field: 'endDate',
      problem: 'must not be before startDate',
    });
    const floaty = await office.post('/activities', base('consultancy', { valueGbp: 1.005 }));
    expect(floaty.body.details[0].field).toBe('valueGbp');
    const badYear = await office.post(
      '/activities',
      base('consultancy', { income: [{ academicYear: '2025/27', amountGbp: 5 }] }),
    );
    expect(badYear.body.details).toContainEqual({
      field: 'income.0.academicYear',
      problem: 'must be an academic year written like 2025/26',
    });
    const missingPartner = await office.post(
      '/activities',
      base('consultancy', { partnerId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(missingPartner.status).toBe(422);
    expect(missingPartner.body.details[0].field).toBe('partnerId');

    const gone = (await office.post('/partners', { name: 'Gone Ltd', organisationType: 'sme' })).body.id;
    await office.delete(`/partners/${gone}`);
    const archived = await office.post('/activities', base('consultancy', { partnerId: gone }));
    expect(archived.status).toBe(422);
    expect(archived.body.message).toMatch(/archived/);
  });

  it('stores an income split exactly and filters by academic year', async () => {
    const split = await office.post(
      '/activities',
      base('contract_research', {
        startDate: '2024-03-01',
        valueGbp: 100000.1,
        income: [
          { academicYear: '2023/24', amountGbp: 40000.05 },
          { academicYear: '2024/25', amountGbp: 60000.05 },
        ],
      }),
    );
    expect(split.status).toBe(201);
    expect(split.body.academicYear).toBe('2023/24');
    expect(split.body.income).toEqual([
      { academicYear: '2023/24', amountGbp: 40000.05 },
      { academicYear: '2024/25', amountGbp: 60000.05 },
    ]);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const stored = await client.query(
      'select amount_gbp::text as a from activities.activity_income order by academic_year',
    );
    await client.end();
    expect(stored.rows.map((row) => row.a)).toEqual(['40000.05', '60000.05']);
    const inYear = await office.get('/activities?academicYear=2023/24');
    expect(inYear.body.items.map((a: { id: string }) => a.id)).toEqual([split.body.id]);
    expect((await office.get('/activities?academicYear=2023-24')).status).toBe(400);
  });

  it('returns the existing activity for a repeated externalRef, and reveals nothing out of scope', async () => {
    const first = await eng.post('/activities', base('consultancy', { externalRef: 'FIN-0001' }));
    expect(first.status).toBe(201);
    const again = await eng.post(
      '/activities',
      base('consultancy', { externalRef: 'FIN-0001', title: 'ignored' }),
    );
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.title).toBe(first.body.title);
    const otherFaculty = await med.post(
      '/activities',
      base('consultancy', { faculty: 'MED', externalRef: 'FIN-0001' }),
    );
    expect(otherFaculty.status).toBe(409);
    expect(JSON.stringify(otherFaculty.body)).not.toContain(first.body.id);
  });

  it('locks optimistically, never lets faculty move an activity, and audits money changes', async () => {
    const created = await eng.post('/activities', base('consultancy', { valueGbp: 1000 }));
    const id = created.body.id;
    expect((await eng.patch(`/activities/${id}`, { valueGbp: 2000 })).status).toBe(400);
    const changed = await eng.patch(`/activities/${id}`, { valueGbp: 2500.5, version: 1 });
    expect(changed.body).toMatchObject({ valueGbp: 2500.5, version: 2 });
    expect((await eng.patch(`/activities/${id}`, { valueGbp: 1, version: 1 })).status).toBe(409);
    expect((await eng.patch(`/activities/${id}`, { faculty: 'MED', version: 2 })).status).toBe(403);
    const badDetails = await eng.patch(`/activities/${id}`, { details: { hours: 3 }, version: 2 });
    expect(badDetails.body.details).toEqual([{ field: 'details.hours', problem: 'is not an allowed field' }]);
    const cleared = await eng.patch(`/activities/${id}`, { title: null, startDate: null, version: 2 });
    expect(cleared.status).toBe(400);
    expect(cleared.body.details).toEqual([
      { field: 'title', problem: 'cannot be cleared' },
      { field: 'startDate', problem: 'cannot be cleared' },
    ]);
    const history = await eng.get(`/activities/${id}/history`);
    expect(history.body.map((entry: { action: string }) => entry.action)).toEqual(['created', 'updated']);
    expect(history.body[1].changes.valueGbp).toEqual({ before: 1000, after: 2500.5 });
    expect(history.body[1].actor.userId).toBe('u-eng');
  });

  it('answers every operation with exactly the fields its OpenAPI schema documents', async () => {
    const doc = (await api(gateway.url).get('/openapi.json')).body as OpenApiDocument;
    const expectDocumented = (
      method: string,
      path: string,
      status: number,
      answer: { status: number; body: unknown },
    ) => expectDocumentedAnswer(doc, method, path, status, answer);
    const body = base('consultancy', {
      externalRef: 'DOC-1',
      school: 'ENG-CIV',
      leadStaff: { userId: 'u-eng', name: 'E. Ng' },
      valueGbp: 900,
      income: [{ academicYear: '2025/26', amountGbp: 900 }],
    });
    const created = await office.post('/activities', body);
    expectDocumented('post', '/activities', 201, created);
    expectDocumented('post', '/activities', 200, await office.post('/activities', body));
    const id = created.body.id;
    expectDocumented('get', '/activities', 200, await office.get(`/activities?partnerId=${arup}`));
    expectDocumented('get', '/activities/{id}', 200, await office.get(`/activities/${id}`));
    expectDocumented(
      'patch',
      '/activities/{id}',
      200,
      await office.patch(`/activities/${id}`, { valueGbp: 950, version: 1 }),
    );
    const history = await office.get(`/activities/${id}/history`);
    expect(history.body).toHaveLength(2);
    expectDocumented('get', '/activities/{id}/history', 200, history);
    expect((await office.delete(`/activities/${id}`)).status).toBe(204);
    expect(doc.paths['/api/v1/activities/{id}'].delete.responses['204']).toBeDefined();
  });

  it('deletes with 204 and publishes events through the outbox', async () => {
    const created = await office.post('/activities', base('training_cpd'));
    expect((await office.delete(`/activities/${created.body.id}`)).status).toBe(204);
    expect((await office.get(`/activities/${created.body.id}`)).status).toBe(404);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const events = await client.query(
      'select type, payload from activities.outbox where aggregate_id = $1 order by position',
      [created.body.id],
    );
    await client.end();
    expect(events.rows.map((row) => row.type)).toEqual(['activity.logged', 'activity.deleted']);
    expect(events.rows[0].payload).toMatchObject({
      type: 'training_cpd',
      academicYear: '2025/26',
      details: { learnerDays: 30 },
    });
  });

  it('lets leadership read all and refuses students and partnership staff', async () => {
    const admin = api(gateway.url, await signTestToken({ roles: ['admin'] }));
    expect((await admin.post('/activities', base('consultancy', { faculty: 'MED' }))).status).toBe(201);
    const leadership = api(gateway.url, await signTestToken({ roles: ['leadership'] }));
    expect((await leadership.get('/activities')).status).toBe(200);
    expect((await leadership.post('/activities', base('consultancy'))).status).toBe(403);
    for (const role of ['student', 'student_rep', 'partnership_staff'] as const) {
      const client = api(gateway.url, await signTestToken({ roles: [role], school: 'ENG-MECH' }));
      expect([role, (await client.get('/activities')).status]).toEqual([role, 403]);
      expect([role, (await client.post('/activities', base('consultancy'))).status]).toEqual([role, 403]);
    }
  });

  it('tells each caller what they may do to an activity, as the routes then allow', async () => {
    const created = await eng.post('/activities', base('consultancy'));
    expect(created.body.allowedActions).toEqual(['update', 'delete']);
    const id = created.body.id;
    expect((await office.get(`/activities/${id}`)).body.allowedActions).toEqual(['update', 'delete']);
    const leadership = api(gateway.url, await signTestToken({ roles: ['leadership'] }));
    const read = await leadership.get(`/activities/${id}`);
    expect(read.body.allowedActions).toEqual([]);
    expect((await leadership.patch(`/activities/${id}`, { title: 'No', version: 1 })).status).toBe(403);
    // Faculty staff list only their faculty's activities, each of which they may change.
    const listed = (await eng.get(`/activities?partnerId=${arup}`)).body.items as {
      allowedActions: string[];
    }[];
    expect(listed.every((item) => item.allowedActions.join() === 'update,delete')).toBe(true);
    const history = (await eng.get(`/activities/${id}/history`)).body;
    expect(Object.keys(history[0].changes)).not.toContain('allowedActions');
    expect((await eng.delete(`/activities/${id}`)).status).toBe(204);
  });
});
