import { Migration } from '@mikro-orm/migrations';
import { REPORTING_SCHEMA } from './Migration20261124300000_reporting';

/**
 * Aggregates kept up to date by the event consumers, so a report reads a few hundred rows
 * instead of scanning every activity: see docs/adr/0008-reporting-read-models.md.
 */
export class Migration20261124310000ReportingAggregates extends Migration {
  override up(): void {
    const s = REPORTING_SCHEMA;
    // `stage`: counted (active, completed) or pipeline; cancelled activities have no facts.
    // `first_year`: the row of an activity's first academic year, so activities are counted once across years.
    this.addSql(`alter table "${s}".activity_fact
      add column stage text not null default 'counted',
      add column first_year boolean not null default true,
      add column attendees integer null,
      add column start_date date null`);
    this.addSql(`alter table "${s}".activity_fact drop constraint activity_fact_placed_ck`);
    this.addSql(`alter table "${s}".activity_fact add constraint activity_fact_placed_ck check (
      (stage = 'pipeline' and hebci_cell is null and excluded_reason is null)
      or (stage = 'counted' and (hebci_cell is null) <> (excluded_reason is null)))`);
    this.addSql(`update "${s}".activity_fact f set start_date = a.start_date,
      first_year = (f.academic_year = (select min(g.academic_year) from "${s}".activity_fact g where g.activity_id = f.activity_id))
      from "${s}".activity_rm a where a.id = f.activity_id`);

    // The HE-BCI categories as the API names them: `cpd`, and Table 5 public engagement.
    this.addSql(`update "${s}".activity_fact set hebci_cell = replace(hebci_cell, 'cpd_courses.', 'cpd.')
      where hebci_cell like 'cpd_courses.%'`);
    this.addSql(`update "${s}".activity_fact f
      set hebci_cell = 'public_engagement.' || case p.organisation_type when 'sme' then 'sme'
            when 'large_company' then 'non_sme_commercial' else 'non_commercial' end,
          excluded_reason = null, attendees = (a.details->>'attendees')::integer
      from "${s}".activity_rm a join "${s}".partner_rm p on p.id = a.partner_id
     where a.id = f.activity_id and a.type = 'networking_promotional'
       and a.details->>'format' in ('lecture', 'exhibition', 'performance')
       and p.organisation_type in ('sme', 'large_company', 'public_sector', 'nhs', 'charity', 'higher_education')`);
    this.addSql(`create table "${s}".activity_cube (
      academic_year text not null,
      faculty text not null,
      type text not null,
      stage text not null,
      hebci_cell text not null,
      excluded_reason text not null,
      facts integer not null,
      activities integer not null,
      amount_gbp numeric(16,2) not null,
      learner_days numeric(14,1) not null,
      attendees bigint not null,
      primary key (academic_year, faculty, type, stage, hebci_cell, excluded_reason))`);
    this.addSql(`insert into "${s}".activity_cube
      select academic_year, faculty, type, stage, coalesce(hebci_cell, ''), coalesce(excluded_reason, ''),
             count(*), count(*) filter (where first_year), sum(amount_gbp), coalesce(sum(learner_days), 0),
             coalesce(sum(attendees), 0)
        from "${s}".activity_fact group by 1, 2, 3, 4, 5, 6`);

    this.addSql(`create table "${s}".partner_year_faculty (
      partner_id uuid not null,
      academic_year text not null,
      faculty text not null,
      facts integer not null,
      amount_gbp numeric(16,2) not null,
      primary key (partner_id, academic_year, faculty))`);
    this.addSql(
      `create index partner_year_faculty_year_idx on "${s}".partner_year_faculty (academic_year, faculty)`,
    );
    this.addSql(`create index partner_year_faculty_faculty_idx on "${s}".partner_year_faculty (faculty)`);
    this.addSql(`insert into "${s}".partner_year_faculty
      select partner_id, academic_year, faculty, count(*), sum(amount_gbp) from "${s}".activity_fact
       where stage = 'counted' group by 1, 2, 3`);

    // One row per partner with counted activity: the strategic-partner methodology reads it.
    this.addSql(`create table "${s}".partner_engagement (
      partner_id uuid primary key,
      activities integer not null,
      types text[] not null,
      faculties text[] not null,
      value_gbp numeric(16,2) not null,
      amount_gbp numeric(16,2) not null,
      first_activity_on date null,
      last_activity_on date null)`);
    this.addSql(`create index partner_engagement_amount_idx on "${s}".partner_engagement (amount_gbp desc)`);
    this.addSql(`insert into "${s}".partner_engagement
      select a.partner_id, count(*), array_agg(distinct a.type order by a.type),
             array_agg(distinct a.faculty order by a.faculty), coalesce(sum(a.value_gbp), 0),
             coalesce((select sum(f.amount_gbp) from "${s}".activity_fact f
                        where f.partner_id = a.partner_id and f.stage = 'counted'), 0),
             min(a.start_date), max(a.start_date)
        from "${s}".activity_rm a where not a.deleted and a.status in ('active', 'completed') group by a.partner_id`);

    this.addSql(`create table "${s}".agreement_rm (
      id uuid primary key,
      partner_id uuid not null,
      type text not null,
      title text not null,
      status text not null,
      start_date date not null,
      end_date date null,
      version integer not null,
      deleted boolean not null default false)`);
    this.addSql(`create index agreement_rm_partner_idx on "${s}".agreement_rm (partner_id)`);

    // Progress is kept in 16 rows per source, so concurrent workers do not queue on one hot row.
    this.addSql(`alter table "${s}".source_progress add column shard smallint not null default 0`);
    this.addSql(`alter table "${s}".source_progress drop constraint source_progress_pkey`);
    this.addSql(`alter table "${s}".source_progress add primary key (source, shard)`);

    this.addSql(`create table "${s}".snapshot (
      id uuid primary key default gen_random_uuid(),
      period text not null unique,
      taken_at timestamptz not null,
      academic_year text not null,
      overview jsonb not null,
      hebci jsonb not null)`);
  }
}
