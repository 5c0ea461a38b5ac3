import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One representative's term; `studentId` and `email` only for partnership staff. */
export class RepresentativeTermView {
  @ApiProperty({ type: 'string' }) name!: string;
  @ApiPropertyOptional({ type: 'string', description: 'Partnership staff only' }) studentId?: string;
  @ApiPropertyOptional({ type: 'string', nullable: true, description: 'Partnership staff only' })
  email?: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) startedAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) endedAt!: string | null;
}

export class TeachingGroupView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string' }) school!: string;
  @ApiProperty({ type: 'string' }) code!: string;
  @ApiProperty({ type: 'string' }) name!: string;
  @ApiProperty({ type: 'string', example: '2026-27' }) academicYear!: string;
  @ApiProperty({ type: () => RepresentativeTermView, nullable: true })
  representative!: RepresentativeTermView | null;
  @ApiProperty({ type: [RepresentativeTermView], description: 'Ended terms, newest first' })
  representativeHistory!: RepresentativeTermView[];
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
}

export class TeachingGroupRefView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string' }) school!: string;
  @ApiProperty({ type: 'string' }) code!: string;
  @ApiProperty({ type: 'string' }) name!: string;
}

/** A current representative and the group they represent. */
export class RepresentativeView extends RepresentativeTermView {
  @ApiProperty({ type: () => TeachingGroupRefView }) teachingGroup!: TeachingGroupRefView;
  @ApiProperty({ type: 'string', example: '2026-27' }) academicYear!: string;
}

export class RepresentativeListView {
  @ApiProperty({ type: [RepresentativeView] }) items!: RepresentativeView[];
}

export class CoverageView {
  @ApiProperty({ type: 'string' }) school!: string;
  @ApiProperty({ type: 'string', example: '2026-27' }) academicYear!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) groups!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) withRepresentative!: number;
  @ApiProperty({ type: 'number', minimum: 0, maximum: 1, description: 'withRepresentative / groups' })
  coverage!: number;
}

export class CoverageListView {
  @ApiProperty({ type: [CoverageView] }) items!: CoverageView[];
}
