import type { ActivityStatus, ActivityType } from '@app/contracts';
import { VersionedEntity } from '@app/database';
import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

export interface StaffRef {
  userId: string;
  name: string;
}

@Entity({ tableName: 'activity' })
@Check({ name: 'activity_dates_ck', expression: 'end_date is null or end_date >= start_date' })
@Unique({ name: 'activity_external_ref_uq', properties: ['externalRef'], where: 'external_ref is not null' })
@Index({ name: 'activity_partner_idx', properties: ['partnerId'], where: 'deleted_at is null' })
@Index({
  name: 'activity_faculty_year_idx',
  properties: ['faculty', 'academicYear'],
  where: 'deleted_at is null',
})
@Index({ name: 'activity_start_idx', properties: ['startDate'] })
export class Activity extends VersionedEntity<'status' | 'deletedAt'> {
  @Property({ type: 'uuid' }) partnerId!: string;
  @Property({ type: 'text' }) type!: ActivityType;
  @Property({ type: 'text' }) title!: string;
  @Property({ type: 'text', nullable: true }) description?: string | null;
  @Property({ type: 'text' }) faculty!: string;
  @Property({ type: 'text', nullable: true }) school?: string | null;
  @Property({ type: 'json', nullable: true }) leadStaff?: StaffRef | null;
  @Property({ type: 'text' }) status: ActivityStatus = 'active';
  @Property({ type: 'date' }) startDate!: string;
  @Property({ type: 'date', nullable: true }) endDate?: string | null;
  @Property({ type: 'text' }) academicYear!: string;
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true }) valueGbp?: string | null;
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true }) inKindGbp?: string | null;
  @Property({ type: 'text', nullable: true }) externalRef?: string | null;
  @Property({ type: 'json', nullable: true }) details?: Record<string, unknown> | null;
  @Property({ type: 'text' }) createdBy!: string;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true }) deletedAt?: Date | null = null;
  /** Set when the activity came from a CSV import: that import and the row of its file. */
  @Property({ type: 'uuid', nullable: true }) importId?: string | null;
  @Property({ type: 'integer', nullable: true }) importRow?: number | null;
}

/** Income of an activity in one academic year, when it spans several. */
@Entity({ tableName: 'activity_income' })
@Unique({ name: 'activity_income_activity_id_academic_year_key', properties: ['activityId', 'academicYear'] })
export class ActivityIncome {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) activityId!: string;
  @Property({ type: 'text' }) academicYear!: string;
  @Property({ type: 'decimal', precision: 14, scale: 2 }) amountGbp!: string;
}

/** Who changed what, when; money fields with their value before and after. */
@Entity({ tableName: 'activity_audit' })
@Index({ name: 'activity_audit_activity_idx', properties: ['activityId', 'at'] })
export class ActivityAudit {
  [OptionalProps]?: 'id' | 'at';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) activityId!: string;
  @Property({ type: 'text' }) action!: 'created' | 'updated' | 'deleted';
  @Property({ type: 'json' }) actor!: { userId: string; name: string | null; roles: string[] };
  @Property({ type: 'datetime', columnType: 'timestamptz' }) at: Date = new Date();
  @Property({ type: 'json' }) changes!: Record<string, { before: unknown; after: unknown }>;
}
