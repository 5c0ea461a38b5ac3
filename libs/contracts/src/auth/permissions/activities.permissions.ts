import {
  ActivityImportPattern,
  ActivityPattern,
  ImportTemplateOperation,
} from '../../activities/activity.patterns';
import type { Permission, PermissionMatrix } from './permission';

/** The office, admins and leadership read every activity; faculty staff their faculty's. */
const READ: Permission = { commercialisation: 'all', admin: 'all', leadership: 'all', faculty: 'faculty' };
/** Leadership only reads; faculty staff log and change their own faculty's activities. */
const WRITE: Permission = { commercialisation: 'all', admin: 'all', faculty: 'faculty' };
/** The office and admins see every import; faculty staff the ones they uploaded. */
const IMPORTS: Permission = { commercialisation: 'all', admin: 'all', faculty: 'own' };

/** Who may do what in the activities service (see PRODUCT.md, "Authentication and roles"). */
export const ACTIVITIES_PERMISSIONS = {
  [ActivityPattern.Create]: WRITE,
  [ActivityPattern.List]: READ,
  [ActivityPattern.Get]: READ,
  [ActivityPattern.History]: READ,
  [ActivityPattern.Update]: WRITE,
  [ActivityPattern.Delete]: WRITE,
  /** Rows of another faculty are row errors of a faculty user's file. */
  [ActivityImportPattern.Start]: WRITE,
  [ActivityImportPattern.List]: IMPORTS,
  [ActivityImportPattern.Status]: IMPORTS,
  [ImportTemplateOperation]: { commercialisation: 'all', admin: 'all', faculty: 'all' },
} satisfies PermissionMatrix;
