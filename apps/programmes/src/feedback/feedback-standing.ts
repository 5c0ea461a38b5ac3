import { type FeedbackAction, NEXT_FEEDBACK_LEVEL } from '@app/contracts';
import type { Feedback, ResponderRole } from './feedback.entity';

/**
 * Who the caller is to feedback. A pseudonymous caller (`anon:<key>`, ADR 0007) is only ever the
 * author of their anonymous feedback; anyone else is matched to their named feedback by `sub`.
 */
export interface Standing {
  staff: boolean;
  /** Partnership staff with a `school` claim: that school's feedback only. */
  school?: string;
  authorId: string | null;
  authorKey: string | null;
  /** Teaching groups the caller currently represents. */
  groups: Set<string>;
}

export const isMine = (feedback: Feedback, standing: Standing) =>
  feedback.anonymous
    ? standing.authorKey !== null && feedback.authorKey === standing.authorKey
    : standing.authorId !== null && feedback.authorId === standing.authorId;

/** In which capacity the caller may respond: partnership staff, or the rep of the feedback's group. */
export function responderRole(feedback: Feedback, standing: Standing): ResponderRole | null {
  if (standing.staff) return 'staff';
  if (feedback.teachingGroupId && standing.groups.has(feedback.teachingGroupId)) return 'representative';
  return null;
}

/** Who may escalate: whoever may respond, and the author. */
export const mayEscalate = (feedback: Feedback, standing: Standing) =>
  responderRole(feedback, standing) !== null || isMine(feedback, standing);

/** What this caller may do next: the rules `FeedbackService` enforces, so clients need not repeat them. */
export function allowedActions(feedback: Feedback, standing: Standing): FeedbackAction[] {
  if (feedback.status === 'closed') return [];
  const actions: FeedbackAction[] = [];
  if (responderRole(feedback, standing)) actions.push('respond');
  if (mayEscalate(feedback, standing) && NEXT_FEEDBACK_LEVEL[feedback.level]) actions.push('escalate');
  if (standing.staff) actions.push('close');
  return actions;
}
