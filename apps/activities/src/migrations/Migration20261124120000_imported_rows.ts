import { Migration } from '@mikro-orm/migrations';
import { ACTIVITIES_SCHEMA } from './Migration20261124100000_activities';

/**
 * An imported activity names its import and row: with the import (who, when, the file as
 * uploaded) that is its "created" audit entry (ADR 0006). The file is stored uncompressed,
 * since compressing 10 MB on upload cost more than the space it saved.
 */
export class Migration20261124120000ImportedRows extends Migration {
  override up(): void {
    const s = ACTIVITIES_SCHEMA;
    this.addSql(
      `alter table "${s}".activity add column import_id uuid null, add column import_row integer null`,
    );
    this.addSql(`alter table "${s}".activity_import alter column content set storage external`);
  }
}
