import { ActivityEventType } from './activity-events';
import type { EventType } from './domain-events';
import { PartnerEventType } from './partner-events';
import { ProgrammeEventType } from './programme-events';

/**
 * One BullMQ queue per consuming service. Renaming a queue strands the jobs already in it:
 * drain it first, or replay the outbox into the new name.
 */
export const EventQueue = {
  Reporting: 'events-reporting',
} as const;
type EventQueueName = (typeof EventQueue)[keyof typeof EventQueue];

const PARTNER_EVENTS = Object.values(PartnerEventType);
const ACTIVITY_EVENTS = Object.values(ActivityEventType);
const PROGRAMME_EVENTS = Object.values(ProgrammeEventType);

/** Which event types each consumer receives. The outbox relay routes by this table. */
export const EVENT_SUBSCRIPTIONS: Record<EventQueueName, readonly EventType[]> = {
  [EventQueue.Reporting]: [...PARTNER_EVENTS, ...ACTIVITY_EVENTS, ...PROGRAMME_EVENTS],
};

export function queuesFor(type: string, subscriptions: Record<string, readonly string[]>): string[] {
  return Object.entries(subscriptions)
    .filter(([, types]) => types.includes(type))
    .map(([queue]) => queue);
}
