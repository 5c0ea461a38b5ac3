import { freePort, signTestToken, TEST_JWT_SECRET, type TestDatabase } from '@app/testing';
import { Client } from 'pg';
import { type NodeProcess, startGatewayProcess, startProgrammesProcess } from '../support/processes';
import { api, testEnvironment } from '../support/stack';

/**
 * The gateway and the programmes service run as real processes logging at `trace`, so every line
 * they could ever write about a request is captured and searched for the anonymous author.
 */
describe('an anonymous feedback author is never exposed', () => {
  const AUTHOR = 'anon-author-7f3e';
  const AUTHOR_NAME = 'Priya Secretname';
  let db: TestDatabase;
  let processes: NodeProcess[] = [];
  let url: string;

  beforeAll(async () => {
    const { env, db: created } = await testEnvironment('anonymity', { LOG_LEVEL: 'trace' });
    db = created;
    const port = await freePort();
    const common = { ...env, JWT_SECRET: TEST_JWT_SECRET };
    processes = [
      await startProgrammesProcess(common),
      await startGatewayProcess({ ...common, PORT: String(port), RATE_LIMIT_MAX: '100000' }),
    ];
    url = `http://127.0.0.1:${port}/api/v1`;
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await db?.drop();
  });

  it('is not in any response, list, event, database column or log line, for anyone, admin included', async () => {
    const authorToken = await signTestToken({
      sub: AUTHOR,
      name: AUTHOR_NAME,
      roles: ['student'],
      school: 'LAW',
    });
    const author = api(url, authorToken);
    const staff = api(url, await signTestToken({ sub: 'staff-9', roles: ['partnership_staff'] }));
    const admin = api(url, await signTestToken({ sub: 'admin-9', roles: ['admin'] }));

    const submitted = await author.post('/programmes/feedback', {
      school: 'LAW',
      subject: 'Marking criteria unclear',
      body: 'The rubric for the moot changed twice.',
      anonymous: true,
    });
    expect(submitted.status).toBe(201);
    const id: string = submitted.body.id;
    const seen: unknown[] = [submitted.body];
    seen.push(
      (await author.post(`/programmes/feedback/${id}/escalate`, { reason: 'No reply from the rep' })).body,
    );
    seen.push(
      (
        await staff.post(`/programmes/feedback/${id}/responses`, {
          body: 'Module lead will publish one rubric',
        })
      ).body,
    );
    seen.push(
      (await staff.post(`/programmes/feedback/${id}/close`, { outcome: 'One rubric, published in week 1' }))
        .body,
    );
    for (const viewer of [staff, admin]) {
      seen.push((await viewer.get(`/programmes/feedback/${id}`)).body);
      seen.push((await viewer.get('/programmes/feedback?school=LAW')).body);
    }
    seen.push((await author.get('/programmes/you-said-we-did?school=LAW')).body);
    expect((await author.get(`/programmes/feedback/${id}`)).body.mine).toBe(true);

    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    const row = await pg.query('select * from programmes.feedback where id = $1', [id]);
    const events = await pg.query(`select * from programmes.outbox where aggregate_id = $1`, [id]);
    await pg.end();
    expect(events.rows.map((event: { type: string }) => event.type).sort()).toEqual([
      'feedback.closed',
      'feedback.escalated',
      'feedback.opened',
      'feedback.responded',
    ]);

    const logs = processes.flatMap((p) => p.output);
    expect(logs.filter((line) => line.includes('request handled')).length).toBeGreaterThanOrEqual(9);
    const everything = JSON.stringify({ seen, row: row.rows, events: events.rows, logs });
    for (const secret of [AUTHOR, AUTHOR_NAME, authorToken, authorToken.split('.')[1]])
      expect(everything).not.toContain(secret);
  });
});
