/** An event as it travels from a service's outbox to a consumer's queue. */
export interface EventEnvelope<
  TType extends string = string,
  TVersion extends number = number,
  TPayload = unknown,
> {
  /** The outbox row's id: the BullMQ job id and the consumer's dedupe key. */
  id: string;
  type: TType;
  /** Version of the payload's shape; a consumer handles every version it may still receive. */
  version: TVersion;
  /** The service that published it. */
  source: string;
  aggregateId: string;
  occurredAt: string;
  requestId?: string;
  payload: TPayload;
}

/** What a service records in its outbox; the envelope is completed by the outbox. */
export interface NewEvent<
  TType extends string = string,
  TVersion extends number = number,
  TPayload = unknown,
> {
  type: TType;
  version: TVersion;
  aggregateId: string;
  payload: TPayload;
}
