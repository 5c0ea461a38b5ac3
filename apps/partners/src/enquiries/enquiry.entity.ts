import type { EnquiryStatus } from '@app/contracts';
import { VersionedEntity } from '@app/database';
import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';

export interface EnquiryTransition {
  from: EnquiryStatus;
  to: EnquiryStatus;
  note: string;
  by: { userId: string; name: string | null };
  at: string;
}

/** A member of staff's wish to develop a partnership, triaged by the commercialisation office. */
@Entity({ tableName: 'enquiry' })
@Index({ name: 'enquiry_status_idx', properties: ['status', 'createdAt'] })
@Index({
  name: 'enquiry_raised_by_idx',
  expression: (columns, table, name) =>
    `create index ${name} on ${table.qualifiedName} ((${columns.raisedBy}->>'userId'))`,
})
export class Enquiry extends VersionedEntity<'status' | 'transitions' | 'partnerId'> {
  @Property({ type: 'text' }) organisationName!: string;
  @Property({ type: 'text' }) summary!: string;
  @Property({ type: 'text' }) faculty!: string;
  @Property({ type: 'uuid', nullable: true }) partnerId?: string | null = null;
  @Property({ type: 'text' }) status: EnquiryStatus = 'new';
  @Property({ type: 'json' }) raisedBy!: { userId: string; name: string | null; email: string | null };
  @Property({ type: 'json', defaultRaw: `'[]'` }) transitions: EnquiryTransition[] = [];
}
