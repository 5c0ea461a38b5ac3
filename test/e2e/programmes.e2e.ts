import { ukDate } from '@app/contracts';
import { signTestToken } from '@app/testing';
import { Client } from 'pg';
import { seedDemo } from '../../tools/demo/seed-demo';
import { api, type RunningStack, startStack } from '../support/stack';

type Api = ReturnType<typeof api>;

const daysFromToday = (days: number) => {
  const date = new Date(`${ukDate()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

describe('the student partnership through the gateway', () => {
  let stack: RunningStack;
  let staff: Api;
  let admin: Api;
  let leader: Api;
  let rep: Api;
  let otherRep: Api;
  let student: Api;
  let classmate: Api;
  let pg: Client;

  beforeAll(async () => {
    stack = await startStack('programmes-e2e', { programmes: true, gateway: { RATE_LIMIT_MAX: '100000' } });
    const as = async (sub: string, roles: Parameters<typeof signTestToken>[0]['roles'], school?: string) =>
      api(stack.gateway.url, await signTestToken({ sub, roles, school, name: `Name of ${sub}` }));
    staff = await as('staff-1', ['partnership_staff']);
    admin = await as('admin-1', ['admin']);
    leader = await as('leader-1', ['leadership']);
    rep = await as('stu-rep-a', ['student_rep'], 'ENG-MECH');
    otherRep = await as('stu-rep-c', ['student_rep'], 'ENG-MECH');
    student = await as('stu-law-7', ['student'], 'LAW');
    classmate = await as('stu-law-8', ['student'], 'LAW');
    pg = new Client({ connectionString: stack.db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await pg?.end();
    await stack?.close();
  });

  it('walks the done-means story: groups, reps, an SSPF, anonymous feedback to "you said, we did", closed awards', async () => {
    // A school with three teaching groups; reps appointed to two.
    const groups: string[] = [];
    for (const code of ['MECH1-A', 'MECH1-B', 'MECH1-C']) {
      const created = await staff.post('/programmes/teaching-groups', {
        school: 'ENG-MECH',
        code,
        name: `Mechanical engineering year 1, group ${code.slice(-1)}`,
        academicYear: '2025/26',
      });
      expect(created.status).toBe(201);
      groups.push(created.body.id);
    }
    expect(
      (
        await staff.put(`/programmes/teaching-groups/${groups[0]}/representative`, {
          studentId: 'stu-rep-a',
          name: 'Asha Rep',
          email: 'asha@student.example',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await staff.put(`/programmes/teaching-groups/${groups[1]}/representative`, {
          studentId: 'stu-rep-b',
          name: 'Ben Rep',
        })
      ).status,
    ).toBe(200);
    const coverage = await leader.get(
      '/programmes/representatives/coverage?school=ENG-MECH&academicYear=2025/26',
    );
    expect(coverage.body.items).toEqual([
      { school: 'ENG-MECH', academicYear: '2025/26', groups: 3, withRepresentative: 2, coverage: 2 / 3 },
    ]);

    // The forum meets; a rep adds an agenda item; staff write and publish the minutes.
    const forum = await staff.post('/programmes/forums', {
      school: 'ENG-MECH',
      name: 'Mechanical Engineering SSPF',
    });
    expect(forum.status).toBe(201);
    const meeting = await staff.post(`/programmes/forums/${forum.body.id}/meetings`, {
      date: daysFromToday(-7),
      agenda: ['Lab timetabling', 'NSS results'],
      attendees: [
        { name: 'Asha Rep', role: 'student' },
        { name: 'Dr Staff', role: 'staff' },
      ],
    });
    expect(meeting.status).toBe(201);
    const added = await rep.post(`/programmes/meetings/${meeting.body.id}/agenda-items`, {
      text: 'Feedback turnaround',
    });
    expect(added.status).toBe(201);
    expect(added.body.agendaItems[2]).toEqual({
      text: 'Feedback turnaround',
      addedBy: { name: 'Name of stu-rep-a', role: 'representative' },
    });
    const minutesText = 'Agreed: lab slots move to mornings. Actions: timetabling office by week 6.';
    expect(
      (await staff.put(`/programmes/meetings/${meeting.body.id}/minutes`, { text: minutesText })).status,
    ).toBe(200);

    // Before publication a student of another school sees the meeting but not the minutes.
    const early = await student.get(`/programmes/meetings/${meeting.body.id}`);
    expect(early.status).toBe(200);
    expect(early.body.minutes).toBeNull();
    expect((await student.get(`/programmes/meetings/${meeting.body.id}/minutes`)).status).toBe(404);
    expect((await leader.get(`/programmes/meetings/${meeting.body.id}`)).body.minutes.text).toBe(minutesText);

    const published = await staff.post(`/programmes/meetings/${meeting.body.id}/minutes/publish`);
    expect(published.status).toBe(200);
    const read = await student.get(`/programmes/forums/${forum.body.id}/meetings`);
    expect(read.body.items[0].minutes.text).toBe(minutesText);
    expect((await student.get(`/programmes/meetings/${meeting.body.id}/minutes`)).body.text).toBe(
      minutesText,
    );

    // Anonymous feedback from that student, escalated to the SSPF and closed.
    const feedback = await student.post('/programmes/feedback', {
      school: 'LAW',
      subject: 'Library opening hours in exam season',
      body: 'The law library closes at 8pm during exams.',
      expectation: 'open, effective and timely communication',
      anonymous: true,
    });
    expect(feedback.status).toBe(201);
    expect(feedback.body).toMatchObject({
      status: 'open',
      level: 'course_rep',
      anonymous: true,
      author: null,
      mine: true,
    });
    const id = feedback.body.id;
    const escalated = await staff.post(`/programmes/feedback/${id}/escalate`, {
      reason: 'Needs the whole school',
    });
    expect(escalated.status).toBe(200);
    expect(escalated.body).toMatchObject({ status: 'escalated', level: 'sspf' });
    const closed = await staff.post(`/programmes/feedback/${id}/close`, {
      outcome: 'The library now opens until midnight in exam weeks.',
    });
    expect(closed.status).toBe(200);
    const yswd = await student.get('/programmes/you-said-we-did?school=LAW');
    expect(yswd.body.items).toEqual([
      expect.objectContaining({
        id,
        youSaid: 'Library opening hours in exam season',
        weDid: 'The library now opens until midnight in exam weeks.',
        level: 'sspf',
      }),
    ]);
    // Staff and admin never learn who wrote it; the author still finds it as theirs.
    for (const viewer of [staff, admin]) {
      const seen = await viewer.get(`/programmes/feedback/${id}`);
      expect(seen.body.author).toBeNull();
      expect(seen.body.mine).toBe(false);
      expect(JSON.stringify(seen.body)).not.toContain('stu-law-7');
      expect(JSON.stringify((await viewer.get('/programmes/feedback')).body)).not.toContain('stu-law-7');
    }
    expect((await student.get(`/programmes/feedback/${id}`)).body.mine).toBe(true);
    const row = await pg.query(
      'select author_id, author_name, author_key from programmes.feedback where id = $1',
      [id],
    );
    expect(row.rows[0].author_id).toBeNull();
    expect(row.rows[0].author_name).toBeNull();
    expect(row.rows[0].author_key).not.toContain('stu-law-7');

    // Nominations after the closing date are refused.
    const cycle = await staff.post('/programmes/awards/cycles', {
      year: 2025,
      categories: ['Outstanding rep'],
      closesOn: daysFromToday(-1),
    });
    expect(cycle.status).toBe(201);
    const late = await student.post(`/programmes/awards/cycles/${cycle.body.id}/nominations`, {
      nominee: { name: 'Asha Rep', role: 'student' },
      category: 'Outstanding rep',
      citation: 'Turned the lab timetable around.',
    });
    expect(late.status).toBe(409);
    expect(late.body.closesOn).toBe(daysFromToday(-1));
    expect((await pg.query('select count(*)::int as n from programmes.nomination')).rows[0].n).toBe(0);
  });

  it('keeps exactly one representative per group, with the history', async () => {
    const group = await staff.post('/programmes/teaching-groups', {
      school: 'ENG-CIV',
      code: 'CIV2',
      name: 'Civil engineering year 2',
      academicYear: '2025/26',
    });
    const appoint = (studentId: string, name: string) =>
      staff.put(`/programmes/teaching-groups/${group.body.id}/representative`, { studentId, name });
    const results = await Promise.all([
      appoint('s-1', 'First'),
      appoint('s-2', 'Second'),
      appoint('s-3', 'Third'),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const current = await pg.query(
      'select count(*)::int as n from programmes.representative_term where teaching_group_id = $1 and ended_at is null',
      [group.body.id],
    );
    expect(current.rows[0].n).toBe(1);
    const seen = await staff.get(`/programmes/teaching-groups/${group.body.id}`);
    expect(seen.body.representativeHistory).toHaveLength(2);
    expect(seen.body.representative.studentId).toBeDefined();

    // Students see names and groups only; staff see contact details too.
    const forStudents = await student.get('/programmes/representatives?school=ENG-CIV');
    expect(forStudents.body.items[0]).toEqual({
      teachingGroup: expect.objectContaining({ code: 'CIV2' }),
      academicYear: '2025/26',
      name: seen.body.representative.name,
      startedAt: expect.any(String),
      endedAt: null,
    });
    const forLeaders = await leader.get('/programmes/representatives?school=ENG-CIV');
    expect(forLeaders.body.items[0].email).toBeUndefined();
    const forStaff = await staff.get('/programmes/representatives?school=ENG-CIV');
    expect(forStaff.body.items[0]).toHaveProperty('email');

    expect((await staff.delete(`/programmes/teaching-groups/${group.body.id}/representative`)).status).toBe(
      204,
    );
    expect((await staff.get(`/programmes/teaching-groups/${group.body.id}`)).body.representative).toBeNull();
    const duplicate = await staff.post('/programmes/teaching-groups', {
      school: 'ENG-CIV',
      code: 'CIV2',
      name: 'Again',
      academicYear: '2025/26',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.existingId).toBe(group.body.id);
  });

  it("lets a rep respond to their group's feedback and refuses everyone else's", async () => {
    const group = await staff.post('/programmes/teaching-groups', {
      school: 'ENG-MECH',
      code: 'MECH2',
      name: 'Year 2',
      academicYear: '2025/26',
    });
    await staff.put(`/programmes/teaching-groups/${group.body.id}/representative`, {
      studentId: 'stu-rep-c',
      name: 'C',
    });
    const mine = await classmate.post('/programmes/feedback', {
      school: 'ENG-MECH',
      teachingGroupId: group.body.id,
      subject: 'Coursework deadlines clash',
      body: 'Three deadlines in week 9.',
    });
    expect(mine.status).toBe(201);
    expect(mine.body.author).toEqual({ name: 'Name of stu-law-8' });
    // Another student: 404, as if it did not exist.
    expect((await student.get(`/programmes/feedback/${mine.body.id}`)).status).toBe(404);
    expect(
      (await student.get('/programmes/feedback')).body.items.map((f: { id: string }) => f.id),
    ).not.toContain(mine.body.id);
    // The rep of another group of the school cannot respond.
    expect((await rep.post(`/programmes/feedback/${mine.body.id}/responses`, { body: 'Hi' })).status).toBe(
      404,
    );
    const answered = await otherRep.post(`/programmes/feedback/${mine.body.id}/responses`, {
      body: 'Raised with the module leaders.',
    });
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({
      status: 'responded',
      responses: [{ by: { role: 'representative' } }],
    });
    expect(answered.body.firstResponseAt).not.toBeNull();
    // The author escalates it; after the school committee there is nowhere to go.
    expect(
      (await classmate.post(`/programmes/feedback/${mine.body.id}/escalate`, { reason: 'No change' })).body
        .level,
    ).toBe('sspf');
    expect(
      (await staff.post(`/programmes/feedback/${mine.body.id}/escalate`, { reason: 'Policy' })).body.level,
    ).toBe('school_committee');
    const past = await staff.post(`/programmes/feedback/${mine.body.id}/escalate`, { reason: 'More' });
    expect(past.status).toBe(409);
    expect(
      (await classmate.post(`/programmes/feedback/${mine.body.id}/close`, { outcome: 'x' })).status,
    ).toBe(403);
    // The author's escalation is recorded without naming them.
    const escalations = (await staff.get(`/programmes/feedback/${mine.body.id}`)).body.escalations;
    expect(escalations[0].by).toEqual({ name: null, role: 'author' });

    const service = await classmate.post('/programmes/feedback', {
      school: 'ENG-MECH',
      subject: 'Wi-Fi in the Parkinson building',
      body: 'Drops every hour.',
      service: 'IT',
    });
    expect(service.body.level).toBe('service_desk');
  });

  it('tells each caller what they may do next to feedback (allowedActions), as the service decides it', async () => {
    const group = await staff.post('/programmes/teaching-groups', {
      school: 'ENG-MECH',
      code: 'MECH3',
      name: 'Year 3',
      academicYear: '2025/26',
    });
    await staff.put(`/programmes/teaching-groups/${group.body.id}/representative`, {
      studentId: 'stu-rep-c',
      name: 'C',
    });
    const submitted = await classmate.post('/programmes/feedback', {
      school: 'ENG-MECH',
      teachingGroupId: group.body.id,
      subject: 'Lab sessions overlap',
      body: 'Two labs at once on Tuesdays.',
    });
    expect(submitted.body.allowedActions).toEqual(['escalate']);
    const id = submitted.body.id;
    const actionsOf = async (viewer: Api) =>
      (await viewer.get(`/programmes/feedback/${id}`)).body.allowedActions;
    expect(await actionsOf(classmate)).toEqual(['escalate']);
    expect(await actionsOf(otherRep)).toEqual(['respond', 'escalate']);
    expect(await actionsOf(staff)).toEqual(['respond', 'escalate', 'close']);
    const listed = (await staff.get('/programmes/feedback')).body.items.find(
      (f: { id: string }) => f.id === id,
    );
    expect(listed.allowedActions).toEqual(['respond', 'escalate', 'close']);
    // At the last level nobody may escalate; closed, nobody may do anything.
    await staff.post(`/programmes/feedback/${id}/escalate`, { reason: 'Timetabling' });
    const top = await staff.post(`/programmes/feedback/${id}/escalate`, { reason: 'Policy' });
    expect(top.body.allowedActions).toEqual(['respond', 'close']);
    expect(await actionsOf(classmate)).toEqual([]);
    const closed = await staff.post(`/programmes/feedback/${id}/close`, {
      outcome: 'Labs moved to Thursday',
    });
    expect(closed.body.allowedActions).toEqual([]);
    expect(await actionsOf(otherRep)).toEqual([]);
  });

  it('shows feedback past its first-response deadline as overdue to partnership staff', async () => {
    const late = await classmate.post('/programmes/feedback', {
      school: 'LAW',
      subject: 'Old',
      body: 'Waiting',
    });
    await pg.query(`update programmes.feedback set due_by = current_date - 1 where id = $1`, [late.body.id]);
    const overdue = await staff.get('/programmes/feedback?overdue=true');
    expect(overdue.status).toBe(200);
    expect(overdue.body.items.map((f: { id: string }) => f.id)).toEqual([late.body.id]);
    expect(overdue.body.items[0].overdue).toBe(true);
    const notOverdue = await staff.get('/programmes/feedback?overdue=false');
    expect(notOverdue.body.items.map((f: { id: string }) => f.id)).not.toContain(late.body.id);
    await staff.post(`/programmes/feedback/${late.body.id}/responses`, { body: 'Sorry for the wait' });
    expect((await staff.get('/programmes/feedback?overdue=true')).body.items).toEqual([]);
  });

  it('versions and publishes charters; everyone reads the current one', async () => {
    const draft = await staff.post('/programmes/charters', {
      institution: 'University of Leeds',
      title: 'The Leeds Partnership',
      academicYear: '2025/26',
      parties: ['the University of Leeds', 'Leeds University Union', 'staff', 'students'],
      commitments: ['be responsible, accessible and respectful'],
      expectations: ['respect for the views and opinions of others'],
    });
    expect(draft.status).toBe(201);
    // Partnership staff may change and publish a draft; leadership reads it but may not.
    expect(draft.body.allowedActions).toEqual(['update', 'publish']);
    expect((await leader.get(`/programmes/charters/${draft.body.id}`)).body.allowedActions).toEqual([]);
    expect((await student.get(`/programmes/charters/${draft.body.id}`)).status).toBe(404);
    expect((await student.get('/programmes/charters/current')).status).toBe(404);
    const published = await staff.post(`/programmes/charters/${draft.body.id}/publish`);
    expect(published.body).toMatchObject({ status: 'published', allowedActions: [] });
    expect((await student.get('/programmes/charters/current')).body.id).toBe(draft.body.id);
    const edit = await staff.patch(`/programmes/charters/${draft.body.id}`, { title: 'Changed', version: 1 });
    expect(edit.status).toBe(409);

    const next = await staff.post('/programmes/charters', {
      ...pick(draft.body),
      title: 'The Leeds Partnership (revised)',
    });
    expect(next.status).toBe(201);
    expect(
      (await staff.patch(`/programmes/charters/${next.body.id}`, { title: 'x', version: 9 })).status,
    ).toBe(409);
    await staff.post(`/programmes/charters/${next.body.id}/publish`);
    expect((await student.get('/programmes/charters/current')).body.title).toBe(
      'The Leeds Partnership (revised)',
    );
    expect((await staff.get(`/programmes/charters/${draft.body.id}`)).body.status).toBe('superseded');
  });

  it('records involvements, action plans with student input, and project reviews', async () => {
    const involvement = await staff.post('/programmes/involvements', {
      kind: 'staff_recruitment',
      title: 'Lecturer in robotics: candidate presentations',
      school: 'ENG-MECH',
      date: '2025-11-12',
      students: [{ name: 'Asha Rep', studentId: 'stu-rep-a' }, { name: 'Dan' }],
      staff: ['Prof Head'],
      outcome: 'Student panel scores fed into the decision',
    });
    expect(involvement.status).toBe(201);
    expect((await leader.get(`/programmes/involvements/${involvement.body.id}`)).body.students).toEqual([
      { name: 'Asha Rep' },
      { name: 'Dan' },
    ]);
    expect((await staff.get('/programmes/involvements?kind=staff_recruitment')).body.total).toBe(1);

    const plan = await staff.post('/programmes/action-plans', {
      school: 'ENG-MECH',
      academicYear: '2025/26',
      items: [{ title: 'Return coursework feedback within 3 weeks', owner: 'Director of Student Education' }],
    });
    expect(plan.status).toBe(201);
    const itemId = plan.body.items[0].id;
    const updated = await staff.patch(`/programmes/action-plans/${plan.body.id}/items/${itemId}`, {
      status: 'in_progress',
      studentInput: 'SSPF asked for a tracker visible to students',
      version: plan.body.version,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.items[0]).toMatchObject({
      status: 'in_progress',
      studentInput: 'SSPF asked for a tracker visible to students',
    });
    expect(updated.body.progress).toEqual({ items: 1, done: 0, withStudentInput: 1 });
    const stale = await staff.patch(`/programmes/action-plans/${plan.body.id}/items/${itemId}`, {
      status: 'done',
      version: plan.body.version,
    });
    expect(stale.status).toBe(409);
    const again = await staff.post('/programmes/action-plans', {
      school: 'ENG-MECH',
      academicYear: '2025/26',
      items: [],
    });
    expect(again.status).toBe(409);

    const project = await staff.post('/programmes/projects', {
      title: 'Wellbeing champions',
      priority: 'mental_health',
      objectives: ['Adequate support for students experiencing mental health difficulties'],
      academicYear: '2025/26',
      leads: [
        { name: 'Sam Student', role: 'student' },
        { name: 'Dr Care', role: 'staff' },
      ],
    });
    expect(project.body.status).toBe('proposed');
    const reviewed = await staff.post(`/programmes/projects/${project.body.id}/reviews`, {
      date: '2026-06-30',
      summary: 'Champions in every school; keep going',
      outcome: 'continue',
    });
    expect(reviewed.status).toBe(201);
    expect(reviewed.body.status).toBe('active');
    const finished = await staff.post(`/programmes/projects/${project.body.id}/reviews`, {
      date: '2027-06-30',
      summary: 'Done',
      outcome: 'complete',
    });
    expect(finished.body).toMatchObject({
      status: 'completed',
      reviews: [{ outcome: 'continue' }, { outcome: 'complete' }],
    });
    const events = await pg.query(
      `select payload from programmes.outbox where type = 'project.status_changed' and aggregate_id = $1 order by occurred_at`,
      [project.body.id],
    );
    expect(events.rows.map((r) => r.payload.status)).toEqual(['proposed', 'active', 'completed']);
  });

  it('runs an awards cycle: nominations while open, decisions, public winners', async () => {
    const cycle = await staff.post('/programmes/awards/cycles', {
      year: 2026,
      categories: ['Partnership in teaching', 'Outstanding rep'],
      closesOn: ukDate(),
    });
    expect(cycle.body.open).toBe(true);
    const nomination = await student.post(`/programmes/awards/cycles/${cycle.body.id}/nominations`, {
      nominee: { name: 'Dr Kind', role: 'staff' },
      category: 'Partnership in teaching',
      citation: 'Co-designed the module with us.',
    });
    expect(nomination.status).toBe(201);
    const wrong = await student.post(`/programmes/awards/cycles/${cycle.body.id}/nominations`, {
      nominee: { name: 'X', role: 'staff' },
      category: 'Best lunch',
      citation: 'c',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toEqual([
      { field: 'category', problem: 'must be one of Partnership in teaching, Outstanding rep' },
    ]);
    expect(
      (
        await staff.post(`/programmes/awards/nominations/${nomination.body.id}/decision`, {
          decision: 'winner',
        })
      ).status,
    ).toBe(200);
    expect((await student.get(`/programmes/awards/cycles/${cycle.body.id}/winners`)).body.items).toEqual([
      {
        category: 'Partnership in teaching',
        nominee: { name: 'Dr Kind', role: 'staff' },
        citation: 'Co-designed the module with us.',
      },
    ]);
    expect(
      (await staff.post('/programmes/awards/cycles', { year: 2026, categories: ['A'], closesOn: ukDate() }))
        .status,
    ).toBe(409);
  });

  it('publishes events for the student-partnership report, never with a feedback author', async () => {
    const rows = await pg.query<{ type: string; payload: Record<string, unknown> }>(
      'select type, payload from programmes.outbox',
    );
    const types = new Set(rows.rows.map((row) => row.type));
    for (const type of [
      'teaching_group.created',
      'representative.appointed',
      'meeting.scheduled',
      'meeting.held',
      'minutes.published',
      'involvement.recorded',
      'feedback.opened',
      'feedback.responded',
      'feedback.escalated',
      'feedback.closed',
      'project.status_changed',
      'nomination.submitted',
      'nomination.decided',
      'charter.published',
    ])
      expect(types).toContain(type);
    const feedbackEvents = JSON.stringify(rows.rows.filter((row) => row.type.startsWith('feedback.')));
    for (const sub of ['stu-law-7', 'stu-law-8', 'Name of stu-law'])
      expect(feedbackEvents).not.toContain(sub);
  });
});

/** The body of a charter as it can be posted again. */
function pick(charter: Record<string, unknown>) {
  const {
    id: _i,
    status: _s,
    publishedAt: _p,
    createdAt: _c,
    updatedAt: _u,
    version: _v,
    allowedActions: _a,
    ...rest
  } = charter;
  return rest;
}

describe('demo data', () => {
  let stack: RunningStack;

  beforeAll(async () => {
    stack = await startStack('programmes-demo', { programmes: true, gateway: { RATE_LIMIT_MAX: '100000' } });
  });
  afterAll(() => stack?.close());

  it('loads both source documents as published charters through the API, once', async () => {
    const token = await signTestToken({ roles: ['partnership_staff'] });
    const loaded = await seedDemo(stack.gateway.url, token);
    expect(loaded).toEqual([
      'charter: Student Partnership Agreement',
      'charter: The Leeds Partnership',
      'project: Mental health and wellbeing',
      'project: Student voice review',
      'project: Employability skills',
    ]);
    expect(await seedDemo(stack.gateway.url, token)).toEqual([]);
    const student = api(stack.gateway.url, await signTestToken({ roles: ['student'], school: 'LAW' }));
    const current = await student.get('/programmes/charters/current');
    expect(current.body).toMatchObject({
      title: 'The Leeds Partnership',
      status: 'published',
      commitments: expect.arrayContaining(['help each other to reflect, develop and improve']),
    });
    expect(current.body.expectations).toHaveLength(12);
    const all = await student.get('/programmes/charters');
    expect(all.body.items.map((c: { title: string }) => c.title)).toEqual([
      'The Leeds Partnership',
      'Student Partnership Agreement',
    ]);
    expect(all.body.items[1].values).toHaveLength(5);
  });
});
