import { ActionPlanPattern, type RpcEnvelope } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ActionPlansService } from './action-plans.service';

type PlanPayload = RpcEnvelope<{ planId: string; itemId?: string; body?: unknown }>;

@Controller()
export class ActionPlansHandlers {
  constructor(private readonly plans: ActionPlansService) {}

  @MessagePattern(ActionPlanPattern.Create)
  create(@Payload() { payload }: RpcEnvelope) {
    return this.plans.create(payload);
  }

  @MessagePattern(ActionPlanPattern.List)
  list(@Payload() { payload }: RpcEnvelope) {
    return this.plans.list(payload);
  }

  @MessagePattern(ActionPlanPattern.Get)
  get(@Payload() { payload }: PlanPayload) {
    return this.plans.get(payload.planId);
  }

  @MessagePattern(ActionPlanPattern.AddItem)
  addItem(@Payload() { payload }: PlanPayload) {
    return this.plans.addItem(payload.planId, payload.body);
  }

  @MessagePattern(ActionPlanPattern.UpdateItem)
  updateItem(@Payload() { payload }: PlanPayload) {
    return this.plans.updateItem(payload.planId, payload.itemId ?? '', payload.body);
  }
}
