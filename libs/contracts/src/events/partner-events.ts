import type { NewEvent } from './event-envelope';
import type { OrganisationType, PartnerStatus, PartnerTier } from '../partners/partner.enums';

export const PartnerEventType = {
  Created: 'partner.created',
  Updated: 'partner.updated',
  TierChanged: 'partner.tier_changed',
  Archived: 'partner.archived',
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

export type PartnerCreatedEvent = NewEvent<'partner.created', PartnerSnapshotV1>;
export type PartnerUpdatedEvent = NewEvent<'partner.updated', PartnerSnapshotV1>;
export type PartnerTierChangedEvent = NewEvent<'partner.tier_changed', PartnerTierChangedV1>;
export type PartnerArchivedEvent = NewEvent<'partner.archived', PartnerSnapshotV1>;
export type PartnerEvent =
  PartnerCreatedEvent | PartnerUpdatedEvent | PartnerTierChangedEvent | PartnerArchivedEvent;
