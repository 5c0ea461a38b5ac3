import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, Matches, MaxLength } from 'class-validator';
import {
  DateOnly,
  OneOf,
  OptionalDateOnly,
  OptionalMoney,
  OptionalOneOf,
  OptionalText,
  Text,
  Uuid,
  VersionField,
} from '../validation/decorators';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, GOAL_STATUSES } from './partner.enums';
import type { AgreementStatus, AgreementType, GoalStatus } from './partner.enums';

export class CreateContactDto {
  @Text(200)
  name!: string;

  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320, { message: 'must be at most 320 characters' })
  @ApiPropertyOptional({ type: 'string', example: 'j.bloggs@partner.example', nullable: true })
  email?: string | null;

  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,30}$/, { message: 'must be a telephone number' })
  @ApiPropertyOptional({ type: 'string', example: '+44 113 243 1751', nullable: true })
  phone?: string | null;

  @OptionalText(200)
  jobTitle?: string | null;

  @OptionalText(200, 'e.g. "account manager", "research lead"')
  relationshipRole?: string | null;

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  @ApiPropertyOptional({ description: "The partner's main contact; at most one per partner" })
  primary?: boolean;

  @OptionalDateOnly()
  startDate?: string | null;

  @OptionalDateOnly()
  endDate?: string | null;
}

export class UpdateContactDto extends PartialType(CreateContactDto) {
  @VersionField()
  version!: number;
}

export class CreateGoalDto {
  @Text(300)
  title!: string;

  @OptionalText(5000)
  description?: string | null;

  @OptionalDateOnly()
  targetDate?: string | null;

  @OptionalOneOf(GOAL_STATUSES, 'Default planned')
  status?: GoalStatus;
}

export class UpdateGoalDto extends PartialType(CreateGoalDto) {
  @VersionField()
  version!: number;
}

export class CreateAgreementDto {
  @OneOf(AGREEMENT_TYPES)
  type!: AgreementType;

  @Text(300)
  title!: string;

  @DateOnly()
  startDate!: string;

  @OptionalDateOnly()
  endDate?: string | null;

  @OptionalMoney('Hidden from the faculty role')
  valueGbp?: number | null;

  @OptionalOneOf(AGREEMENT_STATUSES, 'Default draft')
  status?: AgreementStatus;

  @OptionalText(300, 'Where the signed document is kept')
  documentRef?: string | null;
}

export class UpdateAgreementDto extends PartialType(CreateAgreementDto) {
  @VersionField()
  version!: number;
}

export class CreateMemberDto {
  @Uuid('The member organisation (an existing partner)')
  memberPartnerId!: string;

  @OptionalText(200, 'e.g. "founding member"')
  role?: string | null;

  @OptionalDateOnly()
  joinedOn?: string | null;
}

export class UpdateMemberDto {
  @OptionalText(200)
  role?: string | null;

  @OptionalDateOnly()
  joinedOn?: string | null;

  @VersionField()
  version!: number;
}
