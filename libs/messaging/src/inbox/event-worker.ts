import type { DomainEventEnvelope, EventEnvelope } from '@app/contracts';
import { runWithRequestId } from '@app/observability';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { type Job, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { type EventJobData, eventFromJob } from '../outbox/event-job';

/** Handles one type of event, in every version of it the consumer may receive. */
export type EventHandler<TEvent extends EventEnvelope = DomainEventEnvelope> = (
  event: TEvent,
  em: EntityManager,
) => Promise<void>;

/** A handler per type of `TEvent`, each given that type's envelopes (a union by version). */
export type EventHandlers<TEvent extends EventEnvelope = DomainEventEnvelope> = {
  [T in TEvent['type']]: EventHandler<Extract<TEvent, { type: T }>>;
};

/** `TEvent` is the event union by default; tests of the mechanism itself give events of their own. */
export interface EventWorkerOptions<TEvent extends EventEnvelope = DomainEventEnvelope> {
  queue: string;
  /** Name recorded in the inbox; one consumer may read several queues. */
  consumer: string;
  redisUrl: string;
  bullPrefix: string;
  orm: MikroORM;
  schema: string;
  /** Every event type the queue receives must have exactly one handler. */
  handlers: Partial<EventHandlers<TEvent>>;
  subscribedTypes: readonly TEvent['type'][];
  concurrency?: number;
  logger: Logger;
}

/**
 * Consumes one event queue. Each event is handled in a transaction that first records its id
 * in the inbox: a redelivered event finds its id there and changes nothing.
 */
export class EventWorker<TEvent extends EventEnvelope = DomainEventEnvelope> {
  private worker?: Worker;

  constructor(private readonly options: EventWorkerOptions<TEvent>) {
    const missing = options.subscribedTypes.filter((type) => !options.handlers[type]);
    if (missing.length > 0) {
      throw new Error(`Queue ${options.queue} receives ${missing.join(', ')} but has no handler for it`);
    }
  }

  start(): void {
    this.worker = new Worker(this.options.queue, (job: Job<EventJobData>) => this.process(job), {
      connection: { url: this.options.redisUrl, maxRetriesPerRequest: null },
      prefix: this.options.bullPrefix,
      concurrency: this.options.concurrency ?? 8,
    });
    this.worker.on('error', (error) =>
      this.options.logger.warn({ err: String(error) }, 'event worker error'),
    );
    this.worker.on('failed', (job, error) =>
      this.options.logger.error({ eventId: job?.id, err: String(error) }, 'event handling failed'),
    );
  }

  async stop(): Promise<void> {
    await this.worker?.close();
  }

  /** Handles one event exactly once per consumer; returns false for a duplicate. */
  async handle(event: EventEnvelope): Promise<boolean> {
    const handler = eventHandlerFor(this.options.handlers, event.type);
    const { orm, schema, consumer } = this.options;
    return orm.em.fork().transactional(async (em) => {
      const inserted = await em.execute<{ event_id: string }[]>(
        `insert into "${schema}".inbox (consumer, event_id) values (?, ?)
         on conflict do nothing returning event_id`,
        [consumer, event.id],
      );
      if (inserted.length === 0) return false;
      await handler(event, em);
      return true;
    });
  }

  private process(job: Job<EventJobData>): Promise<boolean> {
    const event = eventFromJob(job.data);
    return runWithRequestId(event.requestId ?? event.id, () => this.handle(event));
  }
}

/**
 * The handler an arriving event's type names. Only the type can be checked here: that the payload
 * is the one the union gives its type and version rests on the publisher, whose `Outbox.record`
 * accepts nothing else.
 */
export function eventHandlerFor<TEvent extends EventEnvelope = DomainEventEnvelope>(
  handlers: Partial<EventHandlers<TEvent>>,
  type: string,
): EventHandler<EventEnvelope> {
  const handler = (handlers as Partial<Record<string, EventHandler<EventEnvelope>>>)[type];
  if (!handler) throw new Error(`No handler for ${type}`);
  return handler;
}
