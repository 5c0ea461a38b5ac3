import 'reflect-metadata';
import { loadConfig, BaseConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { partnersOrmConfig } from './orm.config';

/** `node dist/apps/partners/src/migrate.js`: the partners service's migration step (a Job in k8s). */
export async function migratePartners(databaseUrl: string): Promise<string[]> {
  return runMigrations(partnersOrmConfig(databaseUrl));
}

if (require.main === module) {
  const config = loadConfig(BaseConfig);
  migratePartners(config.DATABASE_URL)
    .then((applied) => console.log(`partners: ${applied.length ? applied.join(', ') : 'schema up to date'}`))
    .catch((error: unknown) => {
      console.error('partners migration failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
