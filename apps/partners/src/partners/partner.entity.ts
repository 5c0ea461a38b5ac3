import type { OrganisationType, PartnerStatus, PartnerTier } from '@app/contracts';
import { VersionedEntity } from '@app/database';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

export interface StaffRef {
  userId: string;
  name: string;
}

@Entity({ tableName: 'partner' })
@Unique({
  name: 'partner_normalized_name_live_uq',
  properties: ['normalizedName'],
  where: 'archived_at is null',
})
@Unique({
  name: 'partner_company_number_live_uq',
  properties: ['companyNumber'],
  where: 'archived_at is null and company_number is not null',
})
@Index({ name: 'partner_aliases_gin', properties: ['normalizedAliases'], type: 'gin' })
@Index({ name: 'partner_name_idx', properties: ['name'] })
export class Partner extends VersionedEntity<'tier' | 'status' | 'sicCodes' | 'aliases' | 'archivedAt'> {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  normalizedName!: string;

  @Property({ type: 'text' })
  searchText!: string;

  @Property({ type: 'text' })
  organisationType!: OrganisationType;

  @Property({ type: 'text' })
  tier: PartnerTier = 'transactional';

  @Property({ type: 'text' })
  status: PartnerStatus = 'active';

  @Property({ type: 'text', nullable: true })
  companyNumber?: string | null;

  @Property({ type: 'string[]', columnType: 'text[]', defaultRaw: `'{}'` })
  sicCodes: string[] = [];

  @Property({ type: 'text', nullable: true })
  sector?: string | null;

  @Property({ type: 'text', nullable: true })
  country?: string | null;

  @Property({ type: 'text', nullable: true })
  region?: string | null;

  @Property({ type: 'text', nullable: true })
  website?: string | null;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'json', nullable: true })
  relationshipOwner?: StaffRef | null;

  @Property({ type: 'string[]', columnType: 'text[]', defaultRaw: `'{}'` })
  aliases: string[] = [];

  @Property({ type: 'string[]', columnType: 'text[]', defaultRaw: `'{}'` })
  normalizedAliases: string[] = [];

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt?: Date | null = null;
}

@Entity({ tableName: 'partner_tier_change' })
@Index({ name: 'partner_tier_change_partner_idx', properties: ['partnerId', 'changedAt'] })
export class PartnerTierChange {
  [OptionalProps]?: 'changedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  partnerId!: string;

  @Property({ type: 'text' })
  fromTier!: PartnerTier;

  @Property({ type: 'text' })
  toTier!: PartnerTier;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'json' })
  changedBy!: { userId: string; name: string | null };

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  changedAt: Date = new Date();
}
