import { MikroORM, type Options } from '@mikro-orm/postgresql';

/** Applies every pending migration of one service; returns the names applied. */
export async function runMigrations(config: Options): Promise<string[]> {
  const orm = await MikroORM.init(config);
  try {
    await orm.em.getConnection().execute(`create schema if not exists "${config.schema}"`);
    const applied = await orm.migrator.up();
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}
