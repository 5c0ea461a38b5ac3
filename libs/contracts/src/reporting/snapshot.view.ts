import { ApiProperty } from '@nestjs/swagger';
import { HebciView } from './hebci.view';
import { OverviewView } from './overview.view';

/** A monthly snapshot in a list. */
export class SnapshotSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026-11', description: 'The UK calendar month' }) period!: string;
  @ApiProperty({ format: 'date-time' }) takenAt!: string;
  @ApiProperty({ example: '2025/26', description: 'The year of its HE-BCI figures' }) academicYear!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) activities!: number;
  @ApiProperty({ description: 'Exact pounds' }) valueGbp!: number;
  @ApiProperty({ type: 'integer' }) hebciIncomeThousands!: number;
}

/** One snapshot with the figures it kept. */
export class SnapshotView extends SnapshotSummaryView {
  @ApiProperty({ type: OverviewView }) overview!: OverviewView;
  @ApiProperty({ type: HebciView }) hebci!: HebciView;
}

/** What taking this month's snapshot answers: whether this call took it (201) or it was there (200). */
export class TakenSnapshotReply {
  @ApiProperty() created!: boolean;
  @ApiProperty({ type: SnapshotSummaryView }) snapshot!: SnapshotSummaryView;
}
