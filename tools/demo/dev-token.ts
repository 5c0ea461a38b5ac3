import { SignJWT } from 'jose';

/** A short-lived development token signed with JWT_SECRET (never used where JWKS is configured). */
export function devToken(roles: string[], sub = 'demo-loader'): Promise<string> {
  return new SignJWT({ name: 'Demo data loader', roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(process.env.JWT_ISSUER ?? 'partnership-hub')
    .setAudience(process.env.JWT_AUDIENCE ?? 'partnership-hub-api')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(process.env.JWT_SECRET ?? 'development-secret-change-me'));
}

/** Whether this stack is a development one, where demo data may be loaded. */
export function demoDataWanted(): boolean {
  return (
    process.env.NODE_ENV !== 'production' && !process.env.JWT_JWKS_URL && process.env.DEMO_DATA !== 'false'
  );
}
