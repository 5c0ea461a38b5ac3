import {
  ACTIVITY_ACTIONS,
  type ActivityAction,
  type Actor,
  ActivityPattern,
  can,
  scopeOf,
} from '@app/contracts';

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

const OPERATION_OF: Record<ActivityAction, string> = {
  update: ActivityPattern.Update,
  delete: ActivityPattern.Delete,
};

/** What the caller may do to an activity of `faculty`: the gateway's rule (the matrix) and the service's (its scope). */
export function allowedActions(actor: Actor, faculty: string): ActivityAction[] {
  return ACTIVITY_ACTIONS.filter((action) => can(actor, OPERATION_OF[action]) && inScope(actor, faculty));
}
