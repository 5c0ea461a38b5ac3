import { outboxTablesSql } from '@app/messaging';
import { Migration } from '@mikro-orm/migrations';

export const REPORTING_SCHEMA = 'reporting';

export class Migration20261124300000Reporting extends Migration {
  override up(): void {
    const s = REPORTING_SCHEMA;
    this.addSql(`create schema if not exists "${s}"`);
    this.addSql(`create table "${s}".partner_rm (
      id uuid primary key,
      name text not null,
      organisation_type text not null,
      tier text not null,
      status text not null,
      archived boolean not null,
      version integer not null)`);
    // One row per activity as last seen; a deletion keeps a tombstone so late events cannot revive it.
    this.addSql(`create table "${s}".activity_rm (
      id uuid primary key,
      partner_id uuid not null,
      type text not null,
      title text not null,
      faculty text not null,
      status text not null,
      start_date date not null,
      academic_year text not null,
      value_gbp numeric(14,2) null,
      in_kind_gbp numeric(14,2) null,
      details jsonb not null,
      version integer not null,
      deleted boolean not null default false)`);
    this.addSql(`create index activity_rm_partner_idx on "${s}".activity_rm (partner_id)`);
    // What an activity contributes to each academic year, placed in its HE-BCI cell or excluded with a reason.
    this.addSql(`create table "${s}".activity_fact (
      activity_id uuid not null,
      academic_year text not null,
      partner_id uuid not null,
      faculty text not null,
      type text not null,
      amount_gbp numeric(14,2) not null,
      learner_days numeric(12,2) null,
      hebci_cell text null,
      excluded_reason text null,
      primary key (activity_id, academic_year),
      constraint activity_fact_placed_ck check ((hebci_cell is null) <> (excluded_reason is null)))`);
    this.addSql(
      `create index activity_fact_year_cell_idx on "${s}".activity_fact (academic_year, hebci_cell)`,
    );
    this.addSql(`create index activity_fact_partner_idx on "${s}".activity_fact (partner_id)`);
    this.addSql(`create table "${s}".programme_fact (
      event_id uuid primary key,
      type text not null,
      aggregate_id uuid not null,
      school text null,
      occurred_at timestamptz not null,
      payload jsonb not null)`);
    this.addSql(`create index programme_fact_type_idx on "${s}".programme_fact (type, school)`);
    this.addSql(`create table "${s}".source_progress (
      source text primary key,
      events bigint not null,
      last_occurred_at timestamptz not null,
      last_handled_at timestamptz not null)`);
    for (const statement of outboxTablesSql(s)) this.addSql(statement);
  }
}
