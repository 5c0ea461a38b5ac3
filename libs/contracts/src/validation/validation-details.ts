import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '../errors/domain-error';

/**
 * Flattens class-validator's tree into `{ field, problem }` pairs with dotted paths
 * (`details.durationMonths`, `income.0.amountGbp`). Messages are written without the
 * property name, so the field and the problem read as a pair.
 */
export function validationDetails(errors: ValidationError[], parent = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      out.push({ field, problem: problemText(error.property, message) });
    }
    if (error.children?.length) out.push(...validationDetails(error.children, field));
  }
  return out;
}

function problemText(property: string, message: string): string {
  if (message === `property ${property} should not exist`) return 'is not an allowed field';
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

export function summarise(details: FieldProblem[]): string {
  const first = details[0];
  if (!first) return 'Request is not valid';
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  return `${first.field} ${first.problem}${more}`;
}
