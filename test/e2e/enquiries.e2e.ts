import { signTestToken } from '@app/testing';
import { api, type RunningGateway, startStack, type RunningStack } from '../support/stack';

describe('partnership enquiries', () => {
  let stack: RunningStack;
  let gateway: RunningGateway;
  let office: ReturnType<typeof api>;
  let eng: ReturnType<typeof api>;
  let med: ReturnType<typeof api>;

  beforeAll(async () => {
    stack = await startStack('enquiries-e2e', { gateway: { RATE_LIMIT_MAX: '100000' } });
    ({ gateway } = stack);
    office = api(
      gateway.url,
      await signTestToken({ roles: ['commercialisation'], sub: 'u-office', name: 'Office' }),
    );
    eng = api(gateway.url, await signTestToken({ roles: ['faculty'], faculty: 'ENG', sub: 'u-eng' }));
    med = api(gateway.url, await signTestToken({ roles: ['faculty'], faculty: 'MED', sub: 'u-med' }));
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('takes an enquiry from faculty staff, triages it and converts it into a prospect partner', async () => {
    const raised = await eng.post('/partners/enquiries', {
      organisationName: 'Sinochem Holdings',
      summary: 'Joint lab on catalysis; they approached our school after a conference.',
      faculty: 'ENG',
    });
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({ status: 'new', raisedBy: { userId: 'u-eng' }, partnerId: null });
    const id = raised.body.id;

    expect((await eng.get('/partners/enquiries')).body.total).toBe(1);
    expect((await med.get('/partners/enquiries')).body.total).toBe(0);
    expect((await med.get(`/partners/enquiries/${id}`)).status).toBe(404);
    expect((await office.get('/partners/enquiries?status=new')).body.total).toBe(1);

    expect(
      (await eng.post(`/partners/enquiries/${id}/transition`, { to: 'in_progress', note: 'mine' })).status,
    ).toBe(403);
    const skip = await office.post(`/partners/enquiries/${id}/transition`, {
      to: 'converted',
      note: 'too fast',
    });
    expect(skip.status).toBe(409);
    expect(skip.body.details).toEqual([{ field: 'to', problem: 'must be in_progress' }]);

    expect(
      (
        await office.post(`/partners/enquiries/${id}/transition`, {
          to: 'in_progress',
          note: 'Meeting booked',
        })
      ).status,
    ).toBe(200);
    const converted = await office.post(`/partners/enquiries/${id}/transition`, {
      to: 'converted',
      note: 'MoU drafted',
      organisationType: 'large_company',
    });
    expect(converted.status).toBe(200);
    expect(converted.body.status).toBe('converted');
    expect(converted.body.transitions.map((t: { to: string }) => t.to)).toEqual(['in_progress', 'converted']);
    const partner = await office.get(`/partners/${converted.body.partnerId}`);
    expect(partner.body).toMatchObject({
      name: 'Sinochem Holdings',
      status: 'prospect',
      organisationType: 'large_company',
    });
    expect(
      (await office.post(`/partners/enquiries/${id}/transition`, { to: 'declined', note: 'no' })).status,
    ).toBe(409);
  });

  it('links a conversion to the partner already registered under that name', async () => {
    const existing = await office.post('/partners', { name: 'Opera North Ltd', organisationType: 'charity' });
    const raised = await eng.post('/partners/enquiries', {
      organisationName: 'opera north',
      summary: 'Sound lab',
      faculty: 'ENG',
    });
    await office.post(`/partners/enquiries/${raised.body.id}/transition`, { to: 'in_progress', note: 'x' });
    const converted = await office.post(`/partners/enquiries/${raised.body.id}/transition`, {
      to: 'converted',
      note: 'y',
    });
    expect(converted.body.partnerId).toBe(existing.body.id);
  });

  it('tells each caller the moves they may make next (allowedTransitions)', async () => {
    const raised = await eng.post('/partners/enquiries', {
      organisationName: 'Leeds Teaching Hospitals',
      summary: 'Clinical trials data',
      faculty: 'ENG',
    });
    expect(raised.body.allowedTransitions).toEqual([]);
    const id = raised.body.id;
    expect((await office.get(`/partners/enquiries/${id}`)).body.allowedTransitions).toEqual(['in_progress']);
    expect((await eng.get(`/partners/enquiries/${id}`)).body.allowedTransitions).toEqual([]);

    const started = await office.post(`/partners/enquiries/${id}/transition`, {
      to: 'in_progress',
      note: 'a',
    });
    expect(started.body.allowedTransitions).toEqual(['converted', 'declined']);
    const listed = await office.get('/partners/enquiries?status=in_progress');
    const item = listed.body.items.find((enquiry: { id: string }) => enquiry.id === id);
    expect(item.allowedTransitions).toEqual(['converted', 'declined']);
    expect(
      (await office.post(`/partners/enquiries/${id}/transition`, { to: 'declined', note: 'b' })).body
        .allowedTransitions,
    ).toEqual([]);
  });

  it('answers bad input with field-level 400s and refuses students', async () => {
    const bad = await eng.post('/partners/enquiries', { organisationName: '', faculty: 'engineering' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['organisationName', 'summary', 'faculty']),
    );
    const raised = await eng.post('/partners/enquiries', {
      organisationName: 'X Ltd',
      summary: 's',
      faculty: 'ENG',
    });
    const noNote = await office.post(`/partners/enquiries/${raised.body.id}/transition`, {
      to: 'in_progress',
    });
    expect(noNote.body.details).toEqual([{ field: 'note', problem: 'is required' }]);
    const student = api(gateway.url, await signTestToken({ roles: ['student'], school: 'ENG-MECH' }));
    expect(
      (await student.post('/partners/enquiries', { organisationName: 'Y', summary: 's', faculty: 'ENG' }))
        .status,
    ).toBe(403);
    expect((await student.get('/partners/enquiries')).status).toBe(403);
  });
});
