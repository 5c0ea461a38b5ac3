import { ActivityImportPattern, type RpcEnvelope } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ImportsService } from './imports.service';

@Controller()
export class ImportsHandlers {
  constructor(private readonly imports: ImportsService) {}

  @MessagePattern(ActivityImportPattern.Start)
  start(@Payload() { actor, payload }: RpcEnvelope<{ csv?: unknown; fileName?: unknown }>) {
    return this.imports.start(actor, payload);
  }

  @MessagePattern(ActivityImportPattern.List)
  list(@Payload() { actor, payload }: RpcEnvelope<unknown>) {
    return this.imports.list(actor, payload);
  }

  @MessagePattern(ActivityImportPattern.Status)
  status(@Payload() { actor, payload }: RpcEnvelope<{ importId: string }>) {
    return this.imports.status(actor, payload.importId);
  }
}
