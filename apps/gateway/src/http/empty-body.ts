import { type FieldProblem, summarise } from '@app/contracts';
import { BadRequestException, Body, Injectable, type PipeTransform } from '@nestjs/common';

/** Lets through no body, or `{}`; refuses every field of any other, as a DTO refuses unknown fields. */
@Injectable()
export class EmptyBodyPipe implements PipeTransform<unknown, undefined> {
  transform(value: unknown): undefined {
    if (value === undefined || value === null) return undefined;
    const isObject = typeof value === 'object' && !Array.isArray(value);
    const fields = isObject ? Object.keys(value) : [];
    if (isObject && fields.length === 0) return undefined;
    const details: FieldProblem[] = isObject
      ? fields.map((field) => ({ field, problem: 'is not an allowed field' }))
      : [{ field: 'body', problem: 'must be an empty JSON object: this operation takes no fields' }];
    throw new BadRequestException({ message: summarise(details), details });
  }
}

/** For an operation that takes no body fields: `publish(@EmptyBody() _body: undefined, …)`. */
export const EmptyBody = (): ParameterDecorator => Body(EmptyBodyPipe);
