import { ApiProperty } from '@nestjs/swagger';
import { ContributorView, PersonView } from './person.view';

/** A school's Student Staff Partnership Forum. */
export class ForumView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string' }) school!: string;
  @ApiProperty({ type: 'string' }) name!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
}

export class AgendaItemView {
  @ApiProperty({ type: 'string' }) text!: string;
  @ApiProperty({ type: () => ContributorView }) addedBy!: ContributorView;
}

export class MinutesView {
  @ApiProperty({ type: 'string' }) text!: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) writtenAt!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) publishedAt!: string | null;
}

/** A meeting; `minutes` is null until written, and for students until published. */
export class MeetingView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string', format: 'uuid' }) forumId!: string;
  @ApiProperty({ type: 'string' }) school!: string;
  @ApiProperty({ type: 'string', format: 'date' }) date!: string;
  @ApiProperty({ type: [String], description: "The agenda items' texts" }) agenda!: string[];
  @ApiProperty({ type: [AgendaItemView] }) agendaItems!: AgendaItemView[];
  @ApiProperty({ type: [PersonView] }) attendees!: PersonView[];
  @ApiProperty({ type: () => MinutesView, nullable: true }) minutes!: MinutesView | null;
  @ApiProperty({ type: 'boolean' }) minutesPublished!: boolean;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
}

/** A meeting's minutes alone (`GET /programmes/meetings/:id/minutes`). */
export class MeetingMinutesView extends MinutesView {
  @ApiProperty({ type: 'string', format: 'uuid' }) meetingId!: string;
  @ApiProperty({ type: 'string' }) school!: string;
  @ApiProperty({ type: 'string', format: 'date' }) date!: string;
}
