import type { OpenAPIObject } from '@nestjs/swagger';
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_KEY_MAX } from './idempotency';

const PARAMETER = 'IdempotencyKey';

/** Gives every `POST` operation the optional `Idempotency-Key` header, defined once. */
export function documentIdempotencyKey(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.parameters = {
    ...document.components.parameters,
    [PARAMETER]: {
      name: IDEMPOTENCY_HEADER,
      in: 'header',
      required: false,
      description:
        'Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer ' +
        'again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; ' +
        'a 503 or 504 is never replayed, so retry those with the same key. The same key while the first ' +
        'request is still being worked on gets 409; the same key with a different body gets 422. ' +
        'A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing ' +
        '(the development sign-in) accept it and ignore it.',
      schema: { type: 'string', minLength: 1, maxLength: IDEMPOTENCY_KEY_MAX, pattern: '^[\\x20-\\x7E]+$' },
    },
  };
  for (const path of Object.values(document.paths)) {
    if (!path.post) continue;
    path.post.parameters = [
      ...(path.post.parameters ?? []),
      { $ref: `#/components/parameters/${PARAMETER}` },
    ];
  }
}
