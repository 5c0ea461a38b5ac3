import { useSyncExternalStore } from 'react';
import { currentSession, onSessionChange, type Session } from './session';

let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

function snapshot(): Session | null {
  const raw = sessionStorage.getItem('partnership-hub.session');
  if (raw !== cached.raw) cached = { raw, session: currentSession() };
  return cached.session;
}

export function useSession(): Session | null {
  return useSyncExternalStore(onSessionChange, snapshot);
}
