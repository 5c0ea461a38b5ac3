import { ApiProperty } from '@nestjs/swagger';
import { CHARTER_ACTIONS, CHARTER_STATUSES, type CharterAction, type CharterStatus } from './programme.enums';

export class CharterValueView {
  @ApiProperty({ type: 'string' }) title!: string;
  @ApiProperty({ type: 'string' }) description!: string;
}

/** A charter as everyone is shown it (drafts only to partnership staff and leadership). */
export class CharterView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string' }) institution!: string;
  @ApiProperty({ type: 'string' }) title!: string;
  @ApiProperty({ type: 'string', example: '2026-27' }) academicYear!: string;
  @ApiProperty({ type: [String] }) parties!: string[];
  @ApiProperty({ type: 'string', nullable: true }) definition!: string | null;
  @ApiProperty({ type: [String] }) commitments!: string[];
  @ApiProperty({ type: [String] }) expectations!: string[];
  @ApiProperty({ type: [CharterValueView] }) values!: CharterValueView[];
  @ApiProperty({ type: [String] }) priorities!: string[];
  @ApiProperty({ type: [String] }) relatedStrategies!: string[];
  @ApiProperty({ type: 'string', enum: CHARTER_STATUSES }) status!: CharterStatus;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({
    type: 'string',
    enum: CHARTER_ACTIONS,
    isArray: true,
    description: 'What the caller may do next (a draft only; an action not listed is refused)',
  })
  allowedActions!: CharterAction[];
}
