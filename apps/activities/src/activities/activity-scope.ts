import { type Actor, hasRole } from '@app/contracts';

/** Faculty staff see and change their own faculty's activities; the office, admin and leadership see all. */
export function facultyScope(actor: Actor): string | undefined | null {
  if (hasRole(actor, 'commercialisation', 'admin', 'leadership')) return undefined;
  return actor.faculty ?? null;
}

export function inScope(actor: Actor, faculty: string): boolean {
  const scope = facultyScope(actor);
  return scope === undefined || scope === faculty;
}
