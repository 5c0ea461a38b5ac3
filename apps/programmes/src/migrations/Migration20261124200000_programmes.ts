import { outboxTablesSql } from '@app/messaging';
import { Migration } from '@mikro-orm/migrations';

export const PROGRAMMES_SCHEMA = 'programmes';

const TIMESTAMPS = `created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1`;

export class Migration20261124200000Programmes extends Migration {
  override up(): void {
    const s = PROGRAMMES_SCHEMA;
    this.addSql(`create schema if not exists "${s}"`);
    this.addSql(`create table "${s}".charter (
      id uuid primary key,
      institution text not null,
      title text not null,
      academic_year text not null,
      parties jsonb not null,
      definition text null,
      commitments jsonb not null,
      expectations jsonb not null,
      "values" jsonb not null,
      priorities jsonb not null,
      related_strategies jsonb not null,
      status text not null default 'draft',
      published_at timestamptz null,
      created_by text not null,
      ${TIMESTAMPS})`);
    this.addSql(
      `create index charter_published_idx on "${s}".charter (published_at desc) where status = 'published'`,
    );

    this.addSql(`create table "${s}".teaching_group (
      id uuid primary key,
      school text not null,
      code text not null,
      name text not null,
      academic_year text not null,
      ${TIMESTAMPS},
      constraint teaching_group_code_uq unique (school, code, academic_year))`);
    this.addSql(`create table "${s}".representative_term (
      id uuid primary key,
      teaching_group_id uuid not null references "${s}".teaching_group (id),
      student_id text not null,
      name text not null,
      email text null,
      started_at timestamptz not null,
      ended_at timestamptz null,
      appointed_by jsonb not null)`);
    // Never two representatives of one group at once, whatever races the application loses.
    this.addSql(
      `create unique index representative_current_uq on "${s}".representative_term (teaching_group_id) where ended_at is null`,
    );
    this.addSql(
      `create index representative_student_idx on "${s}".representative_term (student_id) where ended_at is null`,
    );

    this.addSql(`create table "${s}".forum (
      id uuid primary key,
      school text not null,
      name text not null,
      ${TIMESTAMPS},
      constraint forum_name_uq unique (school, name))`);
    this.addSql(`create table "${s}".meeting (
      id uuid primary key,
      forum_id uuid not null references "${s}".forum (id),
      school text not null,
      date date not null,
      agenda jsonb not null,
      attendees jsonb not null,
      minutes text null,
      minutes_written_at timestamptz null,
      minutes_published_at timestamptz null,
      ${TIMESTAMPS})`);
    this.addSql(`create index meeting_forum_idx on "${s}".meeting (forum_id, date desc)`);

    this.addSql(`create table "${s}".involvement (
      id uuid primary key,
      kind text not null,
      title text not null,
      school text null,
      date date not null,
      students jsonb not null,
      staff jsonb not null,
      outcome text null,
      created_by text not null,
      ${TIMESTAMPS})`);
    this.addSql(`create index involvement_date_idx on "${s}".involvement (date desc)`);

    this.addSql(`create table "${s}".action_plan (
      id uuid primary key,
      school text not null,
      academic_year text not null,
      items jsonb not null,
      ${TIMESTAMPS},
      constraint action_plan_school_year_uq unique (school, academic_year))`);

    this.addSql(`create table "${s}".project (
      id uuid primary key,
      title text not null,
      priority text not null,
      description text null,
      objectives jsonb not null,
      academic_year text not null,
      leads jsonb not null,
      status text not null,
      ${TIMESTAMPS})`);
    this.addSql(`create table "${s}".project_review (
      id uuid primary key,
      project_id uuid not null references "${s}".project (id),
      date date not null,
      summary text not null,
      outcome text not null,
      status_before text not null,
      reviewed_by jsonb not null,
      created_at timestamptz not null)`);
    this.addSql(`create index project_review_project_idx on "${s}".project_review (project_id, date)`);

    this.addSql(`create table "${s}".award_cycle (
      id uuid primary key,
      year integer not null unique,
      categories jsonb not null,
      closes_on date not null,
      ${TIMESTAMPS})`);
    this.addSql(`create table "${s}".nomination (
      id uuid primary key,
      cycle_id uuid not null references "${s}".award_cycle (id),
      nominee jsonb not null,
      category text not null,
      citation text not null,
      status text not null,
      nominated_by jsonb not null,
      decided_at timestamptz null,
      ${TIMESTAMPS})`);
    this.addSql(`create index nomination_cycle_idx on "${s}".nomination (cycle_id, category)`);

    // author_id and author_name are null for anonymous feedback; author_key is a keyed hash of
    // the author's id, so they can find their own feedback and nobody can read who they are.
    this.addSql(`create table "${s}".feedback (
      id uuid primary key,
      school text not null,
      teaching_group_id uuid null references "${s}".teaching_group (id),
      subject text not null,
      body text not null,
      expectation text null,
      service text null,
      anonymous boolean not null,
      author_id text null,
      author_name text null,
      author_key text not null,
      level text not null,
      status text not null,
      due_by date not null,
      first_response_at timestamptz null,
      responses jsonb not null,
      escalations jsonb not null,
      outcome text null,
      closed_at timestamptz null,
      ${TIMESTAMPS},
      constraint feedback_anonymous_ck check (not anonymous or (author_id is null and author_name is null)))`);
    this.addSql(
      `create index feedback_school_status_idx on "${s}".feedback (school, status, created_at desc)`,
    );
    this.addSql(`create index feedback_author_idx on "${s}".feedback (author_key)`);
    this.addSql(`create index feedback_group_idx on "${s}".feedback (teaching_group_id)`);
    for (const statement of outboxTablesSql(s)) this.addSql(statement);
  }
}
