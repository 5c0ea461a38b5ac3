import { Migration20261124000000Partners } from './Migration20261124000000_partners';
import { Migration20261124120000Enquiries } from './Migration20261124120000_enquiries';
import { Migration20261124130000OutboxNotify } from './Migration20261124130000_outbox_notify';
import { Migration20261124140000OutboxPayloadJson } from './Migration20261124140000_outbox_payload_json';
import { Migration20261201100000OutboxPublishSeq } from './Migration20261201100000_outbox_publish_seq';
import { Migration20261201120000IdempotencyKeys } from './Migration20261201120000_idempotency_keys';

export { PARTNERS_SCHEMA } from './Migration20261124000000_partners';

/** In order. A new migration is added at the end, never edited once released. */
export const PARTNERS_MIGRATIONS = [
  { name: 'Migration20261124000000Partners', class: Migration20261124000000Partners },
  { name: 'Migration20261124120000Enquiries', class: Migration20261124120000Enquiries },
  { name: 'Migration20261124130000OutboxNotify', class: Migration20261124130000OutboxNotify },
  { name: 'Migration20261124140000OutboxPayloadJson', class: Migration20261124140000OutboxPayloadJson },
  { name: 'Migration20261201100000OutboxPublishSeq', class: Migration20261201100000OutboxPublishSeq },
  { name: 'Migration20261201120000IdempotencyKeys', class: Migration20261201120000IdempotencyKeys },
];
