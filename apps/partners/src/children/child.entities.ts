import type { AgreementStatus, AgreementType, GoalStatus } from '@app/contracts';
import { VersionedEntity } from '@app/database';
import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';

@Entity({ tableName: 'contact' })
@Index({ name: 'contact_partner_idx', properties: ['partnerId'] })
export class Contact extends VersionedEntity<'primary'> {
  @Property({ type: 'uuid' })
  partnerId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Property({ type: 'text', nullable: true })
  jobTitle?: string | null;

  @Property({ type: 'text', nullable: true })
  relationshipRole?: string | null;

  @Property({ type: 'boolean' })
  primary: boolean = false;

  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Property({ type: 'date', nullable: true })
  endDate?: string | null;
}

@Entity({ tableName: 'goal' })
@Index({ name: 'goal_partner_idx', properties: ['partnerId'] })
export class Goal extends VersionedEntity<'status'> {
  @Property({ type: 'uuid' })
  partnerId!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'date', nullable: true })
  targetDate?: string | null;

  @Property({ type: 'text' })
  status: GoalStatus = 'planned';
}

@Entity({ tableName: 'agreement' })
@Index({ name: 'agreement_partner_idx', properties: ['partnerId'] })
export class Agreement extends VersionedEntity<'status'> {
  @Property({ type: 'uuid' })
  partnerId!: string;

  @Property({ type: 'text' })
  type!: AgreementType;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'date' })
  startDate!: string;

  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  valueGbp?: string | null;

  @Property({ type: 'text' })
  status: AgreementStatus = 'draft';

  @Property({ type: 'text', nullable: true })
  documentRef?: string | null;
}

/** A member organisation of a consortium (N8, White Rose, WUN) or joint partnership (Dare). */
@Entity({ tableName: 'membership' })
@Index({ name: 'membership_partner_idx', properties: ['partnerId'] })
@Unique({ name: 'membership_pair_uq', properties: ['partnerId', 'memberPartnerId'] })
export class Membership extends VersionedEntity {
  @Property({ type: 'uuid' })
  partnerId!: string;

  @Property({ type: 'uuid' })
  memberPartnerId!: string;

  @Property({ type: 'text', nullable: true })
  role?: string | null;

  @Property({ type: 'date', nullable: true })
  joinedOn?: string | null;
}
