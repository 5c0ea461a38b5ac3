import type { PartnerSnapshotV1, PartnerView, TierChangeView } from '@app/contracts';
import type { Partner, PartnerTierChange } from './partner.entity';

export function partnerView(partner: Partner): PartnerView {
  return {
    id: partner.id,
    name: partner.name,
    organisationType: partner.organisationType,
    tier: partner.tier,
    status: partner.status,
    companyNumber: partner.companyNumber ?? null,
    sicCodes: partner.sicCodes,
    sector: partner.sector ?? null,
    country: partner.country ?? null,
    region: partner.region ?? null,
    website: partner.website ?? null,
    description: partner.description ?? null,
    relationshipOwner: partner.relationshipOwner ?? null,
    aliases: partner.aliases,
    archivedAt: partner.archivedAt?.toISOString() ?? null,
    createdAt: partner.createdAt.toISOString(),
    updatedAt: partner.updatedAt.toISOString(),
    version: partner.version,
  };
}

export function tierChangeView(change: PartnerTierChange): TierChangeView {
  return {
    from: change.fromTier,
    to: change.toTier,
    reason: change.reason,
    changedBy: change.changedBy,
    changedAt: change.changedAt.toISOString(),
  };
}

export function partnerSnapshot(partner: Partner): PartnerSnapshotV1 {
  return {
    id: partner.id,
    name: partner.name,
    organisationType: partner.organisationType,
    tier: partner.tier,
    status: partner.status,
    companyNumber: partner.companyNumber ?? null,
    sector: partner.sector ?? null,
    country: partner.country ?? null,
    region: partner.region ?? null,
    archivedAt: partner.archivedAt?.toISOString() ?? null,
    version: partner.version,
  };
}
