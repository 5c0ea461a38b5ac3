import type { PermissionMatrix } from './permission';

/** Who may do what in the reporting service (see PRODUCT.md, "Authentication and roles"). */
export const REPORTING_PERMISSIONS = {} satisfies PermissionMatrix;
