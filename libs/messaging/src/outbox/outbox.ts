import type { DomainEvent, NewEvent } from '@app/contracts';
import { currentRequestId } from '@app/observability';
import type { EntityManager } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { OutboxEvent } from './outbox-event.entity';

/**
 * Records events in the caller's unit of work: they are written by the same flush, in the
 * same transaction, as the change they describe; a rollback takes them with it.
 *
 * Only a member of the event union (type, version and payload agreeing) is accepted; `TEvent` is
 * for tests of the mechanism itself, with events of their own.
 */
export class Outbox<TEvent extends NewEvent = DomainEvent> {
  constructor(private readonly source: string) {}

  record(em: EntityManager, event: TEvent): OutboxEvent {
    const row = em.create(OutboxEvent, {
      type: event.type,
      eventVersion: event.version,
      source: this.source,
      aggregateId: event.aggregateId,
      payload: event.payload,
      requestId: currentRequestId() ?? null,
    });
    em.persist(row);
    return row;
  }

  /** Many events in one multi-row INSERT, in the caller's transaction (bulk paths such as imports). */
  async recordMany(em: EntityManager, events: readonly TEvent[]): Promise<void> {
    if (events.length === 0) return;
    const requestId = currentRequestId() ?? null;
    const now = new Date();
    await em.insertMany(
      OutboxEvent,
      events.map((event) => ({
        id: randomUUID(),
        type: event.type,
        eventVersion: event.version,
        source: this.source,
        aggregateId: event.aggregateId,
        payload: event.payload,
        requestId,
        occurredAt: now,
      })),
    );
  }
}
