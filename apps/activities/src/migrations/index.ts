import { Migration20261124100000Activities } from './Migration20261124100000_activities';
import { Migration20261124110000Imports } from './Migration20261124110000_imports';
import { Migration20261124120000ImportedRows } from './Migration20261124120000_imported_rows';
import { Migration20261124130000OutboxNotify } from './Migration20261124130000_outbox_notify';
import { Migration20261124140000OutboxPayloadJson } from './Migration20261124140000_outbox_payload_json';
import { Migration20261201100000OutboxPublishSeq } from './Migration20261201100000_outbox_publish_seq';
import { Migration20261201120000IdempotencyKeys } from './Migration20261201120000_idempotency_keys';

export { ACTIVITIES_SCHEMA } from './Migration20261124100000_activities';

/** In order. A new migration is added at the end, never edited once released. */
export const ACTIVITIES_MIGRATIONS = [
  { name: 'Migration20261124100000Activities', class: Migration20261124100000Activities },
  { name: 'Migration20261124110000Imports', class: Migration20261124110000Imports },
  { name: 'Migration20261124120000ImportedRows', class: Migration20261124120000ImportedRows },
  { name: 'Migration20261124130000OutboxNotify', class: Migration20261124130000OutboxNotify },
  { name: 'Migration20261124140000OutboxPayloadJson', class: Migration20261124140000OutboxPayloadJson },
  { name: 'Migration20261201100000OutboxPublishSeq', class: Migration20261201100000OutboxPublishSeq },
  { name: 'Migration20261201120000IdempotencyKeys', class: Migration20261201120000IdempotencyKeys },
];
