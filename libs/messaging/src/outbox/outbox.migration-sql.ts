import { outboxChannel } from './outbox-listener';

/** DDL of the outbox and inbox tables, for a service's first migration. */
export function outboxTablesSql(schema: string): string[] {
  return [
    `create table "${schema}".outbox (
       id uuid primary key,
       position bigserial not null unique,
       type text not null,
       event_version integer not null,
       source text not null,
       aggregate_id uuid not null,
       payload jsonb not null,
       request_id text null,
       occurred_at timestamptz not null,
       published_at timestamptz null)`,
    `create index outbox_unpublished_idx on "${schema}".outbox (position) where published_at is null`,
    `create index outbox_aggregate_idx on "${schema}".outbox (aggregate_id)`,
    `create table "${schema}".inbox (
       consumer text not null,
       event_id uuid not null,
       handled_at timestamptz not null default now(),
       primary key (consumer, event_id))`,
  ];
}

/**
 * A trigger that NOTIFYs the schema's outbox channel after each statement that inserts outbox
 * rows; PostgreSQL delivers it when the transaction commits (and once per transaction and channel).
 */
export function outboxNotifySql(schema: string): string[] {
  return [
    `create function "${schema}".outbox_notify() returns trigger language plpgsql as $$
       begin
         perform pg_notify('${outboxChannel(schema)}', '');
         return null;
       end $$`,
    `create trigger outbox_notify after insert on "${schema}".outbox
       for each statement execute function "${schema}".outbox_notify()`,
  ];
}

/**
 * The outbox keeps each payload as the JSON text it was written as (`json`, compressed with lz4
 * where the server has it) instead of `jsonb` compressed with pglz. Nothing queries inside an
 * outbox payload: it is written once and read back whole by the relay, and building jsonb and
 * pglz-compressing it was most of PostgreSQL's work for a large event (an import's 100,000
 * activities: 0.75 s of COPY into jsonb/pglz against 0.26 s into json/lz4, read back 0.24 → 0.09 s).
 */
export function outboxPayloadAsJsonSql(schema: string): string[] {
  return [
    `alter table "${schema}".outbox alter column payload type json using payload::json`,
    `do $$ begin
       alter table "${schema}".outbox alter column payload set compression lz4;
     exception when feature_not_supported then
       raise notice 'PostgreSQL built without lz4: the outbox payload stays compressed with pglz';
     end $$`,
  ];
}

/**
 * A publication sequence number, given by the relay in the statement that marks rows published,
 * so the order of `publish_seq` is the order in which events became visible to consumers (within the
 * relay's commit; ADR 0014). Consumers page through it to check they missed none.
 * Rows already published are numbered in outbox order.
 */
export function outboxPublishSeqSql(schema: string): string[] {
  return [
    `create sequence "${schema}".outbox_publish_seq`,
    `alter table "${schema}".outbox add column publish_seq bigint null`,
    `update "${schema}".outbox o set publish_seq = numbered.seq
       from (select id, nextval('"${schema}".outbox_publish_seq') as seq
               from (select id from "${schema}".outbox where published_at is not null order by position) ordered
            ) numbered
      where o.id = numbered.id`,
    `create unique index outbox_publish_seq_idx on "${schema}".outbox (publish_seq) where publish_seq is not null`,
  ];
}
