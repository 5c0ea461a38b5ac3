import { ROLES, type Role } from '@app/enums';

export { ROLES, type Role };

export interface Session {
  token: string;
  sub: string;
  name: string;
  roles: Role[];
  faculty?: string;
  school?: string;
  expiresAt: number;
  via: 'development' | 'oidc';
}

const KEY = 'partnership-hub.session';
const listeners = new Set<() => void>();

function decodePayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(decodeURIComponent(escape(json))) as Record<string, unknown>;
}

/** The claims the web app shows and routes by; the gateway checks the token itself on every call. */
export function sessionFromToken(token: string, via: Session['via']): Session {
  const claims = decodePayload(token);
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const roles = (Array.isArray(claims.roles) ? claims.roles : []).filter((role): role is Role =>
    (ROLES as readonly unknown[]).includes(role),
  );
  return {
    token,
    sub: text(claims.sub) ?? '',
    name: text(claims.name) ?? text(claims.email) ?? text(claims.sub) ?? 'Signed in',
    roles,
    faculty: text(claims.faculty),
    school: text(claims.school),
    expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : Date.now() + 3600_000,
    via,
  };
}

export function currentSession(): Session | null {
  const stored = sessionStorage.getItem(KEY);
  if (!stored) return null;
  const session = JSON.parse(stored) as Session;
  if (session.expiresAt <= Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return session;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  listeners.forEach((listener) => listener());
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function hasRole(session: Session | null, ...roles: Role[]): boolean {
  return !!session && session.roles.some((role) => roles.includes(role));
}

export const ROLE_LABELS: Record<Role, string> = {
  commercialisation: 'Commercialisation office',
  faculty: 'Faculty staff',
  leadership: 'Leadership',
  partnership_staff: 'Student partnership staff',
  student_rep: 'Student representative',
  student: 'Student',
  admin: 'Administrator',
};

/** Where each role starts: its everyday task. */
export function homeFor(session: Session): string {
  if (hasRole(session, 'commercialisation', 'admin')) return '/partners';
  if (hasRole(session, 'faculty')) return '/activities';
  if (hasRole(session, 'leadership')) return '/dashboard';
  if (hasRole(session, 'partnership_staff')) return '/staff/feedback';
  return '/student';
}
