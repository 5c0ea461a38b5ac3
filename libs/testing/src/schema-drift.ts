import { MikroORM, type Options } from '@mikro-orm/postgresql';

/** The outbox's relay columns (`position`, `publish_seq`), kept by SQL alone: the entity leaves them out. */
const OUTBOX_RELAY_COLUMNS = [
  /^alter table "\w+"\."outbox" drop column "position"(, drop column "publish_seq")?;$/,
  /^alter table "\w+"\."outbox" drop constraint "outbox_position_key";$/,
  /^drop index "\w+"\."outbox_(unpublished|publish_seq)_idx";$/,
];

/**
 * What MikroORM would change to make a migrated database match a service's entities: its schema
 * diff (`getUpdateSchemaSQL`), one statement a line, limited to the service's own schema. Empty
 * means the entities and the migrations agree.
 *
 * Left out: dropping a foreign key the migrations made (the entities hold the ids of other rows,
 * `partnerId`, not MikroORM relations, so their metadata cannot name a foreign key); dropping a
 * table no entity maps (tables kept by SQL alone: idempotency keys, the inbox, reporting's read
 * models); and the outbox's relay columns, also kept by SQL alone.
 */
export async function schemaDrift(orm: Options, schema: string): Promise<string[]> {
  const connection = await MikroORM.init({ ...orm, pool: { min: 0, max: 1 } });
  try {
    const sql = await connection.schema.getUpdateSchemaSQL({ wrap: false, schema, dropTables: false });
    return sql
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && onlyIn(schema, line))
      .filter((line) => !/^alter table "\w+"\."\w+" drop constraint "\w+_fkey";$/.test(line))
      .filter((line) => !OUTBOX_RELAY_COLUMNS.some((pattern) => pattern.test(line)));
  } finally {
    await connection.close();
  }
}

/** Whether a statement names no schema but this one (the diff also reads the other services'). */
function onlyIn(schema: string, line: string): boolean {
  return [...line.matchAll(/"(\w+)"\."/g)].every(([, named]) => named === schema);
}
