import { freePort, signTestToken, TEST_JWT_SECRET, waitFor, type TestDatabase } from '@app/testing';
import { Client } from 'pg';
import {
  startActivitiesProcess,
  startGatewayProcess,
  startPartnersProcess,
  type NodeProcess,
} from '../support/processes';
import { api, testEnvironment } from '../support/stack';

describe('a retry with the same Idempotency-Key after a lost reply, with real processes', () => {
  const processes: NodeProcess[] = [];
  let db: TestDatabase;
  let pg: Client;

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    await pg?.end();
    await db?.drop();
  });

  const count = async (sql: string, parameters: unknown[]) =>
    Number((await pg.query<{ n: string }>(sql, parameters)).rows[0].n);

  it('gets the activity the first attempt saved after its 503, and the database holds exactly one', async () => {
    const created = await testEnvironment('idempotent-retry', {
      LOG_LEVEL: 'info',
      REQUEST_TIMEOUT_MS: '1500',
    });
    db = created.db;
    const common = { ...created.env, JWT_SECRET: TEST_JWT_SECRET };
    processes.push(await startPartnersProcess(common));
    processes.push(await startActivitiesProcess(common));
    const port = await freePort();
    processes.push(await startGatewayProcess({ ...common, PORT: String(port), RATE_LIMIT_MAX: '100000' }));
    const http = api(
      `http://127.0.0.1:${port}/api/v1`,
      await signTestToken({ roles: ['commercialisation'], sub: 'u-retry' }),
    );
    pg = new Client({ connectionString: db.url });
    await pg.connect();

    const partner = await http.post('/partners', { name: 'Arup', organisationType: 'large_company' });
    expect(partner.status).toBe(201);
    const body = {
      partnerId: partner.body.id,
      type: 'consultancy',
      title: 'Saved after the gateway gave up',
      faculty: 'ENG',
      startDate: '2025-10-01',
      details: { days: 3 },
    };
    const headers = { 'idempotency-key': 'retry-after-503' };

    // The service's insert waits on this lock past the gateway's deadline: the reply is lost.
    await pg.query('begin');
    await pg.query('lock table activities.activity in exclusive mode');
    const lost = await http.post('/activities', body, headers);
    expect([503, 504]).toContain(lost.status);
    await pg.query('commit');

    const retried = await waitFor(
      'the first attempt to finish, so the retry is no longer answered 409 (in flight)',
      async () => {
        const response = await http.post('/activities', body, headers);
        return response.status === 409 ? undefined : response;
      },
      20_000,
      100,
    );
    expect(retried.status).toBe(201);
    expect(retried.body).toMatchObject({ title: body.title, partnerId: partner.body.id });
    expect(await count('select count(*) as n from activities.activity where title = $1', [body.title])).toBe(
      1,
    );
    expect(
      await count('select count(*) as n from activities.idempotency_keys where caller = $1 and key = $2', [
        'u-retry',
        'retry-after-503',
      ]),
    ).toBe(1);

    const again = await http.post('/activities', body, headers);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(retried.body);
  });
});
