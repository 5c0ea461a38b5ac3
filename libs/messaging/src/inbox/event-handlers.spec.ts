import type { DomainEventEnvelope } from '@app/contracts';
import { eventHandlerFor, type EventHandler, type EventHandlers } from './event-worker';

const noop = () => Promise.resolve();

describe('event handlers', () => {
  it('are found by the type an arriving event names; a type without one is refused', () => {
    const removed: EventHandler<DomainEventEnvelope<'partner.agreement_removed'>> = (event) =>
      event.payload.partnerId ? noop() : noop();
    const handlers: Partial<EventHandlers> = { 'partner.agreement_removed': removed };
    expect(eventHandlerFor(handlers, 'partner.agreement_removed')).toBe(removed);
    expect(() => eventHandlerFor(handlers, 'partner.merged')).toThrow('No handler for partner.merged');
  });

  it("give each handler its type's payloads, by version (the marked lines must not compile)", () => {
    const handlers: Partial<EventHandlers> = {
      // @ts-expect-error an agreement_removed event carries no title
      'partner.agreement_removed': (event) => (event.payload.title ? noop() : noop()),
      // @ts-expect-error version 1 of activity.imported has no rows: the version must be looked at first
      'activity.imported': (event) => (event.payload.rows ? noop() : noop()),
      'activity.deleted': (event) => (event.version === 1 && event.payload.faculty ? noop() : noop()),
    };
    // @ts-expect-error a consumer's table needs a handler for every type of the union
    const incomplete: EventHandlers = { 'partner.created': noop };
    expect([handlers, incomplete]).toHaveLength(2);
  });
});
