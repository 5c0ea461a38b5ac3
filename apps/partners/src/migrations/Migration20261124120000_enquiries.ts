import { Migration } from '@mikro-orm/migrations';
import { PARTNERS_SCHEMA } from './Migration20261124000000_partners';

export class Migration20261124120000Enquiries extends Migration {
  override up(): void {
    this.addSql(`create table "${PARTNERS_SCHEMA}".enquiry (
      id uuid primary key,
      organisation_name text not null,
      summary text not null,
      faculty text not null,
      partner_id uuid null references "${PARTNERS_SCHEMA}".partner (id),
      status text not null default 'new',
      raised_by jsonb not null,
      transitions jsonb not null default '[]',
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1)`);
    this.addSql(`create index enquiry_status_idx on "${PARTNERS_SCHEMA}".enquiry (status, created_at)`);
    this.addSql(
      `create index enquiry_raised_by_idx on "${PARTNERS_SCHEMA}".enquiry ((raised_by->>'userId'))`,
    );
  }
}
