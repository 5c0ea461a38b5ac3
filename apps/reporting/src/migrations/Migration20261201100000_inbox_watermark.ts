import { Migration } from '@mikro-orm/migrations';
import { REPORTING_SCHEMA } from './Migration20261124300000_reporting';

/** How far reporting has verified each source's published events (InboxReconciler, ADR 0014). */
export class Migration20261201100000InboxWatermark extends Migration {
  override up(): void {
    this.addSql(`create table "${REPORTING_SCHEMA}".inbox_watermark (
      consumer text not null,
      source text not null,
      seq bigint not null,
      checked_at timestamptz null,
      unapplied integer not null,
      oldest_unapplied_at timestamptz null,
      error text null,
      primary key (consumer, source))`);
  }
}
