import {
  CommonError,
  DomainError,
  hasRole,
  OutboxPattern,
  type OutboxReplayPayload,
  type RpcEnvelope,
} from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { OutboxRelayHost } from './outbox-relay.provider';

/** Replays this service's outbox to one consumer queue, for a consumer rebuilding its read models. */
@Controller()
export class OutboxReplayHandlers {
  constructor(private readonly host: OutboxRelayHost) {}

  @MessagePattern(OutboxPattern.Replay)
  async replay(@Payload() { actor, payload }: RpcEnvelope<OutboxReplayPayload>) {
    if (!actor || !hasRole(actor, 'admin'))
      throw new DomainError(CommonError.Forbidden, 'Only an administrator may replay events');
    return { events: await this.host.relay.replay(payload.queue, payload.runId) };
  }
}
