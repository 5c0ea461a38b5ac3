import { MikroORM, type Options } from '@mikro-orm/postgresql';

const SQL_ONLY_TABLES = ['idempotency_keys', 'inbox'];

/**
 * What MikroORM would change to make a migrated database match a service's entities: its schema
 * diff (`getUpdateSchemaSQL`), one statement a line, limited to the service's own schema. Empty
 * means the entities and the migrations agree.
 *
 * Left out: dropping a foreign key the migrations made (the entities hold the ids of other rows,
 * `partnerId`, not MikroORM relations, so their metadata cannot name a foreign key), and the tables
 * kept by SQL alone, with no entity: the request idempotency keys and the inbox.
 */
export async function schemaDrift(orm: Options, schema: string): Promise<string[]> {
  const connection = await MikroORM.init({
    ...orm,
    pool: { min: 0, max: 1 },
    schemaGenerator: { ...orm.schemaGenerator, skipTables: SQL_ONLY_TABLES },
  });
  try {
    const sql = await connection.schema.getUpdateSchemaSQL({ wrap: false, schema });
    return sql
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && line.includes(`"${schema}".`))
      .filter((line) => !/^alter table "\w+"\."\w+" drop constraint "\w+_fkey";$/.test(line));
  } finally {
    await connection.close();
  }
}
