import { ReportPattern } from '../../reporting/report.patterns';
import type { Permission, PermissionMatrix } from './permission';

/** Leadership, the office and admin read every report; faculty users theirs, narrowed to their faculty. */
const REPORT_READERS: Permission = {
  leadership: 'all',
  commercialisation: 'all',
  admin: 'all',
  faculty: 'faculty',
};
/** Reports of the whole university, never narrowed to a faculty. */
const UNIVERSITY_READERS: Permission = { leadership: 'all', commercialisation: 'all', admin: 'all' };

/** Who may do what in the reporting service (see PRODUCT.md, "Authentication and roles" and "Reports"). */
export const REPORTING_PERMISSIONS = {
  [ReportPattern.Overview]: REPORT_READERS,
  [ReportPattern.Hebci]: REPORT_READERS,
  [ReportPattern.HebciCell]: REPORT_READERS,
  [ReportPattern.HebciExcluded]: REPORT_READERS,
  [ReportPattern.Engagement]: REPORT_READERS,
  [ReportPattern.Candidates]: UNIVERSITY_READERS,
  [ReportPattern.StudentPartnership]: { ...UNIVERSITY_READERS, partnership_staff: 'all' },
  /** How fresh the figures are says nothing of a faculty: every staff role that reads reports sees it whole. */
  [ReportPattern.Freshness]: { ...UNIVERSITY_READERS, faculty: 'all', partnership_staff: 'all' },
  [ReportPattern.Snapshots]: UNIVERSITY_READERS,
  [ReportPattern.Snapshot]: UNIVERSITY_READERS,
  [ReportPattern.TakeSnapshot]: { admin: 'all' },
} satisfies PermissionMatrix;
