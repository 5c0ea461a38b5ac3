import { ReportPattern } from '../../reporting/report.patterns';
import type { Role } from '../roles';
import { rolesAllowed, scopeOf } from './index';

/** The role lists the reports controller's `@Roles(...)` held before the matrix replaced them. */
const READERS: Role[] = ['leadership', 'commercialisation', 'admin', 'faculty'];
const UNIVERSITY: Role[] = ['leadership', 'commercialisation', 'admin'];
const BEFORE: Record<(typeof ReportPattern)[keyof typeof ReportPattern], Role[]> = {
  [ReportPattern.Overview]: READERS,
  [ReportPattern.Hebci]: READERS,
  [ReportPattern.HebciCell]: READERS,
  [ReportPattern.HebciExcluded]: READERS,
  [ReportPattern.Candidates]: UNIVERSITY,
  [ReportPattern.Engagement]: READERS,
  [ReportPattern.StudentPartnership]: [...UNIVERSITY, 'partnership_staff'],
  [ReportPattern.Snapshots]: UNIVERSITY,
  [ReportPattern.TakeSnapshot]: ['admin'],
  [ReportPattern.Snapshot]: UNIVERSITY,
  [ReportPattern.Freshness]: [...READERS, 'partnership_staff'],
};

describe('the reporting permission matrix', () => {
  it.each(Object.entries(BEFORE))('gives %s exactly the roles its route allowed', (operation, roles) => {
    expect([...rolesAllowed(operation)].sort()).toEqual([...roles].sort());
  });

  it('narrows a faculty user to their faculty where the reports do, and nowhere else', () => {
    const faculty = { roles: ['faculty'] as Role[] };
    expect(scopeOf(faculty, ReportPattern.Overview)).toBe('faculty');
    expect(scopeOf(faculty, ReportPattern.Hebci)).toBe('faculty');
    expect(scopeOf(faculty, ReportPattern.HebciCell)).toBe('faculty');
    expect(scopeOf(faculty, ReportPattern.Engagement)).toBe('faculty');
    expect(scopeOf(faculty, ReportPattern.Freshness)).toBe('all');
    expect(scopeOf({ roles: ['faculty', 'leadership'] }, ReportPattern.Overview)).toBe('all');
  });
});
