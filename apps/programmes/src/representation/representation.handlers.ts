import { RepresentationPattern, type RpcRequest } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { Handles } from '@app/messaging';
import { Payload } from '@nestjs/microservices';
import { RepresentationService } from './representation.service';

@Controller()
export class RepresentationHandlers {
  constructor(private readonly representation: RepresentationService) {}

  @Handles('programmes', RepresentationPattern.CreateGroup)
  createGroup(
    @Payload() { actor, payload }: RpcRequest<'programmes', typeof RepresentationPattern.CreateGroup>,
  ) {
    return this.representation.createGroup(actor, payload);
  }

  @Handles('programmes', RepresentationPattern.ListGroups)
  listGroups(
    @Payload() { actor, payload }: RpcRequest<'programmes', typeof RepresentationPattern.ListGroups>,
  ) {
    return this.representation.listGroups(actor, payload);
  }

  @Handles('programmes', RepresentationPattern.GetGroup)
  getGroup(@Payload() { actor, payload }: RpcRequest<'programmes', typeof RepresentationPattern.GetGroup>) {
    return this.representation.getGroup(actor, payload.groupId);
  }

  @Handles('programmes', RepresentationPattern.UpdateGroup)
  updateGroup(
    @Payload() { actor, payload }: RpcRequest<'programmes', typeof RepresentationPattern.UpdateGroup>,
  ) {
    return this.representation.updateGroup(actor, payload.groupId, payload.body);
  }

  @Handles('programmes', RepresentationPattern.Appoint)
  appoint(@Payload() { actor, payload }: RpcRequest<'programmes', typeof RepresentationPattern.Appoint>) {
    return this.representation.appoint(actor, payload.groupId, payload.body);
  }

  @Handles('programmes', RepresentationPattern.EndTerm)
  endTerm(@Payload() { actor, payload }: RpcRequest<'programmes', typeof RepresentationPattern.EndTerm>) {
    return this.representation.endTerm(actor, payload.groupId);
  }

  @Handles('programmes', RepresentationPattern.Representatives)
  representatives(
    @Payload() { actor, payload }: RpcRequest<'programmes', typeof RepresentationPattern.Representatives>,
  ) {
    return this.representation.representatives(actor, payload);
  }

  @Handles('programmes', RepresentationPattern.Coverage)
  coverage(@Payload() { payload }: RpcRequest<'programmes', typeof RepresentationPattern.Coverage>) {
    return this.representation.coverage(payload);
  }
}
