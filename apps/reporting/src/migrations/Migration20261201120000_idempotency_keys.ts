import { idempotencyKeysTableSql } from '@app/database';
import { Migration } from '@mikro-orm/migrations';
import { REPORTING_SCHEMA } from './Migration20261124300000_reporting';

/** Answers to keyed POSTs, recorded with the change they answer for (ADR 0013). */
export class Migration20261201120000IdempotencyKeys extends Migration {
  override up(): void {
    for (const statement of idempotencyKeysTableSql(REPORTING_SCHEMA)) this.addSql(statement);
  }
}
