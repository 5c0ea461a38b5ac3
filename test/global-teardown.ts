import { SERVER_ENV, TEMPLATE_ENV, type TestInfrastructure, withAdminClient } from '@app/testing';

export default async function globalTeardown(): Promise<void> {
  const server = process.env[SERVER_ENV];
  const template = process.env[TEMPLATE_ENV];
  if (server && template) {
    await withAdminClient(server, async (client) => {
      await client.query(`drop database if exists "${template}" with (force)`);
    });
  }
  await (globalThis as { __PH_INFRA__?: TestInfrastructure }).__PH_INFRA__?.stop();
}
