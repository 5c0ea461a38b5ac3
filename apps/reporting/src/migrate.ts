import 'reflect-metadata';
import { BaseConfig, loadConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { reportingOrmConfig } from './orm.config';

/** `node dist/apps/reporting/src/migrate.js`: the reporting service's migration step. */
export async function migrateReporting(databaseUrl: string): Promise<string[]> {
  return runMigrations(reportingOrmConfig(databaseUrl));
}

if (require.main === module) {
  const config = loadConfig(BaseConfig);
  migrateReporting(config.DATABASE_URL)
    .then((applied) => console.log(`reporting: ${applied.length ? applied.join(', ') : 'schema up to date'}`))
    .catch((error: unknown) => {
      console.error('reporting migration failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
