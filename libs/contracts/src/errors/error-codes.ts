/** Codes every service may answer with. */
export const CommonError = {
  Validation: 'common.validation_failed',
  NotFound: 'common.not_found',
  VersionConflict: 'common.version_conflict',
  Forbidden: 'common.forbidden',
  Timeout: 'common.timeout',
  Unavailable: 'common.unavailable',
  /** The request reached the service's stream but no reply came by its deadline: its outcome is unknown. */
  NoReply: 'common.no_reply',
  Internal: 'common.internal',
} as const;

export const PartnerError = {
  NotFound: 'partners.not_found',
  Duplicate: 'partners.duplicate',
  TierReasonRequired: 'partners.tier_reason_required',
  Archived: 'partners.archived',
  ContactNotFound: 'partners.contact_not_found',
  GoalNotFound: 'partners.goal_not_found',
  AgreementNotFound: 'partners.agreement_not_found',
  MemberNotFound: 'partners.member_not_found',
  MemberInvalid: 'partners.member_invalid',
  MemberDuplicate: 'partners.member_duplicate',
  EnquiryNotFound: 'partners.enquiry_not_found',
  EnquiryTransition: 'partners.enquiry_transition',
} as const;

export const ActivityError = {
  NotFound: 'activities.not_found',
  PartnerUnknown: 'activities.partner_unknown',
  OtherFaculty: 'activities.other_faculty',
  ExternalRefTaken: 'activities.external_ref_taken',
} as const;

export const ProgrammeError = {
  NotFound: 'programmes.not_found',
  Duplicate: 'programmes.duplicate',
  CharterPublished: 'programmes.charter_published',
  NoCurrentCharter: 'programmes.no_current_charter',
  NotYourGroup: 'programmes.not_your_group',
  MinutesNotWritten: 'programmes.minutes_not_written',
  MeetingInFuture: 'programmes.meeting_in_future',
  CycleClosed: 'programmes.cycle_closed',
  UnknownCategory: 'programmes.unknown_category',
  FeedbackClosed: 'programmes.feedback_closed',
  EscalationExhausted: 'programmes.escalation_exhausted',
  UnknownTeachingGroup: 'programmes.unknown_teaching_group',
  OutsideSchool: 'programmes.outside_school',
} as const;

/** Answers about the `Idempotency-Key` itself (ADR 0013). */
export const IdempotencyError = {
  InFlight: 'idempotency.in_flight',
  KeyReused: 'idempotency.key_reused',
} as const;

type ValueOf<T> = T[keyof T];
export type ErrorCode =
  | ValueOf<typeof CommonError>
  | ValueOf<typeof IdempotencyError>
  | ValueOf<typeof PartnerError>
  | ValueOf<typeof ActivityError>
  | ValueOf<typeof ProgrammeError>;

const FINAL_COMMON_ERRORS: readonly string[] = [
  CommonError.Validation,
  CommonError.NotFound,
  CommonError.VersionConflict,
  CommonError.Forbidden,
];

/**
 * Whether a service error is a final answer that a retry with the same `Idempotency-Key` gets
 * again: every domain code (each a 4xx), and the common 4xx ones. Any other `common.*` code (an
 * internal error, a timeout, a service unavailable, or one added later) is never replayed.
 */
export function isFinalError(code: string): boolean {
  return !code.startsWith('common.') || FINAL_COMMON_ERRORS.includes(code);
}
