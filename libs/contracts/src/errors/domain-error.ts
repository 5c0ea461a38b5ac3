import type { ErrorCode } from './error-codes';

export interface FieldProblem {
  field: string;
  problem: string;
}

/** What a service sends back to the gateway when a request fails. */
export interface RpcErrorPayload {
  code: ErrorCode;
  message: string;
  details?: FieldProblem[];
  /** Extra facts the client may use (a duplicate's `existingId`, the `currentVersion`). */
  extra?: Record<string, unknown>;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldProblem[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toPayload(): RpcErrorPayload {
    return { code: this.code, message: this.message, details: this.details, extra: this.extra };
  }
}

export function isRpcErrorPayload(value: unknown): value is RpcErrorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as RpcErrorPayload).code === 'string' &&
    typeof (value as RpcErrorPayload).message === 'string'
  );
}
