import { Migration } from '@mikro-orm/migrations';
import { REPORTING_SCHEMA } from './Migration20261124300000_reporting';

const f = `"${REPORTING_SCHEMA}".programme_fact`;
const REPRESENTATIVE = `('representative.appointed', 'representative.term_ended')`;
const NOMINATION = `('nomination.submitted', 'nomination.decided')`;

/**
 * The facts the student-partnership report reads, as columns the ingest handler fills from the
 * typed payload (programme-facts.ts) instead of JSON keys read by name in the report. The rows
 * stored before are filled here from the same payload fields, once; `payload` stays as it was.
 */
export class Migration20261202100000ProgrammeFactColumns extends Migration {
  override up(): void {
    this.addSql(`alter table ${f}
      add column subject_id uuid null,
      add column academic_year text null,
      add column fact_date date null,
      add column at timestamptz null,
      add column opened_at timestamptz null,
      add column due_by date null,
      add column first_response boolean null,
      add column kind text null,
      add column students integer null,
      add column status text null,
      add column category text null`);
    this.addSql(`update ${f} set subject_id = case when type in ${REPRESENTATIVE}
      then (payload->>'teachingGroupId')::uuid else (payload->>'id')::uuid end`);
    this.addSql(`update ${f} set academic_year = payload->>'academicYear'
      where type in ('teaching_group.created', 'project.status_changed')`);
    this.addSql(`update ${f} set fact_date = (payload->>'date')::date
      where type in ('meeting.scheduled', 'involvement.recorded')`);
    this.addSql(
      `update ${f} set at = (payload->>'publishedAt')::timestamptz where type = 'minutes.published'`,
    );
    this.addSql(`update ${f} set at = (payload->>'at')::timestamptz,
      first_response = (payload->>'firstResponse')::boolean where type = 'feedback.responded'`);
    this.addSql(`update ${f} set opened_at = (payload->>'openedAt')::timestamptz,
      due_by = (payload->>'dueBy')::date where type = 'feedback.opened'`);
    this.addSql(`update ${f} set kind = payload->>'kind', students = (payload->>'students')::integer
      where type = 'involvement.recorded'`);
    this.addSql(`update ${f} set status = payload->>'status'
      where type = 'project.status_changed' or type in ${NOMINATION}`);
    this.addSql(`update ${f} set category = payload->>'category' where type in ${NOMINATION}`);
    this.addSql(`alter table ${f} alter column subject_id set not null`);
    this.addSql(`create index programme_fact_subject_idx on ${f} (subject_id)`);
  }
}
