import type { Actor, IdempotencyToken } from '@app/contracts';
import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Observable } from 'rxjs';
import stringify from 'safe-stable-stringify';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_KEY_MAX = 200;
/** Printable ASCII, space included (HTTP has already trimmed the ends). */
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

interface KeyedRequest {
  key: string;
  method: string;
  path: string;
}

const keyedRequest = new AsyncLocalStorage<KeyedRequest>();

/**
 * Reads and checks the `Idempotency-Key` of a `POST` (400 naming the header when it is bad) and
 * keeps it for the rest of the request, so every service call it makes carries it (ADR 0013).
 */
@Injectable()
export class IdempotencyKeyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.method !== 'POST') return next.handle();
    const key = readKey(request.headers[IDEMPOTENCY_HEADER.toLowerCase()]);
    if (key === undefined) return next.handle();
    const keyed: KeyedRequest = { key, method: request.method, path: request.url.split('?')[0] };
    return new Observable((subscriber) => keyedRequest.run(keyed, () => next.handle().subscribe(subscriber)));
  }
}

function readKey(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  const problem =
    typeof value !== 'string'
      ? 'must be sent once'
      : value.length === 0 || value.length > IDEMPOTENCY_KEY_MAX || !PRINTABLE_ASCII.test(value)
        ? `must be 1-${IDEMPOTENCY_KEY_MAX} printable ASCII characters`
        : undefined;
  if (problem === undefined) return value as string;
  throw new BadRequestException({
    message: `The ${IDEMPOTENCY_HEADER} header ${problem}`,
    details: [{ field: IDEMPOTENCY_HEADER, problem }],
  });
}

/**
 * The token a service call of the current keyed `POST` carries: the caller, the key, and a
 * sha256 of the method, path and the payload sent (canonical JSON, so key order does not matter).
 */
export function idempotencyFor(actor: Actor, payload: unknown): IdempotencyToken | undefined {
  const request = keyedRequest.getStore();
  if (!request) return undefined;
  const fingerprint = createHash('sha256')
    .update(`${request.method} ${request.path}\n`)
    .update(stringify(payload) ?? '')
    .digest('hex');
  return { caller: actor.sub, key: request.key, fingerprint };
}
