import type {
  AgreementStatus,
  AgreementType,
  OrganisationType,
  PartnerStatus,
  PartnerTier,
} from '../partners/partner.enums';

export const PartnerEventType = {
  Created: 'partner.created',
  Updated: 'partner.updated',
  TierChanged: 'partner.tier_changed',
  Archived: 'partner.archived',
  AgreementSaved: 'partner.agreement_saved',
  AgreementRemoved: 'partner.agreement_removed',
} as const;

/** What consumers (activities, reporting) keep of a partner. Version 1. */
export interface PartnerSnapshotV1 {
  id: string;
  name: string;
  organisationType: OrganisationType;
  tier: PartnerTier;
  status: PartnerStatus;
  companyNumber: string | null;
  sector: string | null;
  country: string | null;
  region: string | null;
  archivedAt: string | null;
  version: number;
}

export interface PartnerTierChangedV1 {
  partner: PartnerSnapshotV1;
  from: PartnerTier;
  to: PartnerTier;
  reason: string;
  changedBy: string;
}

/** A partner's agreement as reporting needs it ("is a formal agreement in place"); never its value. Version 1. */
export interface AgreementSnapshotV1 {
  id: string;
  partnerId: string;
  type: AgreementType;
  title: string;
  status: AgreementStatus;
  startDate: string;
  endDate: string | null;
  version: number;
}

/** An agreement taken away: reporting forgets it. Version 1. */
export interface AgreementRemovedV1 {
  id: string;
  partnerId: string;
}
