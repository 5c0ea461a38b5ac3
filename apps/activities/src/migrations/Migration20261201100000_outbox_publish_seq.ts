import { outboxPublishSeqSql } from '@app/messaging';
import { Migration } from '@mikro-orm/migrations';
import { ACTIVITIES_SCHEMA } from './Migration20261124100000_activities';

/** The outbox's publication sequence, which consumers page through to find events they missed. */
export class Migration20261201100000OutboxPublishSeq extends Migration {
  override up(): void {
    for (const statement of outboxPublishSeqSql(ACTIVITIES_SCHEMA)) this.addSql(statement);
  }
}
