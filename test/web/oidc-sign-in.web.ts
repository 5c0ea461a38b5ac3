import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from '../support/browser';
import { type RunningStack, startStack } from '../support/stack';

jest.setTimeout(90_000);

interface Issuer {
  issuer: string;
  jwks: string;
  clientId: string;
  resource: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The local identity provider (oidc-provider), started as its own process: it prints its issuer when ready. */
function startIssuer(redirectUri: string): Promise<{ process: ChildProcess; issuer: Issuer }> {
  const child = spawn(process.execPath, [join(__dirname, '../support/oidc-issuer.mjs')], {
    env: { ...process.env, OIDC_REDIRECT_URI: redirectUri },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Its warnings about development keys and interactions are expected here; kept only to explain a failure.
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the OIDC issuer exited with ${code}: ${stderr}`)));
    createInterface({ input: child.stdout }).once('line', (line) =>
      resolve({ process: child, issuer: JSON.parse(line) as Issuer }),
    );
  });
}

describe('web app: sign-in with an OIDC identity provider (authorisation code + PKCE)', () => {
  let stack: RunningStack;
  let browser: Browser;
  let issuerProcess: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const started = await startIssuer(`${origin}/auth/callback`);
    issuerProcess = started.process;
    const { issuer, jwks, clientId, resource } = started.issuer;
    [stack, browser] = await Promise.all([
      startStack('web-oidc', {
        activities: true,
        gateway: {
          PORT: String(port),
          JWT_JWKS_URL: jwks,
          JWT_ISSUER: issuer,
          JWT_AUDIENCE: resource,
          OIDC_ISSUER: issuer,
          OIDC_CLIENT_ID: clientId,
          OIDC_SCOPE: 'openid profile email api',
          OIDC_RESOURCE: resource,
        },
      }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    issuerProcess?.kill('SIGTERM');
  });

  it('offers only the university sign-in when a JWKS is configured; the development sign-in answers 404', async () => {
    const settings = (await (await fetch(`${origin}/api/v1/auth/settings`)).json()) as { devSignIn: boolean };
    expect(settings.devSignIn).toBe(false);
    const dev = await fetch(`${origin}/api/v1/auth/dev-sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'admin' }),
    });
    expect(dev.status).toBe(404);
  });

  it('a faculty member signs in at the provider and comes back to the page they asked for, signed in with their claims', async () => {
    const page = await newPage(browser);
    await page.goto(`${origin}/activities`);
    await page.getByRole('button', { name: 'Sign in with your university account' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Development sign-in' }).count()).toBe(0);
    await screenshot(page, 'sign-in-oidc');
    const [authorisationRequest] = await Promise.all([
      page.waitForRequest((request) => new URL(request.url()).pathname === '/auth'),
      page.getByRole('button', { name: 'Sign in with your university account' }).click(),
    ]);
    const authorisation = new URL(authorisationRequest.url());
    await page.locator('input[name="login"]').fill('ada');
    await page.locator('input[name="password"]').fill('any');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]', { hasText: /continue/i }).click();

    await page.getByRole('heading', { name: 'Activities of ENG' }).waitFor();
    expect(page.url()).toBe(`${origin}/activities`);
    await page.getByText('Dr Ada Lovelace · Faculty staff · ENG').waitFor();
    await page.getByText('No activity matches.').waitFor();
    expect(authorisation.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorisation.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorisation.searchParams.get('resource')).toBe('https://api.partnership-hub.example');
    await page.context().close();
  });
});
