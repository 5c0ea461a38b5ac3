import * as oauth from 'oauth4webapi';
import type { AuthSettings } from '../api/types';

/** The identity provider `GET /auth/settings` names. */
export type OidcSettings = NonNullable<AuthSettings['oidc']>;

const PENDING = 'partnership-hub.oidc';
const redirectUri = () => `${window.location.origin}/auth/callback`;

async function discover(settings: OidcSettings): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(settings.issuer);
  const response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...allowLocalHttp(issuer) });
  return oauth.processDiscoveryResponse(issuer, response);
}

/** oauth4webapi refuses plain http; a provider on localhost (development, tests) is the one exception made. */
function allowLocalHttp(url: URL): { [oauth.allowInsecureRequests]?: boolean } {
  const local = url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname);
  return local ? { [oauth.allowInsecureRequests]: true } : {};
}

/** Step 1: to the identity provider with a PKCE challenge; the verifier stays in this tab. */
export async function startOidcSignIn(settings: OidcSettings, returnTo: string): Promise<void> {
  const server = await discover(settings);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, nonce, returnTo }));
  const url = new URL(server.authorization_endpoint ?? '');
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', settings.scope);
  url.searchParams.set('state', state);
  url.searchParams.set('nonce', nonce);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  if (settings.resource) url.searchParams.set('resource', settings.resource);
  window.location.assign(url.href);
}

/** Step 2, on /auth/callback: checks the state, swaps the code (with the verifier) for tokens. */
export async function finishOidcSignIn(
  settings: OidcSettings,
): Promise<{ accessToken: string; returnTo: string }> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as {
    verifier: string;
    state: string;
    nonce: string;
    returnTo: string;
  } | null;
  if (!pending) throw new Error('This sign-in was not started here; please start again.');
  sessionStorage.removeItem(PENDING);
  const server = await discover(settings);
  const client: oauth.Client = { client_id: settings.clientId };
  const params = oauth.validateAuthResponse(server, client, new URL(window.location.href), pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    oauth.None(),
    params,
    redirectUri(),
    pending.verifier,
    {
      ...allowLocalHttp(new URL(settings.issuer)),
      ...(settings.resource ? { additionalParameters: { resource: settings.resource } } : {}),
    },
  );
  const result = await oauth.processAuthorizationCodeResponse(server, client, response, {
    expectedNonce: pending.nonce,
    requireIdToken: true,
  });
  return { accessToken: result.access_token, returnTo: pending.returnTo };
}
