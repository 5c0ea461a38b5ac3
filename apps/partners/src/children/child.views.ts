import {
  type Actor,
  type AgreementView,
  type ContactView,
  type GoalView,
  hasRole,
  type MemberView,
  moneyFromDb,
} from '@app/contracts';
import type { Agreement, Contact, Goal, Membership } from './child.entities';

const stamps = (entity: { createdAt: Date; updatedAt: Date; version: number }) => ({
  createdAt: entity.createdAt.toISOString(),
  updatedAt: entity.updatedAt.toISOString(),
  version: entity.version,
});

export const contactView = (contact: Contact): ContactView => ({
  id: contact.id,
  partnerId: contact.partnerId,
  name: contact.name,
  email: contact.email ?? null,
  phone: contact.phone ?? null,
  jobTitle: contact.jobTitle ?? null,
  relationshipRole: contact.relationshipRole ?? null,
  primary: contact.primary,
  startDate: contact.startDate ?? null,
  endDate: contact.endDate ?? null,
  ...stamps(contact),
});

export const goalView = (goal: Goal): GoalView => ({
  id: goal.id,
  partnerId: goal.partnerId,
  title: goal.title,
  description: goal.description ?? null,
  targetDate: goal.targetDate ?? null,
  status: goal.status,
  ...stamps(goal),
});

/** Agreement values are commercial: the faculty role never sees them. */
export function canSeeAgreementValues(actor: Actor): boolean {
  return hasRole(actor, 'commercialisation', 'admin', 'leadership');
}

export const agreementView = (agreement: Agreement, actor: Actor): AgreementView => ({
  id: agreement.id,
  partnerId: agreement.partnerId,
  type: agreement.type,
  title: agreement.title,
  startDate: agreement.startDate,
  endDate: agreement.endDate ?? null,
  ...(canSeeAgreementValues(actor) ? { valueGbp: moneyFromDb(agreement.valueGbp) } : {}),
  status: agreement.status,
  documentRef: agreement.documentRef ?? null,
  ...stamps(agreement),
});

export const memberView = (membership: Membership, memberName: string | null): MemberView => ({
  id: membership.id,
  partnerId: membership.partnerId,
  memberPartnerId: membership.memberPartnerId,
  memberName,
  role: membership.role ?? null,
  joinedOn: membership.joinedOn ?? null,
  ...stamps(membership),
});
