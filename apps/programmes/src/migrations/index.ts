import { Migration20261124200000Programmes } from './Migration20261124200000_programmes';
import { Migration20261124210000OutboxNotify } from './Migration20261124210000_outbox_notify';
import { Migration20261124220000OutboxPayloadJson } from './Migration20261124220000_outbox_payload_json';
import { Migration20261201100000OutboxPublishSeq } from './Migration20261201100000_outbox_publish_seq';
import { Migration20261201120000IdempotencyKeys } from './Migration20261201120000_idempotency_keys';
import { Migration20261201220000FeedbackAuthorKey } from './Migration20261201220000_feedback_author_key';
import { Migration20261202200000NominationStatusDefault } from './Migration20261202200000_nomination_status_default';

export { PROGRAMMES_SCHEMA } from './Migration20261124200000_programmes';

/** In order. A new migration is added at the end, never edited once released. */
export const PROGRAMMES_MIGRATIONS = [
  { name: 'Migration20261124200000Programmes', class: Migration20261124200000Programmes },
  { name: 'Migration20261124210000OutboxNotify', class: Migration20261124210000OutboxNotify },
  { name: 'Migration20261124220000OutboxPayloadJson', class: Migration20261124220000OutboxPayloadJson },
  { name: 'Migration20261201100000OutboxPublishSeq', class: Migration20261201100000OutboxPublishSeq },
  { name: 'Migration20261201120000IdempotencyKeys', class: Migration20261201120000IdempotencyKeys },
  { name: 'Migration20261201220000FeedbackAuthorKey', class: Migration20261201220000FeedbackAuthorKey },
  {
    name: 'Migration20261202200000NominationStatusDefault',
    class: Migration20261202200000NominationStatusDefault,
  },
];
