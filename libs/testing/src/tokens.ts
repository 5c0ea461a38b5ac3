import type { Role } from '@app/contracts';
import { signDevToken } from './dev-token';

export const TEST_JWT_SECRET = 'test-secret-for-partnership-hub-tests';

export interface TokenClaims {
  sub?: string;
  roles: Role[];
  name?: string;
  faculty?: string;
  school?: string;
}

/** A token the gateway under test accepts (HS256, default issuer and audience). */
export function signTestToken(
  claims: TokenClaims,
  secret = TEST_JWT_SECRET,
  expiresIn = '1h',
): Promise<string> {
  const { sub = `user-${claims.roles.join('-')}`, ...rest } = claims;
  return signDevToken({ name: `Test ${claims.roles.join('+')}`, ...rest, sub }, { secret, expiresIn });
}
