import {
  freePort,
  PrivateRedis,
  signTestToken,
  TEST_JWT_SECRET,
  waitFor,
  type TestDatabase,
} from '@app/testing';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { READ_MODEL_TABLES } from '../../apps/reporting/src/rebuild';
import {
  SNAPSHOT_QUEUE,
  SNAPSHOT_SCHEDULER_ID,
} from '../../apps/reporting/src/snapshots/snapshot-scheduler.host';
import {
  startActivitiesProcess,
  startGatewayProcess,
  startPartnersProcess,
  startProgrammesProcess,
  startReportingProcess,
  type NodeProcess,
} from '../support/processes';
import { api, testEnvironment } from '../support/stack';

const CATCH_UP_MS = 60_000;
jest.setTimeout(CATCH_UP_MS + 60_000);

/**
 * Redis keeps nothing on disk here, so a restart empties it: the jobs of events already published,
 * the snapshot schedule, everything. Nothing the API accepted may be lost for all that (ADR 0014).
 */
describe('Redis restarted empty under a write load', () => {
  const processes: NodeProcess[] = [];
  let redis: PrivateRedis;
  let db: TestDatabase;
  let pg: Client;
  let env: Record<string, string>;
  let baseUrl: string;
  let http: ReturnType<typeof api>;
  let reporting: NodeProcess;
  let partnerId: string;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    const prepared = await testEnvironment('redis-loss', {
      REDIS_URL: redis.url,
      REQUEST_TIMEOUT_MS: '2000',
      LOG_LEVEL: 'info',
    });
    db = prepared.db;
    env = {
      ...prepared.env,
      JWT_SECRET: TEST_JWT_SECRET,
      OUTBOX_POLL_MS: '100',
      RECONCILE_INTERVAL_MS: '1000',
      SNAPSHOT_REGISTER_EVERY_MS: '3600000',
    };
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    processes.push(await startPartnersProcess(env));
    processes.push(await startActivitiesProcess(env));
    processes.push(await startProgrammesProcess(env));
    reporting = await startReportingProcess(env);
    const port = await freePort();
    processes.push(await startGatewayProcess({ ...env, PORT: String(port), RATE_LIMIT_MAX: '1000000' }));
    baseUrl = `http://127.0.0.1:${port}/api/v1`;
    http = api(baseUrl, await signTestToken({ roles: ['commercialisation'] }));
    const partner = await http.post('/partners', { name: 'Arup', organisationType: 'large_company' });
    expect(partner.status).toBe(201);
    partnerId = partner.body.id;
  });

  afterAll(async () => {
    await Promise.all([...processes, reporting].map((process) => process.stop('SIGKILL')));
    await pg.end();
    await db.drop();
    await redis.stop();
  });

  async function count(sql: string): Promise<number> {
    return Number((await pg.query<{ n: string }>(sql)).rows[0].n);
  }

  /** Activities reporting has applied, by its overview. */
  async function reported(): Promise<number> {
    const overview = await http.get('/reports/overview');
    if (overview.status !== 200) return -1;
    return (overview.body.activitiesByType as { count: number }[]).reduce((sum, row) => sum + row.count, 0);
  }

  /** Posts activities from `clients` loops until `stop()`; returns the ids the API accepted. */
  function writeLoad(clients: number) {
    const accepted: string[] = [];
    const refused: number[] = [];
    let running = true;
    let sequence = 0;
    const loops = Array.from({ length: clients }, async () => {
      while (running) {
        const n = sequence++;
        const response = await http
          .post('/activities', {
            partnerId,
            type: 'consultancy',
            title: `Load ${n}`,
            faculty: 'ENG',
            startDate: '2025-09-01',
            valueGbp: 100,
          })
          .catch(() => ({ status: 0, body: undefined }));
        if (response.status === 201) accepted.push(response.body.id);
        else refused.push(response.status);
      }
    });
    return {
      accepted,
      refused,
      stop: async () => {
        running = false;
        await Promise.all(loops);
      },
    };
  }

  async function schedulerRegistered(): Promise<boolean> {
    const queue = new Queue(SNAPSHOT_QUEUE, { connection: { url: redis.url }, prefix: env.BULLMQ_PREFIX });
    try {
      return Boolean(await queue.getJobScheduler(SNAPSHOT_SCHEDULER_ID));
    } finally {
      await queue.close();
    }
  }

  it('applies every accepted activity within a minute, says it is behind meanwhile, and schedules snapshots again', async () => {
    await waitFor('the snapshot schedule', schedulerRegistered);
    const load = writeLoad(4);
    await waitFor('some activities to be reported', async () => (await reported()) > 20, 20_000);
    // Reporting stops while the load goes on: the events published meanwhile wait as jobs in Redis…
    await reporting.stop('SIGKILL');
    const waitingBefore = load.accepted.length;
    await waitFor('events to wait in the queue', () => load.accepted.length > waitingBefore + 30, 20_000);
    // …and Redis loses them.
    await redis.stop();
    await redis.start();
    reporting = await startReportingProcess(env);
    const acceptedAfterRestart = load.accepted.length;
    await waitFor('the load to go on', () => load.accepted.length > acceptedAfterRestart + 30, 20_000);
    await load.stop();

    // The lost events stay unapplied for the grace period: meanwhile freshness must say so.
    const leader = api(baseUrl, await signTestToken({ roles: ['leadership'] }));
    await waitFor(
      'freshness to say reporting is behind on activities',
      async () => {
        const { body } = await leader.get('/reports/freshness');
        const activities = (
          body?.sources as { source: string; status: string; unappliedEvents: number }[] | undefined
        )?.find((row) => row.source === 'activities');
        return activities?.status === 'behind' && activities.unappliedEvents > 0;
      },
      15_000,
    );

    const stored = await count('select count(*) as n from activities.activity');
    const storedIds = new Set(
      (await pg.query<{ id: string }>('select id from activities.activity')).rows.map((row) => row.id),
    );
    expect(load.accepted.every((id) => storedIds.has(id))).toBe(true);
    await waitFor(
      'reporting to apply every stored activity',
      async () => (await reported()) === stored,
      CATCH_UP_MS,
    );
    expect(await count('select count(*) as n from reporting.activity_rm')).toBe(stored);
    await waitFor('freshness to say reporting is current', async () => {
      const body = (await leader.get('/reports/freshness')).body;
      return (body.sources as { status: string }[]).every((row) => row.status === 'current');
    });
    expect(await schedulerRegistered()).toBe(true);
  });

  it('catches up by itself when restarted from scratch, with nothing left in Redis', async () => {
    const stored = await count('select count(*) as n from activities.activity');
    expect(stored).toBeGreaterThan(0);
    await reporting.stop('SIGKILL');
    await pg.query(
      `truncate ${READ_MODEL_TABLES.map((table) => `reporting.${table}`).join(', ')}; truncate reporting.inbox`,
    );
    const client = new Redis(redis.url);
    await client.flushall();
    client.disconnect();
    reporting = await startReportingProcess(env);
    await waitFor(
      'reporting to apply every stored activity',
      async () => (await reported()) === stored,
      CATCH_UP_MS,
    );
    expect(await count('select count(*) as n from reporting.partner_rm')).toBe(1);
  });

  it('registers the snapshot schedule again when Redis comes back empty, without a restart', async () => {
    await waitFor('the snapshot schedule', schedulerRegistered);
    await redis.stop();
    await redis.start();
    expect(await schedulerRegistered()).toBe(false);
    await waitFor('the snapshot schedule to be registered again', schedulerRegistered, 30_000);
  });
});
