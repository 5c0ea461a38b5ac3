/** Request patterns of the programmes (student partnership) service. */
export const CharterPattern = {
  Create: 'programmes.charters.create',
  List: 'programmes.charters.list',
  Current: 'programmes.charters.current',
  Get: 'programmes.charters.get',
  Update: 'programmes.charters.update',
  Publish: 'programmes.charters.publish',
} as const;

export const RepresentationPattern = {
  CreateGroup: 'programmes.groups.create',
  ListGroups: 'programmes.groups.list',
  GetGroup: 'programmes.groups.get',
  UpdateGroup: 'programmes.groups.update',
  Appoint: 'programmes.groups.appoint',
  EndTerm: 'programmes.groups.end_term',
  Representatives: 'programmes.representatives.list',
  Coverage: 'programmes.representatives.coverage',
} as const;

export const ForumPattern = {
  Create: 'programmes.forums.create',
  List: 'programmes.forums.list',
  Get: 'programmes.forums.get',
  Update: 'programmes.forums.update',
  CreateMeeting: 'programmes.meetings.create',
  ListMeetings: 'programmes.meetings.list',
  GetMeeting: 'programmes.meetings.get',
  /** The minutes alone: 404 to students until they are published. */
  GetMinutes: 'programmes.meetings.get_minutes',
  UpdateMeeting: 'programmes.meetings.update',
  AddAgendaItem: 'programmes.meetings.agenda_item',
  WriteMinutes: 'programmes.meetings.minutes',
  PublishMinutes: 'programmes.meetings.publish_minutes',
} as const;

export const InvolvementPattern = {
  Create: 'programmes.involvements.create',
  List: 'programmes.involvements.list',
  Get: 'programmes.involvements.get',
  Update: 'programmes.involvements.update',
  Delete: 'programmes.involvements.delete',
} as const;

export const ActionPlanPattern = {
  Create: 'programmes.action_plans.create',
  List: 'programmes.action_plans.list',
  Get: 'programmes.action_plans.get',
  AddItem: 'programmes.action_plans.add_item',
  UpdateItem: 'programmes.action_plans.update_item',
} as const;

export const ProjectPattern = {
  Create: 'programmes.projects.create',
  List: 'programmes.projects.list',
  Get: 'programmes.projects.get',
  Update: 'programmes.projects.update',
  Review: 'programmes.projects.review',
} as const;

export const AwardPattern = {
  CreateCycle: 'programmes.awards.create_cycle',
  ListCycles: 'programmes.awards.list_cycles',
  GetCycle: 'programmes.awards.get_cycle',
  Nominate: 'programmes.awards.nominate',
  ListNominations: 'programmes.awards.list_nominations',
  Decide: 'programmes.awards.decide',
  Winners: 'programmes.awards.winners',
} as const;

export const FeedbackPattern = {
  Submit: 'programmes.feedback.submit',
  List: 'programmes.feedback.list',
  Get: 'programmes.feedback.get',
  Respond: 'programmes.feedback.respond',
  Escalate: 'programmes.feedback.escalate',
  Close: 'programmes.feedback.close',
  YouSaidWeDid: 'programmes.feedback.you_said_we_did',
  /** `{ feedbackId }` → `{ anonymous }`, asked on nobody's behalf: which actor the gateway must send. */
  Anonymity: 'programmes.feedback.anonymity',
} as const;
