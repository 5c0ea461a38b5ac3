import type { components } from './schema';

type Schemas = components['schemas'];

// The partners domain's replies, generated from the gateway's OpenAPI document (schema.d.ts).
export type Partner = Schemas['PartnerView'];
export type PartnerDetail = Schemas['PartnerDetailView'];
export type Contact = Schemas['ContactView'];
export type Goal = Schemas['GoalView'];
export type Agreement = Schemas['AgreementView'];
export type Member = Schemas['MemberView'];
export type TierChange = Schemas['TierChangeView'];
export type Enquiry = Schemas['EnquiryView'];
export type AuthSettings = Schemas['AuthSettings'];
export type DevSignInReply = Schemas['DevSignInReply'];

export type { Activity } from './activity-types';
