import { outboxPayloadAsJsonSql } from '@app/messaging';
import { Migration } from '@mikro-orm/migrations';
import { ACTIVITIES_SCHEMA } from './Migration20261124100000_activities';

/** Outbox payloads as the JSON text they were written as (see outboxPayloadAsJsonSql). */
export class Migration20261124140000OutboxPayloadJson extends Migration {
  override up(): void {
    for (const statement of outboxPayloadAsJsonSql(ACTIVITIES_SCHEMA)) this.addSql(statement);
  }
}
