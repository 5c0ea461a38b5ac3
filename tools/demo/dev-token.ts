import { signDevToken } from '@app/testing';

/** A short-lived development token signed with JWT_SECRET (never used where JWKS is configured). */
export function devToken(roles: string[], sub = 'demo-loader'): Promise<string> {
  return signDevToken(
    { sub, name: 'Demo data loader', roles },
    {
      secret: process.env.JWT_SECRET ?? 'development-secret-change-me',
      expiresIn: '10m',
      issuer: process.env.JWT_ISSUER,
      audience: process.env.JWT_AUDIENCE,
    },
  );
}

/** Whether this stack is a development one, where demo data may be loaded. */
export function demoDataWanted(): boolean {
  return (
    process.env.NODE_ENV !== 'production' && !process.env.JWT_JWKS_URL && process.env.DEMO_DATA !== 'false'
  );
}
