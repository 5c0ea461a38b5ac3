import { EnquiryPattern, type RpcEnvelope } from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { EnquiriesService } from './enquiries.service';

@Controller()
export class EnquiriesHandlers {
  constructor(private readonly enquiries: EnquiriesService) {}

  @MessagePattern(EnquiryPattern.Create)
  create(@Payload() { actor, payload }: RpcEnvelope) {
    return this.enquiries.create(actor, payload);
  }

  @MessagePattern(EnquiryPattern.List)
  list(@Payload() { actor, payload }: RpcEnvelope) {
    return this.enquiries.list(actor, payload);
  }

  @MessagePattern(EnquiryPattern.Get)
  get(@Payload() { actor, payload }: RpcEnvelope<{ enquiryId: string }>) {
    return this.enquiries.get(actor, payload.enquiryId);
  }

  @MessagePattern(EnquiryPattern.Transition)
  transition(@Payload() { actor, payload }: RpcEnvelope<{ enquiryId: string; body: unknown }>) {
    return this.enquiries.transition(actor, payload.enquiryId, payload.body);
  }
}
