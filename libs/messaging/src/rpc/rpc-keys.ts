/**
 * Redis keys of the request transport. Renaming one strands requests in flight:
 * change them only with every gateway and service stopped.
 */
export function requestStreamKey(prefix: string, service: string): string {
  return `${prefix}:rpc:${service}`;
}

export function replyListKey(prefix: string, instanceId: string): string {
  return `${prefix}:rpc:reply:${instanceId}`;
}

export const REQUEST_FIELD = 'm';
