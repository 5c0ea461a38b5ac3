import { PartialType } from '@nestjs/swagger';
import { PageQuery } from '../common/page';
import { OptionalDateOnly, OptionalOneOf, OptionalText, Text, VersionField } from '../validation/decorators';
import { AcademicYearField, NestedList, SchoolCode } from '../validation/list-decorators';
import { ACTION_ITEM_STATUSES, type ActionItemStatus } from './programme.enums';

export class ActionItemDto {
  @Text(300) title!: string;
  @Text(200, 'Who is accountable for it') owner!: string;
  @OptionalDateOnly() dueDate?: string | null;
  @OptionalOneOf(ACTION_ITEM_STATUSES, 'Default open') status?: ActionItemStatus;
  @OptionalText(5000, 'What students said about this item, and through which channel') studentInput?:
    string | null;
}

/** A school's annual action plan, prepared and reviewed with students. */
export class CreateActionPlanDto {
  @SchoolCode() school!: string;
  @AcademicYearField() academicYear!: string;
  @NestedList(() => ActionItemDto, 100, true) items!: ActionItemDto[];
}

export class UpdateActionItemDto extends PartialType(ActionItemDto) {
  @VersionField() version!: number;
}

export class AddActionItemDto extends ActionItemDto {
  @VersionField() version!: number;
}

export class ListActionPlansQuery extends PageQuery {
  @SchoolCode(false) school?: string;
  @AcademicYearField(false) academicYear?: string;
}
