import { PartialType } from '@nestjs/swagger';
import { PageQuery } from '../common/page';
import {
  DateOnly,
  OneOf,
  OptionalDateOnly,
  OptionalOneOf,
  OptionalText,
  Text,
  VersionField,
} from '../validation/decorators';
import { NestedList, OptionalTextList, SchoolCode } from '../validation/list-decorators';
import { INVOLVEMENT_KINDS, type InvolvementKind } from './programme.enums';

export class InvolvedStudentDto {
  @Text(200) name!: string;
  @OptionalText(200, "The student's id, if known") studentId?: string | null;
}

/** Students taking part in the life of the university beyond the forums. */
export class CreateInvolvementDto {
  @OneOf(INVOLVEMENT_KINDS) kind!: InvolvementKind;
  @Text(300, 'e.g. Senate, lecturer in robotics interview panel, NSS focus group') title!: string;
  @SchoolCode(false) school?: string | null;
  @DateOnly() date!: string;
  @NestedList(() => InvolvedStudentDto, 200, true, 'At least one student', 1) students!: InvolvedStudentDto[];
  @OptionalTextList(100, 200, 'Staff names') staff?: string[];
  @OptionalText(5000, 'What came of it') outcome?: string | null;
}

export class UpdateInvolvementDto extends PartialType(CreateInvolvementDto) {
  @VersionField() version!: number;
}

export class ListInvolvementsQuery extends PageQuery {
  @OptionalOneOf(INVOLVEMENT_KINDS) kind?: InvolvementKind;
  @SchoolCode(false) school?: string;
  @OptionalDateOnly('On or after') from?: string;
  @OptionalDateOnly('On or before') to?: string;
}
