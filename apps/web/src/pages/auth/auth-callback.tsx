import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { AuthSettings } from '../../api/types';
import { finishOidcSignIn } from '../../auth/oidc';
import { homeFor, saveSession, sessionFromToken } from '../../auth/session';
import { Loading, Problem } from '../../components/status';

export function AuthCallbackPage() {
  const navigate = useNavigate();
  const started = useRef(false);
  const [error, setError] = useState<unknown>(null);
  const settings = useQuery({
    queryKey: ['auth-settings'],
    queryFn: () => api.get<AuthSettings>('/auth/settings'),
  });
  useEffect(() => {
    const oidc = settings.data?.oidc;
    if (!oidc || started.current) return;
    started.current = true;
    finishOidcSignIn(oidc)
      .then(({ accessToken, returnTo }) => {
        const session = sessionFromToken(accessToken, 'oidc');
        saveSession(session);
        void navigate(returnTo === '/' ? homeFor(session) : returnTo, { replace: true });
      })
      .catch(setError);
  }, [settings.data, navigate]);
  return (
    <main id="main">
      <h1>Signing you in</h1>
      {error || settings.error ? (
        <>
          <Problem error={error ?? settings.error} />
          <Link to="/sign-in">Back to sign-in</Link>
        </>
      ) : (
        <Loading what="Checking your university sign-in" />
      )}
    </main>
  );
}
