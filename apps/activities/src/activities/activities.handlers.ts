import { ActivityPattern, type RpcEnvelope } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ActivitiesService } from './activities.service';

type IdPayload = RpcEnvelope<{ activityId: string }>;

@Controller()
export class ActivitiesHandlers {
  constructor(private readonly activities: ActivitiesService) {}

  @MessagePattern(ActivityPattern.Create)
  create(@Payload() { actor, payload }: RpcEnvelope) {
    return this.activities.create(actor, payload);
  }

  @MessagePattern(ActivityPattern.List)
  list(@Payload() { actor, payload }: RpcEnvelope) {
    return this.activities.list(actor, payload);
  }

  @MessagePattern(ActivityPattern.Get)
  get(@Payload() { actor, payload }: IdPayload) {
    return this.activities.get(actor, payload.activityId);
  }

  @MessagePattern(ActivityPattern.History)
  history(@Payload() { actor, payload }: IdPayload) {
    return this.activities.history(actor, payload.activityId);
  }

  @MessagePattern(ActivityPattern.Update)
  update(@Payload() { actor, payload }: RpcEnvelope<{ activityId: string; body: unknown }>) {
    return this.activities.update(actor, payload.activityId, payload.body);
  }

  @MessagePattern(ActivityPattern.Delete)
  async remove(@Payload() { actor, payload }: IdPayload) {
    await this.activities.remove(actor, payload.activityId);
    return { deleted: true };
  }
}
