import type { DomainEvent, DomainEventEnvelope, ProgrammeEventTypeName } from '@app/contracts';
import { eventHandlerFor } from '@app/messaging';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { MikroORM } from '@mikro-orm/postgresql';
import { REPORTING_HANDLERS } from '../../apps/reporting/src/ingest/event-handlers';
import { reportingOrmConfig } from '../../apps/reporting/src/orm.config';
import { ReportFreshness } from '../../apps/reporting/src/reports/report-freshness';
import { StudentPartnershipReport } from '../../apps/reporting/src/reports/student-partnership.report';

type ProgrammeEvent = DomainEventEnvelope<ProgrammeEventTypeName>;

const id = (n: number) => `30000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
let position = 0;
/** One programme event, numbered in the order it happened (occurredAt follows the order of the list). */
const at = (occurredAt: string, event: DomainEvent<ProgrammeEventTypeName>): ProgrammeEvent => ({
  ...event,
  id: id(1000 + ++position),
  source: 'programmes',
  occurredAt,
});

const [G1, G2, G3, G4] = [1, 2, 3, 4].map(id);
const [M1, M2] = [11, 12].map(id);
const [F1, F2, F3] = [21, 22, 23].map(id);
const [I1, I2, I3] = [31, 32, 33].map(id);
const [P1, P2, P3] = [41, 42, 43].map(id);
const [N1, N2, N3] = [51, 52, 53].map(id);
const group = (groupId: string, school: string, academicYear: string) => ({
  type: 'teaching_group.created' as const,
  version: 1 as const,
  aggregateId: groupId,
  payload: { id: groupId, school, code: `G-${groupId.slice(-2)}`, academicYear },
});
const term = (
  type: 'representative.appointed' | 'representative.term_ended',
  groupId: string,
  school: string,
) => ({
  type,
  version: 1 as const,
  aggregateId: groupId,
  payload: { teachingGroupId: groupId, school, academicYear: '2025/26', at: '2025-09-20T10:00:00.000Z' },
});
const meeting = (
  type: 'meeting.scheduled' | 'meeting.held' | 'minutes.published',
  meetingId: string,
  school: string,
  date: string,
  publishedAt?: string,
) => ({
  type,
  version: 1 as const,
  aggregateId: meetingId,
  payload: { id: meetingId, forumId: id(99), school, date, ...(publishedAt ? { publishedAt } : {}) },
});
const facts = (feedbackId: string, school: string, openedAt: string, dueBy: string, when: string) => ({
  id: feedbackId,
  school,
  level: 'course_rep' as const,
  openedAt,
  dueBy,
  at: when,
});
const involvement = (involvementId: string, school: string | null, date: string, students: number) => ({
  type: 'involvement.recorded' as const,
  version: 1 as const,
  aggregateId: involvementId,
  payload: {
    id: involvementId,
    kind: school ? ('workshop' as const) : ('committee' as const),
    school,
    date,
    students,
  },
});
const project = (
  projectId: string,
  academicYear: string,
  from: 'proposed' | null,
  status: 'proposed' | 'active' | 'completed',
) => ({
  type: 'project.status_changed' as const,
  version: 1 as const,
  aggregateId: projectId,
  payload: { id: projectId, priority: 'student_voice' as const, academicYear, from, status },
});
const nomination = (
  type: 'nomination.submitted' | 'nomination.decided',
  nominationId: string,
  category: string,
  status: 'submitted' | 'shortlisted' | 'winner',
) => ({
  type,
  version: 1 as const,
  aggregateId: nominationId,
  payload: { id: nominationId, cycleId: id(98), year: 2026, category, status },
});

/** Every section of the report, with events it must leave out (another year, a later reschedule…). */
const EVENTS: ProgrammeEvent[] = [
  at('2025-09-01T09:00:00.000Z', {
    type: 'charter.published',
    version: 1,
    aggregateId: id(97),
    payload: {
      id: id(97),
      institution: 'University',
      academicYear: '2025/26',
      publishedAt: '2025-09-01T09:00:00.000Z',
    },
  }),
  at('2025-09-10T09:00:00.000Z', group(G1, 'ENG', '2025/26')),
  at('2025-09-10T09:01:00.000Z', group(G2, 'ENG', '2025/26')),
  at('2025-09-10T09:02:00.000Z', group(G3, 'MED', '2025/26')),
  at('2025-09-10T09:03:00.000Z', group(G4, 'MED', '2024/25')),
  at('2025-09-20T10:00:00.000Z', term('representative.appointed', G1, 'ENG')),
  at('2025-09-20T10:01:00.000Z', term('representative.appointed', G3, 'MED')),
  at('2025-09-25T10:00:00.000Z', term('representative.term_ended', G3, 'MED')),
  at('2025-09-26T10:00:00.000Z', meeting('meeting.scheduled', M1, 'ENG', '2025-10-06')),
  at('2025-09-27T10:00:00.000Z', meeting('meeting.scheduled', M1, 'ENG', '2025-10-08')),
  at('2025-09-28T10:00:00.000Z', meeting('meeting.scheduled', M2, 'MED', '2025-11-03')),
  at('2025-10-08T15:00:00.000Z', meeting('meeting.held', M1, 'ENG', '2025-10-08')),
  at(
    '2025-10-10T09:00:00.000Z',
    meeting('minutes.published', M1, 'ENG', '2025-10-08', '2025-10-10T09:00:00.000Z'),
  ),
  at(
    '2025-11-20T12:00:00.000Z',
    meeting('minutes.published', M2, 'MED', '2025-11-03', '2025-11-20T12:00:00.000Z'),
  ),
  at('2025-10-01T10:00:00.000Z', {
    type: 'feedback.opened',
    version: 1,
    aggregateId: F1,
    payload: facts(F1, 'ENG', '2025-10-01T10:00:00.000Z', '2025-10-15', '2025-10-01T10:00:00.000Z'),
  }),
  at('2025-10-02T10:00:00.000Z', {
    type: 'feedback.opened',
    version: 1,
    aggregateId: F2,
    payload: facts(F2, 'ENG', '2025-10-02T10:00:00.000Z', '2025-10-16', '2025-10-02T10:00:00.000Z'),
  }),
  at('2025-11-01T10:00:00.000Z', {
    type: 'feedback.opened',
    version: 1,
    aggregateId: F3,
    payload: facts(F3, 'MED', '2025-11-01T10:00:00.000Z', '2025-11-14', '2025-11-01T10:00:00.000Z'),
  }),
  at('2025-10-03T10:00:00.000Z', {
    type: 'feedback.responded',
    version: 1,
    aggregateId: F1,
    payload: {
      ...facts(F1, 'ENG', '2025-10-01T10:00:00.000Z', '2025-10-15', '2025-10-03T10:00:00.000Z'),
      firstResponse: true,
    },
  }),
  at('2025-10-05T10:00:00.000Z', {
    type: 'feedback.responded',
    version: 1,
    aggregateId: F1,
    payload: {
      ...facts(F1, 'ENG', '2025-10-01T10:00:00.000Z', '2025-10-15', '2025-10-05T10:00:00.000Z'),
      firstResponse: false,
    },
  }),
  at('2025-11-04T16:00:00.000Z', {
    type: 'feedback.responded',
    version: 1,
    aggregateId: F3,
    payload: {
      ...facts(F3, 'MED', '2025-11-01T10:00:00.000Z', '2025-11-14', '2025-11-04T16:00:00.000Z'),
      firstResponse: true,
    },
  }),
  at('2025-11-05T10:00:00.000Z', {
    type: 'feedback.escalated',
    version: 1,
    aggregateId: F3,
    payload: {
      ...facts(F3, 'MED', '2025-11-01T10:00:00.000Z', '2025-11-14', '2025-11-05T10:00:00.000Z'),
      fromLevel: 'course_rep',
    },
  }),
  at('2025-10-06T10:00:00.000Z', {
    type: 'feedback.closed',
    version: 1,
    aggregateId: F1,
    payload: facts(F1, 'ENG', '2025-10-01T10:00:00.000Z', '2025-10-15', '2025-10-06T10:00:00.000Z'),
  }),
  at('2025-10-20T10:00:00.000Z', involvement(I1, 'ENG', '2025-10-20', 3)),
  at('2025-10-21T10:00:00.000Z', involvement(I2, null, '2025-10-21', 2)),
  at('2025-10-22T10:00:00.000Z', involvement(I3, 'ENG', '2024-05-01', 7)),
  at('2025-10-01T11:00:00.000Z', project(P1, '2025/26', null, 'proposed')),
  at('2025-12-01T11:00:00.000Z', project(P1, '2025/26', 'proposed', 'active')),
  at('2025-10-02T11:00:00.000Z', project(P2, '2025/26', null, 'completed')),
  at('2025-10-03T11:00:00.000Z', project(P3, '2024/25', null, 'proposed')),
  at(
    '2025-12-01T12:00:00.000Z',
    nomination('nomination.submitted', N1, 'Representative of the year', 'submitted'),
  ),
  at(
    '2026-03-01T12:00:00.000Z',
    nomination('nomination.decided', N1, 'Representative of the year', 'shortlisted'),
  ),
  at(
    '2025-12-02T12:00:00.000Z',
    nomination('nomination.submitted', N2, 'Representative of the year', 'submitted'),
  ),
  at(
    '2026-03-02T12:00:00.000Z',
    nomination('nomination.decided', N2, 'Representative of the year', 'winner'),
  ),
  at('2025-06-01T12:00:00.000Z', nomination('nomination.submitted', N3, 'Student partner', 'submitted')),
];

/**
 * What the report gave for these events before the migration, when it read JSON keys by name
 * (recorded by running the report as it was then on these rows).
 */
const BEFORE = {
  all: {
    academicYear: '2025/26',
    school: null,
    representativeCoverage: [
      { school: 'ENG', teachingGroups: 2, withRepresentative: 1, coveragePercent: 50 },
      { school: 'MED', teachingGroups: 1, withRepresentative: 0, coveragePercent: 0 },
    ],
    forumMeetings: [
      { school: 'ENG', scheduled: 1, held: 1, minutesPublished: 1, medianDaysToPublish: 2 },
      { school: 'MED', scheduled: 1, held: 1, minutesPublished: 1, medianDaysToPublish: 17 },
    ],
    feedback: [
      { school: 'ENG', opened: 2, closed: 1, escalated: 0, overdue: 1, medianDaysToFirstResponse: 2 },
      { school: 'MED', opened: 1, closed: 0, escalated: 1, overdue: 0, medianDaysToFirstResponse: 3.3 },
    ],
    involvementsByKind: [
      { kind: 'committee', involvements: 1, students: 2 },
      { kind: 'workshop', involvements: 1, students: 3 },
    ],
    projectsByStatus: [
      { status: 'active', projects: 1 },
      { status: 'completed', projects: 1 },
    ],
    nominationsByCategory: [
      { category: 'Representative of the year', nominations: 2, shortlisted: 1, winners: 1 },
    ],
  },
  eng: {
    academicYear: '2025/26',
    school: 'ENG',
    representativeCoverage: [
      { school: 'ENG', teachingGroups: 2, withRepresentative: 1, coveragePercent: 50 },
    ],
    forumMeetings: [{ school: 'ENG', scheduled: 1, held: 1, minutesPublished: 1, medianDaysToPublish: 2 }],
    feedback: [
      { school: 'ENG', opened: 2, closed: 1, escalated: 0, overdue: 1, medianDaysToFirstResponse: 2 },
    ],
    involvementsByKind: [{ kind: 'workshop', involvements: 1, students: 3 }],
    projectsByStatus: [
      { status: 'active', projects: 1 },
      { status: 'completed', projects: 1 },
    ],
    nominationsByCategory: [
      { category: 'Representative of the year', nominations: 2, shortlisted: 1, winners: 1 },
    ],
  },
};

describe('programme_fact columns (Migration20261202100000ProgrammeFactColumns)', () => {
  let db: TestDatabase;
  afterEach(() => db?.drop());

  const figures = async (orm: MikroORM, school?: string) => {
    const em = orm.em.fork();
    const report = (await new StudentPartnershipReport(em, new ReportFreshness(em)).report({
      academicYear: '2025/26',
      ...(school ? { school } : {}),
    })) as unknown as Record<string, unknown>;
    const { asOf: _asOf, ...rest } = report;
    return rest;
  };

  it('gives the student-partnership report the figures it gave for events stored before the migration', async () => {
    db = await createTestDatabase();
    const orm = await MikroORM.init(reportingOrmConfig(db.url));
    try {
      const connection = orm.em.getConnection();
      await connection.execute('drop schema reporting cascade');
      await connection.execute('create schema reporting');
      await orm.migrator.up({ to: 'Migration20261201120000IdempotencyKeys' });
      // As the ingest handler stored them before: the payload as JSON, its school, nothing else.
      for (const event of EVENTS)
        await connection.execute(
          `insert into reporting.programme_fact (event_id, type, aggregate_id, school, occurred_at, payload)
           values (?, ?, ?, ?, ?, ?)`,
          [
            event.id,
            event.type,
            event.aggregateId,
            'school' in event.payload ? event.payload.school : null,
            event.occurredAt,
            JSON.stringify(event.payload),
          ],
        );
      expect(
        (await orm.migrator.up({ to: 'Migration20261202100000ProgrammeFactColumns' })).map(
          (migration) => migration.name,
        ),
      ).toEqual(['Migration20261202100000ProgrammeFactColumns']);
      expect({ all: await figures(orm), eng: await figures(orm, 'ENG') }).toEqual(BEFORE);
    } finally {
      await orm.close(true);
    }
  });

  it('gives the same figures for the same events ingested after it', async () => {
    db = await createTestDatabase();
    const orm = await MikroORM.init(reportingOrmConfig(db.url));
    try {
      for (const event of EVENTS)
        await orm.em.fork().transactional((em) => eventHandlerFor(REPORTING_HANDLERS, event.type)(event, em));
      expect({ all: await figures(orm), eng: await figures(orm, 'ENG') }).toEqual(BEFORE);
    } finally {
      await orm.close(true);
    }
  });
});
