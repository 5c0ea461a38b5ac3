import { PartialType } from '@nestjs/swagger';
import { OptionalText, Text, VersionField } from '../validation/decorators';
import { AcademicYearField, NestedList, OptionalTextList, TextList } from '../validation/list-decorators';
import { PageQuery } from '../common/page';
import { OptionalOneOf } from '../validation/decorators';
import { CHARTER_STATUSES, type CharterStatus } from './programme.enums';

export class CharterValueDto {
  @Text(200) title!: string;
  @Text(4000) description!: string;
}

/** The partnership agreement between students, their union and the university, for one academic year. */
export class CreateCharterDto {
  @Text(200, 'e.g. University of Leeds') institution!: string;
  @Text(300, 'e.g. The Leeds Partnership') title!: string;
  @AcademicYearField() academicYear!: string;
  @TextList(20, 300, 1, 'Who agrees it: the university, the union, staff, students') parties!: string[];
  @OptionalText(4000, 'What partnership means here') definition?: string | null;
  @TextList(50, 1000, 1, 'What both students and staff commit to') commitments!: string[];
  @TextList(50, 1000, 1, 'The mutual expectations of everyone') expectations!: string[];
  @NestedList(() => CharterValueDto, 20, false, 'Shared values and their principles')
  values?: CharterValueDto[];
  @OptionalTextList(20, 1000, 'Areas chosen for greater working partnership') priorities?: string[];
  @OptionalTextList(20, 300, 'Strategies and documents the charter reflects') relatedStrategies?: string[];
}

export class UpdateCharterDto extends PartialType(CreateCharterDto) {
  @VersionField() version!: number;
}

export class ListChartersQuery extends PageQuery {
  @AcademicYearField(false) academicYear?: string;
  @OptionalOneOf(CHARTER_STATUSES) status?: CharterStatus;
}
