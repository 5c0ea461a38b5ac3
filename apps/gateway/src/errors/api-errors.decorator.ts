import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { tooLargeMessage } from '../http/body-limits';
import { MAX_JSON_DEPTH } from '../http/json-depth';

const ERROR_EXAMPLE = {
  statusCode: 400,
  error: 'Bad Request',
  message: 'tier must be one of corporate, strategic, transactional',
  details: [{ field: 'tier', problem: 'must be one of corporate, strategic, transactional' }],
  requestId: '6f1c2a2e-1111-4111-8111-0123456789ab',
};

/** The error answers every authenticated route may give, in the one error shape. */
export function ApiStandardErrors(): ClassDecorator & MethodDecorator {
  const schema = { type: 'object', example: ERROR_EXAMPLE };
  return applyDecorators(
    ApiResponse({
      status: 400,
      description:
        'Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than ' +
        `${MAX_JSON_DEPTH} levels, text holding a NUL or an unpaired surrogate (body, query or path), ` +
        'unknown body fields, `page` above 100,000 or `limit` above 200',
      schema,
    }),
    ApiResponse({ status: 401, description: 'No valid bearer token', schema }),
    ApiResponse({ status: 403, description: 'The role may never do this', schema }),
    ApiResponse({ status: 404, description: 'No such resource, or outside your scope', schema }),
    ApiResponse({
      status: 413,
      description: `The body is over its limit. ${tooLargeMessage('json')}. ${tooLargeMessage('csv')}.`,
      schema,
    }),
    ApiResponse({
      status: 429,
      description: 'Rate limit exceeded (per address or per token subject); see `Retry-After`',
      schema,
    }),
    ApiResponse({
      status: 503,
      description: 'Nothing was done (the service or the broker is unavailable); retry after `Retry-After`',
      schema,
    }),
    ApiResponse({
      status: 504,
      description:
        'The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe',
      schema,
    }),
  );
}
