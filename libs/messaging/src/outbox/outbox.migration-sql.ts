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
