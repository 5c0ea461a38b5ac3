import { PartialType } from '@nestjs/swagger';
import { PageQuery } from '../common/page';
import { DateOnly, OneOf, Text, VersionField } from '../validation/decorators';
import { NestedList, SchoolCode, TextList } from '../validation/list-decorators';
import { PERSON_ROLES, type PersonRole } from './programme.enums';

export class CreateForumDto {
  @SchoolCode() school!: string;
  @Text(200, 'e.g. Mechanical Engineering SSPF') name!: string;
}

export class UpdateForumDto extends PartialType(CreateForumDto) {
  @VersionField() version!: number;
}

export class ListForumsQuery extends PageQuery {
  @SchoolCode(false) school?: string;
}

export class AttendeeDto {
  @Text(200) name!: string;
  @OneOf(PERSON_ROLES) role!: PersonRole;
}

export class CreateMeetingDto {
  @DateOnly() date!: string;
  @TextList(50, 500, 0, 'The agenda; representatives can add items later') agenda!: string[];
  @NestedList(() => AttendeeDto, 200, false, 'Students and staff who attended') attendees?: AttendeeDto[];
}

export class UpdateMeetingDto extends PartialType(CreateMeetingDto) {
  @VersionField() version!: number;
}

export class AddAgendaItemDto {
  @Text(500) text!: string;
}

export class MinutesDto {
  @Text(50_000, 'The minutes, written by staff') text!: string;
}
