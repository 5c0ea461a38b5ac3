import {
  type PartnerLookupItem,
  PartnerLookupPattern,
  type RpcEnvelope,
  PartnerPattern,
} from '@app/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ChildrenService } from '../children/children.service';
import { partnerView, tierChangeView } from './partner.view';
import { PartnersService } from './partners.service';

@Controller()
export class PartnersHandlers {
  constructor(
    private readonly partners: PartnersService,
    private readonly children: ChildrenService,
  ) {}

  @MessagePattern(PartnerPattern.Create)
  create(@Payload() { actor, payload }: RpcEnvelope) {
    return this.partners.create(actor, payload);
  }

  @MessagePattern(PartnerPattern.List)
  list(@Payload() { payload }: RpcEnvelope) {
    return this.partners.list(payload);
  }

  @MessagePattern(PartnerPattern.Get)
  async get(@Payload() { actor, payload }: RpcEnvelope<{ partnerId: string }>) {
    const partner = await this.partners.findLive(this.partners['em'], payload.partnerId);
    const [children, history] = await Promise.all([
      this.children.childrenOf(actor, partner.id),
      this.partners.tierHistory(partner.id),
    ]);
    return { ...partnerView(partner), ...children, tierHistory: history.map(tierChangeView) };
  }

  /** For other services: which of these partners exist, and whether they are archived. */
  @MessagePattern(PartnerLookupPattern)
  lookup(@Payload() { payload }: RpcEnvelope<{ ids: string[] }>): Promise<PartnerLookupItem[]> {
    return this.partners.lookup(payload.ids);
  }

  @MessagePattern(PartnerPattern.Update)
  update(@Payload() { actor, payload }: RpcEnvelope<{ partnerId: string; body: unknown }>) {
    return this.partners.update(actor, payload.partnerId, payload.body);
  }

  @MessagePattern(PartnerPattern.Archive)
  async archive(@Payload() { payload }: RpcEnvelope<{ partnerId: string }>) {
    await this.partners.archive(payload.partnerId);
    return { archived: true };
  }
}
