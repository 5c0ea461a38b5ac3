import { InvolvementPattern, type RpcEnvelope } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { InvolvementsService } from './involvements.service';

type IdPayload = RpcEnvelope<{ involvementId: string; body?: unknown }>;

@Controller()
export class InvolvementsHandlers {
  constructor(private readonly involvements: InvolvementsService) {}

  @MessagePattern(InvolvementPattern.Create)
  create(@Payload() { actor, payload }: RpcEnvelope) {
    return this.involvements.create(actor, payload);
  }

  @MessagePattern(InvolvementPattern.List)
  list(@Payload() { actor, payload }: RpcEnvelope) {
    return this.involvements.list(actor, payload);
  }

  @MessagePattern(InvolvementPattern.Get)
  get(@Payload() { actor, payload }: IdPayload) {
    return this.involvements.get(actor, payload.involvementId);
  }

  @MessagePattern(InvolvementPattern.Update)
  update(@Payload() { actor, payload }: IdPayload) {
    return this.involvements.update(actor, payload.involvementId, payload.body);
  }

  @MessagePattern(InvolvementPattern.Delete)
  async remove(@Payload() { actor, payload }: IdPayload) {
    await this.involvements.remove(actor, payload.involvementId);
    return { deleted: true };
  }
}
