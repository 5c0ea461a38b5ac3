import type { PermissionMatrix } from './permission';

/** Who may do what in the activities service (see PRODUCT.md, "Authentication and roles"). */
export const ACTIVITIES_PERMISSIONS = {} satisfies PermissionMatrix;
