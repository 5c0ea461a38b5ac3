import { RepresentationPattern, type RpcEnvelope } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RepresentationService } from './representation.service';

type GroupPayload = RpcEnvelope<{ groupId: string; body?: unknown }>;

@Controller()
export class RepresentationHandlers {
  constructor(private readonly representation: RepresentationService) {}

  @MessagePattern(RepresentationPattern.CreateGroup)
  createGroup(@Payload() { actor, payload }: RpcEnvelope) {
    return this.representation.createGroup(actor, payload);
  }

  @MessagePattern(RepresentationPattern.ListGroups)
  listGroups(@Payload() { actor, payload }: RpcEnvelope) {
    return this.representation.listGroups(actor, payload);
  }

  @MessagePattern(RepresentationPattern.GetGroup)
  getGroup(@Payload() { actor, payload }: GroupPayload) {
    return this.representation.getGroup(actor, payload.groupId);
  }

  @MessagePattern(RepresentationPattern.UpdateGroup)
  updateGroup(@Payload() { actor, payload }: GroupPayload) {
    return this.representation.updateGroup(actor, payload.groupId, payload.body);
  }

  @MessagePattern(RepresentationPattern.Appoint)
  appoint(@Payload() { actor, payload }: GroupPayload) {
    return this.representation.appoint(actor, payload.groupId, payload.body);
  }

  @MessagePattern(RepresentationPattern.EndTerm)
  endTerm(@Payload() { actor, payload }: GroupPayload) {
    return this.representation.endTerm(actor, payload.groupId);
  }

  @MessagePattern(RepresentationPattern.Representatives)
  representatives(@Payload() { actor, payload }: RpcEnvelope) {
    return this.representation.representatives(actor, payload);
  }

  @MessagePattern(RepresentationPattern.Coverage)
  coverage(@Payload() { payload }: RpcEnvelope) {
    return this.representation.coverage(payload);
  }
}
