import {
  type PartnerDetailView,
  type PartnerLookupView,
  PartnerLookupPattern,
  PartnerPattern,
  type PartnerView,
  type Page,
  type RpcRequest,
} from '@app/contracts';
import { Handles } from '@app/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ChildrenService } from '../children/children.service';
import { partnerView } from './partner.view';
import { PartnersService } from './partners.service';

@Controller()
export class PartnersHandlers {
  constructor(
    private readonly partners: PartnersService,
    private readonly children: ChildrenService,
  ) {}

  @Handles('partners', PartnerPattern.Create)
  create(@Payload() { actor, payload }: RpcRequest<'partners', 'partners.create'>): Promise<PartnerView> {
    return this.partners.create(actor, payload);
  }

  @Handles('partners', PartnerPattern.List)
  list(@Payload() { payload }: RpcRequest<'partners', 'partners.list'>): Promise<Page<PartnerView>> {
    return this.partners.list(payload);
  }

  @Handles('partners', PartnerPattern.Get)
  async get(
    @Payload() { actor, payload }: RpcRequest<'partners', 'partners.get'>,
  ): Promise<PartnerDetailView> {
    const partner = await this.partners.get(payload.partnerId);
    const [children, tierHistory] = await Promise.all([
      this.children.childrenOf(actor, partner.id),
      this.partners.tierHistory(partner.id),
    ]);
    return { ...partnerView(partner), ...children, tierHistory };
  }

  /** For other services: which of these partners exist, and whether they are archived. */
  @Handles('partners', PartnerLookupPattern)
  lookup(@Payload() { payload }: RpcRequest<'partners', 'partners.lookup'>): Promise<PartnerLookupView[]> {
    return this.partners.lookup(payload.ids);
  }

  @Handles('partners', PartnerPattern.Update)
  update(@Payload() { actor, payload }: RpcRequest<'partners', 'partners.update'>): Promise<PartnerView> {
    return this.partners.update(actor, payload.partnerId, payload.body);
  }

  @Handles('partners', PartnerPattern.Archive)
  async archive(
    @Payload() { payload }: RpcRequest<'partners', 'partners.archive'>,
  ): Promise<{ archived: true }> {
    await this.partners.archive(payload.partnerId);
    return { archived: true };
  }
}
