import { CommonError, DomainError, type RpcErrorPayload } from '@app/contracts';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { type ArgumentsHost, Catch, type RpcExceptionFilter } from '@nestjs/common';
import type { Logger } from 'pino';
import { type Observable, throwError } from 'rxjs';

/**
 * Turns whatever a handler threw into the `{ code, message, details }` the gateway maps to HTTP.
 * Unknown errors are logged here with their stack and leave as a bare `common.internal`.
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => this.toPayload(exception));
  }

  private toPayload(exception: unknown): RpcErrorPayload {
    if (exception instanceof DomainError) return exception.toPayload();
    if (exception instanceof OptimisticLockError) {
      return {
        code: CommonError.VersionConflict,
        message: 'It was changed by someone else; reload and try again',
      };
    }
    if (exception instanceof UniqueConstraintViolationException) {
      this.logger.warn({ err: exception.message }, 'unique constraint hit');
      return {
        code: CommonError.VersionConflict,
        message: 'A concurrent change conflicted with this one; try again',
      };
    }
    this.logger.error({ err: exception }, 'unhandled error in request handler');
    return { code: CommonError.Internal, message: 'Internal error' };
  }
}
