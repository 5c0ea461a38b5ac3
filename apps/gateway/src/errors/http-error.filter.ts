import { type FieldProblem, isRpcErrorPayload } from '@app/contracts';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { bodyKindOf, tooLargeMessage } from '../http/body-limits';
import { ERROR_STATUS, RETRY_AFTER_SECONDS } from './error-status';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: FieldProblem[];
  requestId: string;
  [extra: string]: unknown;
}

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * Every error leaves the gateway in one shape. Service errors arrive as `{ code, message,
 * details, extra }`; anything unknown becomes a bare 500 with the request id, never a stack.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = this.toBody(exception, String(request.id), request.headers['content-type']);
    const retryAfter = isRpcErrorPayload(exception) ? RETRY_AFTER_SECONDS[exception.code] : undefined;
    if (retryAfter !== undefined) void reply.header('retry-after', String(retryAfter));
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: request.id, status: body.statusCode }, 'request failed');
    }
    void reply.status(body.statusCode).header('content-type', 'application/json').send(body);
  }

  toBody(exception: unknown, requestId: string, contentType?: string): ErrorBody {
    const fastifyCode = fastifyErrorCode(exception);
    if (fastifyCode) {
      const status = fastifyStatus(exception) ?? 400;
      return {
        statusCode: status,
        error: REASON[status] ?? 'Error',
        message:
          status === 413 ? tooLargeMessage(bodyKindOf(contentType)) : fastifyMessage(fastifyCode, exception),
        requestId,
      };
    }
    if (isRpcErrorPayload(exception)) {
      const statusCode: number = ERROR_STATUS[exception.code] ?? HttpStatus.INTERNAL_SERVER_ERROR;
      const message = statusCode === 500 ? 'Internal server error' : exception.message;
      return {
        statusCode,
        error: REASON[statusCode] ?? 'Error',
        message,
        ...(exception.details?.length ? { details: exception.details } : {}),
        ...(statusCode === 500 ? {} : exception.extra),
        requestId,
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const fromResponse =
        typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
      const details = Array.isArray(fromResponse.details)
        ? (fromResponse.details as FieldProblem[])
        : undefined;
      const message =
        typeof fromResponse.message === 'string'
          ? fromResponse.message
          : typeof response === 'string'
            ? response
            : exception.message;
      return {
        statusCode,
        error: REASON[statusCode] ?? 'Error',
        message: statusCode >= 500 ? 'Internal server error' : message,
        ...(details ? { details } : {}),
        requestId,
      };
    }
    return { statusCode: 500, error: REASON[500], message: 'Internal server error', requestId };
  }
}

/** The status Fastify gave its error, whether thrown as it is or wrapped by Nest (413 arrives wrapped). */
function fastifyStatus(exception: unknown): number | undefined {
  const own = (exception as { statusCode?: unknown } | null)?.statusCode;
  const cause = (exception as { cause?: { statusCode?: unknown } } | null)?.cause?.statusCode;
  return typeof own === 'number' ? own : typeof cause === 'number' ? cause : undefined;
}

function fastifyMessage(code: string, exception: unknown): string {
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return 'The body is not valid JSON';
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'The body must be sent as application/json';
  return exception instanceof Error ? exception.message : 'Bad request';
}

/** Fastify's body-parser errors, whether thrown as they are or wrapped by Nest. */
function fastifyErrorCode(exception: unknown): string | undefined {
  const own = (exception as { code?: unknown } | null)?.code;
  const cause = (exception as { cause?: { code?: unknown } } | null)?.cause?.code;
  const code = typeof own === 'string' ? own : typeof cause === 'string' ? cause : undefined;
  return code?.startsWith('FST_') ? code : undefined;
}
