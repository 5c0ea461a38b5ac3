import {
  type Actor,
  ActivityEventType,
  type CreateActivityDto,
  type ActivityImportRowProblem,
  type DomainEvent,
  packImportedActivities,
} from '@app/contracts';
import { currentRequestId } from '@app/observability';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ACTIVITIES_SCHEMA as S } from '../migrations';
import { COPY_COLUMNS, copyLine, importedActivity, importedSnapshot } from './imported-rows';

/** How many activities one `activity.imported` event carries. */
export const ACTIVITIES_PER_EVENT = 500;

export interface ImportChunk {
  importId: string;
  actor: Actor;
  /** Rows of the file done once this chunk commits. */
  processed: number;
  valid: { row: number; dto: CreateActivityDto }[];
  /** Rows whose externalRef an earlier row of the file has: skipped like rows imported before. */
  repeated: number;
  problems: ActivityImportRowProblem[];
}

/**
 * The import's chunk writes, on a pg pool of its own (the ORM has no COPY).
 *
 * A chunk is written in one transaction: its new activities by `COPY … FROM STDIN`
 * (rows whose externalRef is already taken are counted as skipped), one `activity.imported`
 * event per 500 activities, and the import's progress. All of it commits or none.
 *
 * Two chunks are written at once, on two connections, but commit in file order: a chunk does its
 * COPY while the chunk before it is still being written, then waits for that one to commit before
 * it records progress and commits, and rolls back if that one failed. The committed chunks are
 * therefore always the file's first ones, and a crash resumes at `processed` without a duplicate.
 */
export class ImportWriter {
  constructor(
    private readonly pool: Pool,
    /** Rows per chunk: large enough for COPY to pay, small enough that progress moves. */
    readonly rowsPerChunk = 5000,
  ) {}

  /** Writes `chunk`, committing only once `previous` (the chunk before it) has committed. */
  async writeChunk(chunk: ImportChunk, previous: Promise<void> = Promise.resolve()): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const taken = await takenRefs(
        client,
        chunk.valid.map(({ dto }) => dto.externalRef!),
      );
      const fresh = chunk.valid
        .filter(({ dto }) => !taken.has(dto.externalRef!))
        .map(({ row, dto }) => importedActivity(row, dto));
      // The file has no income columns (IMPORT_COLUMNS), so there are no income lines to write.
      if (fresh.length) {
        const now = new Date().toISOString();
        const lines = fresh.map((activity) => copyLine(activity, chunk.importId, chunk.actor.sub, now));
        const copy = client.query(copyFrom(`copy "${S}".activity (${COPY_COLUMNS}) from stdin`));
        await pipeline(Readable.from([`${lines.join('\n')}\n`]), copy);
      }
      for (let start = 0; start < fresh.length; start += ACTIVITIES_PER_EVENT) {
        const event: DomainEvent<typeof ActivityEventType.Imported> = {
          type: ActivityEventType.Imported,
          version: 2,
          aggregateId: chunk.importId,
          payload: packImportedActivities(
            chunk.importId,
            fresh.slice(start, start + ACTIVITIES_PER_EVENT).map(importedSnapshot),
          ),
        };
        await client.query(
          `insert into "${S}".outbox (id, type, event_version, source, aggregate_id, payload, request_id, occurred_at)
           values ($1, $2, $3, 'activities', $4, $5, $6, now())`,
          [
            randomUUID(),
            event.type,
            event.version,
            event.aggregateId,
            event.payload,
            currentRequestId() ?? null,
          ],
        );
      }
      await previous;
      await client.query(
        `update "${S}".activity_import set processed = $2, created = created + $3, skipped = skipped + $4,
           errors = errors || $5::jsonb where id = $1`,
        [
          chunk.importId,
          chunk.processed,
          fresh.length,
          chunk.valid.length - fresh.length + chunk.repeated,
          JSON.stringify(chunk.problems),
        ],
      );
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

async function takenRefs(client: PoolClient, refs: string[]): Promise<Set<string>> {
  if (refs.length === 0) return new Set();
  const { rows } = await client.query<{ external_ref: string }>(
    `select external_ref from "${S}".activity where external_ref = any($1::text[])`,
    [refs],
  );
  return new Set(rows.map((row) => row.external_ref));
}
