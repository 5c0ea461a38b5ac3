import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

/**
 * A domain event stored in the same transaction as the change that caused it. Rows are
 * marked published, never deleted: the outbox is the service's event log, replayable.
 * The table also has `position bigserial` (relay order, filled by PostgreSQL) and `publish_seq`
 * (publication order, given by the relay's SQL), which the ORM neither maps nor writes.
 */
@Entity({
  tableName: 'outbox',
  triggers: [
    {
      name: 'outbox_notify',
      timing: 'after',
      events: ['insert'],
      forEach: 'statement',
      // Made by outboxNotifySql(): it NOTIFYs the schema's channel, named after the schema.
      expression:
        'create trigger outbox_notify after insert on outbox for each statement execute function outbox_notify()',
    },
  ],
})
@Index({ name: 'outbox_aggregate_idx', properties: ['aggregateId'] })
export class OutboxEvent {
  [OptionalProps]?: 'id' | 'occurredAt' | 'publishedAt' | 'requestId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'integer' })
  eventVersion!: number;

  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'uuid' })
  aggregateId!: string;

  @Property({ type: 'json', columnType: 'json' })
  payload!: unknown;

  @Property({ type: 'text', nullable: true })
  requestId?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  publishedAt?: Date | null;
}
