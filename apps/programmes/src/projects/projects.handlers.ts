import { ProjectPattern, type RpcRequest } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { Handles } from '@app/messaging';
import { Payload } from '@nestjs/microservices';
import { ProjectsService } from './projects.service';

@Controller()
export class ProjectsHandlers {
  constructor(private readonly projects: ProjectsService) {}

  @Handles('programmes', ProjectPattern.Create)
  create(@Payload() { payload }: RpcRequest<'programmes', typeof ProjectPattern.Create>) {
    return this.projects.create(payload);
  }

  @Handles('programmes', ProjectPattern.List)
  list(@Payload() { payload }: RpcRequest<'programmes', typeof ProjectPattern.List>) {
    return this.projects.list(payload);
  }

  @Handles('programmes', ProjectPattern.Get)
  get(@Payload() { payload }: RpcRequest<'programmes', typeof ProjectPattern.Get>) {
    return this.projects.get(payload.projectId);
  }

  @Handles('programmes', ProjectPattern.Update)
  update(@Payload() { payload }: RpcRequest<'programmes', typeof ProjectPattern.Update>) {
    return this.projects.update(payload.projectId, payload.body);
  }

  @Handles('programmes', ProjectPattern.Review)
  review(@Payload() { actor, payload }: RpcRequest<'programmes', typeof ProjectPattern.Review>) {
    return this.projects.review(actor, payload.projectId, payload.body);
  }
}
