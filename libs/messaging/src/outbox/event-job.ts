import type { EventEnvelope } from '@app/contracts';

/**
 * An event as its BullMQ job carries it. The relay forwards the payload as the JSON text the
 * outbox stored (`payloadJson`) instead of parsing it only to have BullMQ serialise it again; the
 * consumer parses it once. Jobs written before this carry `payload`, and are read the same way.
 */
export type EventJobData = Omit<EventEnvelope, 'payload'> & ({ payloadJson: string } | { payload: unknown });

/** The envelope a consumer handles, from a job's data. */
export function eventFromJob(data: EventJobData): EventEnvelope {
  if (!('payloadJson' in data)) return data;
  const { payloadJson, ...envelope } = data;
  return { ...envelope, payload: JSON.parse(payloadJson) as unknown };
}
