import { DomainError, type EnquiryStatus, PartnerError } from '@app/contracts';
import { VersionedEntity } from '@app/database';
import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';

export interface EnquiryTransition {
  from: EnquiryStatus;
  to: EnquiryStatus;
  note: string;
  by: { userId: string; name: string | null };
  at: string;
}

/** The only moves an enquiry may make. */
const MOVES: Record<EnquiryStatus, EnquiryStatus[]> = {
  new: ['in_progress'],
  in_progress: ['converted', 'declined'],
  converted: [],
  declined: [],
};

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

  /** The statuses it may move to from the one it is in. */
  nextStatuses(): EnquiryStatus[] {
    return MOVES[this.status];
  }

  /** Throws `partners.enquiry_transition` (409) naming the moves it can make, unless it may become `to`. */
  assertCanBecome(to: EnquiryStatus): void {
    const allowed = this.nextStatuses();
    if (allowed.includes(to)) return;
    throw new DomainError(
      PartnerError.EnquiryTransition,
      `An enquiry that is ${this.status} cannot become ${to}${allowed.length ? ` (it can become ${allowed.join(' or ')})` : ''}`,
      [
        {
          field: 'to',
          problem: allowed.length ? `must be ${allowed.join(' or ')}` : `${this.status} is final`,
        },
      ],
    );
  }

  /** Moves it to `to`, keeping who moved it, when and why in its history. */
  transition(to: EnquiryStatus, note: string, by: EnquiryTransition['by'], at = new Date()): void {
    this.assertCanBecome(to);
    this.transitions = [...this.transitions, { from: this.status, to, note, by, at: at.toISOString() }];
    this.status = to;
  }
}
