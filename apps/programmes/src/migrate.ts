import 'reflect-metadata';
import { BaseConfig, loadConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { programmesOrmConfig } from './orm.config';

/** `node dist/apps/programmes/src/migrate.js`: the programmes service's migration step. */
export async function migrateProgrammes(databaseUrl: string): Promise<string[]> {
  return runMigrations(programmesOrmConfig(databaseUrl));
}

if (require.main === module) {
  const config = loadConfig(BaseConfig);
  migrateProgrammes(config.DATABASE_URL)
    .then((applied) =>
      console.log(`programmes: ${applied.length ? applied.join(', ') : 'schema up to date'}`),
    )
    .catch((error: unknown) => {
      console.error('programmes migration failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
