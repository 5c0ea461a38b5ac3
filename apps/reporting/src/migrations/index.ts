import { Migration20261124300000Reporting } from './Migration20261124300000_reporting';
import { Migration20261124310000ReportingAggregates } from './Migration20261124310000_reporting_aggregates';
import { Migration20261124320000OutboxPayloadJson } from './Migration20261124320000_outbox_payload_json';
import { Migration20261201100000InboxWatermark } from './Migration20261201100000_inbox_watermark';
import { Migration20261201120000IdempotencyKeys } from './Migration20261201120000_idempotency_keys';
import { Migration20261202100000ProgrammeFactColumns } from './Migration20261202100000_programme_fact_columns';
import { Migration20261202200000OutboxNotify } from './Migration20261202200000_outbox_notify';

export { REPORTING_SCHEMA } from './Migration20261124300000_reporting';

/** In order. A new migration is added at the end, never edited once released. */
export const REPORTING_MIGRATIONS = [
  { name: 'Migration20261124300000Reporting', class: Migration20261124300000Reporting },
  {
    name: 'Migration20261124310000ReportingAggregates',
    class: Migration20261124310000ReportingAggregates,
  },
  { name: 'Migration20261124320000OutboxPayloadJson', class: Migration20261124320000OutboxPayloadJson },
  { name: 'Migration20261201100000InboxWatermark', class: Migration20261201100000InboxWatermark },
  { name: 'Migration20261201120000IdempotencyKeys', class: Migration20261201120000IdempotencyKeys },
  {
    name: 'Migration20261202100000ProgrammeFactColumns',
    class: Migration20261202100000ProgrammeFactColumns,
  },
  { name: 'Migration20261202200000OutboxNotify', class: Migration20261202200000OutboxNotify },
];
