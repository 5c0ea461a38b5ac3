import { signTestToken, type TestDatabase } from '@app/testing';
import { Client } from 'pg';
import { api, type RunningGateway, startStack, type RunningStack } from '../support/stack';

describe('partners through the gateway', () => {
  let stack: RunningStack;
  let db: TestDatabase;
  let gateway: RunningGateway;
  let office: ReturnType<typeof api>;
  let faculty: ReturnType<typeof api>;
  let leadership: ReturnType<typeof api>;
  let student: ReturnType<typeof api>;

  beforeAll(async () => {
    stack = await startStack('partners-e2e', { activities: true, programmes: true, reporting: true });
    ({ db, gateway } = stack);
    office = api(gateway.url, await signTestToken({ roles: ['commercialisation'], sub: 'u-office' }));
    faculty = api(gateway.url, await signTestToken({ roles: ['faculty'], faculty: 'ENG', sub: 'u-eng' }));
    leadership = api(gateway.url, await signTestToken({ roles: ['leadership'] }));
    student = api(gateway.url, await signTestToken({ roles: ['student'], school: 'ENG-MECH' }));
  });

  afterAll(async () => {
    await stack?.close();
  });

  async function countPartners(): Promise<number> {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const result = await client.query<{ n: string }>('select count(*) as n from partners.partner');
      return Number(result.rows[0].n);
    } finally {
      await client.end();
    }
  }

  const ms = {
    name: 'Marks & Spencer plc',
    organisationType: 'large_company',
    tier: 'corporate',
    aliases: ['M&S'],
  };
  let msId: string;

  it('registers Marks & Spencer as a corporate partner', async () => {
    const created = await office.post('/partners', ms);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Marks & Spencer plc',
      tier: 'corporate',
      status: 'active',
      version: 1,
    });
    expect(created.headers.get('x-request-id')).toBeTruthy();
    msId = created.body.id;
  });

  it('refuses "marks and spencer" as a duplicate, naming the existing partner', async () => {
    const again = await office.post('/partners', {
      name: 'marks and spencer',
      organisationType: 'large_company',
    });
    expect(again.status).toBe(409);
    expect(again.body.existingId).toBe(msId);
    expect(again.body.details[0].field).toBe('name');
  });

  it('refuses a name equal to an alias, and a company number already registered', async () => {
    const alias = await office.post('/partners', { name: 'M & S Ltd', organisationType: 'large_company' });
    expect(alias.status).toBe(409);
    expect(alias.body.existingId).toBe(msId);

    const arup = await office.post('/partners', {
      name: 'Arup',
      organisationType: 'large_company',
      companyNumber: '01312453',
    });
    expect(arup.status).toBe(201);
    const sameNumber = await office.post('/partners', {
      name: 'Ove Arup & Partners',
      organisationType: 'large_company',
      companyNumber: '01312453',
    });
    expect(sameNumber.status).toBe(409);
    expect(sameNumber.body.existingId).toBe(arup.body.id);
    expect(sameNumber.body.details[0].field).toBe('companyNumber');
  });

  it('answers bad input with a 400 naming each field, and stores nothing', async () => {
    const before = await countPartners();
    const bad = await office.post('/partners', {
      name: 'Sinochem',
      organisationType: 'large_company',
      tier: 'gold',
      colour: 'red',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(bad.body.details).toEqual(
      expect.arrayContaining([
        { field: 'tier', problem: 'must be one of corporate, strategic, transactional' },
        { field: 'colour', problem: 'is not an allowed field' },
      ]),
    );
    expect(bad.body.requestId).toBeTruthy();

    const nested = await office.post('/partners', {
      name: 'X',
      organisationType: 'sme',
      relationshipOwner: { userId: 'u1' },
    });
    expect(nested.status).toBe(400);
    expect(nested.body.details).toContainEqual({ field: 'relationshipOwner.name', problem: 'is required' });

    const missing = await office.post('/partners', {});
    expect(missing.status).toBe(400);
    expect(missing.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['name', 'organisationType']),
    );

    const notJson = await office.post('/partners', '{"name": ');
    expect(notJson.status).toBe(400);
    expect(notJson.body.message).toBe('The body is not valid JSON');

    expect(await countPartners()).toBe(before);
  });

  it('refuses roles that may never create partners (403) and missing or bad tokens (401)', async () => {
    expect((await faculty.post('/partners', { name: 'Faculty Co', organisationType: 'sme' })).status).toBe(
      403,
    );
    expect((await leadership.post('/partners', { name: 'Lead Co', organisationType: 'sme' })).status).toBe(
      403,
    );
    expect((await student.get('/partners')).status).toBe(403);
    expect((await api(gateway.url).get('/partners')).status).toBe(401);
    const forged = await signTestToken({ roles: ['admin'] }, 'another-secret-another-secret');
    expect((await api(gateway.url, forged).get('/partners')).status).toBe(401);
  });

  it('lets faculty and leadership read partners', async () => {
    expect((await faculty.get(`/partners/${msId}`)).status).toBe(200);
    const list = await leadership.get('/partners?limit=10');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 2, page: 1, limit: 10 });
  });

  it('searches names and aliases, filters and paginates', async () => {
    expect((await office.get('/partners?q=M%26S')).body.items.map((p: { id: string }) => p.id)).toEqual([
      msId,
    ]);
    expect((await office.get('/partners?q=spencer')).body.total).toBe(1);
    expect((await office.get('/partners?tier=corporate')).body.total).toBe(1);
    expect((await office.get('/partners?organisationType=sme')).body.total).toBe(0);
    const page2 = await office.get('/partners?limit=1&page=2');
    expect(page2.body).toMatchObject({ total: 2, page: 2, limit: 1 });
    expect(page2.body.items).toHaveLength(1);
    const tooMany = await office.get('/partners?limit=500');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.details).toContainEqual({ field: 'limit', problem: 'must be at most 200' });
    expect((await office.get('/partners?tier=gold')).status).toBe(400);
  });

  it('needs a version on PATCH, refuses a stale one with 409 and changes nothing', async () => {
    const noVersion = await office.patch(`/partners/${msId}`, { sector: 'Retail' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.details[0].field).toBe('version');

    const ok = await office.patch(`/partners/${msId}`, { sector: 'Retail', version: 1 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ sector: 'Retail', version: 2 });

    const stale = await office.patch(`/partners/${msId}`, { sector: 'Food', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    expect((await office.get(`/partners/${msId}`)).body.sector).toBe('Retail');
  });

  it('changes the tier only with a reason, and keeps the history', async () => {
    const noReason = await office.patch(`/partners/${msId}`, { tier: 'strategic', version: 2 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details).toContainEqual({
      field: 'tierChangeReason',
      problem: 'is required when tier changes',
    });

    const changed = await office.patch(`/partners/${msId}`, {
      tier: 'strategic',
      tierChangeReason: 'Activity now within one faculty',
      version: 2,
    });
    expect(changed.status).toBe(200);
    const read = await office.get(`/partners/${msId}`);
    expect(read.body.tierHistory).toEqual([
      expect.objectContaining({
        from: 'corporate',
        to: 'strategic',
        reason: 'Activity now within one faculty',
        changedBy: { userId: 'u-office', name: 'Test commercialisation' },
      }),
    ]);
  });

  it('keeps contacts, goals and agreements, hiding agreement values from faculty', async () => {
    const contact = await office.post(`/partners/${msId}/contacts`, {
      name: 'Jo Bloggs',
      email: 'jo@ms.example',
      primary: true,
    });
    expect(contact.status).toBe(201);
    const badContact = await office.post(`/partners/${msId}/contacts`, {
      name: 'No Email',
      email: 'not-an-email',
    });
    expect(badContact.status).toBe(400);
    expect(badContact.body.details).toContainEqual({ field: 'email', problem: 'must be an email address' });

    const goal = await office.post(`/partners/${msId}/goals`, {
      title: 'Net zero supply chain research',
      targetDate: '2027-07-31',
    });
    expect(goal.status).toBe(201);
    expect(goal.body.status).toBe('planned');

    const agreement = await office.post(`/partners/${msId}/agreements`, {
      type: 'framework',
      title: 'Research framework',
      startDate: '2025-09-01',
      endDate: '2028-08-31',
      valueGbp: 125000.5,
      status: 'active',
    });
    expect(agreement.status).toBe(201);
    expect(agreement.body.valueGbp).toBe(125000.5);

    const badMoney = await office.post(`/partners/${msId}/agreements`, {
      type: 'nda',
      title: 'NDA',
      startDate: '2025-09-01',
      valueGbp: 10.123,
    });
    expect(badMoney.status).toBe(400);
    expect(badMoney.body.details[0]).toEqual({
      field: 'valueGbp',
      problem: 'must be an amount in pounds with at most 2 decimals',
    });
    const backwards = await office.post(`/partners/${msId}/agreements`, {
      type: 'nda',
      title: 'NDA',
      startDate: '2025-09-01',
      endDate: '2025-01-01',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.details[0].field).toBe('endDate');

    const seenByFaculty = await faculty.get(`/partners/${msId}`);
    expect(seenByFaculty.body.agreements[0]).not.toHaveProperty('valueGbp');
    expect(seenByFaculty.body.contacts[0]).toMatchObject({ name: 'Jo Bloggs', primary: true });
    expect((await leadership.get(`/partners/${msId}/agreements`)).body.items[0].valueGbp).toBe(125000.5);

    expect((await faculty.post(`/partners/${msId}/contacts`, { name: 'Sneaky' })).status).toBe(403);

    const edited = await office.patch(`/partners/${msId}/goals/${goal.body.id}`, {
      status: 'on_track',
      version: 1,
    });
    expect(edited.body).toMatchObject({ status: 'on_track', version: 2 });
    expect(
      (await office.patch(`/partners/${msId}/goals/${goal.body.id}`, { status: 'achieved', version: 1 }))
        .status,
    ).toBe(409);
    expect((await office.delete(`/partners/${msId}/contacts/${contact.body.id}`)).status).toBe(204);
    expect((await office.get(`/partners/${msId}/contacts`)).body.items).toHaveLength(0);
  });

  it('records consortium members', async () => {
    const n8 = await office.post('/partners', {
      name: 'N8 Research Partnership',
      organisationType: 'consortium',
      tier: 'corporate',
    });
    const leeds = await office.post('/partners', {
      name: 'University of York',
      organisationType: 'higher_education',
    });
    const member = await office.post(`/partners/${n8.body.id}/members`, {
      memberPartnerId: leeds.body.id,
      role: 'member',
    });
    expect(member.status).toBe(201);
    expect(member.body.memberName).toBe('University of York');
    expect(
      (await office.post(`/partners/${n8.body.id}/members`, { memberPartnerId: leeds.body.id })).status,
    ).toBe(409);
    expect(
      (await office.post(`/partners/${n8.body.id}/members`, { memberPartnerId: n8.body.id })).status,
    ).toBe(422);
    expect((await office.get(`/partners/${n8.body.id}`)).body.members).toHaveLength(1);
  });

  it('archives: GET still answers with archivedAt, lists leave it out unless archived=true', async () => {
    const temp = await office.post('/partners', { name: 'Short Lived Ltd', organisationType: 'sme' });
    expect((await office.delete(`/partners/${temp.body.id}`)).status).toBe(204);
    const read = await office.get(`/partners/${temp.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.archivedAt).toEqual(expect.any(String));
    expect((await office.get('/partners?q=short')).body.total).toBe(0);
    expect((await office.get('/partners?q=short&archived=true')).body.total).toBe(1);
    expect((await faculty.delete(`/partners/${msId}`)).status).toBe(403);
  });

  it('records partner.created, partner.updated, partner.tier_changed and partner.archived in the outbox', async () => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const events = await client.query<{
        type: string;
        payload: { name?: string; from?: string; to?: string };
      }>('select type, payload from partners.outbox where aggregate_id = $1 order by position', [msId]);
      expect(events.rows.map((row) => row.type)).toEqual([
        'partner.created',
        'partner.updated',
        'partner.updated',
        'partner.tier_changed',
      ]);
      expect(events.rows[3].payload).toMatchObject({ from: 'corporate', to: 'strategic' });
      const archived = await client.query(
        "select count(*)::int as n from partners.outbox where type = 'partner.archived'",
      );
      expect(archived.rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
  });

  it('answers 404 for an unknown id, in the error shape', async () => {
    const missing = await office.get('/partners/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    expect((await office.get('/partners/not-a-uuid')).status).toBe(404);
  });

  it('echoes a given x-request-id', async () => {
    const response = await office.get('/partners', { 'x-request-id': 'trace-abc-123' });
    expect(response.headers.get('x-request-id')).toBe('trace-abc-123');
  });

  it('serves the OpenAPI document and the health of every part', async () => {
    const doc = await api(gateway.url).get('/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toContain('/api/v1/partners');
    const health = await api(gateway.url).get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({
      status: 'ok',
      redis: 'up',
      services: { partners: 'up', activities: 'up', programmes: 'up', reporting: 'up' },
    });
  });
});
