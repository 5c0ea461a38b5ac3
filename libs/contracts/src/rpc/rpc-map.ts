import type { ActivitiesRpc } from '../activities/activities.rpc';
import type { Actor } from '../auth/actor';
import type { RpcEnvelope } from '../auth/rpc-envelope';
import type {
  OutboxFetchPayload,
  OutboxReplayPayload,
  OutboxSincePayload,
  OutboxSinceReply,
  ServiceName,
} from '../partners/partner.patterns';
import type { PartnersRpc } from '../partners/partners.rpc';
import type { ProgrammesRpc } from '../programmes/programmes.rpc';
import type { ReportingRpc } from '../reporting/reporting.rpc';

/** One message pattern: what the gateway (or another service) sends, and what the handler answers. */
export interface RpcContract<Request, Reply> {
  request: Request;
  reply: Reply;
}

/** What every service answers, whatever its domain. */
export interface CommonRpc {
  'health.ping': RpcContract<Record<string, never>, { status: 'up' }>;
}

/** What every service that publishes events answers for its consumers (ADR 0002, 0014). */
export interface EventSourceRpc {
  'outbox.replay': RpcContract<OutboxReplayPayload, { events: number }>;
  'outbox.since': RpcContract<OutboxSincePayload, OutboxSinceReply>;
  /** Events as their jobs carry them (`EventJobData` in libs/messaging). */
  'outbox.fetch': RpcContract<OutboxFetchPayload, { events: unknown[] }>;
}

/**
 * Every message pattern of every service, with its request and reply: `ServiceClients.call` and
 * the handlers (`@Handles`) are typed by it, so a caller sending the wrong payload, or a handler
 * answering the wrong shape, does not compile. A service's patterns live beside its DTOs.
 */
export interface RpcMap {
  partners: PartnersRpc & CommonRpc & EventSourceRpc;
  activities: ActivitiesRpc & CommonRpc & EventSourceRpc;
  programmes: ProgrammesRpc & CommonRpc & EventSourceRpc;
  reporting: ReportingRpc & CommonRpc;
}

export type PatternOf<S extends ServiceName> = keyof RpcMap[S] & string;
type ContractOf<S extends ServiceName, P extends PatternOf<S>> =
  RpcMap[S][P] extends RpcContract<infer Request, infer Reply> ? RpcContract<Request, Reply> : never;
export type RequestOf<S extends ServiceName, P extends PatternOf<S>> = ContractOf<S, P>['request'];
export type ReplyOf<S extends ServiceName, P extends PatternOf<S>> = ContractOf<S, P>['reply'];

/** What a handler of `pattern` receives. */
export type RpcRequest<S extends ServiceName, P extends PatternOf<S>> = RpcEnvelope<RequestOf<S, P>> & {
  actor: Actor;
};
