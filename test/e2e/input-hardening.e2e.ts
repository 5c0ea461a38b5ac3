import { signTestToken, waitFor } from '@app/testing';
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { decodeJwt, SignJWT } from 'jose';
import { api, type RunningStack, startStack } from '../support/stack';

type Api = ReturnType<typeof api>;
type Operation = { method: string; path: string };
type OpenApiOperation = {
  requestBody?: { content?: Record<string, unknown> };
  parameters?: { name: string; in: string }[];
};

const MiB = 1024 * 1024;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON shapes
const json = (response: Response): Promise<any> => response.json();
const deepArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
/** `{"name": [[[…]]]}`: 3,000 levels under a field. */
const DEEP_BODY = `{"name": ${deepArrays(3000)}}`;
const DEEP_FIELD = ['name', ...Array<string>(31).fill('0')].join('.');

/** The hostile tester's list: PRODUCT.md "Bodies", "Authentication and roles" and the CSV rule. */
describe('the gateway refuses hostile input before any service sees it', () => {
  let stack: RunningStack;
  let url: string;
  let office: Api;
  let staff: Api;
  let admin: Api;
  let eng: Api;
  let officeToken: string;
  let operations: Record<string, Record<string, OpenApiOperation>> = {};

  const withIds = (path: string) => path.replace(/\{[^}]+\}/g, () => randomUUID()).replace('/api/v1', '');
  const writeOperations = (): Operation[] =>
    Object.entries(operations).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['post', 'put', 'patch'].includes(method))
        .filter(([, operation]) => {
          const types = Object.keys(operation.requestBody?.content ?? {});
          return types.length === 0 || types.includes('application/json');
        })
        .map(([method]) => ({ method: method.toUpperCase(), path })),
    );
  const listOperations = (): Operation[] =>
    Object.entries(operations).flatMap(([path, methods]) =>
      methods.get?.parameters?.some((p) => p.in === 'query' && p.name === 'page')
        ? [{ method: 'GET', path }]
        : [],
    );
  const send = (method: string, path: string, body: string, token = officeToken) =>
    fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
  const countPartners = async () => (await office.get('/partners')).body.total as number;

  beforeAll(async () => {
    stack = await startStack('input-hardening', {
      activities: true,
      programmes: true,
      reporting: true,
      gateway: { RATE_LIMIT_MAX: '100000' },
    });
    url = stack.gateway.url;
    officeToken = await signTestToken({ roles: ['commercialisation'], sub: 'u-office' });
    office = api(url, officeToken);
    staff = api(url, await signTestToken({ roles: ['partnership_staff'], sub: 'u-staff' }));
    admin = api(url, await signTestToken({ roles: ['admin'], sub: 'u-admin' }));
    eng = api(url, await signTestToken({ roles: ['faculty'], faculty: 'ENG', sub: 'u-eng' }));
    operations = (await json(await fetch(`${url}/openapi.json`))).paths;
  });

  afterAll(async () => {
    await stack?.close();
  });

  describe('JSON nested deeper than 32 levels', () => {
    it('gets 400 naming the field on every JSON write operation, and nothing is stored', async () => {
      const before = await countPartners();
      const writes = writeOperations();
      expect(writes.length).toBeGreaterThanOrEqual(41);
      const answers = [];
      for (const { method, path } of writes) {
        const response = await send(method, withIds(path), DEEP_BODY);
        answers.push({ method, path, status: response.status, body: await json(response) });
      }
      const wrong = answers.filter(
        ({ status, body }) => status !== 400 || body.details?.[0]?.field !== DEEP_FIELD,
      );
      expect(wrong).toEqual([]);
      expect(answers[0].body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: `${DEEP_FIELD} is nested deeper than 32 levels`,
        details: [{ field: DEEP_FIELD, problem: 'is nested deeper than 32 levels' }],
        requestId: expect.any(String),
      });
      expect(await countPartners()).toBe(before);
    });

    it('lets 32 levels through to validation, and refuses a megabyte of brackets at level 33', async () => {
      const ok = await send('POST', '/partners', `{"name": "x", "organisationType": ${deepArrays(31)}}`);
      expect(ok.status).toBe(400);
      expect((await json(ok)).details[0].field).toBe('organisationType');
      const huge = await send('POST', '/partners', '['.repeat(MiB));
      expect(huge.status).toBe(400);
      expect((await json(huge)).details[0].field).toBe(Array(32).fill('0').join('.'));
    });

    it('keeps /health answering while eight 3,000-deep requests are in flight', async () => {
      const [health, ...deep] = await Promise.all([
        fetch(`${url}/health`),
        ...Array.from({ length: 8 }, () => send('POST', '/activities', DEEP_BODY)),
      ]);
      expect(deep.map((response) => response.status)).toEqual(Array(8).fill(400));
      expect(health.status).toBe(200);
    });
  });

  describe('strings holding NUL or unpaired surrogates', () => {
    it('get 400 naming the field in a body, at any depth and in keys, and nothing is stored', async () => {
      const before = await countPartners();
      const nul = await office.post('/partners', { name: 'Acme\u0000 Ltd', organisationType: 'sme' });
      expect(nul.status).toBe(400);
      expect(nul.body).toMatchObject({
        message: 'name must not contain a NUL character',
        details: [{ field: 'name', problem: 'must not contain a NUL character' }],
      });
      const surrogate = await office.post('/partners', '{"name": "Acme \\ud800", "organisationType": "sme"}');
      expect(surrogate.status).toBe(400);
      expect(surrogate.body.details).toEqual([
        { field: 'name', problem: 'must not contain an unpaired surrogate (it is not valid Unicode)' },
      ]);
      const key = await office.post('/partners', '{"na\\u0000me": "Acme", "organisationType": "sme"}');
      expect(key.status).toBe(400);
      expect(key.body.details).toEqual([
        { field: 'body', problem: 'has a field name that must not contain a NUL character' },
      ]);
      const nested = await office.post('/activities', {
        partnerId: randomUUID(),
        type: 'networking_promotional',
        title: 'Lecture',
        faculty: 'ENG',
        startDate: '2025-10-01',
        details: { eventName: 'Public\u0000lecture', format: 'lecture', attendees: 5 },
        income: [{ academicYear: '2025/26\ud800', amountGbp: 1 }],
      });
      expect(nested.status).toBe(400);
      expect(nested.body.details.map((d: { field: string }) => d.field)).toEqual([
        'details.eventName',
        'income.0.academicYear',
      ]);
      expect(await countPartners()).toBe(before);
      expect((await office.get('/activities')).body.total).toBe(0);
    });

    it('get 400 naming the parameter in a query or a path', async () => {
      for (const query of ['q=%00', 'q=%ED%A0%80', 'q=Acme%00&page=1']) {
        const response = await office.get(`/partners?${query}`);
        expect([query, response.status, response.body.details[0].field]).toEqual([query, 400, 'q']);
      }
      const path = await office.get('/partners/%00');
      expect(path.status).toBe(400);
      expect(path.body.details).toEqual([{ field: 'id', problem: 'must not contain a NUL character' }]);
      expect((await office.get('/partners?q=Zo%C3%AB')).status).toBe(200);
    });
  });

  describe('page and limit', () => {
    it('get 400 past page 100,000 or limit 200 on every list, never a 500', async () => {
      const lists = listOperations();
      expect(lists.length).toBeGreaterThanOrEqual(18);
      const answers = [];
      for (const { path } of lists) {
        const base = withIds(path);
        for (const [query, field] of [
          ['page=99999999999999999999', 'page'],
          ['page=100001', 'page'],
          ['limit=201', 'limit'],
        ]) {
          const response = await admin.get(`${base}?${query}`);
          answers.push({ path, query, status: response.status, field: response.body.details?.[0]?.field });
          expect(answers.at(-1)).toEqual({ path, query, status: 400, field });
        }
      }
      const last = await office.get('/partners?page=100000&limit=200');
      expect(last.status).toBe(200);
      expect(last.body).toMatchObject({ items: [], page: 100000, limit: 200 });
    });
  });

  describe('a body over the limit', () => {
    it('gets 413 naming the limit: JSON 5 MiB', async () => {
      const before = await countPartners();
      const body = `{"name": "${'x'.repeat(5 * MiB)}", "organisationType": "sme"}`;
      const response = await send('POST', '/partners', body);
      expect(response.status).toBe(413);
      expect(await json(response)).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'A JSON body may be at most 5 MiB',
        requestId: expect.any(String),
      });
      const under = await send(
        'POST',
        '/partners',
        `{"name": "${'x'.repeat(4 * MiB)}", "organisationType": "sme"}`,
      );
      expect(under.status).toBe(400);
      expect(await countPartners()).toBe(before);
    });

    it('gets 413 naming the limit: CSV uploads 40 MiB, as a text/csv body or a multipart file', async () => {
      const csv = `title\n${'x'.repeat(40 * MiB)}\n`;
      const asText = await fetch(`${url}/activities/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${officeToken}`, 'content-type': 'text/csv' },
        body: csv,
      });
      expect(asText.status).toBe(413);
      expect(await json(asText)).toMatchObject({
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'A CSV upload may be at most 40 MiB',
      });
      const form = new FormData();
      form.append('file', new Blob([csv], { type: 'text/csv' }), 'activities.csv');
      const asFile = await fetch(`${url}/activities/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${officeToken}` },
        body: form,
      });
      expect(asFile.status).toBe(413);
      expect(await json(asFile)).toMatchObject({
        statusCode: 413,
        message: 'A CSV upload may be at most 40 MiB',
      });
      expect((await office.get('/activities/imports')).body.total).toBe(0);
    });
  });

  describe('tokens', () => {
    it('refuses a token without exp; every token the project signs has one', async () => {
      const forever = await new SignJWT({ roles: ['admin'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('u-forever')
        .setIssuer('partnership-hub')
        .setAudience('partnership-hub-api')
        .setIssuedAt()
        .sign(new TextEncoder().encode(stack.env.JWT_SECRET));
      expect((await api(url, forever).get('/partners')).status).toBe(401);

      const devSignIn = await api(url).post('/auth/dev-sign-in', { role: 'admin' });
      expect(devSignIn.status).toBe(200);
      expect(decodeJwt(devSignIn.body.token).exp).toEqual(expect.any(Number));
      expect(decodeJwt(officeToken).exp).toEqual(expect.any(Number));
      const tool = execFileSync(process.execPath, ['tools/token.mjs', '--role', 'admin'], {
        env: { ...process.env, JWT_SECRET: stack.env.JWT_SECRET },
      });
      const toolToken = tool.toString().trim();
      expect(decodeJwt(toolToken).exp).toEqual(expect.any(Number));
      expect((await api(url, toolToken).get('/partners')).status).toBe(200);
    });
  });

  describe('operations that take no body fields', () => {
    it('refuse an unknown field when publishing a charter or minutes, or taking a snapshot', async () => {
      const draft = await staff.post('/programmes/charters', {
        institution: 'University of Leeds',
        title: 'The Leeds Partnership',
        academicYear: '2025/26',
        parties: ['the University of Leeds', 'students'],
        commitments: ['be respectful'],
        expectations: ['respect for others'],
      });
      expect(draft.status).toBe(201);
      const publish = await staff.post(`/programmes/charters/${draft.body.id}/publish`, {
        status: 'published',
      });
      expect(publish.status).toBe(400);
      expect(publish.body.details).toEqual([{ field: 'status', problem: 'is not an allowed field' }]);
      expect((await staff.get(`/programmes/charters/${draft.body.id}`)).body.status).toBe('draft');
      expect((await staff.post(`/programmes/charters/${draft.body.id}/publish`)).body.status).toBe(
        'published',
      );

      const minutes = await staff.post(`/programmes/meetings/${randomUUID()}/minutes/publish`, {
        notify: true,
      });
      expect(minutes.status).toBe(400);
      expect(minutes.body.details).toEqual([{ field: 'notify', problem: 'is not an allowed field' }]);

      const snapshot = await admin.post('/reports/snapshots', { period: '1999-01' });
      expect(snapshot.status).toBe(400);
      expect(snapshot.body.details).toEqual([{ field: 'period', problem: 'is not an allowed field' }]);
      expect((await admin.get('/reports/snapshots')).body.total).toBe(0);
    });
  });

  describe('enquiries', () => {
    it('let a faculty user raise an enquiry for their own faculty only (403 for another)', async () => {
      const enquiry = (faculty: string) => ({
        organisationName: 'Sinochem Holdings',
        summary: 'Joint lab on catalysis',
        faculty,
      });
      const other = await eng.post('/partners/enquiries', enquiry('MED'));
      expect(other.status).toBe(403);
      expect(other.body.details).toEqual([{ field: 'faculty', problem: 'must be your own faculty (ENG)' }]);
      expect((await office.get('/partners/enquiries')).body.total).toBe(0);
      expect((await eng.post('/partners/enquiries', enquiry('ENG'))).status).toBe(201);
      expect((await staff.post('/partners/enquiries', enquiry('MED'))).status).toBe(201);
      expect((await office.get('/partners/enquiries')).body.total).toBe(2);
    });
  });

  describe('CSV downloads', () => {
    it("prefix a formula-looking title with ' and keep numbers as numbers", async () => {
      const partner = await office.post('/partners', {
        name: '=HYPERLINK("http://evil.example","x")',
        organisationType: 'sme',
      });
      expect(partner.status).toBe(201);
      const activity = await office.post('/activities', {
        partnerId: partner.body.id,
        type: 'consultancy',
        title: "+cmd|' /C calc'!A0",
        faculty: 'ENG',
        startDate: '2025-10-01',
        valueGbp: 12000,
        details: { days: 10 },
      });
      expect(activity.status).toBe(201);
      const leader = await signTestToken({ roles: ['leadership'] });
      const download = () =>
        fetch(`${url}/reports/hebci/cells/consultancy.sme/activities?academicYear=2025/26&format=csv`, {
          headers: { authorization: `Bearer ${leader}` },
        }).then((response) => response.text());
      const csv = await waitFor(
        'the activity in the report',
        async () => {
          const text = await download();
          return text.includes(activity.body.id) && text;
        },
        15_000,
      );
      const row = csv.split('\r\n').find((line) => line.startsWith(activity.body.id));
      expect(row).toBe(
        `${activity.body.id},"'+cmd|' /C calc'!A0",consultancy,ENG,2025-10-01,` +
          `"'=HYPERLINK(""http://evil.example"",""x"")",12000`,
      );
    });
  });
});
