import { Matches } from 'class-validator';
import { PageQuery } from '../common/page';
import { OptionalOneOf } from '../validation/decorators';
import { AcademicYearField } from '../validation/list-decorators';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

export const REPORT_FORMATS = ['json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class OverviewQuery {
  @AcademicYearField(false) academicYear?: string;

  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9-]{1,19}$/, { message: 'must be a faculty code such as ENG' })
  @ApiPropertyOptional({ example: 'ENG', description: 'Faculty users always see their own faculty' })
  faculty?: string;

  @OptionalOneOf(REPORT_FORMATS, 'json (default) or a csv download') format?: ReportFormat;
}

export class HebciQuery {
  @AcademicYearField(false) academicYear?: string;
  @OptionalOneOf(REPORT_FORMATS, 'json (default) or a csv download') format?: ReportFormat;
}

export class HebciCellQuery extends PageQuery {
  @AcademicYearField(false) academicYear?: string;
  @OptionalOneOf(REPORT_FORMATS, 'json (default) or a csv download') format?: ReportFormat;
}

export const ReportPattern = {
  Overview: 'reports.overview',
  Hebci: 'reports.hebci',
  HebciCell: 'reports.hebci_cell',
  Freshness: 'reports.freshness',
} as const;

/** A download: the gateway sends `body` with this content type and file name. */
export interface ReportFile {
  file: { name: string; contentType: string; body: string };
}
