import { EnquiryPattern, type EnquiryView, type Page, type RpcRequest } from '@app/contracts';
import { Handles } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { EnquiriesService } from './enquiries.service';

@Controller()
export class EnquiriesHandlers {
  constructor(private readonly enquiries: EnquiriesService) {}

  @Handles('partners', EnquiryPattern.Create)
  create(
    @Payload() { actor, payload }: RpcRequest<'partners', 'partners.enquiries.create'>,
  ): Promise<EnquiryView> {
    return this.enquiries.create(actor, payload);
  }

  @Handles('partners', EnquiryPattern.List)
  list(
    @Payload() { actor, payload }: RpcRequest<'partners', 'partners.enquiries.list'>,
  ): Promise<Page<EnquiryView>> {
    return this.enquiries.list(actor, payload);
  }

  @Handles('partners', EnquiryPattern.Get)
  get(@Payload() { actor, payload }: RpcRequest<'partners', 'partners.enquiries.get'>): Promise<EnquiryView> {
    return this.enquiries.get(actor, payload.enquiryId);
  }

  @Handles('partners', EnquiryPattern.Transition)
  transition(
    @Payload() { actor, payload }: RpcRequest<'partners', 'partners.enquiries.transition'>,
  ): Promise<EnquiryView> {
    return this.enquiries.transition(actor, payload.enquiryId, payload.body);
  }
}
