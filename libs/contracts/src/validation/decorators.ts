import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
} from 'class-validator';
import { isCalendarDate } from './calendar-date';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** class-validator's `IsDateString({ strict: true })`, with the same verdicts, at a tenth of the cost. */
const REAL_CALENDAR_DATE = ValidateBy({
  name: 'isCalendarDate',
  validator: { validate: isCalendarDate, defaultMessage: () => 'must be a real calendar date' },
});
const MONEY_MAX = 999_999_999_999.99;

/** A value that may be left out; `null` is accepted on PATCH to clear it. */
export function Optional(): PropertyDecorator {
  return IsOptional();
}

const REQUIRED = IsDefined({ message: 'is required' });

export function OneOf(values: readonly string[], description?: string): PropertyDecorator {
  return applyDecorators(
    REQUIRED,
    IsIn(values as string[], { message: `must be one of ${values.join(', ')}` }),
    ApiProperty({ type: 'string', enum: values, description }),
  );
}

export function OptionalOneOf(values: readonly string[], description?: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsIn(values as string[], { message: `must be one of ${values.join(', ')}` }),
    ApiPropertyOptional({ type: 'string', enum: values, description }),
  );
}

export function Text(maxLength = 500, description?: string): PropertyDecorator {
  return applyDecorators(
    REQUIRED,
    IsString({ message: 'must be text' }),
    IsNotEmpty({ message: 'must not be empty' }),
    MaxLength(maxLength, { message: `must be at most ${maxLength} characters` }),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    ApiProperty({ type: 'string', maxLength, description }),
  );
}

export function OptionalText(maxLength = 2000, description?: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsString({ message: 'must be text' }),
    MaxLength(maxLength, { message: `must be at most ${maxLength} characters` }),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    ApiPropertyOptional({ type: 'string', maxLength, description, nullable: true }),
  );
}

export function DateOnly(description?: string): PropertyDecorator {
  return applyDecorators(
    REQUIRED,
    Matches(DATE, { message: 'must be a date written YYYY-MM-DD' }),
    REAL_CALENDAR_DATE,
    ApiProperty({ type: 'string', format: 'date', example: '2025-09-01', description }),
  );
}

export function OptionalDateOnly(description?: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    Matches(DATE, { message: 'must be a date written YYYY-MM-DD' }),
    REAL_CALENDAR_DATE,
    ApiPropertyOptional({
      type: 'string',
      format: 'date',
      example: '2026-07-31',
      description,
      nullable: true,
    }),
  );
}

/** A required amount of pounds sterling, at most 2 decimals, never negative. */
export function Money(description?: string): PropertyDecorator {
  return applyDecorators(
    REQUIRED,
    IsNumber(
      { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false },
      { message: 'must be an amount in pounds with at most 2 decimals' },
    ),
    Min(0, { message: 'must not be negative' }),
    Max(MONEY_MAX, { message: `must be at most ${MONEY_MAX}` }),
    ApiProperty({ type: 'number', example: 43000, description }),
  );
}

/** Pounds sterling, at most 2 decimals, never negative. */
export function OptionalMoney(description?: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsNumber(
      { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false },
      { message: 'must be an amount in pounds with at most 2 decimals' },
    ),
    Min(0, { message: 'must not be negative' }),
    Max(MONEY_MAX, { message: `must be at most ${MONEY_MAX}` }),
    ApiPropertyOptional({ type: 'number', example: 125000.5, description, nullable: true }),
  );
}

export function Uuid(description?: string): PropertyDecorator {
  return applyDecorators(
    REQUIRED,
    IsUUID('all', { message: 'must be a UUID' }),
    ApiProperty({ type: 'string', format: 'uuid', description }),
  );
}

export function OptionalUuid(description?: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsUUID('all', { message: 'must be a UUID' }),
    ApiPropertyOptional({ type: 'string', format: 'uuid', description }),
  );
}

/** The `version` a PATCH must echo back (optimistic locking). */
export function VersionField(): PropertyDecorator {
  return applyDecorators(
    IsDefined({ message: 'is required: send the version you read' }),
    IsInt({ message: 'must be a whole number' }),
    Min(1, { message: 'must be at least 1' }),
    ApiProperty({ type: 'integer', minimum: 1, description: 'The version you read; a stale one gets 409.' }),
  );
}

/** The last page a list may be asked for: past it an offset would only be a way to make the database work. */
export const MAX_PAGE = 100_000;

export function PageNumber(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    Type(() => Number),
    IsInt({ message: 'must be a whole number' }),
    Min(1, { message: 'must be at least 1' }),
    Max(MAX_PAGE, { message: `must be at most ${MAX_PAGE.toLocaleString('en-GB')}` }),
    ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 }),
  );
}

export function PageLimit(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    Type(() => Number),
    IsInt({ message: 'must be a whole number' }),
    Min(1, { message: 'must be at least 1' }),
    Max(200, { message: 'must be at most 200' }),
    ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 }),
  );
}

/** A query-string flag: `true` or `false`. */
export function QueryFlag(description: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    Transform(({ value }: { value: unknown }) =>
      value === 'true' ? true : value === 'false' ? false : value,
    ),
    IsIn([true, false], { message: 'must be true or false' }),
    ApiPropertyOptional({ type: 'boolean', description }),
  );
}
