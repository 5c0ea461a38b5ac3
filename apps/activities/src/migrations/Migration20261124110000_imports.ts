import { Migration } from '@mikro-orm/migrations';
import { ACTIVITIES_SCHEMA } from './Migration20261124100000_activities';

export class Migration20261124110000Imports extends Migration {
  override up(): void {
    this.addSql(`create table "${ACTIVITIES_SCHEMA}".activity_import (
      id uuid primary key,
      status text not null,
      file_name text null,
      content text not null,
      content_hash text not null,
      actor jsonb not null,
      total integer not null,
      processed integer not null default 0,
      created integer not null default 0,
      skipped integer not null default 0,
      errors jsonb not null default '[]',
      created_at timestamptz not null,
      finished_at timestamptz null)`);
  }
}
