import { outboxTablesSql } from '@app/messaging';
import { Migration } from '@mikro-orm/migrations';

export const PARTNERS_SCHEMA = 'partners';

export class Migration20261124000000Partners extends Migration {
  override up(): void {
    const s = PARTNERS_SCHEMA;
    this.addSql(`create schema if not exists "${s}"`);
    this.addSql(`create table "${s}".partner (
      id uuid primary key,
      name text not null,
      normalized_name text not null,
      search_text text not null,
      organisation_type text not null,
      tier text not null default 'transactional',
      status text not null default 'active',
      company_number text null,
      sic_codes text[] not null default '{}',
      sector text null,
      country text null,
      region text null,
      website text null,
      description text null,
      relationship_owner jsonb null,
      aliases text[] not null default '{}',
      normalized_aliases text[] not null default '{}',
      created_by text not null,
      archived_at timestamptz null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1)`);
    this.addSql(
      `create unique index partner_normalized_name_live_uq on "${s}".partner (normalized_name) where archived_at is null`,
    );
    this.addSql(
      `create unique index partner_company_number_live_uq on "${s}".partner (company_number) where archived_at is null and company_number is not null`,
    );
    this.addSql(`create index partner_aliases_gin on "${s}".partner using gin (normalized_aliases)`);
    this.addSql(`create index partner_name_idx on "${s}".partner (name)`);
    this.addSql(`create table "${s}".partner_tier_change (
      id uuid primary key,
      partner_id uuid not null references "${s}".partner (id),
      from_tier text not null,
      to_tier text not null,
      reason text not null,
      changed_by jsonb not null,
      changed_at timestamptz not null)`);
    this.addSql(
      `create index partner_tier_change_partner_idx on "${s}".partner_tier_change (partner_id, changed_at)`,
    );
    for (const table of ['contact', 'goal', 'agreement', 'membership']) {
      const columns: Record<string, string> = {
        contact: `name text not null, email text null, phone text null, job_title text null,
                  relationship_role text null, "primary" boolean not null default false,
                  start_date date null, end_date date null`,
        goal: `title text not null, description text null, target_date date null,
               status text not null default 'planned'`,
        agreement: `type text not null, title text not null, start_date date not null, end_date date null,
                    value_gbp numeric(14,2) null, status text not null default 'draft', document_ref text null`,
        membership: `member_partner_id uuid not null references "${s}".partner (id), role text null, joined_on date null`,
      };
      this.addSql(`create table "${s}".${table} (
        id uuid primary key,
        partner_id uuid not null references "${s}".partner (id),
        ${columns[table]},
        created_at timestamptz not null,
        updated_at timestamptz not null,
        version integer not null default 1)`);
      this.addSql(`create index ${table}_partner_idx on "${s}".${table} (partner_id)`);
    }
    this.addSql(
      `create unique index membership_pair_uq on "${s}".membership (partner_id, member_partner_id)`,
    );
    for (const statement of outboxTablesSql(s)) this.addSql(statement);
  }
}
