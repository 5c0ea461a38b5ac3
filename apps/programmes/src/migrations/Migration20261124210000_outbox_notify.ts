import { outboxNotifySql } from '@app/messaging';
import { Migration } from '@mikro-orm/migrations';
import { PROGRAMMES_SCHEMA } from './Migration20261124200000_programmes';

/** The outbox tells the relay of new rows at commit, instead of the relay finding them at its next poll. */
export class Migration20261124210000OutboxNotify extends Migration {
  override up(): void {
    for (const statement of outboxNotifySql(PROGRAMMES_SCHEMA)) this.addSql(statement);
  }
}
