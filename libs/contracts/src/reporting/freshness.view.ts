import { ApiProperty } from '@nestjs/swagger';
import { AS_OF_PROPERTY } from './report-measure.view';

/** `current`: nothing published is missing; `behind`: events are still to be applied; `unchecked`: the source has not answered. */
export const SOURCE_STATUSES = ['current', 'behind', 'unchecked'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

const MOMENT = { type: 'string', format: 'date-time', nullable: true } as const;

export class SourceFreshnessView {
  @ApiProperty({ example: 'activities' }) source!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Events applied' }) events!: number;
  @ApiProperty(MOMENT) lastEventAt!: string | null;
  @ApiProperty(MOMENT) lastHandledAt!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) unappliedEvents!: number;
  @ApiProperty(MOMENT) oldestUnappliedAt!: string | null;
  @ApiProperty({ ...MOMENT, description: "When the source's log was last checked" }) verifiedAt!:
    string | null;
  @ApiProperty({ type: 'integer', description: 'How far behind, in milliseconds' }) lagMs!: number;
  @ApiProperty({ enum: SOURCE_STATUSES }) status!: SourceStatus;
}

/** How far behind each source the reports are (`GET /reports/freshness`). */
export class FreshnessView {
  @ApiProperty(AS_OF_PROPERTY) asOf!: string | null;
  @ApiProperty({ type: [SourceFreshnessView] }) sources!: SourceFreshnessView[];
}
