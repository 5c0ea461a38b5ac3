import { type Actor, type ReportPattern, scopeOf } from '@app/contracts';

type ReportOperation = (typeof ReportPattern)[keyof typeof ReportPattern];

/**
 * The faculty a report is narrowed to, by the caller's scope on it in the permission matrix: with
 * `all`, none (or the one they ask for); otherwise their own faculty (`-`, matching nothing, without one).
 */
export function facultyFilter(actor: Actor, operation: ReportOperation, asked?: string): string | null {
  if (scopeOf(actor, operation) === 'all') return asked ?? null;
  return actor.faculty ?? '-';
}
