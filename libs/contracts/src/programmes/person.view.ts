import { ApiProperty } from '@nestjs/swagger';
import { PERSON_ROLES, type PersonRole } from './programme.enums';

/** A student or member of staff named on a record (attendee, project lead, nominee). */
export class PersonView {
  @ApiProperty({ type: 'string' }) name!: string;
  @ApiProperty({ type: 'string', enum: PERSON_ROLES }) role!: PersonRole;
}

/** Who added, responded or escalated: a name (null when unknown) and in which capacity. */
export class ContributorView {
  @ApiProperty({ type: 'string', nullable: true }) name!: string | null;
  @ApiProperty({ type: 'string', enum: ['staff', 'representative'] }) role!: 'staff' | 'representative';
}
