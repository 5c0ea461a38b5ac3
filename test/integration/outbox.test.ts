import { type EventEnvelope, type NewEvent, queuesFor } from '@app/contracts';
import {
  EventWorker,
  type EventJobData,
  Outbox,
  OutboxRelay,
  createFailFastRedis,
  eventFromJob,
} from '@app/messaging';
import { createLogger } from '@app/observability';
import {
  createTestDatabase,
  PrivateRedis,
  testKeyPrefix,
  testRedisUrl,
  waitFor,
  type TestDatabase,
} from '@app/testing';
import { MikroORM } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { partnersOrmConfig } from '../../apps/partners/src/orm.config';

const logger = createLogger('outbox-test', 'silent');
const SCHEMA = 'partners';
const event = (n: number) => ({
  type: 'test.happened',
  version: 1,
  aggregateId: '11111111-1111-4111-8111-111111111111',
  payload: { n },
});

describe('transactional outbox, relay and inbox', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  const outbox = new Outbox<NewEvent>('outbox-test');
  const relays: OutboxRelay[] = [];
  const connections: Redis[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await MikroORM.init(partnersOrmConfig(db.url));
    await orm.em
      .getConnection()
      .execute('create table public.effects (event_id uuid not null, n integer not null)');
  });

  afterAll(async () => {
    await Promise.all(relays.map((relay) => relay.stop()));
    connections.forEach((c) => c.disconnect());
    await orm.close(true);
    await db.drop();
  });

  const relayTo = (redisUrl: string, prefix: string, queue: string, pollMs = 50) => {
    const redis = createFailFastRedis(redisUrl, 'outbox-test');
    redis.on('error', () => undefined);
    connections.push(redis);
    const relay = new OutboxRelay({
      orm,
      schema: SCHEMA,
      redis,
      bullPrefix: prefix,
      subscriptions: { [queue]: ['test.happened'] },
      pollMs,
      enqueueTimeoutMs: 1000,
      logger,
    });
    relays.push(relay);
    return relay;
  };
  const unpublished = async () =>
    Number(
      (
        await orm.em
          .fork()
          .execute<{ n: string }[]>(`select count(*) as n from ${SCHEMA}.outbox where published_at is null`)
      )[0].n,
    );
  const jobsIn = async (redisUrl: string, prefix: string, name: string) => {
    const queue = new Queue(name, { connection: { url: redisUrl }, prefix });
    try {
      return await queue.getJobs(['waiting', 'active', 'completed', 'failed', 'delayed']);
    } finally {
      await queue.close();
    }
  };

  it('publishes nothing from a rolled-back transaction', async () => {
    const prefix = testKeyPrefix('outbox');
    await expect(
      orm.em.fork().transactional(async (em) => {
        outbox.record(em, event(1));
        await em.flush();
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await relayTo(testRedisUrl(), prefix, 'q-rollback').tick()).toBe(0);
    expect(await unpublished()).toBe(0);
    expect(await jobsIn(testRedisUrl(), prefix, 'q-rollback')).toHaveLength(0);
  });

  it('stores a payload as the JSON text it was written as, lz4-compressed, and publishes it unchanged', async () => {
    const prefix = testKeyPrefix('outbox');
    const payload = {
      zeta: 'last key first',
      alpha: [1, 2.5, null],
      text: 'Zoë — “quoted”\n',
      big: 'x'.repeat(5000),
    };
    const row = await orm.em.fork().transactional(async (em) => outbox.record(em, { ...event(0), payload }));
    const [stored] = await orm.em.fork().execute<{ text: string; compression: string }[]>(
      `select payload::text as text, pg_column_compression(payload) as compression
         from ${SCHEMA}.outbox where id = ?`,
      [row.id],
    );
    // jsonb would have reordered the keys and reformatted the text.
    const shortened = (text: string) => text.replace(/x{5000}/, 'x…');
    expect(shortened(stored.text)).toBe(shortened(JSON.stringify(payload)));
    expect(stored.compression).toBe('lz4');
    expect(await relayTo(testRedisUrl(), prefix, 'q-payload').tick()).toBe(1);
    const [job] = await jobsIn(testRedisUrl(), prefix, 'q-payload');
    expect(eventFromJob(job.data as EventJobData).payload).toEqual(payload);
  });

  it('keeps an event committed while Redis is down, and publishes it once Redis is back', async () => {
    const redis = await PrivateRedis.start();
    const prefix = testKeyPrefix('outbox');
    const relay = relayTo(redis.url, prefix, 'q-down');
    await waitFor('relay connection', async () => (await relay.tick()) === 0);
    await redis.stop();

    const row = await orm.em.fork().transactional(async (em) => outbox.record(em, event(2)));
    await expect(relay.tick()).rejects.toThrow();
    expect(await unpublished()).toBe(1);

    await redis.start();
    await waitFor('publication after Redis returns', async () => (await relay.tick()) === 1, 15_000, 200);
    expect(await unpublished()).toBe(0);
    const jobs = await jobsIn(redis.url, prefix, 'q-down');
    expect(jobs.map((job) => job.id)).toEqual([row.id]);
    await relay.stop();
    await redis.stop();
  });

  describe('a relay that would poll only once an hour', () => {
    const HOUR = 3_600_000;
    const listeners = async () =>
      orm.em
        .fork()
        .execute<{ pid: number }[]>(
          `select pid from pg_stat_activity where datname = current_database() and query = 'listen "${SCHEMA}_outbox"'`,
        );

    it('publishes an event as soon as its transaction commits, from the ORM or from plain SQL', async () => {
      const prefix = testKeyPrefix('outbox');
      const relay = relayTo(testRedisUrl(), prefix, 'q-notified', HOUR);
      await relay.tick(); // anything earlier tests left behind
      relay.start();
      await waitFor('the relay to listen', async () => (await listeners()).length === 1);

      const row = await orm.em.fork().transactional(async (em) => outbox.record(em, event(10)));
      await waitFor(
        'the event in the queue',
        async () => (await jobsIn(testRedisUrl(), prefix, 'q-notified')).length === 1,
      );
      const id = '22222222-2222-4222-8222-222222222222';
      await orm.em.fork().execute(
        `insert into ${SCHEMA}.outbox (id, type, event_version, source, aggregate_id, payload, occurred_at)
         values (?, 'test.happened', 1, 'outbox-test', ?, '{"n": 11}', now())`,
        [id, id],
      );
      const jobs = await waitFor('the second event in the queue', async () => {
        const all = await jobsIn(testRedisUrl(), prefix, 'q-notified');
        return all.length === 2 && all;
      });
      expect(jobs.map((job) => job.id).sort()).toEqual([row.id, id].sort());
      await relay.stop();
      expect(await listeners()).toHaveLength(0);
    });

    it('listens again after its connection is cut, and publishes what was committed meanwhile', async () => {
      const prefix = testKeyPrefix('outbox');
      const relay = relayTo(testRedisUrl(), prefix, 'q-relisten', HOUR);
      await relay.tick();
      relay.start();
      const [{ pid }] = await waitFor('the relay to listen', async () => {
        const found = await listeners();
        return found.length === 1 && found;
      });
      await orm.em.fork().execute('select pg_terminate_backend(?)', [pid]);
      const row = await orm.em.fork().transactional(async (em) => outbox.record(em, event(12)));
      await waitFor(
        'the event in the queue after the listener reconnects',
        async () => (await jobsIn(testRedisUrl(), prefix, 'q-relisten')).length === 1,
        15_000,
        100,
      );
      const [{ pid: again }] = await listeners();
      expect(again).not.toBe(pid);
      expect((await jobsIn(testRedisUrl(), prefix, 'q-relisten'))[0].id).toBe(row.id);
      await relay.stop();
    });
  });

  it('routes each event to every queue that subscribes to its type', () => {
    const subscriptions = { a: ['x.one', 'x.two'], b: ['x.two'], c: [] };
    expect(queuesFor('x.two', subscriptions)).toEqual(['a', 'b']);
    expect(queuesFor('x.one', subscriptions)).toEqual(['a']);
    expect(queuesFor('x.three', subscriptions)).toEqual([]);
  });

  it('gives a redelivered event its effect once, through the queue and directly', async () => {
    const prefix = testKeyPrefix('outbox');
    const queueName = 'q-inbox';
    const seen: string[] = [];
    const worker = new EventWorker<EventEnvelope>({
      queue: queueName,
      consumer: 'effects-test',
      redisUrl: testRedisUrl(),
      bullPrefix: prefix,
      orm,
      schema: SCHEMA,
      subscribedTypes: ['test.happened'],
      logger,
      handlers: {
        'test.happened': async (received: EventEnvelope, em) => {
          seen.push(received.id);
          await em.execute('insert into public.effects (event_id, n) values (?, ?)', [
            received.id,
            (received.payload as { n: number }).n,
          ]);
        },
      },
    });
    worker.start();
    try {
      const row = await orm.em.fork().transactional(async (em) => outbox.record(em, event(3)));
      const relay = relayTo(testRedisUrl(), prefix, queueName);
      expect(await relay.tick()).toBe(1);
      await waitFor('the worker to apply the event', () => seen.includes(row.id));

      // The relay crashed after enqueueing but before marking: the same event goes out again.
      await orm.em.fork().execute(`update ${SCHEMA}.outbox set published_at = null where id = ?`, [row.id]);
      expect(await relay.tick()).toBe(1);
      const envelope = eventFromJob(
        (await jobsIn(testRedisUrl(), prefix, queueName))[0].data as EventJobData,
      );
      expect(await worker.handle(envelope)).toBe(false);
      expect(await worker.handle(envelope)).toBe(false);

      const effects = await orm.em
        .fork()
        .execute<{ n: string }[]>('select count(*) as n from public.effects where event_id = ?', [row.id]);
      expect(Number(effects[0].n)).toBe(1);
    } finally {
      await worker.stop();
    }
  });

  it('refuses to start a consumer that has no handler for an event type it receives', () => {
    expect(
      () =>
        new EventWorker<EventEnvelope>({
          queue: 'q',
          consumer: 'c',
          redisUrl: testRedisUrl(),
          bullPrefix: 'p',
          orm,
          schema: SCHEMA,
          subscribedTypes: ['a.b', 'c.d'],
          handlers: { 'a.b': () => Promise.resolve() },
          logger,
        }),
    ).toThrow('receives c.d but has no handler');
  });

  it('lets two relays share the outbox without publishing an event twice', async () => {
    const prefix = testKeyPrefix('outbox');
    await orm.em.fork().transactional(async (em) => {
      for (let n = 0; n < 300; n++) outbox.record(em, event(n));
    });
    const a = relayTo(testRedisUrl(), prefix, 'q-shared');
    const b = relayTo(testRedisUrl(), prefix, 'q-shared');
    let published = 0;
    for (let i = 0; i < 10 && (await unpublished()) > 0; i++) {
      const [x, y] = await Promise.all([a.tick(), b.tick()]);
      published += x + y;
    }
    expect(published).toBe(300);
    expect(await jobsIn(testRedisUrl(), prefix, 'q-shared')).toHaveLength(300);
  });

  it('records an event of the union as given, and refuses any other (the marked lines must not compile)', async () => {
    const typed = new Outbox('outbox-test');
    const id = '22222222-2222-4222-8222-222222222222';
    const removed = { type: 'partner.agreement_removed', version: 1, aggregateId: id } as const;
    const row = await orm.em.fork().transactional(async (em) => {
      const refused = () => [
        // @ts-expect-error a payload that is not the type's
        typed.record(em, { ...removed, payload: { id } }),
        // @ts-expect-error a version the type does not have
        typed.record(em, { ...removed, version: 2, payload: { id, partnerId: id } }),
        // @ts-expect-error a type nobody publishes
        typed.recordMany(em, [{ ...removed, type: 'agreement.removed', payload: { id, partnerId: id } }]),
      ];
      expect(refused).toBeInstanceOf(Function);
      return typed.record(em, { ...removed, payload: { id, partnerId: id } });
    });
    const [stored] = await orm.em
      .fork()
      .execute(`select type, event_version, payload::text as payload from ${SCHEMA}.outbox where id = ?`, [
        row.id,
      ]);
    expect(stored).toEqual({
      type: 'partner.agreement_removed',
      event_version: 1,
      payload: JSON.stringify({ id, partnerId: id }),
    });
  });
});
