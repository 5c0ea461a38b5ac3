import type { Actor } from '@app/contracts';
import { allowedActions, inScope } from './activity-scope';

const actor = (roles: Actor['roles'], faculty?: string): Actor => ({ sub: 'u', roles, faculty });

describe('what a caller may do to an activity', () => {
  it('lets the office and admins change and delete any activity', () => {
    expect(allowedActions(actor(['commercialisation']), 'MED')).toEqual(['update', 'delete']);
    expect(allowedActions(actor(['admin']), 'ENG')).toEqual(['update', 'delete']);
  });

  it("lets faculty staff change and delete their own faculty's activities only", () => {
    expect(allowedActions(actor(['faculty'], 'ENG'), 'ENG')).toEqual(['update', 'delete']);
    expect(allowedActions(actor(['faculty'], 'ENG'), 'MED')).toEqual([]);
    expect(inScope(actor(['faculty'], 'ENG'), 'MED')).toBe(false);
  });

  it('lets leadership read every activity but change none', () => {
    expect(inScope(actor(['leadership']), 'MED')).toBe(true);
    expect(allowedActions(actor(['leadership']), 'MED')).toEqual([]);
  });

  it('gives roles that may not touch activities nothing to do', () => {
    expect(allowedActions(actor(['student'], 'ENG'), 'ENG')).toEqual([]);
    expect(allowedActions(actor(['partnership_staff'], 'ENG'), 'ENG')).toEqual([]);
  });
});
