import { ensureDatabase } from '@app/database';
import { Client } from 'pg';
import { checkServers, reportUnreachable } from '../../tools/preflight';
import { migrateAll } from '../../tools/services';
import { signDevToken } from '@app/testing';

export const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = 'benchmark-secret-benchmark-secret';

/** A freshly migrated benchmark database, a token of the office, and the environment for the processes. */
export async function prepareBench(database: string, roles: string[] = ['commercialisation']) {
  const url = new URL(SERVER);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  const problems = await checkServers(databaseUrl, REDIS_URL);
  if (problems.length) throw new Error(reportUnreachable(problems));
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`drop database if exists "${database}" with (force)`);
  await admin.end();
  await ensureDatabase(databaseUrl);
  await migrateAll(databaseUrl);

  const token = await signDevToken(
    { sub: 'bench', roles, name: 'Bench' },
    { secret: SECRET, expiresIn: '1h' },
  );
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    BULLMQ_PREFIX: `${database}-${process.pid}`,
    JWT_SECRET: SECRET,
    LOG_LEVEL: 'info',
    RATE_LIMIT_MAX: '100000000',
  };
  return { databaseUrl, token, env };
}
