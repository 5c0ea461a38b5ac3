import type { EntityManager } from '@mikro-orm/postgresql';
import { executeWithParameters } from '../execute-with-parameters';

/** How long a recorded answer is replayed; older records are ignored, then swept. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

/** Who asked (`actor.sub`, pseudonymous for an anonymous author) and the key they sent. */
export interface IdempotencyIdentity {
  caller: string;
  key: string;
}

export interface IdempotencyRecord {
  fingerprint: string;
  /** The service's reply as it was first sent: `{ response }` or `{ err }`. */
  reply: unknown;
}

/** DDL of a service's `idempotency_keys` table, for that service's migration. */
export function idempotencyKeysTableSql(schema: string): string[] {
  return [
    // `json`, not `jsonb`: the reply is replayed byte for byte, key order included.
    `create table "${schema}".idempotency_keys (
       caller text not null,
       key text not null,
       fingerprint text not null,
       reply json not null,
       created_at timestamptz not null default now(),
       primary key (caller, key))`,
    `create index idempotency_keys_created_idx on "${schema}".idempotency_keys (created_at)`,
  ];
}

/**
 * The recorded answers of one service's schema. Every method runs in `em`'s transaction, so a
 * record commits (or rolls back) with the change it answers for.
 */
export class IdempotencyRecords {
  constructor(private readonly schema: string) {}

  /**
   * Takes the (caller, key) advisory lock until `em`'s transaction ends; false when another
   * transaction holds it (that request is still in flight). A crashed holder's lock goes with its
   * connection, and its work rolled back with it, so nothing is left to expire.
   */
  async tryLock(em: EntityManager, id: IdempotencyIdentity): Promise<boolean> {
    const [row] = await executeWithParameters<{ locked: boolean }>(
      em,
      'select pg_try_advisory_xact_lock(hashtextextended($1, 0)) as locked',
      [JSON.stringify([this.schema, id.caller, id.key])],
    );
    return row.locked;
  }

  /** The record of (caller, key) from the last 24 hours, if any. */
  async find(em: EntityManager, id: IdempotencyIdentity): Promise<IdempotencyRecord | undefined> {
    const [row] = await executeWithParameters<IdempotencyRecord>(
      em,
      `select fingerprint, reply from "${this.schema}".idempotency_keys
        where caller = $1 and key = $2 and created_at > now() - make_interval(hours => $3)`,
      [id.caller, id.key, IDEMPOTENCY_RETENTION_HOURS],
    );
    return row;
  }

  /** Records the answer; an expired record of the same (caller, key) is replaced. Needs the lock. */
  async save(em: EntityManager, id: IdempotencyIdentity, record: IdempotencyRecord): Promise<void> {
    await executeWithParameters(
      em,
      `insert into "${this.schema}".idempotency_keys (caller, key, fingerprint, reply, created_at)
       values ($1, $2, $3, $4::json, now())
       on conflict (caller, key) do update
         set fingerprint = excluded.fingerprint, reply = excluded.reply, created_at = excluded.created_at`,
      [id.caller, id.key, record.fingerprint, JSON.stringify(record.reply)],
    );
  }

  /** Deletes records older than the retention; returns how many. */
  async sweep(em: EntityManager): Promise<number> {
    const rows = await executeWithParameters(
      em,
      `delete from "${this.schema}".idempotency_keys
        where created_at < now() - make_interval(hours => $1) returning 1`,
      [IDEMPOTENCY_RETENTION_HOURS],
    );
    return rows.length;
  }
}
