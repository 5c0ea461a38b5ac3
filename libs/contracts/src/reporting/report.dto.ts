import { Matches } from 'class-validator';
import { PageQuery } from '../common/page';
import { OptionalOneOf, QueryFlag } from '../validation/decorators';
import { AcademicYearField, SchoolCode } from '../validation/list-decorators';
import { PARTNER_TIERS, type PartnerTier } from '../partners/partner.enums';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class OverviewQuery {
  @AcademicYearField(false) academicYear?: string;

  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9-]{1,19}$/, { message: 'must be a faculty code such as ENG' })
  @ApiPropertyOptional({ example: 'ENG', description: 'Faculty users always see their own faculty' })
  faculty?: string;

  @OptionalOneOf(REPORT_FORMATS, 'json (default), or a csv or xlsx download') format?: ReportFormat;
}

export class HebciQuery {
  @AcademicYearField(false) academicYear?: string;
  @OptionalOneOf(REPORT_FORMATS, 'json (default), or a csv or xlsx download') format?: ReportFormat;
}

export class HebciCellQuery extends PageQuery {
  @AcademicYearField(false) academicYear?: string;
  @OptionalOneOf(REPORT_FORMATS, 'json (default), or a csv or xlsx download') format?: ReportFormat;
}

export class CandidatesQuery extends PageQuery {
  @OptionalOneOf(PARTNER_TIERS, 'Only partners of this tier') tier?: PartnerTier;
  @QueryFlag('Only partners with a suggested higher tier') flagged?: boolean;
  @OptionalOneOf(REPORT_FORMATS, 'json (default), or a csv or xlsx download') format?: ReportFormat;
}

export class EngagementQuery {
  @OptionalOneOf(REPORT_FORMATS, 'json (default), or a csv or xlsx download') format?: ReportFormat;
}

export class StudentPartnershipQuery {
  @AcademicYearField(false) academicYear?: string;
  @SchoolCode(false) school?: string;
  @OptionalOneOf(REPORT_FORMATS, 'json (default), or a csv or xlsx download') format?: ReportFormat;
}

export class FreshnessQuery {
  @OptionalOneOf(REPORT_FORMATS, 'json (default), or a csv or xlsx download') format?: ReportFormat;
}

export class SnapshotQuery {
  @OptionalOneOf(REPORT_FORMATS, 'json (default), or a csv or xlsx download') format?: ReportFormat;
}

/** A download: the gateway sends `body` with this content type and file name. */
export interface ReportFile {
  /** `body` is text, or base64 of binary content (XLSX) when `encoding` says so. */
  file: { name: string; contentType: string; body: string; encoding?: 'base64' };
}
