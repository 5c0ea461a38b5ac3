import type { PermissionMatrix } from './permission';

/** Who may do what in the programmes service (see PRODUCT.md, "Authentication and roles"). */
export const PROGRAMMES_PERMISSIONS = {} satisfies PermissionMatrix;
