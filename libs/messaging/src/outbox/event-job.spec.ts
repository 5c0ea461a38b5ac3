import { eventFromJob } from './event-job';

const envelope = {
  id: '11111111-1111-4111-8111-111111111111',
  type: 'activity.imported',
  version: 2,
  source: 'activities',
  aggregateId: '22222222-2222-4222-8222-222222222222',
  occurredAt: '2026-11-24T10:00:00.000Z',
  requestId: 'req-1',
};

describe('eventFromJob', () => {
  it('parses the payload the relay forwarded as JSON text, and keeps the rest of the envelope', () => {
    const payload = { importId: 'x', rows: [['a', 1, null]], text: 'Zoë “quoted”\n' };
    expect(eventFromJob({ ...envelope, payloadJson: JSON.stringify(payload) })).toEqual({
      ...envelope,
      payload,
    });
  });

  it('reads a job written before the relay forwarded text, whose payload is already an object', () => {
    expect(eventFromJob({ ...envelope, payload: { n: 1 } })).toEqual({ ...envelope, payload: { n: 1 } });
  });

  it('does not leave the JSON text on the envelope a handler sees', () => {
    expect(eventFromJob({ ...envelope, payloadJson: '{"n":2}' })).not.toHaveProperty('payloadJson');
  });
});
