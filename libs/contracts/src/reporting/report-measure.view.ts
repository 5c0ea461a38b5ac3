import { ApiProperty } from '@nestjs/swagger';

/** How many activities, and their value in exact pounds. */
export class ActivityMeasureView {
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
  @ApiProperty({ description: 'Exact pounds' }) valueGbp!: number;
}

const AS_OF = 'The newest event the read models reflect (null before any)';

/** `asOf` of every report. */
export const AS_OF_PROPERTY = {
  type: 'string',
  format: 'date-time',
  nullable: true,
  description: AS_OF,
} as const;
