import { ApiProperty } from '@nestjs/swagger';
import { PersonView } from './person.view';
import { NOMINATION_DECISIONS, type NominationStatus } from './programme.enums';

export class AwardCycleView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: [String] }) categories!: string[];
  @ApiProperty({ type: 'string', format: 'date' }) closesOn!: string;
  @ApiProperty({
    type: 'boolean',
    description: 'Nominations are accepted (until the end of `closesOn`, UK time)',
  })
  open!: boolean;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
}

export class NominatorView {
  @ApiProperty({ type: 'string', nullable: true }) name!: string | null;
  @ApiProperty({ type: 'string', description: 'The role they nominated in' }) role!: string;
}

export class NominationView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string', format: 'uuid' }) cycleId!: string;
  @ApiProperty({ type: () => PersonView }) nominee!: PersonView;
  @ApiProperty({ type: 'string' }) category!: string;
  @ApiProperty({ type: 'string' }) citation!: string;
  @ApiProperty({ type: 'string', enum: ['submitted', ...NOMINATION_DECISIONS] }) status!: NominationStatus;
  @ApiProperty({ type: () => NominatorView }) nominatedBy!: NominatorView;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt!: string;
}

export class AwardCycleRefView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
}

export class AwardWinnerView {
  @ApiProperty({ type: 'string' }) category!: string;
  @ApiProperty({ type: () => PersonView }) nominee!: PersonView;
  @ApiProperty({ type: 'string' }) citation!: string;
}

/** Public: who won a cycle, in which category, and why. */
export class AwardWinnersView {
  @ApiProperty({ type: () => AwardCycleRefView }) cycle!: AwardCycleRefView;
  @ApiProperty({ type: [AwardWinnerView] }) items!: AwardWinnerView[];
}
