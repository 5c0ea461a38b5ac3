import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '../errors/domain-error';
import { CommonError } from '../errors/error-codes';
import { summarise, validationDetails } from './validation-details';

export const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: true,
  validationError: { target: false, value: false },
} as const;

/**
 * Turns a plain object into a validated DTO, with the same rules and messages whether it came
 * from an HTTP body, a queued job or a CSV row. Throws `common.validation_failed` naming fields.
 */
export async function validateDto<T extends object>(cls: new () => T, plain: unknown): Promise<T> {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw new DomainError(CommonError.Validation, 'The body must be a JSON object', [
      { field: '(body)', problem: 'must be a JSON object' },
    ]);
  }
  const instance = plainToInstance(cls, plain);
  const errors = await validate(instance, VALIDATION_OPTIONS);
  if (errors.length > 0) {
    const details = validationDetails(errors);
    throw new DomainError(CommonError.Validation, summarise(details), details);
  }
  return instance;
}
