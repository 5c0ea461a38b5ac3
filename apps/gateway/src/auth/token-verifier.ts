import { type Actor, ROLES, type Role } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { GatewayConfig } from '../gateway.config';

/**
 * Verifies bearer tokens: HS256 with JWT_SECRET in development and tests; RS256/ES256 against
 * the identity provider's JWKS (JWT_JWKS_URL) in production. Issuer, audience, expiry and the
 * algorithm are always checked (a token must carry `exp`); `alg: none` never passes.
 */
@Injectable()
export class TokenVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(private readonly config: GatewayConfig) {
    if (config.JWT_JWKS_URL) {
      this.key = createRemoteJWKSet(new URL(config.JWT_JWKS_URL), { timeoutDuration: 3000 });
      this.algorithms = ['RS256', 'ES256'];
    } else {
      this.key = new TextEncoder().encode(config.JWT_SECRET);
      this.algorithms = ['HS256'];
    }
  }

  async verify(token: string): Promise<Actor> {
    const options = {
      issuer: this.config.JWT_ISSUER,
      audience: this.config.JWT_AUDIENCE,
      algorithms: this.algorithms,
      // Without it jose checks `exp` only when a token has one: a token without would never expire.
      requiredClaims: ['exp'],
    };
    const { payload } =
      this.key instanceof Uint8Array
        ? await jwtVerify(token, this.key, options)
        : await jwtVerify(token, this.key, options);
    return toActor(payload);
  }
}

function toActor(payload: JWTPayload): Actor {
  if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new Error('token has no subject');
  const claimed = Array.isArray(payload.roles) ? payload.roles : [];
  const roles = claimed.filter((role): role is Role => (ROLES as readonly unknown[]).includes(role));
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);
  return {
    sub: payload.sub,
    name: text(payload.name),
    email: text(payload.email),
    roles,
    faculty: text(payload.faculty),
    school: text(payload.school),
  };
}
