#!/usr/bin/env node
// A local OpenID Connect provider (the `oidc-provider` package) for the web app's sign-in test and for
// trying OIDC sign-in by hand. It prints one line of JSON with its issuer once it is listening.
//   OIDC_REDIRECT_URI=http://localhost:3000/auth/callback node test/support/oidc-issuer.mjs
// Accounts: any username; `ada` is ENG faculty staff, `vc` leadership, `office` the commercialisation office.
import Provider from 'oidc-provider';
import { createServer } from 'node:http';

const REDIRECT_URI = process.env.OIDC_REDIRECT_URI ?? 'http://localhost:3000/auth/callback';
const CLIENT_ID = process.env.OIDC_CLIENT_ID ?? 'partnership-hub-web';
const RESOURCE = process.env.OIDC_RESOURCE ?? 'https://api.partnership-hub.example';
const ACCOUNTS = {
  ada: { name: 'Dr Ada Lovelace', email: 'ada@uni.example', roles: ['faculty'], faculty: 'ENG' },
  vc: { name: 'Prof. Vice Chancellor', email: 'vc@uni.example', roles: ['leadership'] },
  office: { name: 'Commercialisation Office', email: 'office@uni.example', roles: ['commercialisation'] },
};
const account = (id) => ACCOUNTS[id] ?? { name: id, email: `${id}@uni.example`, roles: ['student'] };

const server = createServer();
await new Promise((resolve) => server.listen(Number(process.env.OIDC_PORT ?? 0), '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      token_endpoint_auth_method: 'none',
      redirect_uris: [REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'api',
        audience: RESOURCE,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({ sub: id, name: account(id).name, email: account(id).email }),
  }),
  // The claims the gateway reads, carried in the access token it verifies.
  extraTokenClaims: (_ctx, token) => {
    if (!token.accountId) return undefined;
    const { name, email, roles, faculty } = account(token.accountId);
    return { name, email, roles, ...(faculty ? { faculty } : {}) };
  },
});
server.on('request', provider.callback());
console.log(JSON.stringify({ issuer, jwks: `${issuer}/jwks`, clientId: CLIENT_ID, resource: RESOURCE }));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
