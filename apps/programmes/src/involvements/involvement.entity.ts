import type { InvolvementKind } from '@app/contracts';
import { VersionedEntity } from '@app/database';
import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';

@Entity({ tableName: 'involvement' })
@Index({ name: 'involvement_date_idx', columns: [{ name: 'date', sort: 'desc' }] })
export class Involvement extends VersionedEntity<'school' | 'outcome'> {
  @Property({ type: 'text' }) kind!: InvolvementKind;
  @Property({ type: 'text' }) title!: string;
  @Property({ type: 'text', nullable: true }) school?: string | null = null;
  @Property({ type: 'date' }) date!: string;
  @Property({ type: 'json' }) students!: { name: string; studentId: string | null }[];
  @Property({ type: 'json' }) staff!: string[];
  @Property({ type: 'text', nullable: true }) outcome?: string | null = null;
  @Property({ type: 'text' }) createdBy!: string;
}
