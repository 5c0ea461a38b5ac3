import type { CharterStatus } from '@app/contracts';
import { VersionedEntity } from '@app/database';
import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';

@Entity({ tableName: 'charter' })
@Index({
  name: 'charter_published_idx',
  columns: [{ name: 'published_at', sort: 'desc' }],
  where: `status = 'published'`,
})
export class Charter extends VersionedEntity<'status' | 'publishedAt' | 'definition'> {
  @Property({ type: 'text' }) institution!: string;
  @Property({ type: 'text' }) title!: string;
  @Property({ type: 'text' }) academicYear!: string;
  @Property({ type: 'json' }) parties!: string[];
  @Property({ type: 'text', nullable: true }) definition?: string | null = null;
  @Property({ type: 'json' }) commitments!: string[];
  @Property({ type: 'json' }) expectations!: string[];
  @Property({ type: 'json' }) values!: { title: string; description: string }[];
  @Property({ type: 'json' }) priorities!: string[];
  @Property({ type: 'json' }) relatedStrategies!: string[];
  @Property({ type: 'text' }) status: CharterStatus = 'draft';
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true }) publishedAt?: Date | null = null;
  @Property({ type: 'text' }) createdBy!: string;
}
