import { VersionedEntity } from '@app/database';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

@Entity({ tableName: 'teaching_group' })
@Unique({ name: 'teaching_group_code_uq', properties: ['school', 'code', 'academicYear'] })
export class TeachingGroup extends VersionedEntity {
  @Property({ type: 'text' }) school!: string;
  @Property({ type: 'text' }) code!: string;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) academicYear!: string;
}

/** One representative's term for one teaching group; the current term has no `endedAt`. */
@Entity({ tableName: 'representative_term' })
@Unique({ name: 'representative_current_uq', properties: ['teachingGroupId'], where: 'ended_at is null' })
@Index({ name: 'representative_student_idx', properties: ['studentId'], where: 'ended_at is null' })
export class RepresentativeTerm {
  [OptionalProps]?: 'id' | 'startedAt' | 'endedAt' | 'email';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) teachingGroupId!: string;
  @Property({ type: 'text' }) studentId!: string;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text', nullable: true }) email?: string | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' }) startedAt: Date = new Date();
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true }) endedAt?: Date | null = null;
  @Property({ type: 'json' }) appointedBy!: { userId: string; name: string | null };
}
