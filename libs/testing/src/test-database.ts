import { randomBytes } from 'node:crypto';
import { databaseUrlFor, withAdminClient } from './infrastructure';
import { tagTestDatabase } from './test-database-owner';

export const TEMPLATE_ENV = 'PH_TEST_TEMPLATE_DB';
export const SERVER_ENV = 'PH_TEST_DATABASE_SERVER';
export const REDIS_ENV = 'PH_TEST_REDIS_URL';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, cloned from the migrated template (`CREATE DATABASE … TEMPLATE`). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = requiredEnv(SERVER_ENV);
  const template = requiredEnv(TEMPLATE_ENV);
  const name = `ph_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(server, async (client) => {
    await client.query(`create database "${name}" template "${template}"`);
    await tagTestDatabase(client, name);
  });
  return {
    url: databaseUrlFor(server, name),
    name,
    drop: () =>
      withAdminClient(server, async (client) => {
        await client.query(`drop database if exists "${name}" with (force)`);
      }),
  };
}

export function testRedisUrl(): string {
  return requiredEnv(REDIS_ENV);
}

/** A Redis key prefix no other test file uses. */
export function testKeyPrefix(label = 't'): string {
  return `test-${label}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest (test/global-setup.ts)`);
  return value;
}
