import type { Role } from './roles';

export { ROLES, type Role } from './roles';

/** The signed-in caller, as the gateway verified it from the bearer token. */
export interface Actor {
  sub: string;
  name?: string;
  email?: string;
  roles: Role[];
  faculty?: string;
  school?: string;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

/** Staff who see everything a role table grants without a faculty scope. */
export const UNSCOPED_PARTNER_READERS: Role[] = ['commercialisation', 'admin', 'leadership'];
export const PARTNER_WRITERS: Role[] = ['commercialisation', 'admin'];
export const PARTNER_READERS: Role[] = ['commercialisation', 'admin', 'leadership', 'faculty'];
