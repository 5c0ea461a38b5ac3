import { InvolvementPattern, type RpcRequest } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { Handles } from '@app/messaging';
import { Payload } from '@nestjs/microservices';
import { InvolvementsService } from './involvements.service';

@Controller()
export class InvolvementsHandlers {
  constructor(private readonly involvements: InvolvementsService) {}

  @Handles('programmes', InvolvementPattern.Create)
  create(@Payload() { actor, payload }: RpcRequest<'programmes', typeof InvolvementPattern.Create>) {
    return this.involvements.create(actor, payload);
  }

  @Handles('programmes', InvolvementPattern.List)
  list(@Payload() { actor, payload }: RpcRequest<'programmes', typeof InvolvementPattern.List>) {
    return this.involvements.list(actor, payload);
  }

  @Handles('programmes', InvolvementPattern.Get)
  get(@Payload() { actor, payload }: RpcRequest<'programmes', typeof InvolvementPattern.Get>) {
    return this.involvements.get(actor, payload.involvementId);
  }

  @Handles('programmes', InvolvementPattern.Update)
  update(@Payload() { actor, payload }: RpcRequest<'programmes', typeof InvolvementPattern.Update>) {
    return this.involvements.update(actor, payload.involvementId, payload.body);
  }

  @Handles('programmes', InvolvementPattern.Delete)
  async remove(@Payload() { actor, payload }: RpcRequest<'programmes', typeof InvolvementPattern.Delete>) {
    await this.involvements.remove(actor, payload.involvementId);
    return { deleted: true as const };
  }
}
