import { beat, livenessKey, type ServiceHost } from '@app/messaging';
import { dropKeys, signTestToken, type TestDatabase, waitFor } from '@app/testing';
import { createHmac } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { migrateProgrammes } from '../../apps/programmes/src/migrate';
import {
  api,
  type RunningGateway,
  type StackEnv,
  startGateway,
  startProgrammes,
  testEnvironment,
} from '../support/stack';

const SECRET = 'feedback-author-secret-for-this-test';
const STUDENT = { sub: 'stu-linkable-41', name: 'Ines Traceable', email: 'ines.traceable@uni.example' };
const studentToken = () => signTestToken({ ...STUDENT, roles: ['student'], school: 'LAW' });
const feedback = (subject: string, anonymous: boolean) => ({
  school: 'LAW',
  subject,
  body: `About ${subject}`,
  anonymous,
});

/** Every row of every table of every schema, as JSON text: what a database dump holds. */
async function dump(db: TestDatabase): Promise<{ table: string; row: string }[]> {
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  try {
    const tables = await pg.query<{ table_schema: string; table_name: string }>(
      `select table_schema, table_name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
    );
    const rows: { table: string; row: string }[] = [];
    for (const { table_schema: schema, table_name: name } of tables.rows) {
      const result = await pg.query<{ row: string }>(
        `select row_to_json(t)::text as row from "${schema}"."${name}" t`,
      );
      rows.push(...result.rows.map(({ row }) => ({ table: `${schema}.${name}`, row })));
    }
    return rows;
  } finally {
    await pg.end();
  }
}

/** Every key under the stack's prefix with its whole value, as text: what a Redis dump holds. */
async function redisDump(url: string, prefix: string): Promise<string[]> {
  const redis = new Redis(url);
  try {
    const keys = await redis.keys(`${prefix}:*`);
    const texts: string[] = [];
    for (const key of keys) {
      const read: Record<string, () => Promise<unknown>> = {
        string: () => redis.get(key),
        list: () => redis.lrange(key, 0, -1),
        hash: () => redis.hgetall(key),
        set: () => redis.smembers(key),
        zset: () => redis.zrange(key, '0', '-1', 'WITHSCORES'),
        stream: () => redis.xrange(key, '-', '+'),
      };
      const value = await read[await redis.type(key)]?.();
      texts.push(`${key} ${JSON.stringify(value)}`);
    }
    return texts;
  } finally {
    redis.disconnect();
  }
}

async function query<T extends object>(db: TestDatabase, sql: string, params: unknown[] = []): Promise<T[]> {
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  try {
    return (await pg.query<T>(sql, params)).rows;
  } finally {
    await pg.end();
  }
}

describe('anonymous feedback cannot be linked to its author from the database or Redis', () => {
  let env: StackEnv;
  let db: TestDatabase;
  let programmes: ServiceHost | undefined;
  let gateway: RunningGateway;

  beforeAll(async () => {
    ({ env, db } = await testEnvironment('unlinkable', { REQUEST_TIMEOUT_MS: '1500' }));
    programmes = await startProgrammes(env);
    gateway = await startGateway(env, { FEEDBACK_AUTHOR_SECRET: SECRET, RATE_LIMIT_MAX: '100000' });
  });

  afterAll(async () => {
    await gateway?.close();
    await programmes?.close();
    await db?.drop();
    await dropKeys(env.REDIS_URL, env.BULLMQ_PREFIX);
  });

  it('stores nothing with named feedback, nor anywhere else, that matches the anonymous row', async () => {
    const student = api(gateway.url, await studentToken());
    // With Idempotency-Keys, so the services' idempotency records are in the dump too.
    const named = await student.post('/programmes/feedback', feedback('Library hours', false), {
      'idempotency-key': 'named-1',
    });
    const anonymous = await student.post('/programmes/feedback', feedback('Marking delays', true), {
      'idempotency-key': 'anonymous-1',
    });
    expect([named.status, anonymous.status]).toEqual([201, 201]);
    expect(
      (await student.post(`/programmes/feedback/${anonymous.body.id}/escalate`, { reason: 'x' })).status,
    ).toBe(200);

    const [anonRow] = await query<Record<string, unknown>>(
      db,
      'select * from programmes.feedback where id = $1',
      [anonymous.body.id],
    );
    const [namedRow] = await query<Record<string, unknown>>(
      db,
      'select * from programmes.feedback where id = $1',
      [named.body.id],
    );
    expect(namedRow).toMatchObject({ author_id: STUDENT.sub, author_key: null });
    expect(anonRow).toMatchObject({ author_id: null, author_name: null });
    const key = String(anonRow.author_key);
    expect(key).toHaveLength(43);

    const rows = await dump(db);
    expect(
      rows
        .filter(({ row }) => row.includes(String(anonymous.body.id)) && row.includes(key))
        .map(({ table }) => table),
    ).toContain('programmes.feedback');
    // The key is on the anonymous row and on the record of its keyed request (whose caller is the
    // pseudonym), nowhere else; no row of any table holds the sub next to it.
    expect(
      rows
        .filter(({ row }) => row.includes(key))
        .map(({ table }) => table)
        .sort(),
    ).toEqual(['programmes.feedback', 'programmes.idempotency_keys']);
    const [record] = await query<{ caller: string }>(
      db,
      `select caller from programmes.idempotency_keys where key = 'anonymous-1'`,
    );
    expect(record.caller).toBe(`anon:${key}`);
    expect(rows.filter(({ row }) => row.includes(STUDENT.sub) && row.includes(key))).toEqual([]);
    // Redis (request streams, event queues, rate limits…) holds the sub beside neither the key nor the item.
    const redis = await redisDump(env.REDIS_URL, env.BULLMQ_PREFIX);
    expect(redis.length).toBeGreaterThan(0);
    const anonymousId = String(anonymous.body.id);
    expect(
      redis.filter(
        (text) => text.includes(STUDENT.sub) && (text.includes(key) || text.includes(anonymousId)),
      ),
    ).toEqual([]);
    // What else the anonymous row shares with the named row are facts about the feedback, none about its author.
    const namedValues = new Set(Object.values(namedRow).map((value) => JSON.stringify(value)));
    const shared = Object.entries(anonRow)
      .filter(([column, value]) => !['subject', 'body'].includes(column) && value !== null)
      .filter(([, value]) => namedValues.has(JSON.stringify(value)))
      .map(([column]) => column);
    const facts = ['school', 'level', 'status', 'due_by', 'version', 'responses', 'escalations'];
    expect(shared.filter((column) => !facts.includes(column))).toEqual([]);
    // Its events carry no request id that the gateway's log could join to the author's request.
    const events = await query<{ request_id: string | null; payload: unknown }>(
      db,
      'select request_id, payload from programmes.outbox where aggregate_id = $1',
      [anonymous.body.id],
    );
    expect(events.length).toBe(2);
    expect(events.every((event) => event.request_id === null)).toBe(true);
  });

  it("lists the author's named and anonymous feedback as one list, paged newest first", async () => {
    const student = api(
      gateway.url,
      await signTestToken({ sub: 'stu-pager', roles: ['student'], school: 'LAW' }),
    );
    const made: string[] = [];
    for (const [index, anonymous] of [true, false, false, true, false, true, true].entries())
      made.unshift(
        (await student.post('/programmes/feedback', feedback(`Item ${index}`, anonymous))).body.id,
      );
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const got = await student.get(`/programmes/feedback?page=${page}&limit=2`);
      expect(got.status).toBe(200);
      expect(got.body).toMatchObject({ total: 7, page, limit: 2 });
      expect(got.body.items.every((item: { mine: boolean }) => item.mine)).toBe(true);
      seen.push(...got.body.items.map((item: { id: string }) => item.id));
    }
    expect(seen).toEqual(made);
    const whole = await student.get('/programmes/feedback?limit=200');
    expect(whole.body.items.map((item: { id: string }) => item.id)).toEqual(made);
    const middle = await student.get('/programmes/feedback?page=2&limit=3');
    expect(middle.body.items.map((item: { id: string }) => item.id)).toEqual(made.slice(3, 6));
  });

  it('puts no identity of the author on the request stream, while programmes is down', async () => {
    const student = api(gateway.url, await studentToken());
    const anonymous = await student.post('/programmes/feedback', feedback('Lab safety', true));
    expect(anonymous.status).toBe(201);
    await programmes!.close();
    programmes = undefined;

    const redis = new Redis(env.REDIS_URL);
    // A replica that still beats but never answers (hung), so the gateway hands the requests over
    // and they sit on the stream; with no live replica it would refuse them before the stream.
    await beat(redis, livenessKey(env.BULLMQ_PREFIX, 'programmes'), 'hung-replica', 120_000);
    await waitFor('the gateway to see programmes alive', async () => {
      const health = await api(gateway.url).get('/health');
      return health.body?.services?.programmes === 'up';
    });
    const stream = `${env.BULLMQ_PREFIX}:rpc:programmes`;
    const entries: string[] = [];
    const httpRequestIds: string[] = [];
    /** Stands in for programmes on the one question asked on nobody's behalf, so the next request is sent. */
    const answerAnonymity = async () => {
      const pending = (await redis.xrange(stream, '-', '+')) as [string, string[]][];
      for (const [entryId, fields] of pending) {
        const request = JSON.parse(fields[1]) as { id: string; pattern: string; replyTo: string };
        if (request.pattern !== 'programmes.feedback.anonymity') continue;
        entries.push(fields[1]);
        await redis.lpush(request.replyTo, JSON.stringify({ id: request.id, response: { anonymous: true } }));
        await redis.xdel(stream, entryId);
      }
    };
    const whileAnswering = async <T>(work: Promise<T>): Promise<T> => {
      let done = false;
      const answering = (async () => {
        while (!done) {
          await answerAnonymity();
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      const result = await work.finally(() => (done = true));
      await answering;
      return result;
    };
    try {
      const submitted = await student.post('/programmes/feedback', feedback('Lab safety again', true));
      const got = await whileAnswering(student.get(`/programmes/feedback/${anonymous.body.id}`));
      const escalated = await whileAnswering(
        student.post(`/programmes/feedback/${anonymous.body.id}/escalate`, { reason: 'No answer' }),
      );
      expect([submitted.status, got.status, escalated.status]).toEqual([504, 504, 504]);
      httpRequestIds.push(
        ...[submitted, got, escalated].map((response) => response.headers.get('x-request-id')!),
      );
      const left = (await redis.xrange(stream, '-', '+')) as [string, string[]][];
      entries.push(...left.map(([, fields]) => fields[1]));
    } finally {
      redis.disconnect();
    }
    const requests = entries.map(
      (entry) => JSON.parse(entry) as { pattern: string; data: { actor: { sub: string } } },
    );
    expect(requests.map((request) => request.pattern).sort()).toEqual([
      'programmes.feedback.anonymity',
      'programmes.feedback.anonymity',
      'programmes.feedback.escalate',
      'programmes.feedback.get',
      'programmes.feedback.submit',
    ]);
    const actors = requests
      .filter((r) => r.pattern !== 'programmes.feedback.anonymity')
      .map((r) => r.data.actor);
    expect(
      actors.every(
        (actor) => actor.sub.startsWith('anon:') && Object.keys(actor).sort().join() === 'roles,school,sub',
      ),
    ).toBe(true);
    // Nor the id of the HTTP request, which the gateway's log line and the caller's other requests carry.
    const streamRequestIds = entries.map((entry) => (JSON.parse(entry) as { requestId?: string }).requestId);
    expect(httpRequestIds).toHaveLength(3);
    expect(streamRequestIds.filter((id) => id && httpRequestIds.includes(id))).toEqual([]);
    const everything = entries.join('\n');
    for (const identity of [STUDENT.sub, STUDENT.name, STUDENT.email])
      expect(everything).not.toContain(identity);
  });
});

describe('migrating feedback stored with the author key on every row', () => {
  let env: StackEnv;
  let db: TestDatabase;
  let programmes: ServiceHost;
  let gateway: RunningGateway;
  const oldKey = (sub: string) => createHmac('sha256', SECRET).update(sub).digest('base64url');
  const ANON_ID = '0b6f4a8e-3c1d-4e5f-9a7b-1c2d3e4f5a6b';
  const NAMED_ID = '1c7a5b9f-4d2e-4f60-8b8c-2d3e4f5a6b7c';

  beforeAll(async () => {
    ({ env, db } = await testEnvironment('unlinkable-migration'));
    // The schema as it was before: author_key on every row, and the key of named rows too.
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    await pg.query(`
      alter table programmes.feedback drop constraint feedback_author_key_ck;
      drop index programmes.feedback_author_key_idx;
      drop index programmes.feedback_author_id_idx;
      create index feedback_author_idx on programmes.feedback (author_key);
      delete from programmes.mikro_orm_migrations where name = 'Migration20261201220000FeedbackAuthorKey';`);
    const insert = `insert into programmes.feedback (id, school, subject, body, anonymous, author_id, author_name,
        author_key, level, status, due_by, responses, escalations, created_at, updated_at)
      values ($1, 'LAW', $2, 'b', $3, $4, $5, $6, 'course_rep', 'open', '2026-01-10', '[]', '[]', $7, $7)`;
    await pg.query(insert, [
      ANON_ID,
      'Old anonymous',
      true,
      null,
      null,
      oldKey(STUDENT.sub),
      '2025-11-02T10:00:00Z',
    ]);
    await pg.query(insert, [
      NAMED_ID,
      'Old named',
      false,
      STUDENT.sub,
      STUDENT.name,
      oldKey(STUDENT.sub),
      '2025-11-01T10:00:00Z',
    ]);
    await pg.query(
      `insert into programmes.outbox (id, type, event_version, source, aggregate_id, payload, request_id, occurred_at)
       values (gen_random_uuid(), 'feedback.opened', 1, 'programmes', $1, '{}', 'req-of-the-author', now())`,
      [ANON_ID],
    );
    await pg.end();
    expect(await migrateProgrammes(db.url)).toEqual(['Migration20261201220000FeedbackAuthorKey']);
    programmes = await startProgrammes(env);
    gateway = await startGateway(env, { FEEDBACK_AUTHOR_SECRET: SECRET });
  });

  afterAll(async () => {
    await gateway?.close();
    await programmes?.close();
    await db?.drop();
    await dropKeys(env.REDIS_URL, env.BULLMQ_PREFIX);
  });

  it('keeps the key of anonymous rows only, and their author still finds them', async () => {
    const rows = await query<{ id: string; author_key: string | null }>(
      db,
      'select id, author_key from programmes.feedback order by created_at',
    );
    expect(rows).toEqual([
      { id: NAMED_ID, author_key: null },
      { id: ANON_ID, author_key: oldKey(STUDENT.sub) },
    ]);
    const events = await query<{ request_id: string | null }>(db, 'select request_id from programmes.outbox');
    expect(events).toEqual([{ request_id: null }]);

    const student = api(gateway.url, await studentToken());
    const mine = await student.get('/programmes/feedback');
    expect(mine.body.items.map((item: { id: string; mine: boolean }) => [item.id, item.mine])).toEqual([
      [ANON_ID, true],
      [NAMED_ID, true],
    ]);
    expect((await student.get(`/programmes/feedback/${ANON_ID}`)).body).toMatchObject({
      mine: true,
      author: null,
    });
    const other = api(
      gateway.url,
      await signTestToken({ sub: 'stu-other', roles: ['student'], school: 'LAW' }),
    );
    expect((await other.get(`/programmes/feedback/${ANON_ID}`)).status).toBe(404);
  });
});
