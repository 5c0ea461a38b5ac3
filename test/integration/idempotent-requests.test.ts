import 'reflect-metadata';
import { loadConfig, ServiceConfig } from '@app/config';
import {
  CommonError,
  DomainError,
  type IdempotencyToken,
  type NewEvent,
  type RpcEnvelope,
} from '@app/contracts';
import { IdempotencySweeper, Outbox, type ServiceHost, startService, StreamsClient } from '@app/messaging';
import { createTestDatabase, dropKeys, testKeyPrefix, testRedisUrl, type TestDatabase } from '@app/testing';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Controller, Module } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { firstValueFrom } from 'rxjs';
import { partnersOrmConfig } from '../../apps/partners/src/orm.config';

type Outcome = 'succeed' | 'refuse' | 'crash' | 'hold';

/** What the handler under test did, and a gate that holds it after its writes. */
const runs: string[] = [];
let release: () => void = () => undefined;
let held = Promise.resolve();
let reached: () => void = () => undefined;

const outbox = new Outbox<NewEvent>('idempotency-test');

/**
 * Writes the way the services do, through the injected EntityManager: an entity by its unit of
 * work, and a row in a transaction of its own; then ends as told.
 */
@Controller()
class WritingHandlers {
  constructor(private readonly em: EntityManager) {}

  @MessagePattern('write')
  async write(@Payload() { payload }: RpcEnvelope<{ tag: string; then: Outcome }>) {
    runs.push(payload.tag);
    outbox.record(this.em, { type: 'test.written', version: 1, aggregateId: randomUUID(), payload });
    await this.em.flush();
    await this.em.transactional((em) =>
      em.execute('insert into public.effects (tag) values (?)', [payload.tag]),
    );
    if (payload.then === 'refuse')
      throw new DomainError(CommonError.Validation, 'Refused after writing', [
        { field: 'tag', problem: 'is refused' },
      ]);
    if (payload.then === 'crash') throw new Error('crashed after writing');
    if (payload.then === 'hold') {
      reached();
      await held;
    }
    return { tag: payload.tag };
  }
}

describe('idempotent request handling in a service (real PostgreSQL and Redis)', () => {
  let db: TestDatabase;
  let prefix: string;
  let host: ServiceHost;
  let client: StreamsClient;
  let pg: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    prefix = testKeyPrefix('idempotency');
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    await pg.query('create table public.effects (tag text not null)');
    @Module({
      imports: [MikroOrmModule.forRoot({ ...partnersOrmConfig(db.url), registerRequestContext: false })],
      controllers: [WritingHandlers],
    })
    class WritingModule {}
    const config = loadConfig(ServiceConfig, {
      DATABASE_URL: db.url,
      REDIS_URL: testRedisUrl(),
      BULLMQ_PREFIX: prefix,
      LOG_LEVEL: 'silent',
    });
    host = await startService('writing', { module: WritingModule }, config);
    client = new StreamsClient({
      redisUrl: testRedisUrl(),
      keyPrefix: prefix,
      service: 'writing',
      timeoutMs: 5000,
    });
    await client.connect();
  });

  afterAll(async () => {
    await client?.close();
    await host?.close();
    await pg?.end();
    await db?.drop();
    await dropKeys(testRedisUrl(), prefix);
  });

  const token = (key: string, fingerprint = 'fp-1'): IdempotencyToken => ({
    caller: 'u-1',
    key,
    fingerprint,
  });
  const send = (tag: string, then: Outcome, idempotency?: IdempotencyToken) =>
    firstValueFrom(
      client.send('write', {
        actor: { sub: 'u-1', roles: ['admin'] },
        payload: { tag, then },
        idempotency,
      }),
    ).then(
      (response) => ({ response, err: undefined }),
      (err: unknown) => ({ response: undefined, err }),
    );
  /** What is committed, seen from a connection of the test's own. */
  const committed = async (tag: string, key: string) => {
    const effects = await pg.query('select 1 from public.effects where tag = $1', [tag]);
    const events = await pg.query(
      `select 1 from partners.outbox where type = 'test.written' and payload->>'tag' = $1`,
      [tag],
    );
    const records = await pg.query('select 1 from partners.idempotency_keys where caller = $1 and key = $2', [
      'u-1',
      key,
    ]);
    return { effects: effects.rowCount, events: events.rowCount, records: records.rowCount };
  };

  it('commits the change and its record together, and replays the answer without running the handler again', async () => {
    const first = await send('done', 'succeed', token('k-done'));
    expect(first).toEqual({ response: { tag: 'done' }, err: undefined });
    expect(await committed('done', 'k-done')).toEqual({ effects: 1, events: 1, records: 1 });
    expect(await send('done', 'succeed', token('k-done'))).toEqual(first);
    expect(runs.filter((tag) => tag === 'done')).toHaveLength(1);
  });

  it('holds the change and the record in one uncommitted transaction until the handler has answered', async () => {
    held = new Promise((resolve) => (release = resolve));
    const atGate = new Promise<void>((resolve) => (reached = resolve));
    const answer = send('held', 'hold', token('k-held'));
    await atGate;
    // The handler has flushed both writes, and its own transaction has "committed": to a savepoint.
    expect(await committed('held', 'k-held')).toEqual({ effects: 0, events: 0, records: 0 });
    release();
    expect((await answer).response).toEqual({ tag: 'held' });
    expect(await committed('held', 'k-held')).toEqual({ effects: 1, events: 1, records: 1 });
  });

  it('rolls the change back with the request when the handler fails after it: no record, and a retry runs again', async () => {
    const crashed = await send('crash', 'crash', token('k-crash'));
    expect(crashed.err).toEqual({ code: CommonError.Internal, message: 'Internal error' });
    expect(await committed('crash', 'k-crash')).toEqual({ effects: 0, events: 0, records: 0 });
    await send('crash', 'crash', token('k-crash'));
    expect(runs.filter((tag) => tag === 'crash')).toHaveLength(2);
  });

  it('rolls a refused request’s change back but records its 4xx answer, which a retry gets again', async () => {
    const refused = await send('refuse', 'refuse', token('k-refuse'));
    expect(refused.err).toMatchObject({ code: CommonError.Validation, message: 'Refused after writing' });
    expect(await committed('refuse', 'k-refuse')).toEqual({ effects: 0, events: 0, records: 1 });
    expect(await send('refuse', 'refuse', token('k-refuse'))).toEqual(refused);
    expect(runs.filter((tag) => tag === 'refuse')).toHaveLength(1);
  });

  it('answers in flight while the first holds the key, and key reused for another fingerprint', async () => {
    held = new Promise((resolve) => (release = resolve));
    const atGate = new Promise<void>((resolve) => (reached = resolve));
    const first = send('flight', 'hold', token('k-flight'));
    await atGate;
    const second = await send('flight', 'hold', token('k-flight'));
    expect(second.err).toMatchObject({ code: 'idempotency.in_flight' });
    release();
    expect((await first).response).toEqual({ tag: 'flight' });
    const other = await send('flight', 'succeed', token('k-flight', 'fp-other'));
    expect(other.err).toMatchObject({
      code: 'idempotency.key_reused',
      details: [{ field: 'Idempotency-Key', problem: expect.any(String) }],
    });
    expect(runs.filter((tag) => tag === 'flight')).toHaveLength(1);
  });

  it('leaves requests without a token alone: each runs', async () => {
    await send('plain', 'succeed');
    await send('plain', 'succeed');
    expect(runs.filter((tag) => tag === 'plain')).toHaveLength(2);
    expect((await committed('plain', '')).effects).toBe(2);
  });

  it('sweeps records older than 24 hours and keeps the others', async () => {
    await send('old', 'succeed', token('k-old'));
    await send('new', 'succeed', token('k-new'));
    await pg.query(
      `update partners.idempotency_keys set created_at = now() - interval '25 hours' where key = 'k-old'`,
    );
    const swept = await new IdempotencySweeper(host.app.get<MikroORM>(MikroORM)).sweep();
    expect(swept).toBe(1);
    expect((await committed('old', 'k-old')).records).toBe(0);
    expect((await committed('new', 'k-new')).records).toBe(1);
  });
});
