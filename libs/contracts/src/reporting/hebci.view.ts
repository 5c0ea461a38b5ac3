import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HEBCI_COLUMNS, HEBCI_LINES, type HebciColumn, type HebciLine } from './hebci.enums';
import { AS_OF_PROPERTY } from './report-measure.view';

const THOUSANDS = '£000s, rounded to the nearest thousand (halves up) from the exact sum';

export class HebciCellView {
  @ApiProperty({ example: 'contract_research.sme', description: '`<category>.<partnerClass>`' })
  cellId!: string;
  @ApiProperty({ example: '1', description: 'The HE-BCI Part B table' }) table!: string;
  @ApiProperty({ enum: HEBCI_LINES }) category!: HebciLine;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: HEBCI_COLUMNS }) partnerClass!: HebciColumn;
  @ApiProperty({ type: 'integer', description: THOUSANDS }) incomeThousands!: number;
  @ApiProperty({ description: 'Exact pounds' }) incomeGbp!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
  @ApiPropertyOptional({ description: 'CPD lines only' }) learnerDays?: number;
  @ApiPropertyOptional({ type: 'integer', description: 'Public engagement lines only' }) attendees?: number;
}

export class HebciExclusionReasonView {
  @ApiProperty() reason!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
  @ApiProperty({ description: 'Exact pounds' }) incomeGbp!: number;
}

export class HebciExclusionsView {
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
  @ApiProperty({ type: [HebciExclusionReasonView], description: 'Most activities first' })
  byReason!: HebciExclusionReasonView[];
}

/** The HE-BCI draft return of a year (`GET /reports/hebci`). */
export class HebciView {
  @ApiProperty({ example: '2025/26' }) academicYear!: string;
  @ApiProperty(AS_OF_PROPERTY) asOf!: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: "A faculty user's own faculty; null: all" })
  faculty!: string | null;
  @ApiProperty({ example: 'GBP thousands' }) units!: string;
  @ApiProperty({ type: [HebciCellView], description: 'Every line × partner class, empty ones too' })
  cells!: HebciCellView[];
  @ApiProperty({ type: HebciExclusionsView, description: 'Activities of the year outside the return' })
  excluded!: HebciExclusionsView;
}

export class HebciCellTotalsView {
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
  @ApiProperty({ description: 'Exact pounds' }) incomeGbp!: number;
  @ApiProperty({ type: 'integer', description: THOUSANDS }) incomeThousands!: number;
}

export class HebciActivityPartnerView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string', nullable: true }) name!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) organisationType!: string | null;
}

export class HebciActivityView {
  @ApiProperty({ format: 'uuid' }) activityId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() type!: string;
  @ApiProperty() faculty!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ type: HebciActivityPartnerView }) partner!: HebciActivityPartnerView;
  @ApiProperty({ description: 'Exact pounds counted in the year' }) incomeGbp!: number;
  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    description: 'Why it is outside the return (excluded only)',
  })
  reason?: string | null;
}

/** The activities behind one HE-BCI cell, or the excluded ones: a page of them, and the cell's totals. */
export class HebciCellActivitiesView {
  @ApiProperty(AS_OF_PROPERTY) asOf!: string | null;
  @ApiProperty({ example: '2025/26' }) academicYear!: string;
  @ApiProperty({ type: 'string', nullable: true }) faculty!: string | null;
  @ApiProperty({ example: 'contract_research.sme', description: 'Or `excluded`' }) cellId!: string;
  @ApiProperty({ type: HebciCellTotalsView }) cell!: HebciCellTotalsView;
  @ApiProperty({ type: [HebciActivityView] }) items!: HebciActivityView[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many match, on every page' }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) limit!: number;
}
