import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { createServer, type Server } from 'node:http';
import { GatewayConfig } from '../gateway.config';
import { TokenVerifier } from './token-verifier';

const SECRET = 'unit-test-secret-unit-test-secret';

function config(extra: Partial<GatewayConfig> = {}): GatewayConfig {
  return Object.assign(new GatewayConfig(), { JWT_SECRET: SECRET, ...extra });
}

function sign(key: Uint8Array | CryptoKey, alg: string, claims: Record<string, unknown> = {}, kid?: string) {
  return new SignJWT({ roles: ['faculty'], faculty: 'ENG', name: 'Dr A Smith', ...claims })
    .setProtectedHeader({ alg, ...(kid ? { kid } : {}) })
    .setSubject('u-123')
    .setIssuer('partnership-hub')
    .setAudience('partnership-hub-api')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);
}

const secretKey = new TextEncoder().encode(SECRET);

describe('TokenVerifier with HS256 (development and tests)', () => {
  const verifier = new TokenVerifier(config());

  it('reads the claims of a good token, dropping unknown roles', async () => {
    const actor = await verifier.verify(await sign(secretKey, 'HS256', { roles: ['faculty', 'wizard'] }));
    expect(actor).toEqual({
      sub: 'u-123',
      name: 'Dr A Smith',
      email: undefined,
      roles: ['faculty'],
      faculty: 'ENG',
      school: undefined,
    });
  });

  it('refuses alg none', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({
        sub: 'u',
        roles: ['admin'],
        iss: 'partnership-hub',
        aud: 'partnership-hub-api',
        exp: Math.floor(Date.now() / 1000) + 60,
      }),
    ).toString('base64url');
    await expect(verifier.verify(`${header}.${body}.`)).rejects.toThrow();
  });

  it('refuses a token signed with another key, expired, or for another issuer or audience', async () => {
    await expect(
      verifier.verify(await sign(new TextEncoder().encode('x'.repeat(40)), 'HS256')),
    ).rejects.toThrow();
    const expired = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer('partnership-hub')
      .setAudience('partnership-hub-api')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 120)
      .sign(secretKey);
    await expect(verifier.verify(expired)).rejects.toThrow();
    const otherIssuer = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer('someone-else')
      .setAudience('partnership-hub-api')
      .setExpirationTime('5m')
      .sign(secretKey);
    await expect(verifier.verify(otherIssuer)).rejects.toThrow();
    const otherAudience = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer('partnership-hub')
      .setAudience('another-api')
      .setExpirationTime('5m')
      .sign(secretKey);
    await expect(verifier.verify(otherAudience)).rejects.toThrow();
  });

  it('refuses a token without an expiry', async () => {
    const forever = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer('partnership-hub')
      .setAudience('partnership-hub-api')
      .setIssuedAt()
      .sign(secretKey);
    await expect(verifier.verify(forever)).rejects.toThrow('missing required "exp" claim');
  });

  it('refuses a token without a subject', async () => {
    const noSub = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('partnership-hub')
      .setAudience('partnership-hub-api')
      .setExpirationTime('5m')
      .sign(secretKey);
    await expect(verifier.verify(noSub)).rejects.toThrow('token has no subject');
  });
});

describe('TokenVerifier against an identity provider JWKS (production)', () => {
  let server: Server;
  let url: string;
  let rsa: CryptoKey;
  let ec: CryptoKey;

  beforeAll(async () => {
    const rsaPair = await generateKeyPair('RS256');
    const ecPair = await generateKeyPair('ES256');
    rsa = rsaPair.privateKey;
    ec = ecPair.privateKey;
    const keys = [
      { ...(await exportJWK(rsaPair.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ecPair.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ];
    server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys })),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/jwks.json`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('accepts RS256 and ES256 tokens of the provider, and refuses an HS256 one', async () => {
    const verifier = new TokenVerifier(config({ JWT_JWKS_URL: url }));
    expect((await verifier.verify(await sign(rsa, 'RS256', {}, 'rsa-1'))).sub).toBe('u-123');
    expect((await verifier.verify(await sign(ec, 'ES256', {}, 'ec-1'))).roles).toEqual(['faculty']);
    await expect(verifier.verify(await sign(secretKey, 'HS256'))).rejects.toThrow();
  });

  it('refuses a provider token without an expiry', async () => {
    const verifier = new TokenVerifier(config({ JWT_JWKS_URL: url }));
    const forever = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'rsa-1' })
      .setSubject('u-123')
      .setIssuer('partnership-hub')
      .setAudience('partnership-hub-api')
      .setIssuedAt()
      .sign(rsa);
    await expect(verifier.verify(forever)).rejects.toThrow('missing required "exp" claim');
  });

  it('refuses a token signed by a key the provider does not publish', async () => {
    const stranger = await generateKeyPair('RS256');
    const verifier = new TokenVerifier(config({ JWT_JWKS_URL: url }));
    await expect(verifier.verify(await sign(stranger.privateKey, 'RS256', {}, 'rsa-1'))).rejects.toThrow();
  });
});
