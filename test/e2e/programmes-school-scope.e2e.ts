import { signTestToken } from '@app/testing';
import { api, type RunningStack, startStack } from '../support/stack';

type Api = ReturnType<typeof api>;

/**
 * PRODUCT.md: partnership staff with a `school` claim see only that school's teaching groups, reps,
 * forums, meetings, action plans, involvements and feedback; others answer 404.
 */
describe('partnership staff with a school claim', () => {
  let stack: RunningStack;
  let admin: Api;
  let mech: Api;
  let civl: Api;
  let rep: Api;
  let student: Api;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startStack('programmes-school', {
      programmes: true,
      gateway: { RATE_LIMIT_MAX: '100000' },
    });
    const url = stack.gateway.url;
    admin = api(url, await signTestToken({ sub: 'admin-1', roles: ['admin'] }));
    mech = api(url, await signTestToken({ sub: 'staff-mech', roles: ['partnership_staff'], school: 'MECH' }));
    civl = api(url, await signTestToken({ sub: 'staff-civl', roles: ['partnership_staff'], school: 'CIVL' }));
    rep = api(
      url,
      await signTestToken({ sub: 'rep-mech', name: 'Rep', roles: ['student_rep'], school: 'MECH' }),
    );
    student = api(url, await signTestToken({ sub: 'stu-mech', roles: ['student'], school: 'MECH' }));

    ids.group = (
      await admin.post('/programmes/teaching-groups', {
        school: 'MECH',
        code: 'ME1',
        name: 'Mechanical year 1',
        academicYear: '2025/26',
      })
    ).body.id;
    await admin.put(`/programmes/teaching-groups/${ids.group}/representative`, {
      studentId: 'rep-mech',
      name: 'Rep',
    });
    ids.forum = (await admin.post('/programmes/forums', { school: 'MECH', name: 'MECH SSPF' })).body.id;
    ids.meeting = (
      await admin.post(`/programmes/forums/${ids.forum}/meetings`, { date: '2025-10-01', agenda: ['a'] })
    ).body.id;
    const plan = await admin.post('/programmes/action-plans', {
      school: 'MECH',
      academicYear: '2025/26',
      items: [{ title: 'Item', owner: 'Owner' }],
    });
    ids.plan = plan.body.id;
    ids.item = plan.body.items[0].id;
    ids.involvement = (
      await admin.post('/programmes/involvements', {
        kind: 'focus_group',
        title: 'NSS',
        school: 'MECH',
        date: '2025-10-01',
        students: [{ name: 'A' }],
      })
    ).body.id;
    ids.feedback = (
      await student.post('/programmes/feedback', {
        school: 'MECH',
        teachingGroupId: ids.group,
        subject: 'Workshop hours',
        body: 'b',
      })
    ).body.id;
    expect(Object.values(ids).every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
  });

  afterAll(async () => {
    await stack?.close();
  });

  it("answer 404 for another school's records, and 200 for their own school's", async () => {
    const reads = [
      `/programmes/teaching-groups/${ids.group}`,
      `/programmes/forums/${ids.forum}`,
      `/programmes/forums/${ids.forum}/meetings`,
      `/programmes/meetings/${ids.meeting}`,
      `/programmes/action-plans/${ids.plan}`,
      `/programmes/involvements/${ids.involvement}`,
      `/programmes/feedback/${ids.feedback}`,
    ];
    for (const path of reads) {
      expect([path, (await civl.get(path)).status]).toEqual([path, 404]);
      expect([path, (await mech.get(path)).status]).toEqual([path, 200]);
    }
    const writes: ['post' | 'put' | 'patch' | 'delete', string, unknown][] = [
      ['patch', `/programmes/teaching-groups/${ids.group}`, { name: 'x', version: 1 }],
      ['put', `/programmes/teaching-groups/${ids.group}/representative`, { studentId: 's', name: 'S' }],
      ['delete', `/programmes/teaching-groups/${ids.group}/representative`, undefined],
      ['patch', `/programmes/forums/${ids.forum}`, { name: 'x', version: 1 }],
      ['post', `/programmes/forums/${ids.forum}/meetings`, { date: '2025-11-01', agenda: ['a'] }],
      ['patch', `/programmes/meetings/${ids.meeting}`, { agenda: ['b'], version: 1 }],
      ['post', `/programmes/meetings/${ids.meeting}/agenda-items`, { text: 'x' }],
      ['put', `/programmes/meetings/${ids.meeting}/minutes`, { text: 'x' }],
      ['post', `/programmes/action-plans/${ids.plan}/items`, { title: 't', owner: 'o', version: 1 }],
      ['patch', `/programmes/action-plans/${ids.plan}/items/${ids.item}`, { status: 'done', version: 1 }],
      ['patch', `/programmes/involvements/${ids.involvement}`, { title: 'x', version: 1 }],
      ['delete', `/programmes/involvements/${ids.involvement}`, undefined],
      ['post', `/programmes/feedback/${ids.feedback}/responses`, { body: 'x' }],
      ['post', `/programmes/feedback/${ids.feedback}/escalate`, { reason: 'x' }],
      ['post', `/programmes/feedback/${ids.feedback}/close`, { outcome: 'x' }],
    ];
    for (const [method, path, body] of writes) {
      const response = method === 'delete' ? await civl.delete(path) : await civl[method](path, body);
      expect([method, path, response.status]).toEqual([method, path, 404]);
    }
    // Nothing was changed by the refused writes.
    const group = await mech.get(`/programmes/teaching-groups/${ids.group}`);
    expect(group.body).toMatchObject({
      name: 'Mechanical year 1',
      version: 1,
      representative: { name: 'Rep' },
    });
    expect((await mech.get(`/programmes/feedback/${ids.feedback}`)).body).toMatchObject({
      status: 'open',
      responses: [],
    });
    expect((await mech.get(`/programmes/involvements/${ids.involvement}`)).status).toBe(200);
  });

  it("leave another school's records out of lists, even when asked for by school", async () => {
    const lists = [
      '/programmes/teaching-groups',
      '/programmes/forums',
      '/programmes/action-plans',
      '/programmes/involvements',
      '/programmes/feedback',
    ];
    for (const path of lists) {
      for (const query of ['', '?school=MECH']) {
        const civlList = await civl.get(`${path}${query}`);
        expect([path, query, civlList.status, civlList.body.total]).toEqual([path, query, 200, 0]);
      }
      expect([path, (await mech.get(path)).body.total]).toEqual([path, 1]);
    }
    expect((await civl.get('/programmes/representatives')).body.items).toEqual([]);
    expect((await mech.get('/programmes/representatives')).body.items).toHaveLength(1);
  });

  it('may not create records for another school (403, nothing stored)', async () => {
    const creates: [string, unknown][] = [
      ['/programmes/teaching-groups', { school: 'MECH', code: 'ME2', name: 'n', academicYear: '2025/26' }],
      ['/programmes/forums', { school: 'MECH', name: 'Another' }],
      ['/programmes/action-plans', { school: 'MECH', academicYear: '2026/27', items: [] }],
      [
        '/programmes/involvements',
        { kind: 'workshop', title: 't', school: 'MECH', date: '2025-10-02', students: [{ name: 'B' }] },
      ],
    ];
    for (const [path, body] of creates) {
      const response = await civl.post(path, body);
      expect([path, response.status, response.body.details]).toEqual([
        path,
        403,
        [{ field: 'school', problem: 'must be CIVL' }],
      ]);
    }
    for (const path of ['/programmes/teaching-groups', '/programmes/forums', '/programmes/action-plans'])
      expect((await admin.get(path)).body.total).toBe(1);
    expect((await admin.get('/programmes/involvements')).body.total).toBe(1);
  });

  it('keep escalated feedback escalated when its rep responds at the new level', async () => {
    const id = (
      await student.post('/programmes/feedback', {
        school: 'MECH',
        teachingGroupId: ids.group,
        subject: 'Exam clash',
        body: 'b',
      })
    ).body.id;
    expect(
      (await rep.post(`/programmes/feedback/${id}/responses`, { body: 'Looking into it' })).body.status,
    ).toBe('responded');
    expect(
      (await student.post(`/programmes/feedback/${id}/escalate`, { reason: 'Still clashing' })).body,
    ).toMatchObject({ status: 'escalated', level: 'sspf' });
    const answered = await rep.post(`/programmes/feedback/${id}/responses`, { body: 'Raised at the SSPF' });
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({ status: 'escalated', level: 'sspf' });
    expect(answered.body.responses).toHaveLength(2);
    expect(
      (await mech.post(`/programmes/feedback/${id}/responses`, { body: 'Timetable fixed' })).body.status,
    ).toBe('escalated');
    await mech.post(`/programmes/feedback/${id}/close`, { outcome: 'Exams moved' });
    expect((await student.get(`/programmes/feedback/${id}`)).body.status).toBe('closed');
  });

  it("let a rep read and escalate anonymous feedback of their group, which stays its author's", async () => {
    const id = (
      await student.post('/programmes/feedback', {
        school: 'MECH',
        teachingGroupId: ids.group,
        subject: 'Anonymous about the group',
        body: 'b',
        anonymous: true,
      })
    ).body.id;
    expect((await rep.get(`/programmes/feedback/${id}`)).body).toMatchObject({ mine: false, author: null });
    expect(
      (await rep.post(`/programmes/feedback/${id}/escalate`, { reason: 'For the SSPF' })).body,
    ).toMatchObject({
      level: 'sspf',
      mine: false,
    });
    expect((await student.get(`/programmes/feedback/${id}`)).body).toMatchObject({
      mine: true,
      level: 'sspf',
    });
    expect((await civl.get(`/programmes/feedback/${id}`)).status).toBe(404);
  });
});
