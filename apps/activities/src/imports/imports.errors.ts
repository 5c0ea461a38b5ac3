import { CommonError, DomainError } from '@app/contracts';

export const importNotFound = (id: string) =>
  new DomainError(CommonError.NotFound, `No import with id ${id}`);

export const badFile = (problem: string, field = 'file') =>
  new DomainError(CommonError.Validation, `The file ${problem}`, [{ field, problem }]);
