import 'reflect-metadata';
import {
  provisionInfrastructure,
  REDIS_ENV,
  SERVER_ENV,
  TEMPLATE_ENV,
  withAdminClient,
  databaseUrlFor,
} from '@app/testing';
import { migrateAll } from '../tools/services';

/** Once per `npm test`: the servers, and a migrated template database each test file clones. */
export default async function globalSetup(): Promise<void> {
  const infra = await provisionInfrastructure();
  const template = `ph_test_template_${process.pid}`;
  await withAdminClient(infra.databaseUrl, async (client) => {
    const found = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like 'ph_test_%'`,
    );
    for (const { datname } of found.rows.filter((row) => !ownerAlive(row.datname))) {
      await client.query(`drop database if exists "${datname}" with (force)`);
    }
    await client.query(`drop database if exists "${template}" with (force)`);
    await client.query(`create database "${template}"`);
  });
  await migrateAll(databaseUrlFor(infra.databaseUrl, template));
  process.env[SERVER_ENV] = infra.databaseUrl;
  process.env[TEMPLATE_ENV] = template;
  process.env[REDIS_ENV] = infra.redisUrl;
  (globalThis as { __PH_INFRA__?: typeof infra }).__PH_INFRA__ = infra;
}

/** Test databases are named after the process that made them; those of dead runs are swept. */
function ownerAlive(database: string): boolean {
  const pid = Number(/^ph_test_(?:template_)?(\d+)/.exec(database)?.[1]);
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
