import { ApiProperty } from '@nestjs/swagger';
import { PersonView } from './person.view';
import {
  PROJECT_PRIORITIES,
  PROJECT_STATUSES,
  type ProjectPriority,
  type ProjectStatus,
  REVIEW_OUTCOMES,
  type ReviewOutcome,
} from './programme.enums';

export class ProjectReviewView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string', format: 'date' }) date!: string;
  @ApiProperty({ type: 'string' }) summary!: string;
  @ApiProperty({ type: 'string', enum: REVIEW_OUTCOMES }) outcome!: ReviewOutcome;
  @ApiProperty({ type: 'string', enum: PROJECT_STATUSES }) statusBefore!: ProjectStatus;
  @ApiProperty({ type: 'string', nullable: true }) reviewedBy!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) recordedAt!: string;
}

/** A priority partnership project with its annual reviews. */
export class ProjectView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string' }) title!: string;
  @ApiProperty({ type: 'string', enum: PROJECT_PRIORITIES }) priority!: ProjectPriority;
  @ApiProperty({ type: 'string', nullable: true }) description!: string | null;
  @ApiProperty({ type: [String] }) objectives!: string[];
  @ApiProperty({ type: 'string', example: '2026-27' }) academicYear!: string;
  @ApiProperty({ type: [PersonView] }) leads!: PersonView[];
  @ApiProperty({ type: 'string', enum: PROJECT_STATUSES }) status!: ProjectStatus;
  @ApiProperty({ type: [ProjectReviewView] }) reviews!: ProjectReviewView[];
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
}
