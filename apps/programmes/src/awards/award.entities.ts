import type { NominationStatus, PersonRole } from '@app/contracts';
import { VersionedEntity } from '@app/database';
import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';

@Entity({ tableName: 'award_cycle' })
@Unique({ name: 'award_cycle_year_key', properties: ['year'] })
export class AwardCycle extends VersionedEntity {
  @Property({ type: 'integer' }) year!: number;
  @Property({ type: 'json' }) categories!: string[];
  @Property({ type: 'date' }) closesOn!: string;
}

@Entity({ tableName: 'nomination' })
@Index({ name: 'nomination_cycle_idx', properties: ['cycleId', 'category'] })
export class Nomination extends VersionedEntity<'status' | 'decidedAt'> {
  @Property({ type: 'uuid' }) cycleId!: string;
  @Property({ type: 'json' }) nominee!: { name: string; role: PersonRole };
  @Property({ type: 'text' }) category!: string;
  @Property({ type: 'text' }) citation!: string;
  @Property({ type: 'text' }) status: NominationStatus = 'submitted';
  @Property({ type: 'json' }) nominatedBy!: { userId: string; name: string | null; role: string };
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true }) decidedAt?: Date | null = null;
}
