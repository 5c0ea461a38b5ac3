import { queuesFor } from '@app/contracts';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { withTimeout } from '../redis-connection';
import type { EventJobData } from './event-job';
import { OutboxListener } from './outbox-listener';

export interface OutboxRelayOptions {
  orm: MikroORM;
  schema: string;
  redis: Redis;
  bullPrefix: string;
  subscriptions: Record<string, readonly string[]>;
  /** How often to look for unpublished rows when no commit has said there are some. */
  pollMs: number;
  batchSize?: number;
  /** How long one enqueue may take before the batch is given up (and its transaction rolled back). */
  enqueueTimeoutMs?: number;
  logger: Logger;
}

export interface OutboxRow {
  id: string;
  type: string;
  event_version: number;
  source: string;
  aggregate_id: string;
  /** The payload's JSON text, as stored: forwarded without being parsed. */
  payload_json: string;
  request_id: string | null;
  occurred_at: Date;
}

/**
 * PostgreSQL ends a relay transaction left idle longer than this (a stalled process): its rows stay
 * unpublished. Consumers wait at least twice this before they take a gap in `publish_seq` as a miss.
 */
export const RELAY_IDLE_LIMIT_MS = 10_000;

export const EVENT_JOB_OPTIONS: JobsOptions = {
  attempts: 20,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/**
 * Moves committed outbox rows to the consumers' BullMQ queues (job id = event id), then marks
 * them published, all inside one transaction holding the rows (`FOR UPDATE SKIP LOCKED`, so
 * replicas share the work). If Redis is away nothing is marked and the next tick tries again;
 * a crash between enqueue and commit re-enqueues, which the job id and the inbox absorb.
 * A commit that wrote outbox rows wakes it at once (OutboxListener); otherwise it polls.
 */
export class OutboxRelay {
  private readonly queues = new Map<string, Queue>();
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** Set by a nudge; a tick that started before it may have missed the rows it announces. */
  private nudged = false;
  /** Ticks failed in a row (Redis away): the relay backs off, and commits do not hurry it. */
  private failures = 0;
  private listener?: OutboxListener;

  constructor(private readonly options: OutboxRelayOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    const url = this.options.orm.config.get('clientUrl');
    if (url) {
      this.listener = new OutboxListener({
        url,
        schema: this.options.schema,
        onNotify: () => this.nudge(),
        logger: this.options.logger,
      });
      this.listener.start();
    }
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.listener?.stop();
    this.wake?.();
    await this.loop;
    await Promise.allSettled(
      [...this.queues.values()].map((queue) => withTimeout(queue.close(), 2000, 'queue close')),
    );
  }

  /** Asks for a tick now rather than at the next poll (after a commit, say). */
  nudge(): void {
    this.nudged = true;
    if (this.failures === 0) this.wake?.();
  }

  /** Relays one batch; returns how many events it published. */
  async tick(): Promise<number> {
    const { orm, schema, batchSize = 200 } = this.options;
    const em = orm.em.fork();
    return em.transactional(async (tx) => {
      // Bounds how long a relay that stalls after numbering rows can keep them unseen (ADR 0014).
      await tx.execute(`set local idle_in_transaction_session_timeout = '${RELAY_IDLE_LIMIT_MS}ms'`);
      const rows = await tx.execute<OutboxRow[]>(
        `select id, type, event_version, source, aggregate_id, payload::text as payload_json, request_id, occurred_at
           from "${schema}".outbox where published_at is null
          order by position limit ? for update skip locked`,
        [batchSize],
      );
      if (rows.length === 0) return 0;
      await this.enqueue(rows);
      await tx.execute(
        `update "${schema}".outbox
            set published_at = clock_timestamp(), publish_seq = nextval('"${schema}".outbox_publish_seq')
          where id in (?)`,
        [rows.map((row) => row.id)],
      );
      return rows.length;
    });
  }

  private async enqueue(rows: OutboxRow[]): Promise<void> {
    const byQueue = new Map<string, EventJobData[]>();
    for (const row of rows) {
      for (const queue of queuesFor(row.type, this.options.subscriptions)) {
        const list = byQueue.get(queue) ?? [];
        list.push(toJobData(row));
        byQueue.set(queue, list);
      }
    }
    for (const [name, events] of byQueue) {
      const jobs = events.map((event) => ({
        name: event.type,
        data: event,
        opts: { ...EVENT_JOB_OPTIONS, jobId: event.id },
      }));
      await withTimeout(
        this.queue(name).addBulk(jobs),
        this.options.enqueueTimeoutMs ?? 5000,
        `enqueue to ${name}`,
      );
    }
  }

  /**
   * Sends every event in the outbox (the service's event log, oldest first) that `queue` subscribes
   * to again, as new jobs (`replay:<runId>:<event id>`) carrying the original envelope, so a consumer
   * that emptied its inbox and read models rebuilds them. Returns how many events were sent.
   */
  async replay(queue: string, runId: string, batchSize = 1000): Promise<number> {
    const types = this.options.subscriptions[queue];
    if (!types) throw new Error(`No consumer queue ${queue}`);
    const { orm, schema } = this.options;
    let after = '0';
    let sent = 0;
    for (;;) {
      const rows = await orm.em.fork().execute<(OutboxRow & { position: string })[]>(
        `select id, type, event_version, source, aggregate_id, payload::text as payload_json, request_id, occurred_at,
                position
           from "${schema}".outbox where position > ? and type in (?) order by position limit ?`,
        [after, [...types], batchSize],
      );
      if (rows.length === 0) return sent;
      const jobs = rows.map((row) => ({
        name: row.type,
        data: toJobData(row),
        opts: { ...EVENT_JOB_OPTIONS, jobId: `replay:${runId}:${row.id}` },
      }));
      await withTimeout(this.queue(queue).addBulk(jobs), 30_000, `replay to ${queue}`);
      sent += rows.length;
      after = String(rows[rows.length - 1].position);
    }
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.options.redis, prefix: this.options.bullPrefix });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      this.nudged = false;
      try {
        published = await this.tick();
        this.failures = 0;
      } catch (error) {
        this.failures++;
        if (this.failures === 1 || this.failures % 50 === 0) {
          this.options.logger.warn({ err: String(error) }, 'outbox relay could not publish; will retry');
        }
      }
      const announced = this.nudged && this.failures === 0;
      if (published === 0 && this.running && !announced) {
        await this.pause(this.options.pollMs * Math.min(this.failures + 1, 10));
      }
    }
  }

  /** Resolves after `ms`, or sooner when woken; either way no timer is left behind. */
  private pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}

export function toJobData(row: OutboxRow): EventJobData {
  return {
    id: row.id,
    type: row.type,
    version: row.event_version,
    source: row.source,
    aggregateId: row.aggregate_id,
    occurredAt: new Date(row.occurred_at).toISOString(),
    requestId: row.request_id ?? undefined,
    payloadJson: row.payload_json,
  };
}
