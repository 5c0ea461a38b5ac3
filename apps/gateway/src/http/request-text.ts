import { BadRequestException } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type FieldProblem, textProblem } from './text-problems';

/** Runs of percent-escapes, which together must decode to UTF-8. */
const ESCAPE_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const NOT_UTF8_PROBLEM =
  'must be UTF-8 text (its %-escapes encode an unpaired surrogate or bytes that are not)';

/**
 * Query parameters whose text holds a NUL or an unpaired surrogate, and those whose escapes are
 * not UTF-8 (`%ED%A0%80` is a surrogate's encoding; the query parser leaves such a run undecoded).
 */
export function queryProblems(rawQuery: string, query: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const pair of rawQuery.split('&')) {
    const equals = pair.indexOf('=');
    const rawName = equals < 0 ? pair : pair.slice(0, equals);
    const rawValue = equals < 0 ? '' : pair.slice(equals + 1);
    for (const run of rawValue.match(ESCAPE_RUN) ?? []) {
      try {
        decodeURIComponent(run);
      } catch {
        problems.push({ field: decodeOrKeep(rawName), problem: NOT_UTF8_PROBLEM });
        break;
      }
    }
  }
  return [...problems, ...textsProblems(query)];
}

function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Each named text (a path or query parameter, or a list of them) that no field may hold. */
export function textsProblems(values: unknown): FieldProblem[] {
  if (typeof values !== 'object' || values === null) return [];
  const problems: FieldProblem[] = [];
  for (const [name, value] of Object.entries(values)) {
    const nameProblem = textProblem(name);
    if (nameProblem) {
      problems.push({ field: 'query', problem: `has a parameter name that ${nameProblem}` });
      continue;
    }
    for (const text of Array.isArray(value) ? value : [value]) {
      const problem = typeof text === 'string' ? textProblem(text) : undefined;
      if (problem) {
        problems.push({ field: name, problem });
        break;
      }
    }
  }
  return problems;
}

function requestTextProblems(request: FastifyRequest): FieldProblem[] {
  const queryAt = request.url.indexOf('?');
  const rawQuery = queryAt < 0 ? '' : request.url.slice(queryAt + 1);
  return [...textsProblems(request.params), ...queryProblems(rawQuery, request.query)];
}

/** Refuses, before the route runs, path and query parameters holding NUL or text that is not Unicode. */
export function registerRequestTextCheck(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (request, _reply, done) => {
    const problems = requestTextProblems(request);
    if (problems.length === 0) return done();
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    done(
      new BadRequestException({
        message: `${problems[0].field} ${problems[0].problem}${more}`,
        details: problems,
      }),
    );
  });
}
