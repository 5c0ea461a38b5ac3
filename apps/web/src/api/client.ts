import { clearSession, currentSession } from '../auth/session';

export interface FieldProblem {
  field: string;
  problem: string;
}

interface ErrorBody {
  statusCode?: number;
  message?: string;
  details?: FieldProblem[];
  existingId?: string;
  requestId?: string;
}

/** An answer other than 2xx, with the API's `{ message, details }` kept for the form that sent it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message ?? `The server answered ${status}`);
  }

  /** `details` as field → problem, the first problem of each field. */
  fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const { field, problem } of this.body.details ?? []) errors[field] ??= problem;
    return errors;
  }
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function send(method: string, path: string, body?: unknown, contentType?: string): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const session = currentSession();
  if (session) headers.authorization = `Bearer ${session.token}`;
  let payload: BodyInit | undefined;
  if (body instanceof FormData || typeof body === 'string') payload = body;
  else if (body !== undefined) payload = JSON.stringify(body);
  if (payload !== undefined && !(body instanceof FormData))
    headers['content-type'] = contentType ?? 'application/json';
  const response = await fetch(`/api/v1${path}`, { method, headers, body: payload });
  if (response.status === 401 && session) {
    clearSession();
    window.location.assign('/sign-in?expired=1');
  }
  if (!response.ok) {
    const error = (await response.json().catch(() => ({}))) as ErrorBody;
    throw new ApiError(response.status, error);
  }
  return response;
}

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  contentType?: string,
): Promise<T> {
  const response = await send(method, path, body, contentType);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};

/** Fetches a file with the bearer token (a report with `format=csv|xlsx`, the import template) and saves it. */
export async function download(path: string, query: Query = {}): Promise<string> {
  const response = await send('GET', withQuery(path, query));
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `download.${String(query.format ?? 'csv')}`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}
