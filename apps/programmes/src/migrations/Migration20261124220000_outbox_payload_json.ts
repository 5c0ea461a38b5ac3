import { outboxPayloadAsJsonSql } from '@app/messaging';
import { Migration } from '@mikro-orm/migrations';
import { PROGRAMMES_SCHEMA } from './Migration20261124200000_programmes';

/** Outbox payloads as the JSON text they were written as (see outboxPayloadAsJsonSql). */
export class Migration20261124220000OutboxPayloadJson extends Migration {
  override up(): void {
    for (const statement of outboxPayloadAsJsonSql(PROGRAMMES_SCHEMA)) this.addSql(statement);
  }
}
