import type { DomainEvent } from './domain-events';
import { feedbackEvent } from './feedback-event';
import type { FeedbackFactsV1 } from './programme-events';

const facts: FeedbackFactsV1 = {
  id: '40000000-0000-4000-8000-000000000001',
  school: 'ENG',
  level: 'course_rep',
  openedAt: '2026-11-02T10:00:00.000Z',
  dueBy: '2026-11-16',
  at: '2026-11-03T09:30:00.000Z',
};

describe('feedback events', () => {
  it('carry the facts, then what the change adds, in the order they were always written', () => {
    const responded = feedbackEvent(facts, { type: 'feedback.responded', extra: { firstResponse: true } });
    expect(responded).toMatchObject({ type: 'feedback.responded', version: 1, aggregateId: facts.id });
    expect(JSON.stringify(responded.payload)).toBe(JSON.stringify({ ...facts, firstResponse: true }));
    const escalated = feedbackEvent(facts, {
      type: 'feedback.escalated',
      extra: { fromLevel: 'course_rep' },
    });
    expect(Object.keys(escalated.payload)).toEqual([...Object.keys(facts), 'fromLevel']);
    expect(feedbackEvent(facts, { type: 'feedback.closed', extra: {} }).payload).toEqual(facts);
  });

  it('cannot carry an author, anonymous or not (the marked lines must not compile: tsc checks them)', () => {
    const record = { ...facts, anonymous: true, authorId: null, authorName: null, authorKey: 'pseudonym' };
    const named = { ...facts, authorId: 'student-1', authorName: 'Ann Student' };
    const opened = { type: 'feedback.opened', extra: {} } as const;

    // @ts-expect-error the feedback record carries its author: its facts cannot be taken from it
    const fromRecord: FeedbackFactsV1 = record;
    // @ts-expect-error nor can an author be added to the facts
    feedbackEvent(named, opened);
    // @ts-expect-error nor to what a change adds
    feedbackEvent(facts, { type: 'feedback.closed', extra: { authorKey: 'pseudonym' } });
    const byHand: DomainEvent = {
      type: 'feedback.opened',
      version: 1,
      aggregateId: facts.id,
      // @ts-expect-error nor to an event written by hand
      payload: named,
    };

    expect([fromRecord, byHand].every((value) => typeof value === 'object')).toBe(true);
  });
});
