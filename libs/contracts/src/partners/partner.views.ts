import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_TYPES, PARTNER_STATUSES, PARTNER_TIERS } from './partner.enums';
import type { OrganisationType, PartnerStatus, PartnerTier } from './partner.enums';
import { AgreementView, ContactView, GoalView, MemberView } from './partner-children.views';

/** A member of staff as a record names them. */
export class StaffRefView {
  @ApiProperty() userId!: string;
  @ApiProperty({ type: 'string', nullable: true }) name!: string | null;
}

/** The relationship owner, as it was entered (a name is required there). */
export class RelationshipOwnerView {
  @ApiProperty() userId!: string;
  @ApiProperty() name!: string;
}

export class PartnerView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) organisationType!: OrganisationType;
  @ApiProperty({ enum: PARTNER_TIERS }) tier!: PartnerTier;
  @ApiProperty({ enum: PARTNER_STATUSES }) status!: PartnerStatus;
  @ApiProperty({ type: 'string', nullable: true }) companyNumber!: string | null;
  @ApiProperty({ type: [String] }) sicCodes!: string[];
  @ApiProperty({ type: 'string', nullable: true }) sector!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) country!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) region!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) website!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) description!: string | null;
  @ApiProperty({ type: RelationshipOwnerView, nullable: true })
  relationshipOwner!: RelationshipOwnerView | null;
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) archivedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', description: 'Send it back to change the partner' }) version!: number;
}

export class TierChangeView {
  @ApiProperty({ enum: PARTNER_TIERS }) from!: PartnerTier;
  @ApiProperty({ enum: PARTNER_TIERS }) to!: PartnerTier;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: StaffRefView }) changedBy!: StaffRefView;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
}

/** `GET /partners/:id`: the partner with everything under it. */
export class PartnerDetailView extends PartnerView {
  @ApiProperty({ type: [ContactView] }) contacts!: ContactView[];
  @ApiProperty({ type: [GoalView] }) goals!: GoalView[];
  @ApiProperty({ type: [AgreementView] }) agreements!: AgreementView[];
  @ApiProperty({ type: [MemberView] }) members!: MemberView[];
  @ApiProperty({ type: [TierChangeView] }) tierHistory!: TierChangeView[];
}

/** What other services learn of a partner (`partners.lookup`). */
export class PartnerLookupView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) organisationType!: OrganisationType;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) archivedAt!: string | null;
}
