import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const trimAll = Transform(({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item))
    : value,
);

function textItems(maxItems: number, maxLength: number): PropertyDecorator[] {
  return [
    IsArray({ message: 'must be a list of texts' }),
    ArrayMaxSize(maxItems, { message: `must hold at most ${maxItems} items` }),
    IsString({ each: true, message: 'must hold texts only' }),
    IsNotEmpty({ each: true, message: 'must not hold an empty text' }),
    MaxLength(maxLength, { each: true, message: `must hold texts of at most ${maxLength} characters` }),
    trimAll,
  ];
}

/** A required list of texts, at least `minItems` long. */
export function TextList(maxItems = 50, maxLength = 1000, minItems = 1, description?: string) {
  return applyDecorators(
    IsDefined({ message: 'is required' }),
    ...textItems(maxItems, maxLength),
    ArrayMinSize(minItems, { message: `must hold at least ${minItems} item${minItems === 1 ? '' : 's'}` }),
    ApiProperty({ type: [String], minItems, maxItems, description }),
  );
}

export function OptionalTextList(maxItems = 50, maxLength = 1000, description?: string) {
  return applyDecorators(
    IsOptional(),
    ...textItems(maxItems, maxLength),
    ApiPropertyOptional({ type: [String], maxItems, description }),
  );
}

/** A list of nested objects, each validated by `cls` (unknown keys rejected). */
export function NestedList(
  cls: () => new () => object,
  maxItems: number,
  required: boolean,
  description?: string,
  minItems = 0,
) {
  return applyDecorators(
    required ? IsDefined({ message: 'is required' }) : IsOptional(),
    IsArray({ message: 'must be a list' }),
    ArrayMinSize(minItems, { message: `must hold at least ${minItems} item${minItems === 1 ? '' : 's'}` }),
    ArrayMaxSize(maxItems, { message: `must hold at most ${maxItems} items` }),
    ValidateNested({ each: true }),
    Type(cls),
    required
      ? ApiProperty({ type: () => [cls()], minItems, maxItems, description })
      : ApiPropertyOptional({ type: () => [cls()], maxItems, description }),
  );
}

const ACADEMIC_YEAR = /^\d{4}\/\d{2}$/;
const SCHOOL = /^[A-Z][A-Z0-9-]{1,29}$/;

export function AcademicYearField(required = true) {
  return applyDecorators(
    required ? IsDefined({ message: 'is required' }) : IsOptional(),
    Matches(ACADEMIC_YEAR, { message: 'must be an academic year written like 2025/26' }),
    required
      ? ApiProperty({ type: 'string', example: '2025/26', description: '1 August – 31 July' })
      : ApiPropertyOptional({ type: 'string', example: '2025/26' }),
  );
}

export function SchoolCode(required = true) {
  return applyDecorators(
    required ? IsDefined({ message: 'is required' }) : IsOptional(),
    Matches(SCHOOL, { message: 'must be a school code such as ENG-MECH' }),
    required
      ? ApiProperty({ type: 'string', example: 'ENG-MECH' })
      : ApiPropertyOptional({ type: 'string', example: 'ENG-MECH' }),
  );
}
