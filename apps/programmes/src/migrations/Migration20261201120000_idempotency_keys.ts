import { idempotencyKeysTableSql } from '@app/database';
import { Migration } from '@mikro-orm/migrations';
import { PROGRAMMES_SCHEMA } from './Migration20261124200000_programmes';

/** Answers to keyed POSTs, recorded with the change they answer for (ADR 0013). */
export class Migration20261201120000IdempotencyKeys extends Migration {
  override up(): void {
    for (const statement of idempotencyKeysTableSql(PROGRAMMES_SCHEMA)) this.addSql(statement);
  }
}
