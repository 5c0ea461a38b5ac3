import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GatewayConfig } from '../gateway.config';

/** Paths the web app never answers: the API and its docs keep their own 404s. */
const SERVER_PATHS = /^\/(api|docs)(\/|$)/;

/** WEB_ROOT, else dist/web: beside the built gateway (dist/apps/gateway/src/web → dist/web) or under the working directory. */
export function webRoot(config: GatewayConfig): string {
  if (config.WEB_ROOT) return resolve(config.WEB_ROOT);
  const candidates = [resolve(__dirname, '../../../../web'), resolve(process.cwd(), 'dist/web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[0];
}

function contentSecurityPolicy(config: GatewayConfig): string {
  const issuer = config.OIDC_ISSUER ? ` ${new URL(config.OIDC_ISSUER).origin}` : '';
  return [
    "default-src 'self'",
    `connect-src 'self'${issuer}`,
    "img-src 'self' data:",
    // Charts set style attributes on their SVG elements.
    "style-src 'self' 'unsafe-inline'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self'${issuer}`,
  ].join('; ');
}

/**
 * Serves the built web app at `/`: hashed assets with a long cache, and index.html (no cache) for every
 * other path outside /api and /docs, so the app's own routes survive a reload. Returns false when the
 * app has not been built.
 */
export async function serveWebApp(app: NestFastifyApplication, config: GatewayConfig): Promise<boolean> {
  const root = webRoot(config);
  if (!existsSync(join(root, 'index.html'))) return false;
  const csp = contentSecurityPolicy(config);
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders: (response, path) => {
      const immutable = path.includes(`${join(root, 'assets')}`);
      void response.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request, reply) => {
    if (SERVER_PATHS.test(request.url) || request.url.startsWith('/assets/')) return reply.callNotFound();
    return reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', csp)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .sendFile('index.html');
  });
  return true;
}
