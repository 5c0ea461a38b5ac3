import { outboxTablesSql } from '@app/messaging';
import { Migration } from '@mikro-orm/migrations';

export const ACTIVITIES_SCHEMA = 'activities';

export class Migration20261124100000Activities extends Migration {
  override up(): void {
    const s = ACTIVITIES_SCHEMA;
    this.addSql(`create schema if not exists "${s}"`);
    this.addSql(`create table "${s}".activity (
      id uuid primary key,
      partner_id uuid not null,
      type text not null,
      title text not null,
      description text null,
      faculty text not null,
      school text null,
      lead_staff jsonb null,
      status text not null default 'active',
      start_date date not null,
      end_date date null,
      academic_year text not null,
      value_gbp numeric(14,2) null,
      in_kind_gbp numeric(14,2) null,
      external_ref text null,
      details jsonb null,
      created_by text not null,
      deleted_at timestamptz null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1,
      constraint activity_dates_ck check (end_date is null or end_date >= start_date))`);
    this.addSql(
      `create unique index activity_external_ref_uq on "${s}".activity (external_ref) where external_ref is not null`,
    );
    this.addSql(`create index activity_partner_idx on "${s}".activity (partner_id) where deleted_at is null`);
    this.addSql(
      `create index activity_faculty_year_idx on "${s}".activity (faculty, academic_year) where deleted_at is null`,
    );
    this.addSql(`create index activity_start_idx on "${s}".activity (start_date)`);
    this.addSql(`create table "${s}".activity_income (
      id uuid primary key,
      activity_id uuid not null references "${s}".activity (id),
      academic_year text not null,
      amount_gbp numeric(14,2) not null,
      unique (activity_id, academic_year))`);
    this.addSql(`create table "${s}".activity_audit (
      id uuid primary key,
      activity_id uuid not null references "${s}".activity (id),
      action text not null,
      actor jsonb not null,
      at timestamptz not null,
      changes jsonb not null)`);
    this.addSql(`create index activity_audit_activity_idx on "${s}".activity_audit (activity_id, at)`);
    for (const statement of outboxTablesSql(s)) this.addSql(statement);
  }
}
