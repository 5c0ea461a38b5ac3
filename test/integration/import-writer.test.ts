import { type Actor, CreateActivityDto, importedActivities } from '@app/contracts';
import { createTestDatabase, waitFor, type TestDatabase } from '@app/testing';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { type ImportChunk, ImportWriter } from '../../apps/activities/src/imports/import-writer';

const actor: Actor = { sub: 'u-office', roles: ['commercialisation'] };
const partnerId = '11111111-1111-4111-8111-111111111111';

/** A promise settled from outside: the chunk before the one under test. */
function gate() {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

describe('ImportWriter: chunks written at once commit in file order', () => {
  let db: TestDatabase;
  let pool: Pool;
  let writer: ImportWriter;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new Pool({ connectionString: db.url, max: 3 });
    writer = new ImportWriter(pool, 10);
  });

  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  async function newImport(): Promise<string> {
    const id = randomUUID();
    await pool.query(
      `insert into activities.activity_import (id, status, file_name, content, content_hash, actor, total, created_at)
       values ($1, 'queued', 'a.csv', '…', 'hash', $2, 20, now())`,
      [id, actor],
    );
    return id;
  }

  function secondChunk(importId: string): ImportChunk {
    const valid = Array.from({ length: 10 }, (_, i) => ({
      row: 12 + i,
      dto: Object.assign(new CreateActivityDto(), {
        partnerId,
        type: 'consultancy',
        title: `Second chunk ${i}`,
        faculty: 'ENG',
        startDate: '2025-09-01',
        externalRef: `${importId}-${i}`,
        details: { days: i },
      }),
    }));
    return { importId, actor, processed: 20, valid, repeated: 0, problems: [] };
  }

  const state = async (importId: string) => {
    const [progress] = (
      await pool.query('select processed, created from activities.activity_import where id = $1', [importId])
    ).rows;
    const activities = (
      await pool.query('select count(*)::int as n from activities.activity where import_id = $1', [importId])
    ).rows[0].n;
    const events = (
      await pool.query(
        `select event_version, payload from activities.outbox where type = 'activity.imported' and aggregate_id = $1`,
        [importId],
      )
    ).rows;
    return { ...progress, activities, events };
  };

  const waitingInTransaction = async () =>
    (
      await pool.query(
        `select count(*)::int as n from pg_stat_activity
          where datname = current_database() and state = 'idle in transaction'`,
      )
    ).rows[0].n === 1;

  it('copies a chunk while the one before is written, and commits it only after that one', async () => {
    const importId = await newImport();
    const before = gate();
    const writing = writer.writeChunk(secondChunk(importId), before.promise);

    await waitFor('the chunk to wait for the one before it', waitingInTransaction, 10_000, 20);
    expect(await state(importId)).toEqual({ processed: 0, created: 0, activities: 0, events: [] });

    before.open();
    await writing;
    const after = await state(importId);
    expect(after).toMatchObject({ processed: 20, created: 10, activities: 10 });
    expect(after.events).toHaveLength(1);
    expect(after.events[0].event_version).toBe(2);
    const carried = importedActivities({ version: 2, payload: after.events[0].payload });
    expect(carried.map((activity) => activity.title)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Second chunk ${i}`),
    );
    expect(carried[3]).toMatchObject({
      partnerId,
      academicYear: '2025/26',
      details: { days: 3 },
      version: 1,
    });
  });

  it('rolls a chunk back when the one before it failed, so progress never passes a gap', async () => {
    const importId = await newImport();
    const before = gate();
    const writing = writer.writeChunk(secondChunk(importId), before.promise);
    await waitFor('the chunk to wait for the one before it', waitingInTransaction, 10_000, 20);

    before.fail(new Error('the first chunk failed'));
    await expect(writing).rejects.toThrow('the first chunk failed');
    expect(await state(importId)).toEqual({ processed: 0, created: 0, activities: 0, events: [] });
  });
});
