import 'reflect-metadata';
import { BaseConfig, loadConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { activitiesOrmConfig } from './orm.config';

/** `node dist/apps/activities/src/migrate.js`: the activities service's migration step. */
export async function migrateActivities(databaseUrl: string): Promise<string[]> {
  return runMigrations(activitiesOrmConfig(databaseUrl));
}

if (require.main === module) {
  const config = loadConfig(BaseConfig);
  migrateActivities(config.DATABASE_URL)
    .then((applied) =>
      console.log(`activities: ${applied.length ? applied.join(', ') : 'schema up to date'}`),
    )
    .catch((error: unknown) => {
      console.error('activities migration failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
