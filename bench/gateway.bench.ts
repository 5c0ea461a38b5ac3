import 'reflect-metadata';
import autocannon from 'autocannon';
import { cpus } from 'node:os';
import { dropKeys } from '@app/testing';
import { prepareBench } from './support/bench-stack';
import { start, stop } from './support/processes';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, token: string): Promise<Figures> {
  // Warm-up, then the measured run.
  await autocannon({
    url,
    connections: CONNECTIONS,
    duration: 2,
    headers: { authorization: `Bearer ${token}` },
  });
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function print(label: string, figures: Figures): void {
  console.log(
    `${label.padEnd(16)} ${figures.rps.toFixed(0).padStart(7)} req/s   p50 ${figures.p50.toFixed(1).padStart(6)} ms   p99 ${figures.p99.toFixed(1).padStart(6)} ms   errors ${figures.errors}`,
  );
}

async function main(): Promise<void> {
  const { token, env: base } = await prepareBench('ph_bench');
  const env = { ...base, LOG_LEVEL: 'warn' };

  console.log(
    `GET /api/v1/partners/:id, ${CONNECTIONS} connections, ${DURATION_S} s each, on ${cpus().length} cores`,
  );
  const partners = await start(
    'apps/partners/src/main.js',
    { ...env, LOG_LEVEL: 'info' },
    /listening on its request stream/,
  );
  const gateway = await start(
    'apps/gateway/src/main.js',
    { ...env, LOG_LEVEL: 'info', PORT: '3997', HOST: '127.0.0.1' },
    /gateway listening/,
  );
  const created = await fetch('http://127.0.0.1:3997/api/v1/partners', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Benchmark Partner plc',
      organisationType: 'large_company',
      tier: 'corporate',
    }),
  });
  const { id } = (await created.json()) as { id: string };
  const viaGateway = await load(`http://127.0.0.1:3997/api/v1/partners/${id}`, token);
  await stop(gateway);
  await stop(partners);

  const single = await start('bench/single-process.js', { ...env, PORT: '3998' }, /single process listening/);
  const direct = await load(`http://127.0.0.1:3998/api/v1/partners/${id}`, token);
  await stop(single);
  await dropKeys(env.REDIS_URL, env.BULLMQ_PREFIX);

  print('gateway', viaGateway);
  print('single process', direct);
  console.log(`gateway/single-process throughput ratio: ${(viaGateway.rps / direct.rps).toFixed(2)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
