import 'reflect-metadata';
import { BaseConfig, loadConfig } from '@app/config';
import { ensureDatabase } from '@app/database';
import { checkServers, reportUnreachable } from './preflight';
import { migrateAll, pendingAll } from './services';

/** `npm run migrate`: creates the database if missing, then runs every service's migrations. */
export async function migrate(databaseUrl: string, redisUrl: string): Promise<void> {
  const problems = await checkServers(databaseUrl, redisUrl);
  if (problems.length) throw new Error(reportUnreachable(problems));
  if (await ensureDatabase(databaseUrl))
    console.log(`created database ${new URL(databaseUrl).pathname.slice(1)}`);
  await migrateAll(databaseUrl, (line) => console.log(`migrations — ${line}`));
}

/**
 * `migrate.js --wait`: returns once the database has every migration this build carries (a new
 * release's pods run it first, so they serve only after that release's migration Job has run).
 */
export async function waitForMigrations(
  databaseUrl: string,
  timeoutMs: number,
  everyMs = 2000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await pendingAll(databaseUrl).catch((error: unknown) => ({
      database: [error instanceof Error ? error.message : String(error)],
    }));
    const waiting = Object.entries(pending);
    if (waiting.length === 0) return;
    if (Date.now() > deadline)
      throw new Error(
        `migrations not applied within ${timeoutMs} ms: ${waiting.map(([name, names]) => `${name} (${names.join(', ')})`).join('; ')}`,
      );
    console.log(
      `waiting for migrations: ${waiting.map(([name, names]) => `${name} ${names.length}`).join(', ')}`,
    );
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

if (require.main === module) {
  const config = loadConfig(BaseConfig);
  const wait = process.argv.includes('--wait');
  const run = wait
    ? waitForMigrations(config.DATABASE_URL, Number(process.env.MIGRATIONS_WAIT_MS ?? 600_000)).then(() =>
        console.log('migrations: all applied'),
      )
    : migrate(config.DATABASE_URL, config.REDIS_URL);
  run.catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
