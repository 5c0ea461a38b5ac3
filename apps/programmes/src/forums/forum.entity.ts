import type { PersonRole } from '@app/contracts';
import { VersionedEntity } from '@app/database';
import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';

@Entity({ tableName: 'forum' })
@Unique({ name: 'forum_name_uq', properties: ['school', 'name'] })
export class Forum extends VersionedEntity {
  @Property({ type: 'text' }) school!: string;
  @Property({ type: 'text' }) name!: string;
}

export interface AgendaItem {
  text: string;
  addedBy: { name: string | null; role: 'staff' | 'representative' };
}

@Entity({ tableName: 'meeting' })
@Index({ name: 'meeting_forum_idx', columns: [{ name: 'forum_id' }, { name: 'date', sort: 'desc' }] })
export class Meeting extends VersionedEntity<'minutes' | 'minutesWrittenAt' | 'minutesPublishedAt'> {
  @Property({ type: 'uuid' }) forumId!: string;
  @Property({ type: 'text' }) school!: string;
  @Property({ type: 'date' }) date!: string;
  @Property({ type: 'json' }) agenda!: AgendaItem[];
  @Property({ type: 'json' }) attendees!: { name: string; role: PersonRole }[];
  @Property({ type: 'text', nullable: true }) minutes?: string | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true }) minutesWrittenAt?: Date | null =
    null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  minutesPublishedAt?: Date | null = null;
}
