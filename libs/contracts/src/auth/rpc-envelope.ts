import type { Actor } from './actor';

/**
 * What makes a write safe to retry (ADR 0013): the caller (`actor.sub`, pseudonymous for an
 * anonymous author), the client's `Idempotency-Key`, and a sha256 of the method, path and payload.
 */
export interface IdempotencyToken {
  caller: string;
  key: string;
  fingerprint: string;
}

/** Every request from the gateway to a service carries who asks and what. */
export interface RpcEnvelope<T = unknown> {
  actor: Actor;
  payload: T;
  /** Present on a `POST` that carried an `Idempotency-Key`. */
  idempotency?: IdempotencyToken;
}
