import type { Role } from '../roles';
import { ACTIVITIES_PERMISSIONS } from './activities.permissions';
import { PARTNERS_PERMISSIONS } from './partners.permissions';
import type { Permission, PermissionMatrix, Scope } from './permission';
import { PROGRAMMES_PERMISSIONS } from './programmes.permissions';
import { REPORTING_PERMISSIONS } from './reporting.permissions';

export type { Permission, PermissionMatrix, Scope } from './permission';

/**
 * The one permission matrix (role × operation × scope): the gateway's `@Allow(operation)` refuses
 * the roles it does not list, the services apply the scopes, and the web app (which imports this
 * file through `@app/permissions`: it has no decorators) hides what a role may not do.
 * Each domain adds its operations here.
 */
export const PERMISSIONS: PermissionMatrix = {
  ...PARTNERS_PERMISSIONS,
  ...ACTIVITIES_PERMISSIONS,
  ...PROGRAMMES_PERMISSIONS,
  ...REPORTING_PERMISSIONS,
};

export function permissionOf(operation: string): Permission {
  const permission = PERMISSIONS[operation];
  if (!permission) throw new Error(`No permission is defined for ${operation}`);
  return permission;
}

export function rolesAllowed(operation: string): Role[] {
  return Object.keys(permissionOf(operation)) as Role[];
}

/** Whether a caller holding `roles` may do `operation` at all (scope aside). */
export function can(caller: { roles: readonly Role[] }, operation: string): boolean {
  const permission = PERMISSIONS[operation];
  return Boolean(permission) && caller.roles.some((role) => permission[role] !== undefined);
}

/** The widest scope any of the caller's roles has on `operation`, or undefined when none may. */
export function scopeOf(caller: { roles: readonly Role[] }, operation: string): Scope | undefined {
  const order: Scope[] = ['all', 'faculty', 'school', 'own'];
  const scopes = caller.roles.map((role) => PERMISSIONS[operation]?.[role]).filter((s) => s !== undefined);
  return order.find((scope) => scopes.includes(scope));
}
