import { type Role, ROLES, ukDate } from '@app/contracts';
import { signTestToken } from '@app/testing';
import { Client } from 'pg';
import { api, type RunningStack, startStack } from '../support/stack';

type Api = ReturnType<typeof api>;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

const W: Role[] = ['partnership_staff', 'admin'];
const R: Role[] = [...W, 'leadership'];
const E: Role[] = [...ROLES];
const S: Role[] = ['student', 'student_rep'];

/** Every programmes route, the roles that may call it, and one bad input naming the field it breaks. */
interface Route {
  method: Method;
  path: string;
  allowed: Role[];
  bad?: { body?: unknown; query?: string; field: string };
}

function routes(ids: Record<string, string>): Route[] {
  const { charter, group, forum, meeting, involvement, plan, item, project, cycle, nomination, feedback } =
    ids;
  return [
    {
      method: 'POST',
      path: '/programmes/charters',
      allowed: W,
      bad: { body: charterBody({ academicYear: '2025' }), field: 'academicYear' },
    },
    {
      method: 'GET',
      path: '/programmes/charters',
      allowed: E,
      bad: { query: 'status=final', field: 'status' },
    },
    { method: 'GET', path: '/programmes/charters/current', allowed: E },
    { method: 'GET', path: `/programmes/charters/${charter}`, allowed: E },
    {
      method: 'PATCH',
      path: `/programmes/charters/${charter}`,
      allowed: W,
      bad: { body: { title: 'x' }, field: 'version' },
    },
    { method: 'POST', path: `/programmes/charters/${charter}/publish`, allowed: W },
    {
      method: 'POST',
      path: '/programmes/teaching-groups',
      allowed: W,
      bad: { body: { school: 'eng', code: 'A', name: 'n', academicYear: '2025/26' }, field: 'school' },
    },
    {
      method: 'GET',
      path: '/programmes/teaching-groups',
      allowed: E,
      bad: { query: 'academicYear=2025', field: 'academicYear' },
    },
    { method: 'GET', path: `/programmes/teaching-groups/${group}`, allowed: E },
    {
      method: 'PATCH',
      path: `/programmes/teaching-groups/${group}`,
      allowed: W,
      bad: { body: { name: null, version: 1 }, field: 'name' },
    },
    {
      method: 'PUT',
      path: `/programmes/teaching-groups/${group}/representative`,
      allowed: W,
      bad: { body: { name: 'x' }, field: 'studentId' },
    },
    { method: 'DELETE', path: `/programmes/teaching-groups/${group}/representative`, allowed: W },
    {
      method: 'GET',
      path: '/programmes/representatives',
      allowed: E,
      bad: { query: 'school=x', field: 'school' },
    },
    {
      method: 'GET',
      path: '/programmes/representatives/coverage',
      allowed: R,
      bad: { query: 'academicYear=25/26', field: 'academicYear' },
    },
    {
      method: 'POST',
      path: '/programmes/forums',
      allowed: W,
      bad: { body: { school: 'ENG-MECH' }, field: 'name' },
    },
    { method: 'GET', path: '/programmes/forums', allowed: E, bad: { query: 'school=1', field: 'school' } },
    { method: 'GET', path: `/programmes/forums/${forum}`, allowed: E },
    {
      method: 'PATCH',
      path: `/programmes/forums/${forum}`,
      allowed: W,
      bad: { body: { name: 'n', version: 0 }, field: 'version' },
    },
    {
      method: 'POST',
      path: `/programmes/forums/${forum}/meetings`,
      allowed: W,
      bad: { body: { date: '2025-02-30', agenda: [] }, field: 'date' },
    },
    {
      method: 'GET',
      path: `/programmes/forums/${forum}/meetings`,
      allowed: E,
      bad: { query: 'page=0', field: 'page' },
    },
    { method: 'GET', path: `/programmes/meetings/${meeting}`, allowed: E },
    { method: 'GET', path: `/programmes/meetings/${meeting}/minutes`, allowed: E },
    {
      method: 'PATCH',
      path: `/programmes/meetings/${meeting}`,
      allowed: W,
      bad: { body: { attendees: [{ name: 'x', role: 'guest' }], version: 1 }, field: 'attendees.0.role' },
    },
    {
      method: 'POST',
      path: `/programmes/meetings/${meeting}/agenda-items`,
      allowed: [...W, 'student_rep'],
      bad: { body: { text: '' }, field: 'text' },
    },
    {
      method: 'PUT',
      path: `/programmes/meetings/${meeting}/minutes`,
      allowed: W,
      bad: { body: { text: 5 }, field: 'text' },
    },
    { method: 'POST', path: `/programmes/meetings/${meeting}/minutes/publish`, allowed: W },
    {
      method: 'POST',
      path: '/programmes/involvements',
      allowed: W,
      bad: {
        body: { kind: 'committee', title: 'Senate', date: '2025-10-01', students: [] },
        field: 'students',
      },
    },
    {
      method: 'GET',
      path: '/programmes/involvements',
      allowed: R,
      bad: { query: 'from=yesterday', field: 'from' },
    },
    { method: 'GET', path: `/programmes/involvements/${involvement}`, allowed: R },
    {
      method: 'PATCH',
      path: `/programmes/involvements/${involvement}`,
      allowed: W,
      bad: { body: { kind: 'party', version: 1 }, field: 'kind' },
    },
    { method: 'DELETE', path: `/programmes/involvements/${involvement}`, allowed: W },
    {
      method: 'POST',
      path: '/programmes/action-plans',
      allowed: W,
      bad: {
        body: { school: 'ENG-MECH', academicYear: '2026/27', items: [{ title: 't' }] },
        field: 'items.0.owner',
      },
    },
    {
      method: 'GET',
      path: '/programmes/action-plans',
      allowed: R,
      bad: { query: 'academicYear=x', field: 'academicYear' },
    },
    { method: 'GET', path: `/programmes/action-plans/${plan}`, allowed: R },
    {
      method: 'POST',
      path: `/programmes/action-plans/${plan}/items`,
      allowed: W,
      bad: { body: { title: 't', owner: 'o' }, field: 'version' },
    },
    {
      method: 'PATCH',
      path: `/programmes/action-plans/${plan}/items/${item}`,
      allowed: W,
      bad: { body: { status: 'closed', version: 1 }, field: 'status' },
    },
    {
      method: 'POST',
      path: '/programmes/projects',
      allowed: W,
      bad: { body: { title: 't', priority: 'fun', academicYear: '2025/26' }, field: 'priority' },
    },
    {
      method: 'GET',
      path: '/programmes/projects',
      allowed: R,
      bad: { query: 'priority=x', field: 'priority' },
    },
    { method: 'GET', path: `/programmes/projects/${project}`, allowed: R },
    {
      method: 'PATCH',
      path: `/programmes/projects/${project}`,
      allowed: W,
      bad: { body: { status: 'paused', version: 1 }, field: 'status' },
    },
    {
      method: 'POST',
      path: `/programmes/projects/${project}/reviews`,
      allowed: W,
      bad: { body: { date: '2026-06-30', summary: 's', outcome: 'pause' }, field: 'outcome' },
    },
    {
      method: 'POST',
      path: '/programmes/awards/cycles',
      allowed: W,
      bad: { body: { year: 2026.5, categories: ['a'], closesOn: '2026-05-01' }, field: 'year' },
    },
    {
      method: 'GET',
      path: '/programmes/awards/cycles',
      allowed: E,
      bad: { query: 'limit=500', field: 'limit' },
    },
    { method: 'GET', path: `/programmes/awards/cycles/${cycle}`, allowed: E },
    {
      method: 'POST',
      path: `/programmes/awards/cycles/${cycle}/nominations`,
      allowed: E,
      bad: {
        body: { nominee: { name: 'x', role: 'alien' }, category: 'Rep', citation: 'c' },
        field: 'nominee.role',
      },
    },
    {
      method: 'GET',
      path: `/programmes/awards/cycles/${cycle}/nominations`,
      allowed: R,
      bad: { query: 'status=won', field: 'status' },
    },
    {
      method: 'POST',
      path: `/programmes/awards/nominations/${nomination}/decision`,
      allowed: W,
      bad: { body: { decision: 'maybe' }, field: 'decision' },
    },
    { method: 'GET', path: `/programmes/awards/cycles/${cycle}/winners`, allowed: E },
    {
      method: 'POST',
      path: '/programmes/feedback',
      allowed: S,
      bad: { body: { school: 'LAW', subject: 's' }, field: 'body' },
    },
    {
      method: 'GET',
      path: '/programmes/feedback',
      allowed: [...W, ...S],
      bad: { query: 'overdue=maybe', field: 'overdue' },
    },
    { method: 'GET', path: `/programmes/feedback/${feedback}`, allowed: [...W, ...S] },
    {
      method: 'POST',
      path: `/programmes/feedback/${feedback}/responses`,
      allowed: [...W, 'student_rep'],
      bad: { body: { body: '' }, field: 'body' },
    },
    {
      method: 'POST',
      path: `/programmes/feedback/${feedback}/escalate`,
      allowed: [...W, ...S],
      bad: { body: {}, field: 'reason' },
    },
    {
      method: 'POST',
      path: `/programmes/feedback/${feedback}/close`,
      allowed: W,
      bad: { body: { outcome: ' ' }, field: 'outcome' },
    },
    {
      method: 'GET',
      path: '/programmes/you-said-we-did',
      allowed: E,
      bad: { query: 'school=law', field: 'school' },
    },
  ];
}

function charterBody(overrides: Record<string, unknown> = {}) {
  return {
    institution: 'London Metropolitan University',
    title: 'Student Partnership Agreement',
    academicYear: '2025/26',
    parties: ['students', "the Students' Union", 'the University'],
    commitments: ['Fairness, honesty and transparency'],
    expectations: ['Mutual respect and kindness'],
    ...overrides,
  };
}

describe('student partnership: who may do what, and bad input', () => {
  let stack: RunningStack;
  let pg: Client;
  const clients = {} as Record<Role, Api>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startStack('programmes-access', {
      programmes: true,
      gateway: { RATE_LIMIT_MAX: '100000' },
    });
    for (const role of ROLES)
      clients[role] = api(
        stack.gateway.url,
        await signTestToken({ sub: `u-${role}`, roles: [role], school: 'LAW' }),
      );
    pg = new Client({ connectionString: stack.db.url });
    await pg.connect();
    const staff = clients.partnership_staff;
    ids.charter = (await staff.post('/programmes/charters', charterBody())).body.id;
    ids.group = (
      await staff.post('/programmes/teaching-groups', {
        school: 'LAW',
        code: 'LLB1',
        name: 'LLB year 1',
        academicYear: '2025/26',
      })
    ).body.id;
    ids.forum = (await staff.post('/programmes/forums', { school: 'LAW', name: 'Law SSPF' })).body.id;
    ids.meeting = (
      await staff.post(`/programmes/forums/${ids.forum}/meetings`, { date: '2025-10-01', agenda: ['a'] })
    ).body.id;
    ids.involvement = (
      await staff.post('/programmes/involvements', {
        kind: 'focus_group',
        title: 'NSS',
        date: '2025-10-01',
        students: [{ name: 'A' }],
      })
    ).body.id;
    const plan = await staff.post('/programmes/action-plans', {
      school: 'LAW',
      academicYear: '2025/26',
      items: [{ title: 'Item', owner: 'Owner' }],
    });
    ids.plan = plan.body.id;
    ids.item = plan.body.items[0].id;
    ids.project = (
      await staff.post('/programmes/projects', {
        title: 'Voice',
        priority: 'student_voice',
        academicYear: '2025/26',
      })
    ).body.id;
    ids.cycle = (
      await staff.post('/programmes/awards/cycles', { year: 2030, categories: ['Rep'], closesOn: ukDate() })
    ).body.id;
    ids.nomination = (
      await clients.student.post(`/programmes/awards/cycles/${ids.cycle}/nominations`, {
        nominee: { name: 'N', role: 'student' },
        category: 'Rep',
        citation: 'c',
      })
    ).body.id;
    ids.feedback = (
      await clients.student.post('/programmes/feedback', { school: 'LAW', subject: 's', body: 'b' })
    ).body.id;
    expect(Object.values(ids).every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
  });

  afterAll(async () => {
    await pg?.end();
    await stack?.close();
  });

  async function call(client: Api, route: Route, body: unknown = {}, query = '') {
    const path = query ? `${route.path}?${query}` : route.path;
    switch (route.method) {
      case 'GET':
        return client.get(path);
      case 'POST':
        return client.post(path, body);
      case 'PATCH':
        return client.patch(path, body);
      case 'PUT':
        return client.put(path, body);
      case 'DELETE':
        return client.delete(path);
    }
  }

  it('refuses every role that may never call a route with 403, and no token with 401', async () => {
    const unexpected: string[] = [];
    for (const route of routes(ids)) {
      for (const role of ROLES.filter((r) => !route.allowed.includes(r))) {
        const response = await call(clients[role], route);
        if (response.status !== 403)
          unexpected.push(`${role} ${route.method} ${route.path}: ${response.status}`);
      }
      const anonymous = await call(api(stack.gateway.url), route);
      if (anonymous.status !== 401)
        unexpected.push(`no token ${route.method} ${route.path}: ${anonymous.status}`);
    }
    expect(unexpected).toEqual([]);
  });

  it('answers bad input with 400 naming the field, and stores nothing', async () => {
    const rowsBefore = await everyRow();
    const unexpected: string[] = [];
    const withBadInput = routes(ids).filter((route) => route.bad);
    const takesABody = routes(ids).filter(
      (r) => r.method !== 'GET' && r.method !== 'DELETE' && !r.path.endsWith('/publish'),
    );
    expect(takesABody.filter((r) => !r.bad)).toEqual([]);
    for (const route of withBadInput) {
      const role = route.allowed.includes('partnership_staff') ? 'partnership_staff' : route.allowed[0];
      const response = await call(clients[role], route, route.bad!.body ?? {}, route.bad!.query);
      const fields = (response.body?.details ?? []).map((d: { field: string }) => d.field);
      if (response.status !== 400 || !fields.includes(route.bad!.field))
        unexpected.push(
          `${route.method} ${route.path}: ${response.status} ${JSON.stringify(fields)} (wanted ${route.bad!.field})`,
        );
    }
    expect(unexpected).toEqual([]);
    expect(await everyRow()).toBe(rowsBefore);
  });

  it('rejects unknown fields rather than storing them', async () => {
    const response = await clients.student.post('/programmes/feedback', {
      school: 'LAW',
      subject: 's',
      body: 'b',
      authorName: 'someone else',
    });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([{ field: 'authorName', problem: 'is not an allowed field' }]);
  });

  it('answers ids outside a caller’s scope with 404', async () => {
    expect((await clients.student_rep.get(`/programmes/feedback/${ids.feedback}`)).status).toBe(404);
    expect((await clients.student.get('/programmes/charters/not-a-uuid')).status).toBe(404);
    // A draft charter does not exist for students.
    expect((await clients.student.get(`/programmes/charters/${ids.charter}`)).status).toBe(404);
    // A rep of no group of the school may not add agenda items.
    const refused = await clients.student_rep.post(`/programmes/meetings/${ids.meeting}/agenda-items`, {
      text: 'x',
    });
    expect(refused.status).toBe(403);
  });

  async function everyRow(): Promise<string> {
    const tables = await pg.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'programmes' and table_name not like 'mikro%' order by 1`,
    );
    const counts: string[] = [];
    for (const { table_name } of tables.rows) {
      const count = await pg.query<{ n: string; v: string }>(
        `select count(*) as n, coalesce(sum(hashtext(t::text)), 0) as v from programmes."${table_name}" t`,
      );
      counts.push(`${table_name}:${count.rows[0].n}:${count.rows[0].v}`);
    }
    return counts.join(' ');
  }
});
