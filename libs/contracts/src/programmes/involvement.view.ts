import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INVOLVEMENT_KINDS, type InvolvementKind } from './programme.enums';

export class InvolvedStudentView {
  @ApiProperty({ type: 'string' }) name!: string;
  @ApiPropertyOptional({ type: 'string', nullable: true, description: 'Partnership staff only' })
  studentId?: string | null;
}

export class InvolvementView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string', enum: INVOLVEMENT_KINDS }) kind!: InvolvementKind;
  @ApiProperty({ type: 'string' }) title!: string;
  @ApiProperty({ type: 'string', nullable: true }) school!: string | null;
  @ApiProperty({ type: 'string', format: 'date' }) date!: string;
  @ApiProperty({ type: [InvolvedStudentView] }) students!: InvolvedStudentView[];
  @ApiProperty({ type: [String] }) staff!: string[];
  @ApiProperty({ type: 'string', nullable: true }) outcome!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
}
