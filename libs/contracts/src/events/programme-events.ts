import type {
  FeedbackLevel,
  InvolvementKind,
  NominationStatus,
  ProjectPriority,
  ProjectStatus,
} from '../programmes/programme.enums';

/**
 * Events of the student partnership, version 1. They carry what the student-partnership report
 * needs and no personal data: no student ids, names or emails, and never a feedback author.
 */
export const ProgrammeEventType = {
  CharterPublished: 'charter.published',
  TeachingGroupCreated: 'teaching_group.created',
  RepresentativeAppointed: 'representative.appointed',
  RepresentativeTermEnded: 'representative.term_ended',
  MeetingScheduled: 'meeting.scheduled',
  MeetingHeld: 'meeting.held',
  MinutesPublished: 'minutes.published',
  InvolvementRecorded: 'involvement.recorded',
  ProjectStatusChanged: 'project.status_changed',
  NominationSubmitted: 'nomination.submitted',
  NominationDecided: 'nomination.decided',
  FeedbackOpened: 'feedback.opened',
  FeedbackResponded: 'feedback.responded',
  FeedbackEscalated: 'feedback.escalated',
  FeedbackClosed: 'feedback.closed',
} as const;
export type ProgrammeEventTypeName = (typeof ProgrammeEventType)[keyof typeof ProgrammeEventType];

export interface CharterPublishedV1 {
  id: string;
  institution: string;
  academicYear: string;
  publishedAt: string;
}
export interface TeachingGroupCreatedV1 {
  id: string;
  school: string;
  code: string;
  academicYear: string;
}
export interface RepresentativeChangedV1 {
  teachingGroupId: string;
  school: string;
  academicYear: string;
  at: string;
}
export interface MeetingV1 {
  id: string;
  forumId: string;
  school: string;
  date: string;
  /** For minutes.published: when they became public. */
  publishedAt?: string;
}
export interface InvolvementRecordedV1 {
  id: string;
  kind: InvolvementKind;
  school: string | null;
  date: string;
  students: number;
}
export interface ProjectStatusChangedV1 {
  id: string;
  priority: ProjectPriority;
  academicYear: string;
  from: ProjectStatus | null;
  status: ProjectStatus;
}
export interface NominationV1 {
  id: string;
  cycleId: string;
  year: number;
  category: string;
  status: NominationStatus;
}
/**
 * Who wrote a piece of feedback never travels in an event (anonymous or not): these keys cannot be
 * given a value, so a payload built by spreading the feedback record does not compile.
 */
interface WithoutFeedbackAuthor {
  author?: never;
  authorId?: never;
  authorName?: never;
  authorKey?: never;
}
/** Feedback facts for reporting (feedback.opened, feedback.closed): timings and levels. */
export interface FeedbackFactsV1 extends WithoutFeedbackAuthor {
  id: string;
  school: string;
  level: FeedbackLevel;
  openedAt: string;
  dueBy: string;
  at: string;
}
export interface FeedbackRespondedV1 extends FeedbackFactsV1 {
  /** Whether this was the first response. */
  firstResponse: boolean;
}
export interface FeedbackEscalatedV1 extends FeedbackFactsV1 {
  /** The level it came from. */
  fromLevel: FeedbackLevel;
}
