import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQuery } from '../common/page';
import { OptionalOneOf, OptionalText, OptionalUuid, QueryFlag, Text } from '../validation/decorators';
import { SchoolCode } from '../validation/list-decorators';
import {
  FEEDBACK_LEVELS,
  FEEDBACK_STATUSES,
  type FeedbackLevel,
  type FeedbackStatus,
} from './programme.enums';

export class SubmitFeedbackDto {
  @SchoolCode() school!: string;
  @OptionalUuid('The teaching group it concerns: its representative can respond') teachingGroupId?:
    string | null;
  @Text(300) subject!: string;
  @Text(10_000) body!: string;
  @OptionalText(300, 'The expectation of the charter that was not met') expectation?: string | null;
  @OptionalText(200, "A service (library, IT…): it goes to that service's desk first")
  service?: string | null;

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  @ApiPropertyOptional({ description: 'Nobody, admin included, can ever learn who wrote it' })
  anonymous?: boolean;
}

export class FeedbackResponseDto {
  @Text(10_000) body!: string;
}

export class EscalateFeedbackDto {
  @Text(2000, 'Why it goes to the next level') reason!: string;
}

export class CloseFeedbackDto {
  @Text(5000, 'What was done: shown under "you said, we did"') outcome!: string;
}

export class ListFeedbackQuery extends PageQuery {
  @SchoolCode(false) school?: string;
  @OptionalOneOf(FEEDBACK_STATUSES) status?: FeedbackStatus;
  @OptionalOneOf(FEEDBACK_LEVELS) level?: FeedbackLevel;

  @QueryFlag('Only items past their first-response deadline') overdue?: boolean;
}

export class YouSaidWeDidQuery extends PageQuery {
  @SchoolCode(false) school?: string;
}
