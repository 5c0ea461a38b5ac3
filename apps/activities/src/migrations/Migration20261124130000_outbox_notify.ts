import { outboxNotifySql } from '@app/messaging';
import { Migration } from '@mikro-orm/migrations';
import { ACTIVITIES_SCHEMA } from './Migration20261124100000_activities';

/** The outbox tells the relay of new rows at commit, instead of the relay finding them at its next poll. */
export class Migration20261124130000OutboxNotify extends Migration {
  override up(): void {
    for (const statement of outboxNotifySql(ACTIVITIES_SCHEMA)) this.addSql(statement);
  }
}
