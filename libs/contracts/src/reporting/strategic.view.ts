import { ApiProperty } from '@nestjs/swagger';
import {
  PARTNER_STATUSES,
  PARTNER_TIERS,
  type PartnerStatus,
  type PartnerTier,
} from '../partners/partner.enums';
import { AS_OF_PROPERTY } from './report-measure.view';

export class ComponentScoreView {
  @ApiProperty({ minimum: 0, maximum: 1, description: '0–1 before weighting' }) ratio!: number;
  @ApiProperty({ minimum: 0 }) weight!: number;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Points of the 100 the weights share' })
  points!: number;
  @ApiProperty({ description: 'How the points were reached' }) working!: string;
}

/** The five components of the strategic-partner methodology. */
export class ScoreComponentsView {
  @ApiProperty({ type: ComponentScoreView }) breadth!: ComponentScoreView;
  @ApiProperty({ type: ComponentScoreView }) reach!: ComponentScoreView;
  @ApiProperty({ type: ComponentScoreView }) value!: ComponentScoreView;
  @ApiProperty({ type: ComponentScoreView }) recency!: ComponentScoreView;
  @ApiProperty({ type: ComponentScoreView }) agreement!: ComponentScoreView;
}

/** REPORTING_SCORE_WEIGHTS. */
export class ScoreWeightsView {
  @ApiProperty({ minimum: 0 }) breadth!: number;
  @ApiProperty({ minimum: 0 }) reach!: number;
  @ApiProperty({ minimum: 0 }) value!: number;
  @ApiProperty({ minimum: 0 }) recency!: number;
  @ApiProperty({ minimum: 0 }) agreement!: number;
}

const SUGGESTED_TIER = {
  enum: PARTNER_TIERS,
  nullable: true,
  description: 'Set when engagement looks like a higher tier than the partner holds',
} as const;

export class CandidateView {
  @ApiProperty({ format: 'uuid' }) partnerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PARTNER_TIERS }) tier!: PartnerTier;
  @ApiProperty({ minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty({ type: ScoreComponentsView }) components!: ScoreComponentsView;
  @ApiProperty(SUGGESTED_TIER) suggestedTier!: PartnerTier | null;
  @ApiProperty({ type: [String], description: 'Why the tier is suggested (empty when none is)' })
  reasons!: string[];
}

/** Every live partner scored, best first (`GET /reports/strategic-candidates`): a page of them. */
export class CandidatesView {
  @ApiProperty(AS_OF_PROPERTY) asOf!: string | null;
  @ApiProperty({ type: ScoreWeightsView }) weights!: ScoreWeightsView;
  @ApiProperty({
    type: 'integer',
    description: 'A suggestion needs an activity started this many days ago or later',
  })
  suggestWithinDays!: number;
  @ApiProperty({ type: [CandidateView] }) items!: CandidateView[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many match, on every page' }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) limit!: number;
}

export class EngagedPartnerView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PARTNER_TIERS }) tier!: PartnerTier;
  @ApiProperty({ enum: PARTNER_STATUSES }) status!: PartnerStatus;
  @ApiProperty() organisationType!: string;
}

export class EngagementYearView {
  @ApiProperty({ example: '2025/26' }) academicYear!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
  @ApiProperty({ description: 'Exact pounds' }) valueGbp!: number;
}

export class TimelineActivityView {
  @ApiProperty({ format: 'uuid' }) activityId!: string;
  @ApiProperty() type!: string;
  @ApiProperty() title!: string;
  @ApiProperty() faculty!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ example: '2025/26' }) academicYear!: string;
  @ApiProperty({ type: 'number', nullable: true, description: 'Exact pounds' }) valueGbp!: number | null;
}

/** One partner's engagement (`GET /reports/partners/:id/engagement`). */
export class PartnerEngagementView {
  @ApiProperty(AS_OF_PROPERTY) asOf!: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: "A faculty user's own faculty; null: all" })
  faculty!: string | null;
  @ApiProperty({ type: EngagedPartnerView }) partner!: EngagedPartnerView;
  @ApiProperty({ minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty({ type: ScoreComponentsView }) components!: ScoreComponentsView;
  @ApiProperty(SUGGESTED_TIER) suggestedTier!: PartnerTier | null;
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty({ type: [String], description: 'Active formal agreements, `type: title`' })
  agreementsInPlace!: string[];
  @ApiProperty({ type: [EngagementYearView] }) byAcademicYear!: EngagementYearView[];
  @ApiProperty({ type: [TimelineActivityView], description: 'Newest first' })
  timeline!: TimelineActivityView[];
}
