import type { OutboxSinceReply, PublishedEventRef } from '@app/contracts';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EventJobData } from './event-job';
import { type OutboxRow, toJobData } from './outbox-relay';

export interface OutboxLogOptions {
  orm: MikroORM;
  schema: string;
  subscriptions: Record<string, readonly string[]>;
}

/** At most this many events in one answer: an import's events are large. */
export const MAX_FETCH = 100;
export const MAX_SINCE = 5000;

/**
 * The published part of a service's outbox, as its consumers read it to make sure they missed
 * nothing that Redis lost (ADR 0014): the ids in publication order, and whole events by id.
 */
export class OutboxLog {
  constructor(private readonly options: OutboxLogOptions) {}

  async since(queue: string, afterSeq: string, limit: number): Promise<OutboxSinceReply> {
    const { orm, schema } = this.options;
    const rows = await orm.em
      .fork()
      .execute<{ id: string; seq: string; occurred_at: Date; published_at: Date; now: Date }[]>(
        `select id, publish_seq::text as seq, occurred_at, published_at, clock_timestamp() as now
         from "${schema}".outbox
        where publish_seq > ? and type in (?)
        order by publish_seq limit ?`,
        [afterSeq, [...this.typesOf(queue)], Math.min(Math.max(limit, 1), MAX_SINCE)],
      );
    const [clock] = rows.length
      ? [{ now: rows[0].now }]
      : await orm.em.fork().execute<{ now: Date }[]>(`select clock_timestamp() as now`);
    return {
      events: rows.map((row): PublishedEventRef => ({
        id: row.id,
        seq: row.seq,
        occurredAt: new Date(row.occurred_at).toISOString(),
        publishedAt: new Date(row.published_at).toISOString(),
      })),
      now: new Date(clock.now).toISOString(),
    };
  }

  async fetch(ids: string[]): Promise<EventJobData[]> {
    const { orm, schema } = this.options;
    if (ids.length === 0) return [];
    const rows = await orm.em.fork().execute<OutboxRow[]>(
      `select id, type, event_version, source, aggregate_id, payload::text as payload_json, request_id, occurred_at
         from "${schema}".outbox where id in (?) and published_at is not null order by publish_seq`,
      [ids.slice(0, MAX_FETCH)],
    );
    return rows.map(toJobData);
  }

  private typesOf(queue: string): readonly string[] {
    const types = this.options.subscriptions[queue];
    if (!types) throw new Error(`No consumer queue ${queue}`);
    return types;
  }
}
