import {
  type EventEnvelope,
  type OutboxFetchPayload,
  OutboxPattern,
  type OutboxSincePayload,
  type OutboxSinceReply,
  type PublishedEventRef,
} from '@app/contracts';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { type EventJobData, eventFromJob } from '../outbox/event-job';
import { MAX_FETCH } from '../outbox/outbox-log';
import { RELAY_IDLE_LIMIT_MS } from '../outbox/outbox-relay';

/** Asks a source service over the request stream (as the system, not as a user). */
export type SourceCall = <T>(source: string, pattern: string, payload: unknown) => Promise<T>;

export interface InboxReconcilerOptions {
  orm: MikroORM;
  schema: string;
  /** The inbox's consumer name. */
  consumer: string;
  /** The consumer's queue: the sources list the events they route to it. */
  queue: string;
  sources: readonly string[];
  call: SourceCall;
  /** Handles one event once (the event worker's inbox transaction); false when it was already handled. */
  handle: (event: EventEnvelope) => Promise<boolean>;
  intervalMs: number;
  /**
   * How long after its publication an event not yet applied is taken as lost rather than on its
   * way through the queue; at least twice RELAY_IDLE_LIMIT_MS (ADR 0014).
   */
  graceMs: number;
  logger: Logger;
}

interface Watermark {
  seq: string;
}

/** What one check of one source found. */
export interface SourceCheck {
  source: string;
  /** Events published by the source and not applied here yet (including those still on their way). */
  unapplied: number;
  oldestUnappliedAt: string | null;
  /** Events found missing past the grace period and applied from the source's log. */
  recovered: number;
}

const PAGE = 1000;
const PAGES_PER_CHECK = 20;

/**
 * Makes sure the consumer applies every event its sources published, even when Redis lost the
 * jobs (ADR 0014): each source numbers what it publishes (`publish_seq`); this pages through those
 * numbers after the last one it has verified, applies from the source's log any event that is still
 * missing a grace period after publication, and records what is still unapplied for the freshness
 * report. A consumer whose inbox and watermarks are empty catches up from the sources this way alone.
 */
export class InboxReconciler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = true;

  constructor(private readonly options: InboxReconcilerOptions) {
    if (options.graceMs < 2 * RELAY_IDLE_LIMIT_MS)
      throw new Error(`The reconcile grace must be at least ${2 * RELAY_IDLE_LIMIT_MS} ms`);
  }

  start(): void {
    this.stopped = false;
    this.schedule(Math.min(1000, this.options.intervalMs));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One check of every source; a source that does not answer is left for the next check. */
  async check(): Promise<SourceCheck[]> {
    const results = await Promise.all(
      this.options.sources.map((source) =>
        this.checkSource(source).catch(async (error: unknown) => {
          await this.recordFailure(source, error);
          return undefined;
        }),
      ),
    );
    return results.filter((result) => result !== undefined);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.check()
        .then(() => undefined)
        .catch((error: unknown) => this.options.logger.warn({ err: String(error) }, 'inbox check failed'))
        .finally(() => this.schedule(this.options.intervalMs));
    }, ms);
  }

  private async checkSource(source: string): Promise<SourceCheck> {
    const { queue, graceMs } = this.options;
    const start = await this.watermark(source);
    let verified = start.seq;
    let blocked = false;
    let after = start.seq;
    let unapplied = 0;
    let oldest: string | null = null;
    let recovered = 0;
    for (let page = 0; page < PAGES_PER_CHECK; page++) {
      const reply = await this.options.call<OutboxSinceReply>(source, OutboxPattern.Since, {
        queue,
        afterSeq: after,
        limit: PAGE,
      } satisfies OutboxSincePayload);
      if (reply.events.length === 0) break;
      const settledBefore = Date.parse(reply.now) - graceMs;
      const handled = await this.handledOf(reply.events.map((event) => event.id));
      const lost = reply.events.filter(
        (event) => !handled.has(event.id) && Date.parse(event.publishedAt) <= settledBefore,
      );
      const applied = await this.recover(source, lost);
      recovered += applied.size;
      for (const event of reply.events) {
        const done = handled.has(event.id) || applied.has(event.id);
        const settled = Date.parse(event.publishedAt) <= settledBefore;
        if (!done) {
          unapplied++;
          oldest ??= event.occurredAt;
        }
        // Past an unsettled event a lower number may still become visible: the watermark stops there.
        if (!blocked && done && settled) verified = event.seq;
        else blocked = true;
      }
      after = reply.events[reply.events.length - 1].seq;
      if (reply.events.length < PAGE) break;
    }
    await this.save(source, verified, unapplied, oldest);
    if (recovered > 0)
      this.options.logger.warn(
        { source, recovered },
        'applied events the queue never delivered (recovered from the source log)',
      );
    return { source, unapplied, oldestUnappliedAt: oldest, recovered };
  }

  /** Fetches and applies missing events in publication order; stops at the first that fails. */
  private async recover(source: string, lost: PublishedEventRef[]): Promise<Set<string>> {
    const applied = new Set<string>();
    for (let i = 0; i < lost.length; i += MAX_FETCH) {
      const ids = lost.slice(i, i + MAX_FETCH).map((event) => event.id);
      const { events } = await this.options.call<{ events: EventJobData[] }>(source, OutboxPattern.Fetch, {
        ids,
      } satisfies OutboxFetchPayload);
      for (const data of events) {
        try {
          await this.options.handle(eventFromJob(data));
          applied.add(data.id);
        } catch (error) {
          this.options.logger.error(
            { source, eventId: data.id, err: String(error) },
            'a recovered event could not be applied; it will be tried again',
          );
          return applied;
        }
      }
    }
    return applied;
  }

  private async handledOf(ids: string[]): Promise<Set<string>> {
    const { orm, schema, consumer } = this.options;
    const rows = await orm.em
      .fork()
      .execute<{ event_id: string }[]>(
        `select event_id from "${schema}".inbox where consumer = ? and event_id in (?)`,
        [consumer, ids],
      );
    return new Set(rows.map((row) => row.event_id));
  }

  private async watermark(source: string): Promise<Watermark> {
    const { orm, schema, consumer } = this.options;
    const [row] = await orm.em
      .fork()
      .execute<{ seq: string }[]>(
        `select seq::text as seq from "${schema}".inbox_watermark where consumer = ? and source = ?`,
        [consumer, source],
      );
    return { seq: row?.seq ?? '0' };
  }

  private async save(source: string, seq: string, unapplied: number, oldest: string | null): Promise<void> {
    const { orm, schema, consumer } = this.options;
    await orm.em.fork().execute(
      `insert into "${schema}".inbox_watermark
              (consumer, source, seq, checked_at, unapplied, oldest_unapplied_at, error)
       values (?, ?, ?, now(), ?, ?, null)
       on conflict (consumer, source) do update set seq = excluded.seq, checked_at = now(),
         unapplied = excluded.unapplied, oldest_unapplied_at = excluded.oldest_unapplied_at, error = null`,
      [consumer, source, seq, unapplied, oldest],
    );
  }

  private async recordFailure(source: string, error: unknown): Promise<void> {
    const { orm, schema, consumer, logger } = this.options;
    logger.warn({ source, err: String(error) }, 'could not check the source for missed events');
    await orm.em
      .fork()
      .execute(
        `insert into "${schema}".inbox_watermark (consumer, source, seq, unapplied, error)
         values (?, ?, 0, 0, ?)
         on conflict (consumer, source) do update set error = excluded.error`,
        [consumer, source, String(error).slice(0, 500)],
      )
      .catch(() => undefined);
  }
}
