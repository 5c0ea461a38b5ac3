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
