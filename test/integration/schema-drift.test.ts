import { createTestDatabase, schemaDrift, type TestDatabase } from '@app/testing';
import { ACTIVITIES_SCHEMA } from '../../apps/activities/src/migrations';
import { activitiesOrmConfig } from '../../apps/activities/src/orm.config';
import { PARTNERS_SCHEMA } from '../../apps/partners/src/migrations';
import { partnersOrmConfig } from '../../apps/partners/src/orm.config';
import { PROGRAMMES_SCHEMA } from '../../apps/programmes/src/migrations';
import { programmesOrmConfig } from '../../apps/programmes/src/orm.config';
import { REPORTING_SCHEMA } from '../../apps/reporting/src/migrations';
import { reportingOrmConfig } from '../../apps/reporting/src/orm.config';

/**
 * An entity changed without a migration (or a migration without its entity) fails here: MikroORM's
 * diff of each service's entities against the database its migrations made must be what is known.
 */
describe('entities and migrations agree', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  it.each([
    ['partners', PARTNERS_SCHEMA, partnersOrmConfig],
    ['activities', ACTIVITIES_SCHEMA, activitiesOrmConfig],
    ['programmes', PROGRAMMES_SCHEMA, programmesOrmConfig],
    ['reporting', REPORTING_SCHEMA, reportingOrmConfig],
  ] as const)('%s: no schema diff', async (_service, schema, ormConfig) => {
    const drift = await schemaDrift(ormConfig(db.url), schema);
    expect(drift).toEqual([]);
  });
});
