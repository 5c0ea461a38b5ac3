import { type Actor, hasRole } from '@app/contracts';

/** A faculty user's reports are restricted to their faculty; other readers see all (or the one they ask for). */
export function facultyFilter(actor: Actor, asked?: string): string | null {
  if (hasRole(actor, 'leadership', 'commercialisation', 'admin')) return asked ?? null;
  return actor.faculty ?? '-';
}
