import { AwardPattern, type RpcEnvelope } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AwardsService } from './awards.service';

type CyclePayload = RpcEnvelope<{ cycleId: string; body?: unknown; query?: unknown }>;

@Controller()
export class AwardsHandlers {
  constructor(private readonly awards: AwardsService) {}

  @MessagePattern(AwardPattern.CreateCycle)
  createCycle(@Payload() { payload }: RpcEnvelope) {
    return this.awards.createCycle(payload);
  }

  @MessagePattern(AwardPattern.ListCycles)
  listCycles(@Payload() { payload }: RpcEnvelope) {
    return this.awards.listCycles(payload);
  }

  @MessagePattern(AwardPattern.GetCycle)
  getCycle(@Payload() { payload }: CyclePayload) {
    return this.awards.getCycle(payload.cycleId);
  }

  @MessagePattern(AwardPattern.Nominate)
  nominate(@Payload() { actor, payload }: CyclePayload) {
    return this.awards.nominate(actor, payload.cycleId, payload.body);
  }

  @MessagePattern(AwardPattern.ListNominations)
  listNominations(@Payload() { payload }: CyclePayload) {
    return this.awards.listNominations(payload.cycleId, payload.query ?? {});
  }

  @MessagePattern(AwardPattern.Decide)
  decide(@Payload() { payload }: RpcEnvelope<{ nominationId: string; body: unknown }>) {
    return this.awards.decide(payload.nominationId, payload.body);
  }

  @MessagePattern(AwardPattern.Winners)
  winners(@Payload() { payload }: CyclePayload) {
    return this.awards.winners(payload.cycleId);
  }
}
