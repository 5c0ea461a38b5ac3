import { AwardPattern, type RpcRequest } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { Handles } from '@app/messaging';
import { Payload } from '@nestjs/microservices';
import { AwardsService } from './awards.service';

@Controller()
export class AwardsHandlers {
  constructor(private readonly awards: AwardsService) {}

  @Handles('programmes', AwardPattern.CreateCycle)
  createCycle(@Payload() { payload }: RpcRequest<'programmes', typeof AwardPattern.CreateCycle>) {
    return this.awards.createCycle(payload);
  }

  @Handles('programmes', AwardPattern.ListCycles)
  listCycles(@Payload() { payload }: RpcRequest<'programmes', typeof AwardPattern.ListCycles>) {
    return this.awards.listCycles(payload);
  }

  @Handles('programmes', AwardPattern.GetCycle)
  getCycle(@Payload() { payload }: RpcRequest<'programmes', typeof AwardPattern.GetCycle>) {
    return this.awards.getCycle(payload.cycleId);
  }

  @Handles('programmes', AwardPattern.Nominate)
  nominate(@Payload() { actor, payload }: RpcRequest<'programmes', typeof AwardPattern.Nominate>) {
    return this.awards.nominate(actor, payload.cycleId, payload.body);
  }

  @Handles('programmes', AwardPattern.ListNominations)
  listNominations(@Payload() { payload }: RpcRequest<'programmes', typeof AwardPattern.ListNominations>) {
    return this.awards.listNominations(payload.cycleId, payload.query ?? {});
  }

  @Handles('programmes', AwardPattern.Decide)
  decide(@Payload() { payload }: RpcRequest<'programmes', typeof AwardPattern.Decide>) {
    return this.awards.decide(payload.nominationId, payload.body);
  }

  @Handles('programmes', AwardPattern.Winners)
  winners(@Payload() { payload }: RpcRequest<'programmes', typeof AwardPattern.Winners>) {
    return this.awards.winners(payload.cycleId);
  }
}
