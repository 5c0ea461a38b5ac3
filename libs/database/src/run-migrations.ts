import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Client } from 'pg';

/**
 * One PostgreSQL advisory lock for every migration of the stack: two migration runs at once (two
 * releases' Jobs, `npm start` beside a test) take turns, and the second finds nothing left to do.
 */
export const MIGRATION_LOCK_KEY = 7_271_040_017;

async function withMigrationLock<T>(clientUrl: string, work: () => Promise<T>): Promise<T> {
  const lock = new Client({ connectionString: clientUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await work();
  } finally {
    await lock.end();
  }
}

/** Applies every pending migration of one service; returns the names applied. */
export async function runMigrations(config: Options): Promise<string[]> {
  return withMigrationLock(requiredUrl(config), async () => {
    const orm = await MikroORM.init(config);
    try {
      await orm.em.getConnection().execute(`create schema if not exists "${config.schema}"`);
      const applied = await orm.migrator.up();
      return applied.map((migration) => migration.name);
    } finally {
      await orm.close(true);
    }
  });
}

/** The migrations this build knows that the database has not applied yet (none: ready to serve). */
export async function pendingMigrations(config: Options): Promise<string[]> {
  const orm = await MikroORM.init(config);
  try {
    // Only read: the migrator would create its table if it were missing, racing a migration run.
    const [table] = await orm.em
      .getConnection()
      .execute<{ t: string | null }[]>(`select to_regclass(?)::text as t`, [
        `"${config.schema}".mikro_orm_migrations`,
      ]);
    if (!table.t) return ['(no migration has run yet)'];
    return (await orm.migrator.getPending()).map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}

function requiredUrl(config: Options): string {
  if (!config.clientUrl) throw new Error('runMigrations needs a clientUrl');
  return config.clientUrl;
}
