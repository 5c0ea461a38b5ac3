import type { PermissionMatrix } from './permission';

/** Who may do what in the partners service (see PRODUCT.md, "Authentication and roles"). */
export const PARTNERS_PERMISSIONS = {} satisfies PermissionMatrix;
