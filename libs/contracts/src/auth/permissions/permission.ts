import type { Role } from '../roles';

/**
 * How far a role's permission on an operation reaches: `all` the whole register; `faculty` only
 * records of the caller's faculty; `school` only their school's (when the token names one); `own`
 * only what the caller wrote, is named on or represents. Out of scope is 404, never 403.
 */
export type Scope = 'all' | 'faculty' | 'school' | 'own';

/** Which roles may do one operation, and how far; a role not listed gets 403. */
export type Permission = Partial<Record<Role, Scope>>;

/** Operations are named by the message pattern the gateway calls for them. */
export type PermissionMatrix = Record<string, Permission>;
