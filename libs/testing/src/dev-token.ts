// The one HS256 signer of development, test and benchmark tokens. `tools/token.mjs` imports this
// file unbuilt (Node strips its types), so it imports nothing but jose and types.
import { SignJWT } from 'jose';

export const DEV_ISSUER = 'partnership-hub';
export const DEV_AUDIENCE = 'partnership-hub-api';

export interface DevTokenClaims {
  sub: string;
  roles: readonly string[];
  name?: string;
  email?: string;
  faculty?: string;
  school?: string;
}

export interface DevTokenOptions {
  secret: string;
  /** A jose time span: '1h', '10m'. */
  expiresIn: string;
  issuer?: string;
  audience?: string;
}

/** A token the gateway accepts where it trusts JWT_SECRET (development, tests, benchmarks). */
export function signDevToken(claims: DevTokenClaims, options: DevTokenOptions): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest, roles: [...claims.roles] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setAudience(options.audience ?? DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn)
    .sign(new TextEncoder().encode(options.secret));
}
