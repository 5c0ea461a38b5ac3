import { outboxPayloadAsJsonSql } from '@app/messaging';
import { Migration } from '@mikro-orm/migrations';
import { REPORTING_SCHEMA } from './Migration20261124300000_reporting';

/** Outbox payloads as the JSON text they were written as (see outboxPayloadAsJsonSql). */
export class Migration20261124320000OutboxPayloadJson extends Migration {
  override up(): void {
    for (const statement of outboxPayloadAsJsonSql(REPORTING_SCHEMA)) this.addSql(statement);
  }
}
