import { pendingMigrations } from '@app/database';
import { migrateActivities } from '../apps/activities/src/migrate';
import { activitiesOrmConfig } from '../apps/activities/src/orm.config';
import { migratePartners } from '../apps/partners/src/migrate';
import { partnersOrmConfig } from '../apps/partners/src/orm.config';
import { migrateProgrammes } from '../apps/programmes/src/migrate';
import { programmesOrmConfig } from '../apps/programmes/src/orm.config';
import { migrateReporting } from '../apps/reporting/src/migrate';
import { reportingOrmConfig } from '../apps/reporting/src/orm.config';

/**
 * Every deployable of the stack, in start order. `npm start`, `npm run migrate` and the test
 * harness all read this list, so a new service is added here once.
 */
export const SERVICES = [
  {
    name: 'partners',
    main: 'apps/partners/src/main.js',
    migrate: migratePartners,
    pending: (url: string) => pendingMigrations(partnersOrmConfig(url)),
  },
  {
    name: 'activities',
    main: 'apps/activities/src/main.js',
    migrate: migrateActivities,
    pending: (url: string) => pendingMigrations(activitiesOrmConfig(url)),
  },
  {
    name: 'programmes',
    main: 'apps/programmes/src/main.js',
    migrate: migrateProgrammes,
    pending: (url: string) => pendingMigrations(programmesOrmConfig(url)),
  },
  {
    name: 'reporting',
    main: 'apps/reporting/src/main.js',
    migrate: migrateReporting,
    pending: (url: string) => pendingMigrations(reportingOrmConfig(url)),
  },
] as const;

export const GATEWAY = { name: 'gateway', main: 'apps/gateway/src/main.js' } as const;

export async function migrateAll(
  databaseUrl: string,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  for (const service of SERVICES) {
    const applied = await service.migrate(databaseUrl);
    log(`${service.name}: ${applied.length ? `applied ${applied.join(', ')}` : 'schema up to date'}`);
  }
}

/** What this build's migrations would still change in the database, per service (empty: ready). */
export async function pendingAll(databaseUrl: string): Promise<Record<string, string[]>> {
  const pending: Record<string, string[]> = {};
  for (const service of SERVICES) {
    const names = await service.pending(databaseUrl);
    if (names.length) pending[service.name] = names;
  }
  return pending;
}
