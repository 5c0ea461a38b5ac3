import { hostname } from 'node:os';
import type { Client } from 'pg';

/** Test databases left behind longer than this are swept whoever made them (no test run lasts a day). */
export const TEST_DATABASE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const TAG = /^ph-test owner=(?<host>[^:\s]+):(?<pid>\d+) created=(?<created>\S+)$/;

/** Marks a test database with its owner and birth (`COMMENT ON DATABASE`): what the sweep reads. */
export async function tagTestDatabase(client: Client, database: string): Promise<void> {
  const tag = `ph-test owner=${hostname()}:${process.pid} created=${new Date().toISOString()}`;
  await client.query(`comment on database "${database}" is ${client.escapeLiteral(tag)}`);
}

/**
 * Drops the `ph_test_*` databases no live run owns: those tagged by a process of this host that has
 * died, and those tagged more than a day ago by anyone. An untagged database, or one a process on
 * another host made today, is left alone: the server may be shared.
 */
export async function sweepTestDatabases(client: Client, now = Date.now()): Promise<string[]> {
  const found = await client.query<{ datname: string; tag: string | null }>(
    `select datname, shobj_description(oid, 'pg_database') as tag
       from pg_database where datname like 'ph\\_test\\_%'`,
  );
  const swept: string[] = [];
  for (const { datname, tag } of found.rows) {
    if (!abandoned(tag, now)) continue;
    await client.query(`drop database if exists "${datname}" with (force)`);
    swept.push(datname);
  }
  return swept;
}

function abandoned(tag: string | null, now: number): boolean {
  const owner = tag ? TAG.exec(tag)?.groups : undefined;
  if (!owner) return false;
  if (now - Date.parse(owner.created) > TEST_DATABASE_MAX_AGE_MS) return true;
  return owner.host === hostname() && !processAlive(Number(owner.pid));
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
