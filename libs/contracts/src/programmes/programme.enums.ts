export const CHARTER_STATUSES = ['draft', 'published', 'superseded'] as const;
export type CharterStatus = (typeof CHARTER_STATUSES)[number];

export const PERSON_ROLES = ['student', 'staff'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const INVOLVEMENT_KINDS = [
  'committee',
  'staff_recruitment',
  'student_recruitment',
  'focus_group',
  'internship',
  'consultation',
  'curriculum_review',
  'programme_meeting',
  'workshop',
  'induction',
] as const;
export type InvolvementKind = (typeof INVOLVEMENT_KINDS)[number];

export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const PROJECT_PRIORITIES = ['mental_health', 'student_voice', 'employability', 'other'] as const;
export type ProjectPriority = (typeof PROJECT_PRIORITIES)[number];

export const PROJECT_STATUSES = ['proposed', 'active', 'completed', 'dropped'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const REVIEW_OUTCOMES = ['continue', 'complete', 'stop'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** What the working group's decision does to the project. */
export const REVIEW_STATUS: Record<ReviewOutcome, ProjectStatus> = {
  continue: 'active',
  complete: 'completed',
  stop: 'dropped',
};

export const NOMINATION_DECISIONS = ['shortlisted', 'winner', 'not_selected'] as const;
export type NominationDecision = (typeof NOMINATION_DECISIONS)[number];
export type NominationStatus = 'submitted' | NominationDecision;

export const FEEDBACK_STATUSES = ['open', 'responded', 'escalated', 'closed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const FEEDBACK_LEVELS = ['service_desk', 'course_rep', 'sspf', 'school_committee'] as const;
export type FeedbackLevel = (typeof FEEDBACK_LEVELS)[number];

/**
 * Where escalation takes feedback next. A course matter goes course rep → SSPF → school committee;
 * a service matter starts at that service's desk and, if unresolved, goes to the SSPF.
 */
export const NEXT_FEEDBACK_LEVEL: Record<FeedbackLevel, FeedbackLevel | null> = {
  service_desk: 'sspf',
  course_rep: 'sspf',
  sspf: 'school_committee',
  school_committee: null,
};

/** What a caller may do next to a piece of feedback (`allowedActions` on its view). */
export const FEEDBACK_ACTIONS = ['respond', 'escalate', 'close'] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];

/** What a caller may do next to a charter (`allowedActions` on its view): only a draft changes. */
export const CHARTER_ACTIONS = ['update', 'publish'] as const;
export type CharterAction = (typeof CHARTER_ACTIONS)[number];
