import { CommonError, DomainError, ProgrammeError } from '@app/contracts';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export { isUuid } from '@app/contracts';

/** Also what a caller outside the resource's scope gets, so ids cannot be probed. */
export const notFound = (what: string, id: string) =>
  new DomainError(ProgrammeError.NotFound, `No ${what} with id ${id}`);

export const duplicate = (message: string, field: string, existingId: string) =>
  new DomainError(ProgrammeError.Duplicate, message, [{ field, problem: 'is already taken' }], {
    existingId,
  });

/** PATCH: `null` may clear optional fields only. */
export function refuseCleared(dto: object, required: readonly string[]): void {
  const cleared = required.filter((field) => (dto as Record<string, unknown>)[field] === null);
  if (cleared.length > 0) {
    throw new DomainError(
      CommonError.Validation,
      `${cleared[0]} cannot be cleared`,
      cleared.map((field) => ({ field, problem: 'cannot be null' })),
    );
  }
}

/** The fields a PATCH changes: everything given except `version`. */
export function changesOf<T extends { version: number }>(dto: T): Omit<T, 'version'> {
  const { version: _version, ...rest } = dto;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Omit<
    T,
    'version'
  >;
}

/**
 * Flushes; when a unique constraint refuses the write (someone else won a race the pre-check
 * could not see), answers with the duplicate error `explain` builds from the row that won.
 */
export async function flushOrDuplicate(
  em: EntityManager,
  explain: (fresh: EntityManager) => Promise<DomainError>,
) {
  try {
    await em.flush();
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    throw await explain(em.fork());
  }
}
