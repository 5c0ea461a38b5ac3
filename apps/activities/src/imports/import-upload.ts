import type { Actor } from '@app/contracts';
import { executeWithParameters } from '@app/database';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTIVITIES_SCHEMA as S } from '../migrations';

export interface NewImport {
  id: string;
  fileName: string | null;
  content: string;
  contentHash: string;
  actor: Actor;
  total: number;
}

const LOCK = 'select pg_advisory_xact_lock(hashtextextended($1, 0))';
const uploadLock = (importId: string) => `${S}.import-upload:${importId}`;

/**
 * Stores an uploaded file as its import's row in the caller's transaction (a keyed POST runs in
 * one: ADR 0013), holding the import's lock until that transaction ends, so the job (queued
 * before the commit, and perhaps started before it) waits for the row in `awaitUpload`.
 */
export async function saveUpload(em: EntityManager, file: NewImport): Promise<void> {
  await em.transactional(async (tx) => {
    await executeWithParameters(tx, LOCK, [uploadLock(file.id)]);
    await executeWithParameters(
      tx,
      `insert into "${S}".activity_import (id, status, file_name, content, content_hash, actor, total, created_at)
       values ($1, 'queued', $2, $3, $4, $5, $6, now())`,
      [file.id, file.fileName, file.content, file.contentHash, JSON.stringify(file.actor), file.total],
    );
  });
}

/** Returns once the transaction that stored the import's file has committed or rolled back. */
export async function awaitUpload(em: EntityManager, importId: string): Promise<void> {
  await em.transactional((tx) => executeWithParameters(tx, LOCK, [uploadLock(importId)]));
}
