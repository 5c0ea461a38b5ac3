import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import type { AuthSettings, DevSignInReply } from '../../api/types';
import { startOidcSignIn, type OidcSettings } from '../../auth/oidc';
import { homeFor, ROLE_LABELS, ROLES, type Role, saveSession, sessionFromToken } from '../../auth/session';
import { ErrorSummary, SelectField, TextField } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { Loading, Notice, Problem } from '../../components/status';

export const FACULTIES = ['ENG', 'MED', 'BUS', 'LAW', 'ART', 'SCI'];

export function SignInPage() {
  const [params] = useSearchParams();
  const settings = useQuery({
    queryKey: ['auth-settings'],
    queryFn: () => api.get<AuthSettings>('/auth/settings'),
  });
  const next = params.get('next');
  const safeNext = next && next.startsWith('/') && !next.startsWith('//') ? next : null;
  return (
    <main id="main" className="sign-in">
      <PageHeading title="Sign in to Partnership Hub" />
      {params.get('expired') ? <Notice>Your session ended; please sign in again.</Notice> : null}
      {settings.isPending ? <Loading /> : null}
      {settings.error ? <Problem error={settings.error} /> : null}
      {settings.data?.oidc ? <OidcSignIn settings={settings.data.oidc} next={safeNext} /> : null}
      {settings.data?.devSignIn ? <DevSignIn next={safeNext} /> : null}
      {settings.data && !settings.data.oidc && !settings.data.devSignIn ? (
        <Problem error={new Error('No way to sign in is configured: set OIDC_ISSUER on the gateway.')} />
      ) : null}
    </main>
  );
}

function OidcSignIn({ settings, next }: { settings: OidcSettings; next: string | null }) {
  const start = useMutation({ mutationFn: () => startOidcSignIn(settings, next ?? '/') });
  return (
    <section className="card" aria-labelledby="oidc-heading">
      <h2 id="oidc-heading">University account</h2>
      <p>Sign in with your university username and password.</p>
      <button type="button" className="primary" onClick={() => start.mutate()} disabled={start.isPending}>
        Sign in with your university account
      </button>
      {start.error ? <Problem error={start.error} /> : null}
    </section>
  );
}

const NEEDS_SCHOOL: Role[] = ['student', 'student_rep', 'partnership_staff'];

function DevSignIn({ next }: { next: string | null }) {
  const navigate = useNavigate();
  const [role, setRole] = useState<Role>('commercialisation');
  const [faculty, setFaculty] = useState('ENG');
  const [school, setSchool] = useState('LAW');
  const [name, setName] = useState('');
  const [sub, setSub] = useState('');
  const signIn = useMutation({
    mutationFn: () =>
      api.post<DevSignInReply>('/auth/dev-sign-in', {
        role,
        ...(role === 'faculty' ? { faculty } : {}),
        ...(NEEDS_SCHOOL.includes(role) && school ? { school } : {}),
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(sub.trim() ? { sub: sub.trim() } : {}),
      }),
    onSuccess: ({ token }) => {
      const session = sessionFromToken(token, 'development');
      saveSession(session);
      void navigate(next ?? homeFor(session), { replace: true });
    },
  });
  const errors = signIn.error instanceof ApiError ? signIn.error.fieldErrors() : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  return (
    <section className="card" aria-labelledby="dev-heading">
      <h2 id="dev-heading">Development sign-in</h2>
      <p className="hint">
        For development and demonstrations only: pick who you are. Production signs in with the university
        account.
      </p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={signIn.error} errors={errors} />
        <SelectField
          label="Role"
          value={role}
          onChange={(value) => setRole(value as Role)}
          choices={ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))}
          error={errors.role}
        />
        {role === 'faculty' ? (
          <SelectField
            label="Faculty"
            value={faculty}
            onChange={setFaculty}
            choices={FACULTIES.map((f) => ({ value: f, label: f }))}
            error={errors.faculty}
          />
        ) : null}
        {NEEDS_SCHOOL.includes(role) ? (
          <TextField
            label="School"
            value={school}
            onChange={(value) => setSchool(value.toUpperCase())}
            hint="A school code such as LAW"
            error={errors.school}
          />
        ) : null}
        <TextField
          label="Name (optional)"
          value={name}
          onChange={setName}
          error={errors.name}
          autoComplete="name"
        />
        <TextField
          label="User id (optional)"
          value={sub}
          onChange={setSub}
          hint="Defaults to dev-<role>; a representative signs in with their student id"
          error={errors.sub}
        />
        <button type="submit" className="primary" disabled={signIn.isPending}>
          Sign in
        </button>
      </form>
    </section>
  );
}
