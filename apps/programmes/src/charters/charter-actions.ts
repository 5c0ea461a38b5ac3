import { type Actor, can, type CharterAction, CharterPattern } from '@app/contracts';
import type { Charter } from './charter.entity';

/** Only a draft changes: a published (or superseded) charter is replaced by a new version. */
export const isDraft = (charter: Charter) => charter.status === 'draft';

const PATTERN: Record<CharterAction, string> = {
  update: CharterPattern.Update,
  publish: CharterPattern.Publish,
};

/** What this caller may do next: the matrix's roles (the gateway's 403) and the draft rule (409). */
export function charterActions(charter: Charter, actor: Actor): CharterAction[] {
  if (!isDraft(charter)) return [];
  return (Object.keys(PATTERN) as CharterAction[]).filter((action) => can(actor, PATTERN[action]));
}
