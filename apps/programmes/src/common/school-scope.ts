import { type Actor, DomainError, ProgrammeError, staffSchoolScope } from '@app/contracts';
import { notFound } from './programme-errors';

/**
 * Whether a record is within the caller's school scope (PRODUCT.md, partnership staff). A record
 * of no school (an involvement across the university) is everyone's.
 */
export function inSchoolScope(actor: Actor, school: string | null | undefined): boolean {
  const scope = staffSchoolScope(actor);
  return scope === undefined || school === null || school === undefined || school === scope;
}

/** 404 for a record outside the caller's school, exactly as if it did not exist. */
export function assertInSchoolScope<T extends { id: string; school?: string | null }>(
  actor: Actor,
  what: string,
  record: T,
): T {
  if (!inSchoolScope(actor, record.school)) throw notFound(what, record.id);
  return record;
}

/**
 * The school a list is limited to: the one asked for, or the caller's own. `false` when the caller
 * asks for another school than theirs (the list is then empty).
 */
export function listSchool(actor: Actor, asked: string | undefined): string | undefined | false {
  const scope = staffSchoolScope(actor);
  if (scope === undefined) return asked;
  return asked === undefined || asked === scope ? scope : false;
}

/** Creating a record in another school than the caller's: refused as an operation they may not do there. */
export function assertMaySchool(actor: Actor, school: string | null | undefined, field = 'school'): void {
  if (inSchoolScope(actor, school)) return;
  const scope = staffSchoolScope(actor)!;
  throw new DomainError(ProgrammeError.OutsideSchool, `Partnership staff of ${scope} work on ${scope} only`, [
    { field, problem: `must be ${scope}` },
  ]);
}
