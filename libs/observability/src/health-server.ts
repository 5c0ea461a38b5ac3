import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';

export type ReadinessCheck = () => Promise<Record<string, 'up' | 'down'>>;

/**
 * The internal endpoint of every process (METRICS_PORT: never behind the Ingress, never rate
 * limited): `/healthz` answers while the process runs; `/readyz` runs the checks (database, Redis);
 * `/metrics` is the Prometheus text of `registry`.
 */
export function startHealthServer(port: number, ready: ReadinessCheck, registry?: Registry): Server {
  const server = createServer((req, res) => {
    if (req.url === '/metrics' && registry) {
      registry
        .metrics()
        .then((text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text))
        .catch(() => res.writeHead(500).end());
      return;
    }
    if (req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (req.url === '/readyz') {
      ready()
        .then((checks) => {
          const ok = Object.values(checks).every((state) => state === 'up');
          res
            .writeHead(ok ? 200 : 503, { 'content-type': 'application/json' })
            .end(JSON.stringify({ status: ok ? 'ok' : 'degraded', checks }));
        })
        .catch(() => res.writeHead(503).end('{"status":"degraded"}'));
      return;
    }
    res.writeHead(404).end();
  });
  server.listen(port, '0.0.0.0');
  return server;
}
