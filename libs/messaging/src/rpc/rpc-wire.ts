import type { RpcErrorPayload } from '@app/contracts';

/** One request as it sits in a service's stream. */
export interface WireRequest {
  id: string;
  pattern: string;
  data: unknown;
  /** Epoch milliseconds after which nobody waits for the answer. */
  deadline: number;
  replyTo: string;
  requestId?: string;
}

export interface WireReply {
  id: string;
  response?: unknown;
  err?: RpcErrorPayload;
}
