import type { PersonRole, ProjectPriority, ProjectStatus, ReviewOutcome } from '@app/contracts';
import { VersionedEntity } from '@app/database';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

@Entity({ tableName: 'project' })
export class Project extends VersionedEntity<'description'> {
  @Property({ type: 'text' }) title!: string;
  @Property({ type: 'text' }) priority!: ProjectPriority;
  @Property({ type: 'text', nullable: true }) description?: string | null = null;
  @Property({ type: 'json' }) objectives!: string[];
  @Property({ type: 'text' }) academicYear!: string;
  @Property({ type: 'json' }) leads!: { name: string; role: PersonRole }[];
  @Property({ type: 'text' }) status!: ProjectStatus;
}

/** The partnership working group's annual review of a project. */
@Entity({ tableName: 'project_review' })
@Index({ name: 'project_review_project_idx', properties: ['projectId', 'date'] })
export class ProjectReview {
  [OptionalProps]?: 'id' | 'createdAt';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) projectId!: string;
  @Property({ type: 'date' }) date!: string;
  @Property({ type: 'text' }) summary!: string;
  @Property({ type: 'text' }) outcome!: ReviewOutcome;
  @Property({ type: 'text' }) statusBefore!: ProjectStatus;
  @Property({ type: 'json' }) reviewedBy!: { userId: string; name: string | null };
  @Property({ type: 'datetime', columnType: 'timestamptz' }) createdAt: Date = new Date();
}
