import type { Actor } from './actor';

/** Every request from the gateway to a service carries who asks and what. */
export interface RpcEnvelope<T = unknown> {
  actor: Actor;
  payload: T;
}
