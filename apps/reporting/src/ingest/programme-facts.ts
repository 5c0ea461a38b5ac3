import type { DomainEventEnvelope, ProgrammeEventTypeName } from '@app/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { REPORTING_SCHEMA as S } from '../migrations';

export type ProgrammeEventEnvelope = DomainEventEnvelope<ProgrammeEventTypeName>;

/**
 * What the student-partnership report reads of a programme event, as `programme_fact` columns.
 * Filled from the typed payload, so a renamed payload field fails to compile here; the migration
 * that added them (Migration20261202100000) filled the rows stored before from the same fields.
 */
interface ProgrammeFactColumns {
  /** The record the event is about: the payload's id, or a representative event's teaching group. */
  subject_id: string;
  school: string | null;
  academic_year: string | null;
  /** A meeting's date (meeting.scheduled) or an involvement's (involvement.recorded). */
  fact_date: string | null;
  /** When minutes became public (minutes.published) or feedback was answered (feedback.responded). */
  at: string | null;
  opened_at: string | null;
  due_by: string | null;
  first_response: boolean | null;
  kind: string | null;
  students: number | null;
  status: string | null;
  category: string | null;
}

const NONE = {
  school: null,
  academic_year: null,
  fact_date: null,
  at: null,
  opened_at: null,
  due_by: null,
  first_response: null,
  kind: null,
  students: null,
  status: null,
  category: null,
} as const;

export function programmeFactColumns(event: ProgrammeEventEnvelope): ProgrammeFactColumns {
  switch (event.type) {
    case 'charter.published':
      return { ...NONE, subject_id: event.payload.id };
    case 'teaching_group.created':
      return {
        ...NONE,
        subject_id: event.payload.id,
        school: event.payload.school,
        academic_year: event.payload.academicYear,
      };
    case 'representative.appointed':
    case 'representative.term_ended':
      return { ...NONE, subject_id: event.payload.teachingGroupId, school: event.payload.school };
    case 'meeting.scheduled':
      return {
        ...NONE,
        subject_id: event.payload.id,
        school: event.payload.school,
        fact_date: event.payload.date,
      };
    case 'meeting.held':
      return { ...NONE, subject_id: event.payload.id, school: event.payload.school };
    case 'minutes.published':
      return {
        ...NONE,
        subject_id: event.payload.id,
        school: event.payload.school,
        at: event.payload.publishedAt ?? null,
      };
    case 'involvement.recorded':
      return {
        ...NONE,
        subject_id: event.payload.id,
        school: event.payload.school,
        fact_date: event.payload.date,
        kind: event.payload.kind,
        students: event.payload.students,
      };
    case 'project.status_changed':
      return {
        ...NONE,
        subject_id: event.payload.id,
        academic_year: event.payload.academicYear,
        status: event.payload.status,
      };
    case 'nomination.submitted':
    case 'nomination.decided':
      return {
        ...NONE,
        subject_id: event.payload.id,
        status: event.payload.status,
        category: event.payload.category,
      };
    case 'feedback.opened':
      return {
        ...NONE,
        subject_id: event.payload.id,
        school: event.payload.school,
        opened_at: event.payload.openedAt,
        due_by: event.payload.dueBy,
      };
    case 'feedback.responded':
      return {
        ...NONE,
        subject_id: event.payload.id,
        school: event.payload.school,
        at: event.payload.at,
        first_response: event.payload.firstResponse,
      };
    case 'feedback.escalated':
    case 'feedback.closed':
      return { ...NONE, subject_id: event.payload.id, school: event.payload.school };
  }
}

const COLUMNS = [
  'subject_id',
  'school',
  'academic_year',
  'fact_date',
  'at',
  'opened_at',
  'due_by',
  'first_response',
  'kind',
  'students',
  'status',
  'category',
] as const satisfies readonly (keyof ProgrammeFactColumns)[];

/** Keeps a programme event as a fact of the student-partnership report (once: redelivery changes nothing). */
export async function recordProgrammeFact(em: EntityManager, event: ProgrammeEventEnvelope): Promise<void> {
  const columns = programmeFactColumns(event);
  await em.execute(
    `insert into ${S}.programme_fact (event_id, type, aggregate_id, occurred_at, payload, ${COLUMNS.join(', ')})
     values (?, ?, ?, ?, ?, ${COLUMNS.map(() => '?').join(', ')}) on conflict do nothing`,
    [
      event.id,
      event.type,
      event.aggregateId,
      event.occurredAt,
      JSON.stringify(event.payload),
      ...COLUMNS.map((column) => columns[column]),
    ],
  );
}
