export const ORGANISATION_TYPES = [
  'sme',
  'large_company',
  'public_sector',
  'nhs',
  'charity',
  'higher_education',
  'consortium',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const PARTNER_TIERS = ['corporate', 'strategic', 'transactional'] as const;
export type PartnerTier = (typeof PARTNER_TIERS)[number];

export const PARTNER_STATUSES = ['prospect', 'active', 'dormant', 'ended'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

export const GOAL_STATUSES = ['planned', 'on_track', 'at_risk', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const AGREEMENT_TYPES = [
  'mou',
  'framework',
  'collaboration',
  'licence',
  'nda',
  'consortium',
  'other',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export const AGREEMENT_STATUSES = ['draft', 'active', 'expired', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
