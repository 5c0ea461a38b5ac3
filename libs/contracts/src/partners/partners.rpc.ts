import type { Page } from '../common/page';
import type { CreateEnquiryDto, ListEnquiriesQuery, TransitionEnquiryDto } from './enquiry.dto';
import type { EnquiryView } from './enquiry.views';
import type {
  CreateAgreementDto,
  CreateContactDto,
  CreateGoalDto,
  CreateMemberDto,
  UpdateAgreementDto,
  UpdateContactDto,
  UpdateGoalDto,
  UpdateMemberDto,
} from './partner-children.dto';
import type { AgreementView, ContactView, GoalView, MemberView } from './partner-children.views';
import type { CreatePartnerDto, ListPartnersQuery, UpdatePartnerDto } from './partner.dto';
import type {
  ChildBodyPayload,
  ChildIdPayload,
  PartnerBodyPayload,
  PartnerChildKind,
  PartnerIdPayload,
} from './partner.patterns';
import type { PartnerDetailView, PartnerLookupView, PartnerView } from './partner.views';
import type { RpcContract } from '../rpc/rpc-map';

export interface EnquiryIdPayload {
  enquiryId: string;
}
export interface PartnerLookupPayload {
  ids: string[];
}

/** Each kind of record under a partner: its view and the bodies that create and change it. */
export interface PartnerChildTypes {
  contacts: { view: ContactView; create: CreateContactDto; update: UpdateContactDto };
  goals: { view: GoalView; create: CreateGoalDto; update: UpdateGoalDto };
  agreements: { view: AgreementView; create: CreateAgreementDto; update: UpdateAgreementDto };
  members: { view: MemberView; create: CreateMemberDto; update: UpdateMemberDto };
}
export type PartnerChildView<K extends PartnerChildKind = PartnerChildKind> = PartnerChildTypes[K]['view'];

type ChildRpc<K extends PartnerChildKind> = {
  [P in `partners.${K}.list`]: RpcContract<PartnerIdPayload, Page<PartnerChildTypes[K]['view']>>;
} & {
  [P in `partners.${K}.create`]: RpcContract<
    PartnerBodyPayload<PartnerChildTypes[K]['create']>,
    PartnerChildTypes[K]['view']
  >;
} & {
  [P in `partners.${K}.update`]: RpcContract<
    ChildBodyPayload<PartnerChildTypes[K]['update']>,
    PartnerChildTypes[K]['view']
  >;
} & {
  [P in `partners.${K}.delete`]: RpcContract<ChildIdPayload, { deleted: true }>;
};

/** The message patterns of the partners service with their requests and replies (RpcMap). */
export interface PartnersRpc
  extends ChildRpc<'contacts'>, ChildRpc<'goals'>, ChildRpc<'agreements'>, ChildRpc<'members'> {
  'partners.create': RpcContract<CreatePartnerDto, PartnerView>;
  'partners.list': RpcContract<ListPartnersQuery, Page<PartnerView>>;
  'partners.get': RpcContract<PartnerIdPayload, PartnerDetailView>;
  'partners.update': RpcContract<PartnerBodyPayload<UpdatePartnerDto>, PartnerView>;
  'partners.archive': RpcContract<PartnerIdPayload, { archived: true }>;
  /** For other services: which of these partners exist, and whether they are archived. */
  'partners.lookup': RpcContract<PartnerLookupPayload, PartnerLookupView[]>;
  'partners.enquiries.create': RpcContract<CreateEnquiryDto, EnquiryView>;
  'partners.enquiries.list': RpcContract<ListEnquiriesQuery, Page<EnquiryView>>;
  'partners.enquiries.get': RpcContract<EnquiryIdPayload, EnquiryView>;
  'partners.enquiries.transition': RpcContract<PartnerEnquiryTransitionPayload, EnquiryView>;
}

export interface PartnerEnquiryTransitionPayload extends EnquiryIdPayload {
  body: TransitionEnquiryDto;
}
