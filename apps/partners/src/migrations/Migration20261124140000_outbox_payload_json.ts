import { outboxPayloadAsJsonSql } from '@app/messaging';
import { Migration } from '@mikro-orm/migrations';
import { PARTNERS_SCHEMA } from './Migration20261124000000_partners';

/** Outbox payloads as the JSON text they were written as (see outboxPayloadAsJsonSql). */
export class Migration20261124140000OutboxPayloadJson extends Migration {
  override up(): void {
    for (const statement of outboxPayloadAsJsonSql(PARTNERS_SCHEMA)) this.addSql(statement);
  }
}
