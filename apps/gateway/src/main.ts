import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { createLogger } from '@app/observability';
import { assertProductionAuth, GatewayConfig } from './gateway.config';
import { createGatewayApp } from './gateway.app';

async function main(): Promise<void> {
  const config = loadConfig(GatewayConfig);
  assertProductionAuth(config);
  const app = await createGatewayApp(config);
  await app.listen(config.PORT, config.HOST);
  createLogger('gateway').info(
    `gateway listening: API http://localhost:${config.PORT}/api/v1, docs http://localhost:${config.PORT}/docs`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
