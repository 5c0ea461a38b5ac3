import { scrapedGauge } from '@app/observability';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Registry } from 'prom-client';

/**
 * What every service reports about its events: the outbox rows not yet relayed and, for a
 * consumer that checks its sources (InboxReconciler, ADR 0014), the events not yet applied per
 * source and how old the oldest of them is (the event-to-report lag).
 */
export function registerEventMetrics(registry: Registry, orm: MikroORM): void {
  const schema = String(orm.config.get('schema'));
  const query = <T extends object>(sql: string) => orm.em.fork().execute<T[]>(sql);
  scrapedGauge(
    registry,
    'outbox_unpublished_events',
    'Events committed but not yet relayed to their queues',
    [],
    async () => {
      const [row] = await query<{ n: string }>(
        `select count(*) as n from "${schema}".outbox where published_at is null`,
      );
      return [{ labels: {}, value: Number(row.n) }];
    },
  );
  const watermarks = async () => {
    const [table] = await query<{ t: string | null }>(
      `select to_regclass('"${schema}".inbox_watermark')::text as t`,
    );
    if (!table.t) return [];
    return query<{ source: string; unapplied: number; oldest: string | null }>(
      `select source, unapplied, extract(epoch from now() - oldest_unapplied_at) as oldest
         from "${schema}".inbox_watermark`,
    );
  };
  scrapedGauge(
    registry,
    'inbox_unapplied_events',
    'Events a source published that this consumer has not applied yet',
    ['source'],
    async () =>
      (await watermarks()).map((row) => ({ labels: { source: row.source }, value: Number(row.unapplied) })),
  );
  scrapedGauge(
    registry,
    'inbox_event_lag_seconds',
    'Age of the oldest event a source published that is not applied yet',
    ['source'],
    async () =>
      (await watermarks()).map((row) => ({ labels: { source: row.source }, value: Number(row.oldest ?? 0) })),
  );
}
