import { migrateActivities } from '../apps/activities/src/migrate';
import { migratePartners } from '../apps/partners/src/migrate';
import { migrateProgrammes } from '../apps/programmes/src/migrate';
import { migrateReporting } from '../apps/reporting/src/migrate';

/**
 * Every deployable of the stack, in start order. `npm start`, `npm run migrate` and the test
 * harness all read this list, so a new service is added here once.
 */
export const SERVICES = [
  { name: 'partners', main: 'apps/partners/src/main.js', migrate: migratePartners },
  { name: 'activities', main: 'apps/activities/src/main.js', migrate: migrateActivities },
  { name: 'programmes', main: 'apps/programmes/src/main.js', migrate: migrateProgrammes },
  { name: 'reporting', main: 'apps/reporting/src/main.js', migrate: migrateReporting },
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
