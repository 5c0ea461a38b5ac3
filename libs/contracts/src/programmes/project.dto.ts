import { PartialType } from '@nestjs/swagger';
import { PageQuery } from '../common/page';
import { DateOnly, OneOf, OptionalOneOf, OptionalText, Text, VersionField } from '../validation/decorators';
import { AcademicYearField, NestedList, OptionalTextList } from '../validation/list-decorators';
import { AttendeeDto } from './forum.dto';
import {
  PROJECT_PRIORITIES,
  PROJECT_STATUSES,
  type ProjectPriority,
  type ProjectStatus,
  REVIEW_OUTCOMES,
  type ReviewOutcome,
} from './programme.enums';

/** A priority partnership project, brought to completion by named student and staff leads. */
export class CreateProjectDto {
  @Text(300) title!: string;
  @OneOf(PROJECT_PRIORITIES) priority!: ProjectPriority;
  @OptionalText(5000) description?: string | null;
  @OptionalTextList(20, 1000) objectives?: string[];
  @AcademicYearField() academicYear!: string;
  @NestedList(() => AttendeeDto, 20, false, 'Student and staff leads') leads?: AttendeeDto[];
  @OptionalOneOf(PROJECT_STATUSES, 'Default proposed') status?: ProjectStatus;
}

export class UpdateProjectDto extends PartialType(CreateProjectDto) {
  @VersionField() version!: number;
}

export class ListProjectsQuery extends PageQuery {
  @OptionalOneOf(PROJECT_PRIORITIES) priority?: ProjectPriority;
  @OptionalOneOf(PROJECT_STATUSES) status?: ProjectStatus;
  @AcademicYearField(false) academicYear?: string;
}

/** The partnership working group's annual review. */
export class ProjectReviewDto {
  @DateOnly() date!: string;
  @Text(5000) summary!: string;
  @OneOf(REVIEW_OUTCOMES) outcome!: ReviewOutcome;
}
