import type { FeedbackLevel } from '../programmes/programme.enums';
import type { DomainEvent } from './domain-events';
import type { FeedbackFactsV1 } from './programme-events';

type FeedbackEventType = 'feedback.opened' | 'feedback.responded' | 'feedback.escalated' | 'feedback.closed';

/** What a change to a piece of feedback adds to its facts in the event. */
export type FeedbackChange =
  | { type: 'feedback.opened' | 'feedback.closed'; extra: Record<string, never> }
  | { type: 'feedback.responded'; extra: { firstResponse: boolean } }
  | { type: 'feedback.escalated'; extra: { fromLevel: FeedbackLevel } };

/**
 * The event of a feedback change: its facts and what the change adds, never its author (the
 * payload types cannot hold one; see WithoutFeedbackAuthor).
 */
export function feedbackEvent(
  facts: FeedbackFactsV1,
  change: FeedbackChange,
): DomainEvent<FeedbackEventType> {
  const envelope = { version: 1, aggregateId: facts.id } as const;
  switch (change.type) {
    case 'feedback.responded':
      return { ...envelope, type: change.type, payload: { ...facts, ...change.extra } };
    case 'feedback.escalated':
      return { ...envelope, type: change.type, payload: { ...facts, ...change.extra } };
    default:
      return { ...envelope, type: change.type, payload: facts };
  }
}
