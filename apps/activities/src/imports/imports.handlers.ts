import { ActivityImportPattern, type RpcRequest } from '@app/contracts';
import { Handles } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ImportsService } from './imports.service';

type Request<P extends (typeof ActivityImportPattern)[keyof typeof ActivityImportPattern]> = RpcRequest<
  'activities',
  P
>;

@Controller()
export class ImportsHandlers {
  constructor(private readonly imports: ImportsService) {}

  @Handles('activities', ActivityImportPattern.Start)
  start(@Payload() { actor, payload }: Request<typeof ActivityImportPattern.Start>) {
    return this.imports.start(actor, payload);
  }

  @Handles('activities', ActivityImportPattern.List)
  list(@Payload() { actor, payload }: Request<typeof ActivityImportPattern.List>) {
    return this.imports.list(actor, payload);
  }

  @Handles('activities', ActivityImportPattern.Status)
  status(@Payload() { actor, payload }: Request<typeof ActivityImportPattern.Status>) {
    return this.imports.status(actor, payload.importId);
  }
}
