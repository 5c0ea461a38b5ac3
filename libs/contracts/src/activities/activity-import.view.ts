import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_STATUSES, type ImportStatus } from './activity-import';

/** What `POST /activities/imports` answers: the import to follow. */
export class ActivityImportAccepted {
  @ApiProperty({ format: 'uuid', description: 'Follow it at GET /activities/imports/{importId}' })
  importId!: string;
}

/** A row of the file that was reported and not imported. */
export class ActivityImportRowProblem {
  @ApiProperty({ description: 'The line of the file as a spreadsheet shows it (the header is 1)' })
  row!: number;
  @ApiProperty({ example: 'startDate' }) field!: string;
  @ApiProperty({ example: 'must be a date written like 2025-09-01' }) problem!: string;
}

/** An import's counts, shared by the import itself and the list of imports. */
class ActivityImportCounts {
  @ApiProperty({ format: 'uuid' }) importId!: string;
  @ApiProperty({ enum: IMPORT_STATUSES }) status!: ImportStatus;
  @ApiProperty({ type: String, nullable: true }) fileName!: string | null;
  @ApiProperty({ description: 'Rows in the file' }) total!: number;
  @ApiProperty() processed!: number;
  @ApiProperty() created!: number;
  @ApiProperty({
    description:
      'Rows whose externalRef (given or derived) an activity already had, or an earlier row of the file',
  })
  skipped!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
}

/** An import as GET /activities/imports/{importId} answers it: its counts and its rows' errors. */
export class ActivityImportView extends ActivityImportCounts {
  @ApiProperty({ type: [ActivityImportRowProblem] }) errors!: ActivityImportRowProblem[];
}

/** Who uploaded an import. */
export class ActivityImportUploaderView {
  @ApiProperty() userId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
}

/** An import in the list of imports: its counts, without the rows' errors (see the import itself). */
export class ActivityImportSummaryView extends ActivityImportCounts {
  @ApiProperty({ description: 'How many rows were reported and not imported' }) errorCount!: number;
  @ApiProperty({ type: ActivityImportUploaderView }) importedBy!: ActivityImportUploaderView;
}
