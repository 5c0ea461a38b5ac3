/** Message patterns of the partners service (its request stream is `rpc:partners`). */
export const PartnerPattern = {
  Create: 'partners.create',
  List: 'partners.list',
  Get: 'partners.get',
  Update: 'partners.update',
  Archive: 'partners.archive',
} as const;

/** Sub-resources under a partner share one shape of patterns. */
export const PARTNER_CHILD_KINDS = ['contacts', 'goals', 'agreements', 'members'] as const;
export type PartnerChildKind = (typeof PARTNER_CHILD_KINDS)[number];

export type PartnerChildAction = 'list' | 'create' | 'update' | 'delete';
/** `partners.<kind>.<action>`, e.g. `partners.contacts.list`. */
export type PartnerChildPattern<
  K extends PartnerChildKind = PartnerChildKind,
  A extends PartnerChildAction = PartnerChildAction,
> = `partners.${K}.${A}`;

export function childPattern<K extends PartnerChildKind, A extends PartnerChildAction>(
  kind: K,
  action: A,
): PartnerChildPattern<K, A> {
  return `partners.${kind}.${action}`;
}

export interface PartnerIdPayload {
  partnerId: string;
}
export interface PartnerBodyPayload<T> extends PartnerIdPayload {
  body: T;
}
export interface ChildIdPayload extends PartnerIdPayload {
  childId: string;
}
export interface ChildBodyPayload<T> extends ChildIdPayload {
  body: T;
}
export interface ListPayload<Q> {
  query: Q;
}

export const SERVICE_NAMES = ['partners', 'activities', 'programmes', 'reporting'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export const HealthPattern = { Ping: 'health.ping' } as const;

/** Every service that publishes events replays its outbox on request (`npm run reporting:rebuild`). */
export const OutboxPattern = {
  Replay: 'outbox.replay',
  /** The ids of published events a consumer queue receives, in publication order: a consumer checks it missed none. */
  Since: 'outbox.since',
  /** Whole events by id, for a consumer that found it had missed them. */
  Fetch: 'outbox.fetch',
} as const;
export interface OutboxReplayPayload {
  queue: string;
  runId: string;
}
export interface OutboxSincePayload {
  queue: string;
  /** The publication sequence number after which to list (0: from the start). */
  afterSeq: string;
  limit: number;
}
/** One published event as the outbox log lists it; `seq` is its publication sequence number. */
export interface PublishedEventRef {
  id: string;
  seq: string;
  occurredAt: string;
  publishedAt: string;
}
export interface OutboxSinceReply {
  events: PublishedEventRef[];
  /** The source's clock when it answered, so a consumer judges how long ago each event was published. */
  now: string;
}
export interface OutboxFetchPayload {
  ids: string[];
}
