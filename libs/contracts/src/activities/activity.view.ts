import { ApiProperty } from '@nestjs/swagger';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from './activity.enums';
import type { ActivityStatus, ActivityType } from './activity.enums';

/** What a caller may do to an activity: change it (its status too) or delete it. */
export const ACTIVITY_ACTIONS = ['update', 'delete'] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

/** A member of staff an activity names (its lead). */
export class ActivityStaffView {
  @ApiProperty({ description: "The staff member's user id (token `sub`)" }) userId!: string;
  @ApiProperty() name!: string;
}

/** An activity's income in one academic year. */
export class ActivityIncomeView {
  @ApiProperty({ example: '2025/26' }) academicYear!: string;
  @ApiProperty({ example: 1250.5 }) amountGbp!: number;
}

/** An activity as every operation on it answers it. */
export class ActivityView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) partnerId!: string;
  @ApiProperty({ enum: ACTIVITY_TYPES }) type!: ActivityType;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ example: 'ENG' }) faculty!: string;
  @ApiProperty({ type: String, nullable: true, example: 'ENG-MECH' }) school!: string | null;
  @ApiProperty({ type: ActivityStaffView, nullable: true }) leadStaff!: ActivityStaffView | null;
  @ApiProperty({ enum: ACTIVITY_STATUSES }) status!: ActivityStatus;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endDate!: string | null;
  @ApiProperty({ example: '2025/26', description: 'The academic year of `startDate`' })
  academicYear!: string;
  @ApiProperty({ type: Number, nullable: true }) valueGbp!: number | null;
  @ApiProperty({ type: Number, nullable: true }) inKindGbp!: number | null;
  @ApiProperty({ type: [ActivityIncomeView], description: 'Income per academic year, oldest first' })
  income!: ActivityIncomeView[];
  @ApiProperty({ type: String, nullable: true }) externalRef!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The fields of its `type`' })
  details!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ minimum: 1 }) version!: number;
  @ApiProperty({
    enum: ACTIVITY_ACTIONS,
    isArray: true,
    description: 'What the caller may do to it (PATCH, DELETE): offer only these',
  })
  allowedActions!: ActivityAction[];
}

/** What `activities.create` answers: the activity, and whether this request created it. */
export interface ActivityCreateOutcome {
  /** False when an activity with the same `externalRef` already existed (answered 200). */
  created: boolean;
  activity: ActivityView;
}
