import { ACTIVITY_IMPORT_QUEUE } from '@app/contracts';
import { signTestToken, waitFor } from '@app/testing';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { api, type RunningStack, startStack } from '../support/stack';

type Api = ReturnType<typeof api>;
const key = (k: string) => ({ 'idempotency-key': k });

describe('Idempotency-Key on POST', () => {
  let stack: RunningStack;
  let office: Api;
  let otherOffice: Api;
  let staff: Api;
  let admin: Api;
  let arup: string;

  beforeAll(async () => {
    stack = await startStack('idempotency-e2e', {
      activities: true,
      programmes: true,
      reporting: true,
      gateway: { RATE_LIMIT_MAX: '100000' },
    });
    const url = stack.gateway.url;
    office = api(url, await signTestToken({ roles: ['commercialisation'], sub: 'u-office-1' }));
    otherOffice = api(url, await signTestToken({ roles: ['commercialisation'], sub: 'u-office-2' }));
    staff = api(url, await signTestToken({ roles: ['partnership_staff'], sub: 'u-staff' }));
    admin = api(url, await signTestToken({ roles: ['admin'], sub: 'u-admin' }));
    arup = (await office.post('/partners', { name: 'Arup', organisationType: 'large_company' })).body.id;
  });

  afterAll(async () => {
    await stack?.close();
  });

  /** A pg client of the test's own, for locks the services must wait on. */
  async function pgClient(): Promise<Client> {
    const client = new Client({ connectionString: stack.db.url });
    await client.connect();
    return client;
  }

  async function count(sql: string, parameters: unknown[] = []): Promise<number> {
    const client = await pgClient();
    try {
      return Number((await client.query<{ n: string }>(sql, parameters)).rows[0].n);
    } finally {
      await client.end();
    }
  }

  /** How many backends wait for a lock of `lockType` (a table lock, an advisory lock) in this database. */
  const waiting = (lockType: 'relation' | 'advisory') =>
    count(
      `select count(*) as n from pg_locks l join pg_database d on d.oid = l.database
        where d.datname = current_database() and l.locktype = $1 and not l.granted`,
      [lockType],
    );

  const someoneWaitsFor = (lockType: 'relation' | 'advisory') =>
    waitFor(`a service to wait for a ${lockType} lock`, () => waiting(lockType));

  const activity = (title: string, extra: Record<string, unknown> = {}) => ({
    partnerId: arup,
    type: 'consultancy',
    title,
    faculty: 'ENG',
    startDate: '2025-10-01',
    details: { days: 2 },
    ...extra,
  });

  const activitiesTitled = async (title: string) =>
    (await office.get(`/activities?limit=200`)).body.items.filter(
      (item: { title: string }) => item.title === title,
    ).length;

  it('answers the same key and body twice with the same status and body, and logs one activity', async () => {
    const body = activity('Replayed consultancy');
    const first = await office.post('/activities', body, key('k-activity-1'));
    const second = await office.post('/activities', body, key('k-activity-1'));
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(await activitiesTitled('Replayed consultancy')).toBe(1);
  });

  it('replays a new partner as 201 with the same id, whatever the order of the body keys', async () => {
    const first = await office.post(
      '/partners',
      { name: 'Siemens Healthineers', organisationType: 'large_company', tier: 'strategic' },
      key('k-partner-1'),
    );
    const again = await office.post(
      '/partners',
      { tier: 'strategic', organisationType: 'large_company', name: 'Siemens Healthineers' },
      key('k-partner-1'),
    );
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body).toEqual(first.body);
  });

  it('replays a 409 duplicate partner even once the name is free: the work is not done again', async () => {
    const original = await office.post('/partners', { name: 'Marks & Spencer plc', organisationType: 'sme' });
    const body = { name: 'marks and spencer', organisationType: 'sme' };
    const duplicate = await office.post('/partners', body, key('k-dup-1'));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.existingId).toBe(original.body.id);
    const renamed = await office.patch(`/partners/${original.body.id}`, {
      name: 'M&S Food',
      version: original.body.version,
    });
    expect(renamed.status).toBe(200);

    const again = await office.post('/partners', body, key('k-dup-1'));
    expect(again.status).toBe(409);
    expect({ ...again.body, requestId: undefined }).toEqual({ ...duplicate.body, requestId: undefined });
    expect((await office.post('/partners', body, key('k-dup-2'))).status).toBe(201);
  });

  it('answers 422 naming Idempotency-Key when the same key comes with a different body, and stores nothing', async () => {
    expect((await office.post('/activities', activity('First body'), key('k-reused'))).status).toBe(201);
    const reused = await office.post('/activities', activity('Second body'), key('k-reused'));
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({
      statusCode: 422,
      error: 'Unprocessable Entity',
      details: [{ field: 'Idempotency-Key', problem: expect.any(String) }],
      requestId: expect.any(String),
    });
    expect(await activitiesTitled('Second body')).toBe(0);
  });

  it('keeps the keys of different callers apart', async () => {
    const mine = await office.post('/activities', activity('Caller one'), key('k-shared'));
    const theirs = await otherOffice.post('/activities', activity('Caller two'), key('k-shared'));
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('works as before without the header: each POST is new work', async () => {
    expect((await office.post('/activities', activity('No key'))).status).toBe(201);
    expect((await office.post('/activities', activity('No key'))).status).toBe(201);
    expect(await activitiesTitled('No key')).toBe(2);
  });

  it('answers 400 naming Idempotency-Key for a key that is too long or not printable ASCII, and stores nothing', async () => {
    for (const bad of ['k'.repeat(201), 'café', 'tab\there']) {
      const response = await office.post('/activities', activity('Bad key'), key(bad));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        details: [{ field: 'Idempotency-Key', problem: 'must be 1-200 printable ASCII characters' }],
        requestId: expect.any(String),
      });
    }
    expect((await office.post('/activities', activity('Bad key'), key('k'.repeat(200)))).status).toBe(201);
    expect(await activitiesTitled('Bad key')).toBe(1);
  });

  it('answers 409 to the same key while the first request is still in flight, then replays the first answer', async () => {
    const lock = await pgClient();
    try {
      await lock.query('begin');
      await lock.query('lock table activities.activity in exclusive mode');
      const body = activity('Held in flight');
      const first = office.post('/activities', body, key('k-in-flight'));
      await someoneWaitsFor('relation');

      const second = await office.post('/activities', body, key('k-in-flight'));
      expect(second.status).toBe(409);
      expect(second.body).toMatchObject({ statusCode: 409, error: 'Conflict', message: expect.any(String) });

      await lock.query('rollback');
      const answered = await first;
      expect(answered.status).toBe(201);
      const third = await office.post('/activities', body, key('k-in-flight'));
      expect(third.status).toBe(201);
      expect(third.body).toEqual(answered.body);
      expect(await activitiesTitled('Held in flight')).toBe(1);
    } finally {
      await lock.end();
    }
  });

  it('does the work again for a key recorded more than 24 hours ago', async () => {
    expect((await office.post('/activities', activity('Yesterday'), key('k-old'))).status).toBe(201);
    await count(
      `with aged as (update activities.idempotency_keys set created_at = now() - interval '25 hours'
                      where key = 'k-old' returning 1) select count(*) as n from aged`,
    );
    const later = await office.post('/activities', activity('Today'), key('k-old'));
    expect(later.status).toBe(201);
    expect(later.body.title).toBe('Today');
  });

  it('imports a keyed upload once; its job, started before the upload commits, waits for it', async () => {
    const csv = [
      'partnerId,type,title,faculty,startDate,details.days',
      `${arup},consultancy,Imported once A,ENG,2025-10-01,1`,
      `${arup},consultancy,Imported once B,ENG,2025-10-02,1`,
    ].join('\n');
    const upload = () =>
      office.post('/activities/imports', csv, { 'content-type': 'text/csv', ...key('k-import') });
    const queue = new Queue(ACTIVITY_IMPORT_QUEUE, {
      connection: { url: stack.env.REDIS_URL },
      prefix: stack.env.BULLMQ_PREFIX,
    });
    const lock = await pgClient();
    try {
      // The upload's transaction stops at its idempotency record, after its job is queued.
      await lock.query('begin');
      await lock.query('lock table activities.idempotency_keys in exclusive mode');
      const accepted = upload();
      await waitFor('the import job to run while the upload has not committed', async () => {
        const jobs = await queue.getJobCounts('completed', 'active');
        return jobs.completed > 0 || (jobs.active > 0 && (await waiting('advisory')) > 0);
      });
      await lock.query('rollback');
      const first = await accepted;
      expect(first.status).toBe(202);

      const done = await waitFor('the import to complete', async () => {
        const status = await office.get(`/activities/imports/${first.body.importId}`);
        return status.body.status === 'completed' ? status.body : undefined;
      });
      expect(done).toMatchObject({ total: 2, created: 2, errors: [] });

      const again = await upload();
      expect(again.status).toBe(202);
      expect(again.body).toEqual(first.body);
      expect((await office.get('/activities/imports')).body.total).toBe(1);
    } finally {
      await lock.end();
      await queue.close();
    }
  });

  it('honours the key in the programmes and reporting services too', async () => {
    const group = {
      school: 'ENG-MECH',
      code: `G-${randomUUID().slice(0, 6)}`,
      name: 'Mechanical year 1',
      academicYear: '2025/26',
    };
    const created = await staff.post('/programmes/teaching-groups', group, key('k-group'));
    const replayed = await staff.post('/programmes/teaching-groups', group, key('k-group'));
    expect(created.status).toBe(201);
    expect(replayed.status).toBe(201);
    expect(replayed.body).toEqual(created.body);
    const duplicate = await staff.post('/programmes/teaching-groups', group, key('k-group-dup'));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.existingId).toBe(created.body.id);
    const duplicateAgain = await staff.post('/programmes/teaching-groups', group, key('k-group-dup'));
    expect({ ...duplicateAgain.body, requestId: undefined }).toEqual({
      ...duplicate.body,
      requestId: undefined,
    });

    // Unkeyed, taking this month's snapshot again answers 200; keyed, the first 201 comes back.
    const taken = await admin.post('/reports/snapshots', undefined, key('k-snapshot'));
    expect(taken.status).toBe(201);
    const retried = await admin.post('/reports/snapshots', undefined, key('k-snapshot'));
    expect(retried.status).toBe(201);
    expect(retried.body).toEqual(taken.body);
    expect((await admin.post('/reports/snapshots')).status).toBe(200);
  });

  it('documents the optional header on every POST operation', async () => {
    const document = (await office.get('/openapi.json')).body as {
      paths: Record<string, { post?: { parameters?: { $ref?: string }[] } }>;
      components: { parameters: Record<string, { name: string; in: string; required: boolean }> };
    };
    expect(document.components.parameters.IdempotencyKey).toMatchObject({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
    });
    const posts = Object.entries(document.paths).filter(([, operations]) => operations.post);
    expect(posts.length).toBeGreaterThan(20);
    for (const [, operations] of posts) {
      expect(operations.post!.parameters).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' });
    }
  });
});
