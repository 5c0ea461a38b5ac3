import { ActionPlanPattern, type RpcEnvelope } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ActionPlansService } from './action-plans.service';

type PlanPayload = RpcEnvelope<{ planId: string; itemId?: string; body?: unknown }>;

@Controller()
export class ActionPlansHandlers {
  constructor(private readonly plans: ActionPlansService) {}

  @MessagePattern(ActionPlanPattern.Create)
  create(@Payload() { actor, payload }: RpcEnvelope) {
    return this.plans.create(actor, payload);
  }

  @MessagePattern(ActionPlanPattern.List)
  list(@Payload() { actor, payload }: RpcEnvelope) {
    return this.plans.list(actor, payload);
  }

  @MessagePattern(ActionPlanPattern.Get)
  get(@Payload() { actor, payload }: PlanPayload) {
    return this.plans.get(actor, payload.planId);
  }

  @MessagePattern(ActionPlanPattern.AddItem)
  addItem(@Payload() { actor, payload }: PlanPayload) {
    return this.plans.addItem(actor, payload.planId, payload.body);
  }

  @MessagePattern(ActionPlanPattern.UpdateItem)
  updateItem(@Payload() { actor, payload }: PlanPayload) {
    return this.plans.updateItem(actor, payload.planId, payload.itemId ?? '', payload.body);
  }
}
