import { ACTIVITY_IMPORT_QUEUE, IMPORT_COLUMNS } from '@app/contracts';
import { signTestToken, waitFor, type TestDatabase } from '@app/testing';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { expectDocumentedAnswer, type OpenApiDocument } from '../support/documented-answer';
import { api, type RunningGateway, type StackEnv, startStack, type RunningStack } from '../support/stack';

function csvOf(rows: Record<string, string>[]): string {
  const columns = [
    'partnerId',
    'type',
    'title',
    'faculty',
    'startDate',
    'valueGbp',
    'details.days',
    'details.courseTitle',
    'details.learnerDays',
  ];
  const lines = rows.map((row) => columns.map((column) => row[column] ?? '').join(','));
  return `${columns.join(',')}\n${lines.join('\n')}\n`;
}

describe('CSV import of activities', () => {
  let stack: RunningStack;
  let db: TestDatabase;
  let gateway: RunningGateway;
  let officeToken: string;
  let partnerId: string;
  let env: StackEnv;

  beforeAll(async () => {
    // Chunks of 100, so every file here is written several chunks at a time.
    stack = await startStack('imports-e2e', {
      activities: { IMPORT_CHUNK_ROWS: '100' },
      gateway: { RATE_LIMIT_MAX: '100000' },
    });
    ({ db, gateway, env } = stack);
    officeToken = await signTestToken({ roles: ['commercialisation'], sub: 'u-office' });
    partnerId = (
      await api(gateway.url, officeToken).post('/partners', {
        name: 'Arup',
        organisationType: 'large_company',
      })
    ).body.id;
  });

  afterAll(async () => {
    await stack?.close();
  });

  async function upload(csv: string, token = officeToken, asMultipart = true) {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'activities.csv');
    const response = await fetch(`${gateway.url}/activities/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...(asMultipart ? {} : { 'content-type': 'text/csv' }) },
      body: asMultipart ? form : csv,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function finished(importId: string) {
    const office = api(gateway.url, officeToken);
    return waitFor(
      'the import to finish',
      async () => {
        const status = await office.get(`/activities/imports/${importId}`);
        return ['completed', 'failed'].includes(status.body.status) ? status.body : undefined;
      },
      60_000,
      200,
    );
  }

  it('creates 997 of 1,000 rows, reports the 3 bad rows by line, and creates nothing on a second upload', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      partnerId,
      type: i % 2 ? 'consultancy' : 'training_cpd',
      title: `Imported ${i}`,
      faculty: 'ENG',
      startDate: '2025-09-15',
      valueGbp: String(1000 + i),
      ...(i % 2
        ? { 'details.days': '2' }
        : { 'details.courseTitle': 'CPD course', 'details.learnerDays': '10' }),
    }));
    rows[9] = { ...rows[9], startDate: '2025-02-30' };
    rows[499] = { ...rows[499], type: 'bake_sale' };
    rows[998] = { ...rows[998], partnerId: '00000000-0000-4000-8000-000000000000' };
    const csv = csvOf(rows);

    const accepted = await upload(csv);
    expect(accepted.status).toBe(202);
    const first = await finished(accepted.body.importId as string);
    expect(first).toMatchObject({
      status: 'completed',
      total: 1000,
      processed: 1000,
      created: 997,
      skipped: 0,
    });
    expect(first.errors).toEqual([
      { row: 11, field: 'startDate', problem: 'must be a real calendar date' },
      { row: 501, field: 'type', problem: expect.stringMatching(/^must be one of contract_research/) },
      { row: 1000, field: 'partnerId', problem: 'names no partner in the register' },
    ]);
    expect((await api(gateway.url, officeToken).get('/activities?limit=1')).body.total).toBe(997);

    const again = await upload(csv, officeToken, false);
    expect(again.status).toBe(202);
    const second = await finished(again.body.importId as string);
    expect(second).toMatchObject({ status: 'completed', created: 0, skipped: 997 });
    expect((await api(gateway.url, officeToken).get('/activities?limit=1')).body.total).toBe(997);
  });

  it('resumes an interrupted import where it stopped, without duplicating a row', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({
      partnerId,
      type: 'consultancy',
      title: `Resumable ${i}`,
      faculty: 'ENG',
      startDate: '2024-09-01',
      'details.days': '1',
    }));
    const accepted = await upload(csvOf(rows));
    const importId = accepted.body.importId as string;
    const done = await finished(importId);
    expect(done).toMatchObject({ created: 1200 });

    // As if the worker had died after committing the first chunk: progress says 500, the job runs again.
    const client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query(
      `update activities.activity_import set status = 'running', processed = 500, created = 500, finished_at = null where id = $1`,
      [importId],
    );
    await client.end();
    const queue = new Queue(ACTIVITY_IMPORT_QUEUE, {
      connection: { url: env.REDIS_URL },
      prefix: env.BULLMQ_PREFIX,
    });
    await queue.add('import', { importId }, { jobId: `${importId}-retry` });
    await queue.close();

    const resumed = await waitFor(
      'the resumed import to finish',
      async () => {
        const status = (await api(gateway.url, officeToken).get(`/activities/imports/${importId}`)).body;
        return status.status === 'completed' && status.finishedAt ? status : undefined;
      },
      30_000,
      200,
    );
    expect(resumed).toMatchObject({ processed: 1200, created: 500, skipped: 700 });
    const resumable = await api(gateway.url, officeToken).get('/activities?academicYear=2024/25&limit=1');
    expect(resumable.body.total).toBe(1200);
  });

  it('creates a repeated externalRef once, also when it repeats in a chunk written alongside, and counts repeats as skipped', async () => {
    const header = 'partnerId,type,title,faculty,startDate,externalRef,details.days';
    const lines = Array.from(
      { length: 450 },
      (_, i) => `${partnerId},consultancy,Repeated ${i},ENG,2028-03-01,REPEAT-${i % 150},1`,
    );
    lines[420] = `${partnerId},consultancy,Bad date,ENG,2028-02-30,REPEAT-BAD,1`;
    const accepted = await upload([header, ...lines].join('\n'));
    const result = await finished(accepted.body.importId as string);
    expect(result).toMatchObject({
      status: 'completed',
      total: 450,
      processed: 450,
      created: 150,
      skipped: 299,
    });
    expect(result.errors).toEqual([
      { row: 422, field: 'startDate', problem: 'must be a real calendar date' },
    ]);
    // In one attempt: a repeat written alongside its first row would fail a chunk (unique index) and retry.
    const queue = new Queue(ACTIVITY_IMPORT_QUEUE, {
      connection: { url: env.REDIS_URL },
      prefix: env.BULLMQ_PREFIX,
    });
    expect((await queue.getJob(accepted.body.importId as string))?.attemptsStarted).toBe(1);
    await queue.close();
    const stored = await api(gateway.url, officeToken).get(
      '/activities?from=2028-01-01&to=2028-12-31&limit=1',
    );
    expect(stored.body.total).toBe(150);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(
      `select external_ref, title from activities.activity where external_ref in ('REPEAT-0', 'REPEAT-149') order by 1`,
    );
    await client.end();
    expect(rows).toEqual([
      { external_ref: 'REPEAT-0', title: 'Repeated 0' },
      { external_ref: 'REPEAT-149', title: 'Repeated 149' },
    ]);
  });

  it("gives an imported activity's history its import as the created entry, and reports a short row", async () => {
    const csv = [
      'partnerId,type,title,faculty,startDate,valueGbp,externalRef,details.days',
      `${partnerId},consultancy,"Bridge survey, phase 1",ENG,2030-01-15,2500.50,HIST-1,3`,
      `${partnerId},consultancy,Too short,ENG`,
    ].join('\n');
    const accepted = await upload(csv);
    const result = await finished(accepted.body.importId as string);
    expect(result).toMatchObject({
      created: 1,
      errors: [{ row: 3, field: '(row)', problem: 'has 4 cells where the header has 8' }],
    });

    const office = api(gateway.url, officeToken);
    const [activity] = (await office.get('/activities?from=2030-01-01')).body.items;
    expect(activity).toMatchObject({ externalRef: 'HIST-1', valueGbp: 2500.5, academicYear: '2029/30' });
    const patched = await office.patch(`/activities/${activity.id}`, { valueGbp: 3000, version: 1 });
    expect(patched.status).toBe(200);

    const history = (await office.get(`/activities/${activity.id}/history`)).body;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      action: 'created',
      actor: { userId: 'u-office', roles: ['commercialisation'] },
      source: { importId: accepted.body.importId, fileName: 'activities.csv', row: 2 },
      changes: {
        title: { before: null, after: 'Bridge survey, phase 1' },
        valueGbp: { before: null, after: 2500.5 },
        details: { before: null, after: { days: 3 } },
      },
    });
    expect(history[1]).toMatchObject({
      action: 'updated',
      changes: { valueGbp: { before: 2500.5, after: 3000 } },
    });
  });

  it('answers the import operations with exactly the fields their OpenAPI schemas document', async () => {
    const doc = (await api(gateway.url).get('/openapi.json')).body as OpenApiDocument;
    const expectDocumented = (
      method: string,
      path: string,
      status: number,
      answer: { status: number; body: unknown },
    ) => expectDocumentedAnswer(doc, method, path, status, answer);
    const csv = [
      'partnerId,type,title,faculty,startDate,details.days',
      `${partnerId},consultancy,Documented,ENG,2031-02-01,2`,
      `${partnerId},consultancy,Documented badly,ENG,someday,2`,
    ].join('\n');
    const accepted = await upload(csv);
    expectDocumented('post', '/activities/imports', 202, accepted);
    const importId = accepted.body.importId as string;
    const result = await finished(importId);
    expect(result).toMatchObject({ created: 1, errors: [{ row: 3, field: 'startDate' }] });
    const office = api(gateway.url, officeToken);
    expectDocumented(
      'get',
      '/activities/imports/{importId}',
      200,
      await office.get(`/activities/imports/${importId}`),
    );
    expectDocumented('get', '/activities/imports', 200, await office.get('/activities/imports?limit=5'));
    const template = doc.paths['/api/v1/activities/imports/template'].get.responses['200'];
    expect(template.content).toHaveProperty('text/csv');
  });

  it('refuses a file with unknown columns, an empty file, and the wrong media type, queueing nothing', async () => {
    const unknown = await upload('partnerId,type,title,faculty,startDate,colour\n');
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([{ field: 'columns', problem: expect.stringContaining('colour') }]);
    expect((await upload('')).status).toBe(400);
    const json = await api(gateway.url, officeToken).post('/activities/imports', { rows: [] });
    expect(json.status).toBe(415);
  });

  it('keeps faculty imports to their own faculty, row by row', async () => {
    const eng = await signTestToken({ roles: ['faculty'], faculty: 'ENG', sub: 'u-eng' });
    const csv = csvOf([
      {
        partnerId,
        type: 'consultancy',
        title: 'Mine',
        faculty: 'ENG',
        startDate: '2025-09-01',
        'details.days': '1',
      },
      {
        partnerId,
        type: 'consultancy',
        title: 'Not mine',
        faculty: 'MED',
        startDate: '2025-09-01',
        'details.days': '1',
      },
    ]);
    const accepted = await upload(csv, eng);
    const result = await finished(accepted.body.importId as string);
    expect(result).toMatchObject({
      created: 1,
      errors: [{ row: 3, field: 'faculty', problem: 'must be your own faculty (ENG)' }],
    });
    const med = api(gateway.url, await signTestToken({ roles: ['faculty'], faculty: 'MED', sub: 'u-med' }));
    expect((await med.get(`/activities/imports/${accepted.body.importId as string}`)).status).toBe(404);
    const student = await signTestToken({ roles: ['student'], school: 'ENG-MECH' });
    expect((await upload(csv, student)).status).toBe(403);
  });

  it('lists imports newest first: the office sees all, faculty staff their own, with counts but not row errors', async () => {
    const engToken = await signTestToken({
      roles: ['faculty'],
      faculty: 'ENG',
      sub: 'u-eng-lister',
      name: 'Dr Lister',
    });
    const row = {
      partnerId,
      type: 'consultancy',
      faculty: 'ENG',
      startDate: '2025-09-01',
      'details.days': '1',
    };
    const csv = csvOf([
      { ...row, title: 'Listed 1' },
      { ...row, title: 'Listed bad', startDate: '2025-02-30' },
    ]);
    const importId = (await upload(csv, engToken)).body.importId as string;
    await finished(importId);

    const eng = api(gateway.url, engToken);
    const own = await eng.get('/activities/imports');
    expect(own.status).toBe(200);
    expect(own.body).toEqual({
      items: [
        {
          importId,
          status: 'completed',
          fileName: 'activities.csv',
          total: 2,
          processed: 2,
          created: 1,
          skipped: 0,
          errorCount: 1,
          importedBy: { userId: 'u-eng-lister', name: 'Dr Lister' },
          createdAt: expect.any(String),
          finishedAt: expect.any(String),
        },
      ],
      total: 1,
      page: 1,
      limit: 50,
    });

    const office = api(gateway.url, officeToken);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    // An earlier import that failed (all its retries spent), for the status filter to leave out.
    const { rows: failed } = await client.query<{ id: string }>(
      `update activities.activity_import set status = 'failed'
        where id = (select id from activities.activity_import order by created_at limit 1) returning id`,
    );
    const { rows } = await client.query<{ n: number; completed: number }>(
      `select count(*)::int as n, count(*) filter (where status = 'completed')::int as completed
         from activities.activity_import`,
    );
    await client.end();
    const all = await office.get('/activities/imports?limit=200');
    expect(all.body.total).toBe(rows[0].n);
    expect(all.body.items).toHaveLength(rows[0].n);
    expect(all.body.items[0].importId).toBe(importId);
    const times = all.body.items.map((item: { createdAt: string }) => item.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(all.body.items.some((item: Record<string, unknown>) => 'errors' in item)).toBe(false);
    expect(
      new Set(all.body.items.map((item: { importedBy: { userId: string } }) => item.importedBy.userId)),
    ).toEqual(new Set(['u-office', 'u-eng', 'u-eng-lister']));

    const completed = await office.get('/activities/imports?status=completed&limit=2&page=2');
    expect(completed.body).toMatchObject({ total: rows[0].completed, page: 2, limit: 2 });
    expect(completed.body.items.map((item: { status: string }) => item.status)).toEqual(
      Array(Math.min(2, rows[0].completed - 2)).fill('completed'),
    );
    const onlyFailed = await office.get('/activities/imports?status=failed');
    expect(onlyFailed.body).toMatchObject({
      total: 1,
      items: [{ importId: failed[0].id, status: 'failed' }],
    });
    const pastTheEnd = await office.get('/activities/imports?page=1000');
    expect(pastTheEnd.body).toEqual({ items: [], total: rows[0].n, page: 1000, limit: 50 });

    const med = api(gateway.url, await signTestToken({ roles: ['faculty'], faculty: 'MED', sub: 'u-med' }));
    expect((await med.get('/activities/imports')).body).toMatchObject({ items: [], total: 0 });

    const badStatus = await office.get('/activities/imports?status=done');
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.details).toEqual([
      { field: 'status', problem: 'must be one of queued, running, completed, failed' },
    ]);
    expect((await office.get('/activities/imports?limit=500')).status).toBe(400);
    for (const role of ['student', 'leadership'] as const) {
      const other = api(gateway.url, await signTestToken({ roles: [role], school: 'ENG-MECH' }));
      expect((await other.get('/activities/imports')).status).toBe(403);
    }
  });

  it('offers a template with every column', async () => {
    const response = await fetch(`${gateway.url}/activities/imports/template`, {
      headers: { authorization: `Bearer ${officeToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const [header] = (await response.text()).split('\n');
    expect(header.split(',')).toEqual(IMPORT_COLUMNS);
  });
});
