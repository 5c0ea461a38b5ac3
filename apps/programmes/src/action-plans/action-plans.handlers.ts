import { ActionPlanPattern, type RpcRequest } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { Handles } from '@app/messaging';
import { Payload } from '@nestjs/microservices';
import { ActionPlansService } from './action-plans.service';

@Controller()
export class ActionPlansHandlers {
  constructor(private readonly plans: ActionPlansService) {}

  @Handles('programmes', ActionPlanPattern.Create)
  create(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ActionPlanPattern.Create>) {
    return this.plans.create(actor, payload);
  }

  @Handles('programmes', ActionPlanPattern.List)
  list(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ActionPlanPattern.List>) {
    return this.plans.list(actor, payload);
  }

  @Handles('programmes', ActionPlanPattern.Get)
  get(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ActionPlanPattern.Get>) {
    return this.plans.get(actor, payload.planId);
  }

  @Handles('programmes', ActionPlanPattern.AddItem)
  addItem(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ActionPlanPattern.AddItem>) {
    return this.plans.addItem(actor, payload.planId, payload.body);
  }

  @Handles('programmes', ActionPlanPattern.UpdateItem)
  updateItem(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ActionPlanPattern.UpdateItem>) {
    return this.plans.updateItem(actor, payload.planId, payload.itemId ?? '', payload.body);
  }
}
