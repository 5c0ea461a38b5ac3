import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { PageQuery } from '../common/page';
import { DateOnly, OneOf, OptionalOneOf, Text } from '../validation/decorators';
import { TextList } from '../validation/list-decorators';
import { AttendeeDto } from './forum.dto';
import { NOMINATION_DECISIONS, type NominationDecision } from './programme.enums';

export class CreateAwardCycleDto {
  @IsDefined({ message: 'is required' })
  @IsInt({ message: 'must be a whole number: the year the awards are presented' })
  @Min(2000, { message: 'must be 2000 or later' })
  @Max(2100, { message: 'must be 2100 or earlier' })
  @ApiProperty({ type: 'integer', example: 2026 })
  year!: number;

  @TextList(30, 200, 1, 'e.g. Partnership in teaching, Student-led project, Outstanding rep')
  categories!: string[];

  @DateOnly('Last day nominations are accepted (inclusive, UK time)') closesOn!: string;
}

export class NominationDto {
  @IsDefined({ message: 'is required' })
  @ValidateNested()
  @Type(() => AttendeeDto)
  @ApiProperty({ type: () => AttendeeDto, description: 'The student or member of staff nominated' })
  nominee!: AttendeeDto;

  @Text(200, "One of the cycle's categories") category!: string;
  @Text(5000, 'Why they deserve it') citation!: string;
}

export class NominationDecisionDto {
  @OneOf(NOMINATION_DECISIONS) decision!: NominationDecision;
}

export class ListNominationsQuery extends PageQuery {
  @OptionalOneOf(['submitted', ...NOMINATION_DECISIONS]) status?: string;
}
