import { outboxNotifySql } from '@app/messaging';
import { Migration } from '@mikro-orm/migrations';
import { REPORTING_SCHEMA } from './Migration20261124300000_reporting';

/**
 * Reporting publishes nothing yet, but its outbox has the other services' notify trigger, as the
 * shared outbox entity says (the schema-drift check): an outbox is the same table everywhere.
 */
export class Migration20261202200000OutboxNotify extends Migration {
  override up(): void {
    for (const statement of outboxNotifySql(REPORTING_SCHEMA)) this.addSql(statement);
  }
}
