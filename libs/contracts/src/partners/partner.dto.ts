import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../common/page';
import { OneOf, OptionalOneOf, OptionalText, Text, VersionField } from '../validation/decorators';
import { ORGANISATION_TYPES, PARTNER_STATUSES, PARTNER_TIERS } from './partner.enums';
import type { OrganisationType, PartnerStatus, PartnerTier } from './partner.enums';

export class StaffRefDto {
  @Text(100, "The staff member's user id (token `sub`)")
  userId!: string;

  @Text(200)
  name!: string;
}

const trimList = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value)
    ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item))
    : value;

export class CreatePartnerDto {
  @Text(300, "The organisation's name as it is usually written")
  name!: string;

  @OneOf(
    ORGANISATION_TYPES,
    'Drives the HE-BCI split: sme → SME, large_company → non-SME commercial, others → non-commercial',
  )
  organisationType!: OrganisationType;

  @OptionalOneOf(PARTNER_TIERS, 'Default transactional')
  tier?: PartnerTier;

  @OptionalOneOf(PARTNER_STATUSES, 'Default active')
  status?: PartnerStatus;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @Matches(/^[A-Z0-9]{6,10}$/, { message: 'must be a company registration number (6–10 letters and digits)' })
  @ApiPropertyOptional({ type: 'string', example: '00214436', nullable: true })
  companyNumber?: string | null;

  @IsOptional()
  @IsArray({ message: 'must be a list of SIC codes' })
  @ArrayMaxSize(20, { message: 'must hold at most 20 codes' })
  @Matches(/^\d{4,5}$/, { each: true, message: 'must hold SIC codes of 4 or 5 digits' })
  @ApiPropertyOptional({ type: [String], example: ['47190'] })
  sicCodes?: string[];

  @OptionalText(200)
  sector?: string | null;

  @OptionalText(100)
  country?: string | null;

  @OptionalText(100)
  region?: string | null;

  @IsOptional()
  @IsUrl(
    { require_protocol: true, protocols: ['http', 'https'] },
    { message: 'must be a web address starting http:// or https://' },
  )
  @MaxLength(500, { message: 'must be at most 500 characters' })
  @ApiPropertyOptional({ type: 'string', example: 'https://www.marksandspencer.com', nullable: true })
  website?: string | null;

  @OptionalText(5000)
  description?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRefDto)
  @ApiPropertyOptional({ type: StaffRefDto, nullable: true })
  relationshipOwner?: StaffRefDto | null;

  @IsOptional()
  @IsArray({ message: 'must be a list of names' })
  @ArrayMaxSize(50, { message: 'must hold at most 50 names' })
  @IsString({ each: true, message: 'must hold only names' })
  @MaxLength(300, { each: true, message: 'must hold names of at most 300 characters' })
  @Transform(trimList)
  @ApiPropertyOptional({ type: [String], example: ['M&S'] })
  aliases?: string[];
}

export class UpdatePartnerDto extends PartialType(CreatePartnerDto) {
  @VersionField()
  version!: number;

  @OptionalText(2000, 'Required when `tier` changes; kept in `tierHistory`')
  tierChangeReason?: string;
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListPartnersQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  @ApiPropertyOptional({ description: 'Searches name and aliases' })
  q?: string;

  @OptionalOneOf(PARTNER_TIERS)
  tier?: PartnerTier;

  @OptionalOneOf(PARTNER_STATUSES)
  status?: PartnerStatus;

  @OptionalOneOf(ORGANISATION_TYPES)
  organisationType?: OrganisationType;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  @ApiPropertyOptional({ type: Boolean, description: 'true lists archived partners as well' })
  archived?: boolean;
}
