import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { writeFileSync } from 'node:fs';
import { buildOpenApi, createGatewayApp } from '../apps/gateway/src/gateway.app';
import { GatewayConfig } from '../apps/gateway/src/gateway.config';

/** Writes the gateway's OpenAPI document to a file (for Redocly lint in CI), without listening. */
async function main(): Promise<void> {
  const out = process.argv[2] ?? 'openapi.json';
  const config = loadConfig(GatewayConfig, { ...process.env, LOG_LEVEL: 'silent' });
  const app = await createGatewayApp(config);
  writeFileSync(out, JSON.stringify(buildOpenApi(app), null, 2));
  console.log(`OpenAPI document written to ${out}`);
  // A one-shot tool: the gateway's Redis clients need not drain.
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
