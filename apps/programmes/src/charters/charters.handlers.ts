import { CharterPattern, type RpcEnvelope } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ChartersService } from './charters.service';

type IdPayload = RpcEnvelope<{ charterId: string; body?: unknown }>;

@Controller()
export class ChartersHandlers {
  constructor(private readonly charters: ChartersService) {}

  @MessagePattern(CharterPattern.Create)
  create(@Payload() { actor, payload }: RpcEnvelope) {
    return this.charters.create(actor, payload);
  }

  @MessagePattern(CharterPattern.List)
  list(@Payload() { actor, payload }: RpcEnvelope) {
    return this.charters.list(actor, payload);
  }

  @MessagePattern(CharterPattern.Current)
  current() {
    return this.charters.current();
  }

  @MessagePattern(CharterPattern.Get)
  get(@Payload() { actor, payload }: IdPayload) {
    return this.charters.get(actor, payload.charterId);
  }

  @MessagePattern(CharterPattern.Update)
  update(@Payload() { actor, payload }: IdPayload) {
    return this.charters.update(actor, payload.charterId, payload.body);
  }

  @MessagePattern(CharterPattern.Publish)
  publish(@Payload() { actor, payload }: IdPayload) {
    return this.charters.publish(actor, payload.charterId);
  }
}
