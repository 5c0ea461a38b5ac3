import { Migration } from '@mikro-orm/migrations';
import { PROGRAMMES_SCHEMA } from './Migration20261124200000_programmes';

/** A nomination is `submitted` unless said otherwise, as its entity has it (the schema-drift check). */
export class Migration20261202200000NominationStatusDefault extends Migration {
  override up(): void {
    this.addSql(`alter table "${PROGRAMMES_SCHEMA}".nomination alter column status set default 'submitted'`);
  }
}
