import {
  type Actor,
  CommonError,
  DomainError,
  hasRole,
  type OutboxFetchPayload,
  OutboxPattern,
  type OutboxReplayPayload,
  type OutboxSincePayload,
  type RpcEnvelope,
} from '@app/contracts';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { HandlesEventSource } from '../rpc/handles';
import { OutboxRelayHost } from './outbox-relay.provider';

/**
 * This service's event log for its consumers: a replay to one queue (a consumer rebuilding its read
 * models), and the published events in order with their bodies (a consumer checking it missed none).
 */
@Controller()
export class OutboxReplayHandlers {
  constructor(private readonly host: OutboxRelayHost) {}

  @HandlesEventSource(OutboxPattern.Replay)
  async replay(@Payload() { actor, payload }: RpcEnvelope<OutboxReplayPayload>) {
    assertAdmin(actor);
    return { events: await this.host.relay.replay(payload.queue, payload.runId) };
  }

  @HandlesEventSource(OutboxPattern.Since)
  since(@Payload() { actor, payload }: RpcEnvelope<OutboxSincePayload>) {
    assertAdmin(actor);
    return this.host.log.since(payload.queue, payload.afterSeq, payload.limit);
  }

  @HandlesEventSource(OutboxPattern.Fetch)
  async fetch(@Payload() { actor, payload }: RpcEnvelope<OutboxFetchPayload>) {
    assertAdmin(actor);
    return { events: await this.host.log.fetch(payload.ids) };
  }
}

function assertAdmin(actor: Actor | undefined): void {
  if (!actor || !hasRole(actor, 'admin'))
    throw new DomainError(CommonError.Forbidden, "Only an administrator may read a service's event log");
}
