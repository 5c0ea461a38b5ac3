import {
  ActivityImportPattern,
  ActivityPattern,
  ImportTemplateOperation,
} from '../../activities/activity.patterns';
import type { Role } from '../roles';
import { ACTIVITIES_PERMISSIONS } from './activities.permissions';
import { can, rolesAllowed, scopeOf } from './index';

// The role lists the activities controllers used before the matrix (`@Roles(...)`).
const WRITERS: Role[] = ['commercialisation', 'admin', 'faculty'];
const READERS: Role[] = ['commercialisation', 'admin', 'leadership', 'faculty'];
const IMPORTERS: Role[] = ['commercialisation', 'admin', 'faculty'];

const sorted = (roles: Role[]) => [...roles].sort();

describe('the activities permission matrix', () => {
  it.each([
    [ActivityPattern.Create, WRITERS],
    [ActivityPattern.List, READERS],
    [ActivityPattern.Get, READERS],
    [ActivityPattern.History, READERS],
    [ActivityPattern.Update, WRITERS],
    [ActivityPattern.Delete, WRITERS],
    [ActivityImportPattern.Start, IMPORTERS],
    [ActivityImportPattern.List, IMPORTERS],
    [ActivityImportPattern.Status, IMPORTERS],
    [ImportTemplateOperation, IMPORTERS],
  ])('lets exactly the roles of before do %s', (operation, roles) => {
    expect(sorted(rolesAllowed(operation))).toEqual(sorted(roles));
  });

  it('names no operation beyond those', () => {
    expect(Object.keys(ACTIVITIES_PERMISSIONS)).toHaveLength(10);
  });

  it('limits faculty staff to their faculty, and to their own uploads among imports', () => {
    const faculty = { roles: ['faculty'] as Role[] };
    expect(scopeOf(faculty, ActivityPattern.Get)).toBe('faculty');
    expect(scopeOf(faculty, ActivityPattern.Update)).toBe('faculty');
    expect(scopeOf(faculty, ActivityImportPattern.List)).toBe('own');
    expect(scopeOf({ roles: ['leadership'] }, ActivityPattern.List)).toBe('all');
    expect(scopeOf({ roles: ['commercialisation'] }, ActivityImportPattern.Status)).toBe('all');
  });

  it('lets leadership read activities but not change them, and students do neither', () => {
    expect(can({ roles: ['leadership'] }, ActivityPattern.History)).toBe(true);
    expect(can({ roles: ['leadership'] }, ActivityPattern.Update)).toBe(false);
    expect(can({ roles: ['student'] }, ActivityPattern.List)).toBe(false);
  });
});
