import { ApiProperty } from '@nestjs/swagger';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, GOAL_STATUSES } from './partner.enums';
import type { AgreementStatus, AgreementType, GoalStatus } from './partner.enums';

/** What every record under a partner carries. */
class PartnerChildView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) partnerId!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', description: 'Send it back to change the record' }) version!: number;
}

export class ContactView extends PartnerChildView {
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'string', nullable: true }) email!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) phone!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) jobTitle!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) relationshipRole!: string | null;
  @ApiProperty({ description: "The partner's main contact" }) primary!: boolean;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) startDate!: string | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) endDate!: string | null;
}

export class GoalView extends PartnerChildView {
  @ApiProperty() title!: string;
  @ApiProperty({ type: 'string', nullable: true }) description!: string | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) targetDate!: string | null;
  @ApiProperty({ enum: GOAL_STATUSES }) status!: GoalStatus;
}

export class AgreementView extends PartnerChildView {
  @ApiProperty({ enum: AGREEMENT_TYPES }) type!: AgreementType;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) endDate!: string | null;
  @ApiProperty({
    type: 'number',
    nullable: true,
    required: false,
    description: 'Left out for callers who may not see commercial values (faculty)',
  })
  valueGbp?: number | null;
  @ApiProperty({ enum: AGREEMENT_STATUSES }) status!: AgreementStatus;
  @ApiProperty({ type: 'string', nullable: true }) documentRef!: string | null;
}

export class MemberView extends PartnerChildView {
  @ApiProperty({ format: 'uuid' }) memberPartnerId!: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'The member partner’s name' })
  memberName!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) role!: string | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) joinedOn!: string | null;
}
