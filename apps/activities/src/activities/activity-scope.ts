import { type Actor, ActivityPattern, scopeOf } from '@app/contracts';

/**
 * Whom the permission matrix lets read every activity (the office, admin, leadership) see and
 * change them all; anyone else (faculty staff) only their own faculty's: undefined when unlimited,
 * else that faculty (null when the token names none).
 */
export function facultyScope(actor: Actor): string | undefined | null {
  if (scopeOf(actor, ActivityPattern.List) === 'all') return undefined;
  return actor.faculty ?? null;
}

export function inScope(actor: Actor, faculty: string): boolean {
  const scope = facultyScope(actor);
  return scope === undefined || scope === faculty;
}
