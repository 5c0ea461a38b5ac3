import { CharterPattern, type RpcRequest } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { Handles } from '@app/messaging';
import { Payload } from '@nestjs/microservices';
import { ChartersService } from './charters.service';

@Controller()
export class ChartersHandlers {
  constructor(private readonly charters: ChartersService) {}

  @Handles('programmes', CharterPattern.Create)
  create(@Payload() { actor, payload }: RpcRequest<'programmes', typeof CharterPattern.Create>) {
    return this.charters.create(actor, payload);
  }

  @Handles('programmes', CharterPattern.List)
  list(@Payload() { actor, payload }: RpcRequest<'programmes', typeof CharterPattern.List>) {
    return this.charters.list(actor, payload);
  }

  @Handles('programmes', CharterPattern.Current)
  current(@Payload() { actor }: RpcRequest<'programmes', typeof CharterPattern.Current>) {
    return this.charters.current(actor);
  }

  @Handles('programmes', CharterPattern.Get)
  get(@Payload() { actor, payload }: RpcRequest<'programmes', typeof CharterPattern.Get>) {
    return this.charters.get(actor, payload.charterId);
  }

  @Handles('programmes', CharterPattern.Update)
  update(@Payload() { actor, payload }: RpcRequest<'programmes', typeof CharterPattern.Update>) {
    return this.charters.update(actor, payload.charterId, payload.body);
  }

  @Handles('programmes', CharterPattern.Publish)
  publish(@Payload() { actor, payload }: RpcRequest<'programmes', typeof CharterPattern.Publish>) {
    return this.charters.publish(actor, payload.charterId);
  }
}
