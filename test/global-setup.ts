import 'reflect-metadata';
import {
  provisionInfrastructure,
  REDIS_ENV,
  SERVER_ENV,
  TEMPLATE_ENV,
  withAdminClient,
  databaseUrlFor,
  sweepTestDatabases,
  tagTestDatabase,
} from '@app/testing';
import { migrateAll } from '../tools/services';

/** Once per `npm test`: the servers, and a migrated template database each test file clones. */
export default async function globalSetup(): Promise<void> {
  const infra = await provisionInfrastructure();
  const template = `ph_test_template_${process.pid}`;
  await withAdminClient(infra.databaseUrl, async (client) => {
    await sweepTestDatabases(client);
    await client.query(`drop database if exists "${template}" with (force)`);
    await client.query(`create database "${template}"`);
    await tagTestDatabase(client, template);
  });
  await migrateAll(databaseUrlFor(infra.databaseUrl, template));
  process.env[SERVER_ENV] = infra.databaseUrl;
  process.env[TEMPLATE_ENV] = template;
  process.env[REDIS_ENV] = infra.redisUrl;
  (globalThis as { __PH_INFRA__?: typeof infra }).__PH_INFRA__ = infra;
}
