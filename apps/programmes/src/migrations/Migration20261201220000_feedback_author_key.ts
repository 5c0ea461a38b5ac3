import { Migration } from '@mikro-orm/migrations';
import { PROGRAMMES_SCHEMA } from './Migration20261124200000_programmes';

/**
 * ADR 0007: named feedback was stored with the same author key as the author's anonymous feedback,
 * so a join on `author_key` named anonymous authors. Named rows keep `author_id` and lose the key;
 * anonymous rows keep theirs (the gateway computes the same HMAC, so their authors still find them).
 * Outbox events of anonymous feedback lose their request id, which joins them to the gateway's log.
 */
export class Migration20261201220000FeedbackAuthorKey extends Migration {
  override up(): void {
    const s = PROGRAMMES_SCHEMA;
    this.addSql(`alter table "${s}".feedback alter column author_key drop not null`);
    this.addSql(`update "${s}".feedback set author_key = null where not anonymous`);
    this.addSql(`alter table "${s}".feedback add constraint feedback_author_key_ck
      check (anonymous = (author_key is not null))`);
    this.addSql(`drop index if exists "${s}".feedback_author_idx`);
    this.addSql(`create index feedback_author_key_idx on "${s}".feedback (author_key) where anonymous`);
    this.addSql(`create index feedback_author_id_idx on "${s}".feedback (author_id) where not anonymous`);
    this.addSql(`update "${s}".outbox o set request_id = null
      from "${s}".feedback f where o.aggregate_id = f.id and f.anonymous and o.request_id is not null`);
  }
}
