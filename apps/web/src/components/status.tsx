import type { ReactNode } from 'react';
import { ApiError } from '../api/client';

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what}…
    </p>
  );
}

export function Problem({ error }: { error: unknown }) {
  const message =
    error instanceof ApiError
      ? error.status === 404
        ? 'Not found, or not yours to see.'
        : error.status === 403
          ? 'Your role may not see this.'
          : error.message
      : error instanceof Error
        ? error.message
        : 'Something went wrong.';
  return (
    <p className="problem" role="alert">
      {message}
    </p>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
