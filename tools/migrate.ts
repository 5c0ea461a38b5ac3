import 'reflect-metadata';
import { BaseConfig, loadConfig } from '@app/config';
import { ensureDatabase } from '@app/database';
import { checkServers, reportUnreachable } from './preflight';
import { migrateAll } from './services';

/** `npm run migrate`: creates the database if missing, then runs every service's migrations. */
export async function migrate(databaseUrl: string, redisUrl: string): Promise<void> {
  const problems = await checkServers(databaseUrl, redisUrl);
  if (problems.length) throw new Error(reportUnreachable(problems));
  if (await ensureDatabase(databaseUrl))
    console.log(`created database ${new URL(databaseUrl).pathname.slice(1)}`);
  await migrateAll(databaseUrl, (line) => console.log(`migrations — ${line}`));
}

if (require.main === module) {
  const config = loadConfig(BaseConfig);
  migrate(config.DATABASE_URL, config.REDIS_URL).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
