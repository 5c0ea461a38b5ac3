import { PROGRAMME_READERS, PROGRAMME_WRITERS, EVERYONE, STUDENTS } from '../../programmes/programme-roles';
import {
  ActionPlanPattern,
  AwardPattern,
  CharterPattern,
  FeedbackPattern,
  ForumPattern,
  InvolvementPattern,
  ProjectPattern,
  RepresentationPattern,
} from '../../programmes/programme.patterns';
import type { Role } from '../roles';
import { rolesAllowed } from './index';
import { PROGRAMMES_PERMISSIONS } from './programmes.permissions';

/** The roles each programmes route's `@Roles(...)` listed before the matrix replaced it. */
const ROLES_BEFORE: [string, Role[]][] = [
  [AwardPattern.CreateCycle, [...PROGRAMME_WRITERS]],
  [AwardPattern.ListCycles, [...EVERYONE]],
  [AwardPattern.GetCycle, [...EVERYONE]],
  [AwardPattern.Nominate, [...EVERYONE]],
  [AwardPattern.ListNominations, [...PROGRAMME_READERS]],
  [AwardPattern.Decide, [...PROGRAMME_WRITERS]],
  [AwardPattern.Winners, [...EVERYONE]],
  [CharterPattern.Create, [...PROGRAMME_WRITERS]],
  [CharterPattern.List, [...EVERYONE]],
  [CharterPattern.Current, [...EVERYONE]],
  [CharterPattern.Get, [...EVERYONE]],
  [CharterPattern.Update, [...PROGRAMME_WRITERS]],
  [CharterPattern.Publish, [...PROGRAMME_WRITERS]],
  [FeedbackPattern.Submit, [...STUDENTS]],
  [FeedbackPattern.List, [...PROGRAMME_WRITERS, ...STUDENTS]],
  [FeedbackPattern.Get, [...PROGRAMME_WRITERS, ...STUDENTS]],
  [FeedbackPattern.Respond, [...PROGRAMME_WRITERS, 'student_rep']],
  [FeedbackPattern.Escalate, [...PROGRAMME_WRITERS, ...STUDENTS]],
  [FeedbackPattern.Close, [...PROGRAMME_WRITERS]],
  [FeedbackPattern.YouSaidWeDid, [...EVERYONE]],
  [ForumPattern.Create, [...PROGRAMME_WRITERS]],
  [ForumPattern.List, [...EVERYONE]],
  [ForumPattern.Get, [...EVERYONE]],
  [ForumPattern.Update, [...PROGRAMME_WRITERS]],
  [ForumPattern.CreateMeeting, [...PROGRAMME_WRITERS]],
  [ForumPattern.ListMeetings, [...EVERYONE]],
  [ForumPattern.GetMeeting, [...EVERYONE]],
  [ForumPattern.GetMinutes, [...EVERYONE]],
  [ForumPattern.UpdateMeeting, [...PROGRAMME_WRITERS]],
  [ForumPattern.AddAgendaItem, [...PROGRAMME_WRITERS, 'student_rep']],
  [ForumPattern.WriteMinutes, [...PROGRAMME_WRITERS]],
  [ForumPattern.PublishMinutes, [...PROGRAMME_WRITERS]],
  [InvolvementPattern.Create, [...PROGRAMME_WRITERS]],
  [InvolvementPattern.List, [...PROGRAMME_READERS]],
  [InvolvementPattern.Get, [...PROGRAMME_READERS]],
  [InvolvementPattern.Update, [...PROGRAMME_WRITERS]],
  [InvolvementPattern.Delete, [...PROGRAMME_WRITERS]],
  [ActionPlanPattern.Create, [...PROGRAMME_WRITERS]],
  [ActionPlanPattern.List, [...PROGRAMME_READERS]],
  [ActionPlanPattern.Get, [...PROGRAMME_READERS]],
  [ActionPlanPattern.AddItem, [...PROGRAMME_WRITERS]],
  [ActionPlanPattern.UpdateItem, [...PROGRAMME_WRITERS]],
  [ProjectPattern.Create, [...PROGRAMME_WRITERS]],
  [ProjectPattern.List, [...PROGRAMME_READERS]],
  [ProjectPattern.Get, [...PROGRAMME_READERS]],
  [ProjectPattern.Update, [...PROGRAMME_WRITERS]],
  [ProjectPattern.Review, [...PROGRAMME_WRITERS]],
  [RepresentationPattern.CreateGroup, [...PROGRAMME_WRITERS]],
  [RepresentationPattern.ListGroups, [...EVERYONE]],
  [RepresentationPattern.GetGroup, [...EVERYONE]],
  [RepresentationPattern.UpdateGroup, [...PROGRAMME_WRITERS]],
  [RepresentationPattern.Appoint, [...PROGRAMME_WRITERS]],
  [RepresentationPattern.EndTerm, [...PROGRAMME_WRITERS]],
  [RepresentationPattern.Representatives, [...EVERYONE]],
  [RepresentationPattern.Coverage, [...PROGRAMME_READERS]],
];

describe('programmes permissions', () => {
  it.each(ROLES_BEFORE)('%s: exactly the roles its route allowed', (operation, roles) => {
    expect(rolesAllowed(operation).sort()).toEqual([...new Set(roles)].sort());
  });

  it('names no operation that no route calls', () => {
    expect(Object.keys(PROGRAMMES_PERMISSIONS).sort()).toEqual(
      ROLES_BEFORE.map(([operation]) => operation).sort(),
    );
  });

  it('limits partnership staff with a school claim to their school where the service does', () => {
    expect(PROGRAMMES_PERMISSIONS[RepresentationPattern.Appoint].partnership_staff).toBe('school');
    expect(PROGRAMMES_PERMISSIONS[CharterPattern.Publish].partnership_staff).toBe('all');
    expect(PROGRAMMES_PERMISSIONS[FeedbackPattern.Get].student).toBe('own');
  });
});
