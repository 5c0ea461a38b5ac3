import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../common/page';
import { StaffRefDto } from '../partners/partner.dto';
import {
  DateOnly,
  Money,
  OneOf,
  OptionalDateOnly,
  OptionalMoney,
  OptionalOneOf,
  OptionalText,
  OptionalUuid,
  Text,
  Uuid,
  VersionField,
} from '../validation/decorators';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from './activity.enums';
import type { ActivityStatus, ActivityType } from './activity.enums';

const ACADEMIC_YEAR = /^\d{4}\/\d{2}$/;
const FACULTY = /^[A-Z][A-Z0-9-]{1,19}$/;

export class IncomeLineDto {
  @Matches(ACADEMIC_YEAR, { message: 'must be an academic year written like 2025/26' })
  @ApiProperty({ example: '2025/26' })
  academicYear!: string;

  @Money()
  amountGbp!: number;
}

export class CreateActivityDto {
  @Uuid('An existing, non-archived partner') partnerId!: string;

  @OneOf(ACTIVITY_TYPES) type!: ActivityType;

  @Text(300) title!: string;

  @OptionalText(5000) description?: string | null;

  @Matches(FACULTY, { message: 'must be a faculty code such as ENG' })
  @ApiProperty({ example: 'ENG' })
  faculty!: string;

  @IsOptional()
  @Matches(FACULTY, { message: 'must be a school code such as ENG-MECH' })
  @ApiPropertyOptional({ example: 'ENG-MECH', nullable: true })
  school?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRefDto)
  @ApiPropertyOptional({ type: StaffRefDto, nullable: true })
  leadStaff?: StaffRefDto | null;

  @OptionalOneOf(ACTIVITY_STATUSES, 'Default active') status?: ActivityStatus;

  @DateOnly("The academic year of this date is the activity's") startDate!: string;

  @OptionalDateOnly() endDate?: string | null;

  @OptionalMoney() valueGbp?: number | null;

  @OptionalMoney() inKindGbp?: number | null;

  @IsOptional()
  @IsArray({ message: 'must be a list of { academicYear, amountGbp }' })
  @ArrayMaxSize(20, { message: 'must hold at most 20 years' })
  @ValidateNested({ each: true })
  @Type(() => IncomeLineDto)
  @ApiPropertyOptional({
    type: [IncomeLineDto],
    description: 'Income split per academic year, when it spans several',
  })
  income?: IncomeLineDto[];

  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  @ApiPropertyOptional({ description: 'Unique: posting it again returns the existing activity (200)' })
  externalRef?: string;

  @IsOptional()
  @IsObject({ message: 'must be an object of the fields of this type' })
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Validated per type; unknown keys are rejected',
  })
  details?: Record<string, unknown>;
}

export class UpdateActivityDto extends PartialType(CreateActivityDto) {
  @VersionField() version!: number;
}

export class ListActivitiesQuery extends PageQuery {
  @OptionalUuid() partnerId?: string;
  @OptionalOneOf(ACTIVITY_TYPES) type?: ActivityType;
  @IsOptional()
  @Matches(FACULTY, { message: 'must be a faculty code such as ENG' })
  @ApiPropertyOptional()
  faculty?: string;
  @OptionalOneOf(ACTIVITY_STATUSES) status?: ActivityStatus;
  @IsOptional()
  @Matches(ACADEMIC_YEAR, { message: 'must be an academic year written like 2025/26' })
  @ApiPropertyOptional({ example: '2025/26' })
  academicYear?: string;
  @OptionalDateOnly('Activities starting on or after') from?: string;
  @OptionalDateOnly('Activities starting on or before') to?: string;
}
