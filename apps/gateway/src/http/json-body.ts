import { BadRequestException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { parse as secureJsonParse } from 'secure-json-parse';
import { BODY_LIMITS } from './body-limits';
import { MAX_JSON_DEPTH, tooDeepAt } from './json-depth';
import { type FieldProblem, mayHoldBadText, textProblemsIn } from './text-problems';

function badBody(message: string, details: FieldProblem[]): BadRequestException {
  return new BadRequestException({ message, details });
}

/**
 * Parses an `application/json` body, refusing with a 400 naming the field, before any route or
 * service sees it: nesting deeper than 32 levels (checked in one pass over the text, before
 * `JSON.parse` builds anything and before class-transformer's recursive copy could overflow the
 * stack), `__proto__` / `constructor.prototype` keys (as Fastify's own parser does), and strings
 * or keys holding NUL or an unpaired surrogate.
 */
export function parseJsonBody(raw: Buffer | string): unknown {
  const text = typeof raw === 'string' ? raw : raw.toString('utf8');
  if (text.trim().length === 0) {
    throw badBody('The body is not valid JSON', [{ field: 'body', problem: 'is empty' }]);
  }
  const tooDeep = tooDeepAt(text);
  if (tooDeep) {
    const field = tooDeep.join('.') || 'body';
    const problem = `is nested deeper than ${MAX_JSON_DEPTH} levels`;
    throw badBody(`${field} ${problem}`, [{ field, problem }]);
  }
  let value: unknown;
  try {
    value = secureJsonParse(text, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    const poisoned = error instanceof SyntaxError && /forbidden prototype property/.test(error.message);
    throw poisoned
      ? badBody('The body must not set __proto__ or constructor.prototype', [
          { field: 'body', problem: 'must not hold a __proto__ or constructor.prototype key' },
        ])
      : badBody('The body is not valid JSON', [{ field: 'body', problem: 'is not valid JSON' }]);
  }
  const problems = mayHoldBadText(text) ? textProblemsIn(value) : [];
  if (problems.length) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw badBody(`${problems[0].field} ${problems[0].problem}${more}`, problems);
  }
  return value;
}

/** Puts `parseJsonBody` in place of the JSON parser Nest would otherwise register. */
export function registerJsonBody(app: NestFastifyApplication): void {
  app.useBodyParser('application/json', { bodyLimit: BODY_LIMITS.json }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
