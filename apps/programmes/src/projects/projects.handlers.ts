import { ProjectPattern, type RpcEnvelope } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ProjectsService } from './projects.service';

type IdPayload = RpcEnvelope<{ projectId: string; body?: unknown }>;

@Controller()
export class ProjectsHandlers {
  constructor(private readonly projects: ProjectsService) {}

  @MessagePattern(ProjectPattern.Create)
  create(@Payload() { payload }: RpcEnvelope) {
    return this.projects.create(payload);
  }

  @MessagePattern(ProjectPattern.List)
  list(@Payload() { payload }: RpcEnvelope) {
    return this.projects.list(payload);
  }

  @MessagePattern(ProjectPattern.Get)
  get(@Payload() { payload }: IdPayload) {
    return this.projects.get(payload.projectId);
  }

  @MessagePattern(ProjectPattern.Update)
  update(@Payload() { payload }: IdPayload) {
    return this.projects.update(payload.projectId, payload.body);
  }

  @MessagePattern(ProjectPattern.Review)
  review(@Payload() { actor, payload }: IdPayload) {
    return this.projects.review(actor, payload.projectId, payload.body);
  }
}
