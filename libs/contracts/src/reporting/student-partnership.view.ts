import { ApiProperty } from '@nestjs/swagger';
import { AS_OF_PROPERTY } from './report-measure.view';

const COUNT = { type: 'integer', minimum: 0 } as const;
const MEDIAN_DAYS = {
  type: 'number',
  nullable: true,
  description: 'Days, to one decimal; null when none',
} as const;

export class RepresentativeCoverageView {
  @ApiProperty() school!: string;
  @ApiProperty(COUNT) teachingGroups!: number;
  @ApiProperty(COUNT) withRepresentative!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) coveragePercent!: number;
}

export class ForumMeetingsView {
  @ApiProperty() school!: string;
  @ApiProperty(COUNT) scheduled!: number;
  @ApiProperty(COUNT) held!: number;
  @ApiProperty(COUNT) minutesPublished!: number;
  @ApiProperty(MEDIAN_DAYS) medianDaysToPublish!: number | null;
}

export class FeedbackSummaryView {
  @ApiProperty() school!: string;
  @ApiProperty(COUNT) opened!: number;
  @ApiProperty(COUNT) closed!: number;
  @ApiProperty(COUNT) escalated!: number;
  @ApiProperty(COUNT) overdue!: number;
  @ApiProperty(MEDIAN_DAYS) medianDaysToFirstResponse!: number | null;
}

export class InvolvementsByKindView {
  @ApiProperty() kind!: string;
  @ApiProperty(COUNT) involvements!: number;
  @ApiProperty(COUNT) students!: number;
}

export class ProjectsByStatusView {
  @ApiProperty() status!: string;
  @ApiProperty(COUNT) projects!: number;
}

export class NominationsByCategoryView {
  @ApiProperty() category!: string;
  @ApiProperty(COUNT) nominations!: number;
  @ApiProperty(COUNT) shortlisted!: number;
  @ApiProperty(COUNT) winners!: number;
}

/** How the student partnership works in a year (`GET /reports/student-partnership`). */
export class StudentPartnershipView {
  @ApiProperty(AS_OF_PROPERTY) asOf!: string | null;
  @ApiProperty({ example: '2025/26' }) academicYear!: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'Null: every school' }) school!: string | null;
  @ApiProperty({ type: [RepresentativeCoverageView] }) representativeCoverage!: RepresentativeCoverageView[];
  @ApiProperty({ type: [ForumMeetingsView] }) forumMeetings!: ForumMeetingsView[];
  @ApiProperty({ type: [FeedbackSummaryView] }) feedback!: FeedbackSummaryView[];
  @ApiProperty({ type: [InvolvementsByKindView] }) involvementsByKind!: InvolvementsByKindView[];
  @ApiProperty({ type: [ProjectsByStatusView] }) projectsByStatus!: ProjectsByStatusView[];
  @ApiProperty({ type: [NominationsByCategoryView] }) nominationsByCategory!: NominationsByCategoryView[];
}
