import {
  freePort,
  PrivateRedis,
  signTestToken,
  streamEntriesAdded as entriesAdded,
  TEST_JWT_SECRET,
  waitFor,
  type TestDatabase,
} from '@app/testing';
import { requestStreamKey } from '@app/messaging';
import { Client } from 'pg';
import {
  startActivitiesProcess,
  startGatewayProcess,
  startPartnersProcess,
  startProgrammesProcess,
  startReportingProcess,
  type NodeProcess,
} from '../support/processes';
import { api, testEnvironment } from '../support/stack';

async function query<T>(db: TestDatabase, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function count(db: TestDatabase, sql: string): Promise<number> {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

const streamEntriesAdded = (env: { REDIS_URL: string; BULLMQ_PREFIX: string }, service: string) =>
  entriesAdded(env.REDIS_URL, requestStreamKey(env.BULLMQ_PREFIX, service));

describe('faults, with the gateway and the service as real processes', () => {
  const processes: NodeProcess[] = [];
  const dbs: TestDatabase[] = [];
  let token: string;

  beforeAll(async () => {
    token = await signTestToken({ roles: ['commercialisation'] });
  });

  afterEach(async () => {
    await Promise.all(processes.splice(0).map((p) => p.stop('SIGKILL')));
    await Promise.all(dbs.splice(0).map((db) => db.drop()));
  });

  async function stack(overrides: Record<string, string> = {}) {
    const { env, db } = await testEnvironment('faults', { LOG_LEVEL: 'info', ...overrides });
    dbs.push(db);
    const port = await freePort();
    const common = { ...env, JWT_SECRET: TEST_JWT_SECRET };
    const spawnPartners = async () => {
      const started = await startPartnersProcess(common);
      processes.push(started);
      return started;
    };
    const partners = await spawnPartners();
    processes.push(await startActivitiesProcess(common));
    processes.push(await startProgrammesProcess(common));
    processes.push(await startReportingProcess(common));
    const gateway = await startGatewayProcess({ ...common, PORT: String(port), RATE_LIMIT_MAX: '100000' });
    processes.push(gateway);
    return {
      env,
      db,
      partners,
      gateway,
      spawnPartners,
      common,
      http: api(`http://127.0.0.1:${port}/api/v1`, token),
      health: api(`http://127.0.0.1:${port}/api/v1`),
    };
  }

  it('answers 503 with Retry-After at once while the partners service is down (kill -9), hands nothing over, and recovers when it is back', async () => {
    const deadlineMs = 10_000;
    const s = await stack({ REQUEST_TIMEOUT_MS: String(deadlineMs) });
    const created = await s.http.post(
      '/partners',
      {
        name: 'Leeds Teaching Hospitals NHS Trust',
        organisationType: 'nhs',
      },
      { 'x-request-id': 'trace-faults-1' },
    );
    expect(created.status).toBe(201);
    await waitFor('the service to log the request with its id', () =>
      s.partners.output.some(
        (line) => line.includes('"requestId":"trace-faults-1"') && line.includes('partners.create'),
      ),
    );
    await waitFor('the gateway to log the request with its id', () =>
      s.gateway.output.some((line) => line.includes('"requestId":"trace-faults-1"')),
    );

    await s.partners.stop('SIGKILL');
    const health = await waitFor('/health to see partners down', async () => {
      const answer = await s.health.get('/health');
      return answer.body?.services?.partners === 'down' ? answer : undefined;
    });
    expect(health.status).toBe(503);
    expect(health.body).toEqual({
      status: 'degraded',
      redis: 'up',
      services: { partners: 'down', activities: 'up', programmes: 'up', reporting: 'up' },
    });

    const entriesBefore = await streamEntriesAdded(s.env, 'partners');
    const started = performance.now();
    const write = await s.http.post('/partners', { name: 'Never Handed Over Ltd', organisationType: 'sme' });
    const read = await s.http.get(`/partners/${created.body.id}`);
    const waited = performance.now() - started;
    for (const refused of [write, read]) {
      expect(refused.status).toBe(503);
      expect(refused.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
      expect(refused.body.message).toContain('partners service is not running');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // Both answered without waiting out even one deadline.
    expect(waited).toBeLessThan(deadlineMs);
    // 503 means not done: nothing reached the service's stream, so nothing can be done later.
    expect(await streamEntriesAdded(s.env, 'partners')).toBe(entriesBefore);
    // The other services keep answering.
    expect((await s.http.get('/activities')).status).toBe(200);

    await s.spawnPartners();
    const after = await s.http.get(`/partners/${created.body.id}`);
    expect(after.status).toBe(200);
    expect(after.body.name).toBe('Leeds Teaching Hospitals NHS Trust');
    await waitFor(
      '/health to see partners up again',
      async () => (await s.health.get('/health')).status === 200,
    );
    expect(
      await count(s.db, "select count(*) as n from partners.partner where name = 'Never Handed Over Ltd'"),
    ).toBe(0);
  });

  it('answers 504, outcome unknown, when the request was handed over and no reply came by the deadline', async () => {
    const s = await stack({ REQUEST_TIMEOUT_MS: '1500' });
    // Frozen, not dead: its last heartbeat still holds, so the gateway hands the request over.
    s.partners.signal('SIGSTOP');
    const entriesBefore = await streamEntriesAdded(s.env, 'partners');
    const answer = await s.http.post('/partners', { name: 'Outcome Unknown Ltd', organisationType: 'sme' });
    s.partners.signal('SIGCONT');
    expect(answer.status).toBe(504);
    expect(answer.body).toMatchObject({ statusCode: 504, error: 'Gateway Timeout' });
    expect(answer.body.message).toContain('did not answer within 1500 ms');
    expect(answer.body.message).toContain('retrying with the same Idempotency-Key header is safe');
    // Handed over: the request is on the stream (the reporting service's checks may add their own).
    expect(await streamEntriesAdded(s.env, 'partners')).toBeGreaterThan(entriesBefore);
  });

  it('answers 503 with Retry-After, not 500, when Redis goes away while a request waits for its reply', async () => {
    const redis = await PrivateRedis.start();
    const deadlineMs = 10_000;
    const s = await stack({ REDIS_URL: redis.url, REQUEST_TIMEOUT_MS: String(deadlineMs) });
    try {
      s.partners.signal('SIGSTOP');
      const entriesBefore = await streamEntriesAdded(s.env, 'partners');
      const started = performance.now();
      const pending = s.http.get('/partners');
      await waitFor(
        'the request to be handed over',
        async () => (await streamEntriesAdded(s.env, 'partners')) > entriesBefore,
      );
      await redis.stop();
      const answer = await pending;
      expect(answer.status).toBe(503);
      expect(answer.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(performance.now() - started).toBeLessThan(deadlineMs);

      const meanwhile = await s.http.post('/partners', { name: 'No Redis Ltd', organisationType: 'sme' });
      expect(meanwhile.status).toBe(503);
      expect(Number(meanwhile.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(s.gateway.output.filter((line) => line.includes('Unhandled error event'))).toEqual([]);
    } finally {
      s.partners.signal('SIGCONT');
      await redis.stop();
    }
  });

  it('recovers by itself when Redis restarts, event workers included', async () => {
    const redis = await PrivateRedis.start();
    const s = await stack({ REDIS_URL: redis.url, REQUEST_TIMEOUT_MS: '2000' });
    // The reporting service's event worker is the consumer under test: its read model shows what it received.
    const reportedPartners = async () =>
      (await query<{ name: string }>(s.db, 'select name from reporting.partner_rm')).map((row) => row.name);
    try {
      expect(
        (await s.http.post('/partners', { name: 'Before Restart Ltd', organisationType: 'sme' })).status,
      ).toBe(201);
      await waitFor('the event before the restart', async () =>
        (await reportedPartners()).includes('Before Restart Ltd'),
      );

      await redis.stop();
      const refused = await s.http.get('/partners');
      expect(refused.status).toBe(503);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      await redis.start();

      const created = await waitFor(
        'the gateway and service to work again',
        async () => {
          const response = await s.http.post('/partners', {
            name: 'After Restart Ltd',
            organisationType: 'sme',
          });
          return response.status === 201 ? response : undefined;
        },
        20_000,
        250,
      );
      expect(created.body.name).toBe('After Restart Ltd');
      await waitFor(
        'the reporting worker to receive an event published after the restart',
        async () => (await reportedPartners()).includes('After Restart Ltd'),
        20_000,
      );
      const healthy = await waitFor('/health to see everything up', async () => {
        const answer = await s.health.get('/health');
        return answer.status === 200 ? answer : undefined;
      });
      expect(healthy.body).toEqual({
        status: 'ok',
        redis: 'up',
        services: { partners: 'up', activities: 'up', programmes: 'up', reporting: 'up' },
      });
      const everyOutput = processes.flatMap((p) => p.output);
      expect(everyOutput.filter((line) => line.includes('Unhandled error event'))).toEqual([]);
    } finally {
      await redis.stop();
    }
  });

  it('finishes requests in flight on SIGTERM and loses nothing accepted', async () => {
    const s = await stack({ REQUEST_TIMEOUT_MS: '10000' });
    const second = await s.spawnPartners();
    const total = 200;
    const statuses: number[] = [];
    let next = 0;
    let terminated: Promise<number | null> | undefined;
    const workerLoop = async () => {
      while (next < total) {
        const n = next++;
        if (n === 60) terminated = s.partners.stop('SIGTERM');
        const response = await s.http.post('/partners', {
          name: `Load Partner ${n}`,
          organisationType: 'sme',
        });
        statuses.push(response.status);
      }
    };
    await Promise.all(Array.from({ length: 20 }, workerLoop));
    expect(await terminated).toBe(0);
    expect(second.running).toBe(true);

    expect(statuses).toHaveLength(total);
    expect(statuses.filter((status) => status !== 201)).toEqual([]);
    expect(await count(s.db, 'select count(*) as n from partners.partner')).toBe(total);
    expect(
      await count(s.db, "select count(*) as n from partners.outbox where type = 'partner.created'"),
    ).toBe(total);
  });

  it('resumes an import after its process is killed mid-way: every row lands once, with one event each', async () => {
    const s = await stack({ IMPORT_CHUNK_ROWS: '200', IMPORT_STALLED_MS: '2000' });
    const partnerId = (await s.http.post('/partners', { name: 'Arup', organisationType: 'large_company' }))
      .body.id as string;
    const rows = 6000;
    const csv = [
      'partnerId,type,title,faculty,startDate,details.days',
      ...Array.from({ length: rows }, (_, i) => `${partnerId},consultancy,Crash ${i},ENG,2025-10-01,1`),
    ].join('\n');
    const accepted = await s.http.post('/activities/imports', csv, { 'content-type': 'text/csv' });
    expect(accepted.status).toBe(202);
    const { importId } = accepted.body as { importId: string };

    const activities = processes.find((p) => p.name === 'activities')!;
    await waitFor(
      'some chunks to commit',
      async () =>
        (await count(
          s.db,
          `select processed as n from activities.activity_import where id = '${importId}'`,
        )) >= 1000,
      30_000,
      5,
    );
    await activities.stop('SIGKILL');
    const interrupted = await count(
      s.db,
      `select processed as n from activities.activity_import where id = '${importId}'`,
    );
    expect(interrupted).toBeLessThan(rows);
    processes.push(await startActivitiesProcess(s.common));

    const done = await waitFor(
      'the resumed import to complete',
      async () => {
        const status = await s.http.get(`/activities/imports/${importId}`);
        return status.body.status === 'completed' ? status.body : undefined;
      },
      60_000,
      200,
    );
    expect(done).toMatchObject({ total: rows, processed: rows, created: rows, skipped: 0, errors: [] });
    expect(
      await count(
        s.db,
        `select count(distinct external_ref) as n from activities.activity where import_id = '${importId}'`,
      ),
    ).toBe(rows);
    expect(await count(s.db, `select count(*) as n from activities.activity`)).toBe(rows);
    expect(
      await count(
        s.db,
        `select coalesce(sum(json_array_length(payload->'rows')), 0) as n from activities.outbox where type = 'activity.imported'`,
      ),
    ).toBe(rows);
  });
});
