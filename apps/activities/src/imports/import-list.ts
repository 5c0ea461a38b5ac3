import {
  type Actor,
  ActivityImportPattern,
  type ImportStatus,
  type ActivityImportSummaryView,
  ListImportsQuery,
  type Page,
  pageWindow,
  scopeOf,
  validateDto,
} from '@app/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTIVITIES_SCHEMA as S } from '../migrations';

/** Whom the permission matrix lets see every import (the office, admins); anyone else sees the ones they uploaded. */
export function seesAllImports(actor: Actor): boolean {
  return scopeOf(actor, ActivityImportPattern.List) === 'all';
}

interface SummaryRow {
  id: string;
  status: ImportStatus;
  file_name: string | null;
  total: number;
  processed: number;
  created: number;
  skipped: number;
  error_count: number;
  user_id: string;
  user_name: string | null;
  created_at: Date | string;
  finished_at: Date | string | null;
  full_count: string;
}

/**
 * Imports, newest first, without their files or their rows' errors (a file's errors can run to
 * its every row): only how many there are.
 */
export async function listImports(
  em: EntityManager,
  actor: Actor,
  payload: unknown,
): Promise<Page<ActivityImportSummaryView>> {
  const query = await validateDto(ListImportsQuery, payload);
  const { page, limit, offset } = pageWindow(query);
  const from = `from "${S}".activity_import
      where (?::boolean or actor->>'sub' = ?) and (?::text is null or status = ?)`;
  const filters = [seesAllImports(actor), actor.sub, query.status ?? null, query.status ?? null];
  const rows = await em.execute<SummaryRow[]>(
    `select id, status, file_name, total, processed, created, skipped,
            jsonb_array_length(errors) as error_count, actor->>'sub' as user_id,
            actor->>'name' as user_name, created_at, finished_at, count(*) over () as full_count
       ${from}
      order by created_at desc, id
      limit ? offset ?`,
    [...filters, limit, offset],
  );
  // A page past the last has no row to carry the window count.
  const total = rows.length
    ? Number(rows[0].full_count)
    : Number((await em.execute<{ n: string }[]>(`select count(*) as n ${from}`, filters))[0].n);
  return { items: rows.map(summaryOf), total, page, limit };
}

function summaryOf(row: SummaryRow): ActivityImportSummaryView {
  return {
    importId: row.id,
    status: row.status,
    fileName: row.file_name,
    total: row.total,
    processed: row.processed,
    created: row.created,
    skipped: row.skipped,
    errorCount: row.error_count,
    importedBy: { userId: row.user_id, name: row.user_name },
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at).toISOString(),
  };
}
