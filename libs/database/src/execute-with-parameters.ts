import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';

/**
 * Runs `sql` with `$1…` placeholders whose values travel as protocol parameters, in the entity
 * manager's transaction when it is in one. `em.execute` instead formats every value into the SQL
 * text, which for a statement carrying hundreds of KB of JSON (a reporting batch) cost more CPU
 * than the statement itself.
 */
export async function executeWithParameters<Row = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  parameters: readonly unknown[],
): Promise<Row[]> {
  const result = await em.getKysely().executeQuery<Row>(CompiledQuery.raw(sql, [...parameters]));
  return result.rows;
}
