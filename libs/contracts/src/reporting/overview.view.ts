import { ApiProperty } from '@nestjs/swagger';
import type { PartnerStatus, PartnerTier } from '../partners/partner.enums';
import { ActivityMeasureView, AS_OF_PROPERTY } from './report-measure.view';

export class ActivitiesByTypeView extends ActivityMeasureView {
  @ApiProperty({ example: 'contract_research' }) type!: string;
}

export class ActivitiesByFacultyView extends ActivityMeasureView {
  @ApiProperty({ example: 'ENG' }) faculty!: string;
}

export class ActivitiesByAcademicYearView extends ActivityMeasureView {
  @ApiProperty({ example: '2025/26' }) academicYear!: string;
}

export class TopPartnerView {
  @ApiProperty({ format: 'uuid' }) partnerId!: string;
  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Null when the partner is not in the reports yet',
  })
  name!: string | null;
  @ApiProperty({ description: 'Exact pounds' }) valueGbp!: number;
}

const COUNTS = { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } } as const;

/** The portfolio at a glance (`GET /reports/overview`). */
export class OverviewView {
  @ApiProperty(AS_OF_PROPERTY) asOf!: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'Null: every year' }) academicYear!:
    string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'Null: every faculty' }) faculty!:
    string | null;
  @ApiProperty({ type: ActivityMeasureView, description: 'Active and completed activities' })
  totals!: ActivityMeasureView;
  @ApiProperty({ type: ActivityMeasureView, description: 'Activities in the pipeline' })
  pipeline!: ActivityMeasureView;
  @ApiProperty({ ...COUNTS, description: 'Live partners of each tier (every tier named)' })
  partnersByTier!: Record<PartnerTier, number>;
  @ApiProperty({ ...COUNTS, description: 'Live partners of each status (every status named)' })
  partnersByStatus!: Record<PartnerStatus, number>;
  @ApiProperty({ type: [ActivitiesByTypeView] }) activitiesByType!: ActivitiesByTypeView[];
  @ApiProperty({ type: [ActivitiesByFacultyView] }) activitiesByFaculty!: ActivitiesByFacultyView[];
  @ApiProperty({ type: [ActivitiesByAcademicYearView] })
  activitiesByAcademicYear!: ActivitiesByAcademicYearView[];
  @ApiProperty({ type: [TopPartnerView], description: 'The ten of highest value' })
  topPartners!: TopPartnerView[];
}
