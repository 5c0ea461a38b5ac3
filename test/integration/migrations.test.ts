import { withAdminClient } from '@app/testing';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { databaseUrlFor, SERVER_ENV } from '@app/testing';
import { waitForMigrations } from '../../tools/migrate';
import { migrateAll, pendingAll } from '../../tools/services';

/** Migrations run as their own step under one advisory lock (k8s: a Job per release, ADR 0015). */
describe('migrations', () => {
  const server = process.env[SERVER_ENV]!;
  const name = `ph_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = databaseUrlFor(server, name);

  beforeAll(async () => {
    await withAdminClient(server, (client) => client.query(`create database "${name}"`));
  });

  afterAll(async () => {
    await withAdminClient(server, (client) => client.query(`drop database if exists "${name}" with (force)`));
  });

  it('two runs at once on an empty database both succeed; a waiting pod is let through once they have', async () => {
    expect(Object.keys(await pendingAll(url)).sort()).toEqual([
      'activities',
      'partners',
      'programmes',
      'reporting',
    ]);
    const waiting = waitForMigrations(url, 60_000, 100);
    const runs = await Promise.allSettled([migrateAll(url), migrateAll(url)]);
    expect(runs.map((run) => (run.status === 'rejected' ? String(run.reason) : run.status))).toEqual([
      'fulfilled',
      'fulfilled',
    ]);
    await expect(waiting).resolves.toBeUndefined();
    expect(await pendingAll(url)).toEqual({});
  });

  it('a pod of a build with migrations the database lacks keeps waiting, then gives up', async () => {
    const pg = new Client({ connectionString: url });
    await pg.connect();
    await pg.query(
      `delete from reporting.mikro_orm_migrations where name = (select max(name) from reporting.mikro_orm_migrations)`,
    );
    await pg.end();
    const pending = await pendingAll(url);
    expect(Object.keys(pending)).toEqual(['reporting']);
    await expect(waitForMigrations(url, 300, 100)).rejects.toThrow(/reporting/);
  });
});
