import { ApiProperty } from '@nestjs/swagger';
import { ContributorView } from './person.view';
import {
  FEEDBACK_ACTIONS,
  FEEDBACK_LEVELS,
  FEEDBACK_STATUSES,
  type FeedbackAction,
  type FeedbackLevel,
  type FeedbackStatus,
} from './programme.enums';

export class FeedbackAuthorView {
  @ApiProperty({ type: 'string' }) name!: string;
}

export class FeedbackResponseView {
  @ApiProperty({ type: 'string' }) body!: string;
  @ApiProperty({ type: () => ContributorView }) by!: ContributorView;
  @ApiProperty({ type: 'string', format: 'date-time' }) at!: string;
}

/** `role: author` never names the author. */
export class EscalatorView {
  @ApiProperty({ type: 'string', nullable: true }) name!: string | null;
  @ApiProperty({ type: 'string', enum: ['staff', 'representative', 'author'] })
  role!: 'staff' | 'representative' | 'author';
}

export class FeedbackEscalationView {
  @ApiProperty({ type: 'string', enum: FEEDBACK_LEVELS }) from!: FeedbackLevel;
  @ApiProperty({ type: 'string', enum: FEEDBACK_LEVELS }) to!: FeedbackLevel;
  @ApiProperty({ type: 'string' }) reason!: string;
  @ApiProperty({ type: () => EscalatorView }) by!: EscalatorView;
  @ApiProperty({ type: 'string', format: 'date-time' }) at!: string;
}

/** A piece of feedback; an anonymous author is never named, and `mine` tells only its author. */
export class FeedbackView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string' }) school!: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) teachingGroupId!: string | null;
  @ApiProperty({ type: 'string' }) subject!: string;
  @ApiProperty({ type: 'string' }) body!: string;
  @ApiProperty({ type: 'string', nullable: true }) expectation!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) service!: string | null;
  @ApiProperty({ type: 'boolean' }) anonymous!: boolean;
  @ApiProperty({ type: () => FeedbackAuthorView, nullable: true }) author!: FeedbackAuthorView | null;
  @ApiProperty({ type: 'boolean', description: 'The caller is its author' }) mine!: boolean;
  @ApiProperty({ type: 'string', enum: FEEDBACK_LEVELS }) level!: FeedbackLevel;
  @ApiProperty({ type: 'string', enum: FEEDBACK_STATUSES }) status!: FeedbackStatus;
  @ApiProperty({ type: 'string', format: 'date', description: 'First response due by' }) dueBy!: string;
  @ApiProperty({ type: 'boolean' }) overdue!: boolean;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) firstResponseAt!: string | null;
  @ApiProperty({ type: [FeedbackResponseView] }) responses!: FeedbackResponseView[];
  @ApiProperty({ type: [FeedbackEscalationView] }) escalations!: FeedbackEscalationView[];
  @ApiProperty({ type: 'string', nullable: true }) outcome!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({
    type: 'string',
    enum: FEEDBACK_ACTIONS,
    isArray: true,
    description: 'What the caller may do next (an action not listed is refused)',
  })
  allowedActions!: FeedbackAction[];
}

/** Public: what students said and what was done, with nothing that could identify who said it. */
export class YouSaidWeDidView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string' }) school!: string;
  @ApiProperty({ type: 'string' }) youSaid!: string;
  @ApiProperty({ type: 'string', nullable: true }) expectation!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) service!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) weDid!: string | null;
  @ApiProperty({ type: 'string', enum: FEEDBACK_LEVELS }) level!: FeedbackLevel;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) closedAt!: string | null;
}
