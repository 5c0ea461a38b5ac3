import { CommonError, DomainError } from '@app/contracts';

/** A PATCH must carry the version it read; a stale one changes nothing (409). */
export function assertVersion(entity: { version: number }, expected: number, what: string): void {
  if (entity.version !== expected) {
    throw new DomainError(
      CommonError.VersionConflict,
      `${what} was changed by someone else (you sent version ${expected}, it is now ${entity.version}); reload and try again`,
      [{ field: 'version', problem: `is stale: current version is ${entity.version}` }],
      { currentVersion: entity.version },
    );
  }
}
