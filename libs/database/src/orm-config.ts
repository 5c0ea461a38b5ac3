import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

export interface ServiceOrmOptions {
  databaseUrl: string;
  /** The service's own PostgreSQL schema; no other service reads it. */
  schema: string;
  entities: Function[];
  migrations: { name: string; class: Constructor<Migration> }[];
  logger?: Logger;
  poolMax?: number;
}

export function serviceOrmConfig(options: ServiceOrmOptions): Options {
  return defineConfig({
    clientUrl: options.databaseUrl,
    schema: options.schema,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ensureDatabase: false,
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: false,
    logger: (message) => options.logger?.debug(message),
    discovery: { warnWhenNoEntities: false },
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  });
}
