import { ActivityPattern, type RpcRequest } from '@app/contracts';
import { Handles } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ActivitiesService } from './activities.service';

type Request<P extends (typeof ActivityPattern)[keyof typeof ActivityPattern]> = RpcRequest<'activities', P>;

@Controller()
export class ActivitiesHandlers {
  constructor(private readonly activities: ActivitiesService) {}

  @Handles('activities', ActivityPattern.Create)
  create(@Payload() { actor, payload }: Request<typeof ActivityPattern.Create>) {
    return this.activities.create(actor, payload);
  }

  @Handles('activities', ActivityPattern.List)
  list(@Payload() { actor, payload }: Request<typeof ActivityPattern.List>) {
    return this.activities.list(actor, payload);
  }

  @Handles('activities', ActivityPattern.Get)
  get(@Payload() { actor, payload }: Request<typeof ActivityPattern.Get>) {
    return this.activities.get(actor, payload.activityId);
  }

  @Handles('activities', ActivityPattern.History)
  history(@Payload() { actor, payload }: Request<typeof ActivityPattern.History>) {
    return this.activities.history(actor, payload.activityId);
  }

  @Handles('activities', ActivityPattern.Update)
  update(@Payload() { actor, payload }: Request<typeof ActivityPattern.Update>) {
    return this.activities.update(actor, payload.activityId, payload.body);
  }

  @Handles('activities', ActivityPattern.Delete)
  async remove(@Payload() { actor, payload }: Request<typeof ActivityPattern.Delete>) {
    await this.activities.remove(actor, payload.activityId);
    return { deleted: true } as const;
  }
}
