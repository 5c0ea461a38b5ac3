import { type FeedbackView, ukDate, type YouSaidWeDidView } from '@app/contracts';
import type { Feedback } from './feedback.entity';
import { allowedActions, isMine, type Standing } from './feedback-standing';

export const isOverdue = (feedback: Feedback, today = ukDate()) =>
  !feedback.firstResponseAt && feedback.status !== 'closed' && feedback.dueBy < today;

/**
 * What the caller is shown of a piece of feedback. An anonymous author is never named: the row
 * holds no id or name for them, and `mine` tells only the author that it is theirs.
 */
export function feedbackView(feedback: Feedback, standing: Standing): FeedbackView {
  return {
    id: feedback.id,
    school: feedback.school,
    teachingGroupId: feedback.teachingGroupId ?? null,
    subject: feedback.subject,
    body: feedback.body,
    expectation: feedback.expectation ?? null,
    service: feedback.service ?? null,
    anonymous: feedback.anonymous,
    author: feedback.anonymous || !feedback.authorName ? null : { name: feedback.authorName },
    mine: isMine(feedback, standing),
    level: feedback.level,
    status: feedback.status,
    dueBy: feedback.dueBy,
    overdue: isOverdue(feedback),
    firstResponseAt: feedback.firstResponseAt?.toISOString() ?? null,
    responses: feedback.responses,
    escalations: feedback.escalations,
    outcome: feedback.outcome ?? null,
    closedAt: feedback.closedAt?.toISOString() ?? null,
    createdAt: feedback.createdAt.toISOString(),
    updatedAt: feedback.updatedAt.toISOString(),
    version: feedback.version,
    allowedActions: allowedActions(feedback, standing),
  };
}

/** Public: what students said and what was done, with nothing that could identify who said it. */
export const youSaidWeDidView = (feedback: Feedback): YouSaidWeDidView => ({
  id: feedback.id,
  school: feedback.school,
  youSaid: feedback.subject,
  expectation: feedback.expectation ?? null,
  service: feedback.service ?? null,
  weDid: feedback.outcome ?? null,
  level: feedback.level,
  closedAt: feedback.closedAt?.toISOString() ?? null,
});
