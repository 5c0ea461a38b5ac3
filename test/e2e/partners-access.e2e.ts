import type { Role } from '@app/contracts';
import { signTestToken } from '@app/testing';
import {
  api,
  startGateway,
  startStack,
  type RunningGateway,
  type RunningStack,
  type StackEnv,
} from '../support/stack';

/** Every partners route, and the roles that may never use it (403), per PRODUCT.md's role table. */
describe('partners: roles refused on every route, and rate limits', () => {
  let stack: RunningStack;
  let gateway: RunningGateway;
  let partnerId: string;
  let env: StackEnv;
  const childId = '00000000-0000-4000-8000-000000000001';

  beforeAll(async () => {
    stack = await startStack('partners-access', { gateway: { RATE_LIMIT_MAX: '100000' } });
    ({ gateway, env } = stack);
    const office = api(gateway.url, await signTestToken({ roles: ['commercialisation'] }));
    partnerId = (await office.post('/partners', { name: 'Dare', organisationType: 'other' })).body.id;
  });

  afterAll(async () => {
    await stack?.close();
  });

  const READERS_REFUSED: Role[] = ['partnership_staff', 'student_rep', 'student'];
  const WRITERS_REFUSED: Role[] = ['faculty', 'leadership', 'partnership_staff', 'student_rep', 'student'];
  const routes = (): [string, string, unknown, Role[]][] => [
    ['GET', '/partners', undefined, READERS_REFUSED],
    ['GET', `/partners/${partnerId}`, undefined, READERS_REFUSED],
    ['POST', '/partners', { name: 'Nope', organisationType: 'sme' }, WRITERS_REFUSED],
    ['PATCH', `/partners/${partnerId}`, { version: 1, sector: 'x' }, WRITERS_REFUSED],
    ['DELETE', `/partners/${partnerId}`, undefined, WRITERS_REFUSED],
    ...(['contacts', 'goals', 'agreements', 'members'] as const).flatMap(
      (kind): [string, string, unknown, Role[]][] => [
        ['GET', `/partners/${partnerId}/${kind}`, undefined, READERS_REFUSED],
        ['POST', `/partners/${partnerId}/${kind}`, {}, WRITERS_REFUSED],
        ['PATCH', `/partners/${partnerId}/${kind}/${childId}`, { version: 1 }, WRITERS_REFUSED],
        ['DELETE', `/partners/${partnerId}/${kind}/${childId}`, undefined, WRITERS_REFUSED],
      ],
    ),
  ];

  it('answers 403 to every role that may never use a route, and 401 without a token', async () => {
    const refusals: string[] = [];
    for (const [method, path, body, refused] of routes()) {
      for (const role of refused) {
        const client = api(
          gateway.url,
          await signTestToken({ roles: [role], faculty: 'ENG', school: 'ENG-MECH' }),
        );
        const response =
          method === 'GET'
            ? await client.get(path)
            : method === 'DELETE'
              ? await client.delete(path)
              : method === 'POST'
                ? await client.post(path, body)
                : await client.patch(path, body);
        if (response.status !== 403) refusals.push(`${role} ${method} ${path} → ${response.status}`);
      }
      const anonymous = api(gateway.url);
      const response =
        method === 'GET'
          ? await anonymous.get(path)
          : method === 'DELETE'
            ? await anonymous.delete(path)
            : await anonymous.post(path, body ?? {});
      if (method !== 'PATCH' && response.status !== 401)
        refusals.push(`anonymous ${method} ${path} → ${response.status}`);
    }
    expect(refusals).toEqual([]);
  });

  it('lets an admin do everything the office does', async () => {
    const admin = api(gateway.url, await signTestToken({ roles: ['admin'] }));
    expect((await admin.post(`/partners/${partnerId}/goals`, { title: 'Shared season' })).status).toBe(201);
    expect((await admin.get(`/partners/${partnerId}`)).status).toBe(200);
  });

  it('answers 404 for sub-resources that do not exist, 400 for their bad input', async () => {
    const office = api(gateway.url, await signTestToken({ roles: ['commercialisation'] }));
    for (const kind of ['contacts', 'goals', 'agreements', 'members']) {
      expect((await office.patch(`/partners/${partnerId}/${kind}/${childId}`, { version: 1 })).status).toBe(
        404,
      );
      expect((await office.delete(`/partners/${partnerId}/${kind}/${childId}`)).status).toBe(404);
      const bad = await office.post(`/partners/${partnerId}/${kind}`, { unknownField: true });
      expect(bad.status).toBe(400);
      expect(bad.body.details).toContainEqual({ field: 'unknownField', problem: 'is not an allowed field' });
    }
    expect((await office.get('/partners/00000000-0000-4000-8000-00000000ffff/contacts')).status).toBe(404);
  });

  it('treats null as "not given" on create and never lets null reach a required column', async () => {
    const office = api(gateway.url, await signTestToken({ roles: ['commercialisation'] }));
    const created = await office.post('/partners', {
      name: 'Null Ltd',
      organisationType: 'sme',
      tier: null,
      status: null,
      sicCodes: null,
      aliases: null,
      sector: null,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      tier: 'transactional',
      status: 'active',
      sicCodes: [],
      aliases: [],
    });
    const cleared = await office.patch(`/partners/${created.body.id}`, { sicCodes: null, version: 1 });
    expect(cleared.status).toBe(400);
    const contact = await office.post(`/partners/${partnerId}/contacts`, {
      name: 'N',
      primary: null,
      email: null,
    });
    expect(contact.status).toBe(201);
    expect(contact.body.primary).toBe(false);
    expect(
      (
        await office.patch(`/partners/${partnerId}/contacts/${contact.body.id}`, {
          primary: null,
          version: 1,
        })
      ).status,
    ).toBe(400);
    expect(
      (await office.post(`/partners/${partnerId}/goals`, { title: 'G', status: null })).body.status,
    ).toBe('planned');
    expect(
      (
        await office.post(`/partners/${partnerId}/agreements`, {
          type: 'nda',
          title: 'A',
          startDate: '2025-01-01',
          status: null,
        })
      ).body.status,
    ).toBe('draft');
  });

  it('rate-limits a client in the error shape, with the limit from configuration', async () => {
    const limited = await startGateway(
      { ...env, BULLMQ_PREFIX: `${env.BULLMQ_PREFIX}-rate` },
      { RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000' },
    );
    try {
      const client = api(limited.url, await signTestToken({ roles: ['commercialisation'] }));
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await client.get('/partners/not-a-uuid')).status);
      expect(statuses.slice(3)).toEqual([429, 429]);
      const refused = await client.get('/partners');
      expect(refused.body).toMatchObject({
        statusCode: 429,
        error: 'Too Many Requests',
        requestId: expect.any(String),
      });
      // The same address, without a token: /health is limited like everything else.
      expect((await api(limited.url).get('/health')).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
