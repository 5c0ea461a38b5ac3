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
import type { Permission, PermissionMatrix } from './permission';

/** The staff who run the partnership, across the university. */
const RUN = { partnership_staff: 'all', admin: 'all' } satisfies Permission;
/** The same, but partnership staff with a `school` claim only in their school. */
const RUN_SCHOOL = { partnership_staff: 'school', admin: 'all' } satisfies Permission;
const READ = { ...RUN, leadership: 'all' } satisfies Permission;
const READ_SCHOOL = { ...RUN_SCHOOL, leadership: 'all' } satisfies Permission;
const EVERYONE = {
  commercialisation: 'all',
  faculty: 'all',
  leadership: 'all',
  partnership_staff: 'all',
  student_rep: 'all',
  student: 'all',
  admin: 'all',
} satisfies Permission;
const EVERYONE_SCHOOL = { ...EVERYONE, partnership_staff: 'school' } satisfies Permission;
/** A student's own feedback; a rep's also that of the groups they represent. */
const AUTHORS = { student: 'own', student_rep: 'own' } satisfies Permission;

/** Who may do what in the programmes service (see PRODUCT.md, "Authentication and roles"). */
export const PROGRAMMES_PERMISSIONS = {
  [CharterPattern.Create]: RUN,
  [CharterPattern.List]: EVERYONE,
  [CharterPattern.Current]: EVERYONE,
  [CharterPattern.Get]: EVERYONE,
  [CharterPattern.Update]: RUN,
  [CharterPattern.Publish]: RUN,

  [RepresentationPattern.CreateGroup]: RUN_SCHOOL,
  [RepresentationPattern.ListGroups]: EVERYONE_SCHOOL,
  [RepresentationPattern.GetGroup]: EVERYONE_SCHOOL,
  [RepresentationPattern.UpdateGroup]: RUN_SCHOOL,
  [RepresentationPattern.Appoint]: RUN_SCHOOL,
  [RepresentationPattern.EndTerm]: RUN_SCHOOL,
  [RepresentationPattern.Representatives]: EVERYONE_SCHOOL,
  [RepresentationPattern.Coverage]: READ,

  [ForumPattern.Create]: RUN_SCHOOL,
  [ForumPattern.List]: EVERYONE_SCHOOL,
  [ForumPattern.Get]: EVERYONE_SCHOOL,
  [ForumPattern.Update]: RUN_SCHOOL,
  [ForumPattern.CreateMeeting]: RUN_SCHOOL,
  [ForumPattern.ListMeetings]: EVERYONE_SCHOOL,
  [ForumPattern.GetMeeting]: EVERYONE_SCHOOL,
  [ForumPattern.GetMinutes]: EVERYONE_SCHOOL,
  [ForumPattern.UpdateMeeting]: RUN_SCHOOL,
  /** A representative adds items to their own school's forum. */
  [ForumPattern.AddAgendaItem]: { ...RUN_SCHOOL, student_rep: 'school' },
  [ForumPattern.WriteMinutes]: RUN_SCHOOL,
  [ForumPattern.PublishMinutes]: RUN_SCHOOL,

  [InvolvementPattern.Create]: RUN_SCHOOL,
  [InvolvementPattern.List]: READ_SCHOOL,
  [InvolvementPattern.Get]: READ_SCHOOL,
  [InvolvementPattern.Update]: RUN_SCHOOL,
  [InvolvementPattern.Delete]: RUN_SCHOOL,

  [ActionPlanPattern.Create]: RUN_SCHOOL,
  [ActionPlanPattern.List]: READ_SCHOOL,
  [ActionPlanPattern.Get]: READ_SCHOOL,
  [ActionPlanPattern.AddItem]: RUN_SCHOOL,
  [ActionPlanPattern.UpdateItem]: RUN_SCHOOL,

  [ProjectPattern.Create]: RUN,
  [ProjectPattern.List]: READ,
  [ProjectPattern.Get]: READ,
  [ProjectPattern.Update]: RUN,
  [ProjectPattern.Review]: RUN,

  [AwardPattern.CreateCycle]: RUN,
  [AwardPattern.ListCycles]: EVERYONE,
  [AwardPattern.GetCycle]: EVERYONE,
  [AwardPattern.Nominate]: EVERYONE,
  [AwardPattern.ListNominations]: READ,
  [AwardPattern.Decide]: RUN,
  [AwardPattern.Winners]: EVERYONE,

  [FeedbackPattern.Submit]: AUTHORS,
  [FeedbackPattern.List]: { ...RUN_SCHOOL, ...AUTHORS },
  [FeedbackPattern.Get]: { ...RUN_SCHOOL, ...AUTHORS },
  /** The representative of the feedback's group. */
  [FeedbackPattern.Respond]: { ...RUN_SCHOOL, student_rep: 'own' },
  [FeedbackPattern.Escalate]: { ...RUN_SCHOOL, ...AUTHORS },
  [FeedbackPattern.Close]: RUN_SCHOOL,
  [FeedbackPattern.YouSaidWeDid]: EVERYONE,
} satisfies PermissionMatrix;
