import { ApiProperty } from '@nestjs/swagger';
import { ACTION_ITEM_STATUSES, type ActionItemStatus } from './programme.enums';

export class ActionItemView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string' }) title!: string;
  @ApiProperty({ type: 'string' }) owner!: string;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty({ type: 'string', enum: ACTION_ITEM_STATUSES }) status!: ActionItemStatus;
  @ApiProperty({ type: 'string', nullable: true }) studentInput!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt!: string;
}

export class ActionPlanProgressView {
  @ApiProperty({ type: 'integer', minimum: 0 }) items!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) done!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) withStudentInput!: number;
}

/** A school's action plan for an academic year. */
export class ActionPlanView {
  @ApiProperty({ type: 'string', format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string' }) school!: string;
  @ApiProperty({ type: 'string', example: '2026-27' }) academicYear!: string;
  @ApiProperty({ type: [ActionItemView] }) items!: ActionItemView[];
  @ApiProperty({ type: () => ActionPlanProgressView }) progress!: ActionPlanProgressView;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
}
