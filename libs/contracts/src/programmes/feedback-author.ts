import type { Actor } from '../auth/actor';

/**
 * The anonymous author of feedback reaches the programmes service only as `{ sub: 'anon:<key>' }`,
 * the key being the gateway's keyed hash of their real `sub` (ADR 0007): the service never learns
 * who they are, and cannot compute the key of anyone.
 */
export const PSEUDONYM_PREFIX = 'anon:';

export const isPseudonymous = (actor: Actor) => actor.sub.startsWith(PSEUDONYM_PREFIX);

/** The author key a pseudonymous actor stands for; `null` for a caller acting under their identity. */
export const pseudonymKey = (actor: Actor): string | null =>
  isPseudonymous(actor) ? actor.sub.slice(PSEUDONYM_PREFIX.length) || null : null;

/** What the gateway sends when it asks the service something about feedback on nobody's behalf. */
export const NOBODY: Actor = { sub: PSEUDONYM_PREFIX, roles: [] };
