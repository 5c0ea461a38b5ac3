import { createServer, type Server } from 'node:http';

export type ReadinessCheck = () => Promise<Record<string, 'up' | 'down'>>;

/**
 * A tiny HTTP endpoint for orchestrator probes of processes that serve no HTTP themselves:
 * `/healthz` answers while the process runs; `/readyz` runs the checks (database, Redis).
 */
export function startHealthServer(port: number, ready: ReadinessCheck): Server {
  const server = createServer((req, res) => {
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
