import type { FeedbackLevel, FeedbackStatus } from '@app/contracts';
import { VersionedEntity } from '@app/database';
import { Check, Entity, Index, Property } from '@mikro-orm/decorators/legacy';

export type ResponderRole = 'staff' | 'representative';

export interface FeedbackResponse {
  body: string;
  by: { name: string | null; role: ResponderRole };
  at: string;
}

/** `by.role: 'author'` never names the author. */
export interface FeedbackEscalation {
  from: FeedbackLevel;
  to: FeedbackLevel;
  reason: string;
  by: { name: string | null; role: ResponderRole | 'author' };
  at: string;
}

@Entity({ tableName: 'feedback' })
@Check({
  name: 'feedback_anonymous_ck',
  expression: 'not anonymous or (author_id is null and author_name is null)',
})
@Check({ name: 'feedback_author_key_ck', expression: 'anonymous = (author_key is not null)' })
@Index({
  name: 'feedback_school_status_idx',
  columns: [{ name: 'school' }, { name: 'status' }, { name: 'created_at', sort: 'desc' }],
})
@Index({ name: 'feedback_group_idx', properties: ['teachingGroupId'] })
@Index({ name: 'feedback_author_key_idx', properties: ['authorKey'], where: 'anonymous' })
@Index({ name: 'feedback_author_id_idx', properties: ['authorId'], where: 'not anonymous' })
export class Feedback extends VersionedEntity<
  | 'teachingGroupId'
  | 'expectation'
  | 'service'
  | 'authorId'
  | 'authorName'
  | 'authorKey'
  | 'firstResponseAt'
  | 'outcome'
  | 'closedAt'
> {
  @Property({ type: 'text' }) school!: string;
  @Property({ type: 'uuid', nullable: true }) teachingGroupId?: string | null = null;
  @Property({ type: 'text' }) subject!: string;
  @Property({ type: 'text' }) body!: string;
  @Property({ type: 'text', nullable: true }) expectation?: string | null = null;
  @Property({ type: 'text', nullable: true }) service?: string | null = null;
  @Property({ type: 'boolean' }) anonymous!: boolean;
  @Property({ type: 'text', nullable: true }) authorId?: string | null = null;
  @Property({ type: 'text', nullable: true }) authorName?: string | null = null;
  /** Anonymous feedback only: the gateway's keyed hash of the author (ADR 0007). Named feedback has `authorId`. */
  @Property({ type: 'text', nullable: true }) authorKey?: string | null = null;
  @Property({ type: 'text' }) level!: FeedbackLevel;
  @Property({ type: 'text' }) status!: FeedbackStatus;
  @Property({ type: 'date' }) dueBy!: string;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true }) firstResponseAt?: Date | null =
    null;
  @Property({ type: 'json' }) responses!: FeedbackResponse[];
  @Property({ type: 'json' }) escalations!: FeedbackEscalation[];
  @Property({ type: 'text', nullable: true }) outcome?: string | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true }) closedAt?: Date | null = null;
}
