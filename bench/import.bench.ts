import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { dropKeys } from '@app/testing';
import { prepareBench } from './support/bench-stack';
import type { ChildProcess } from 'node:child_process';
import { cpuDuring, postgresPids } from './support/cpu-time';
import { start, stop } from './support/processes';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PORT = 3996;

const COLUMNS = [
  'partnerId',
  'type',
  'title',
  'faculty',
  'startDate',
  'valueGbp',
  'externalRef',
  'details.days',
];

function generateCsv(partnerIds: string[]): string {
  const lines = [COLUMNS.join(',')];
  for (let i = 0; i < ROWS; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(
      [
        partnerIds[i % partnerIds.length],
        'consultancy',
        `Consultancy ${i}`,
        ['ENG', 'MED', 'ARTS', 'BIO'][i % 4],
        `2025-${month}-15`,
        (1000 + (i % 5000)).toFixed(2),
        `BENCH-${i}`,
        String(i % 20),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Uploads the file and polls every 50 ms until the import is done; all rows must be created. */
async function importOnce(
  base: string,
  headers: Record<string, string>,
  csv: string,
): Promise<{ seconds: number; acceptedSeconds: number }> {
  const started = performance.now();
  const accepted = await fetch(`${base}/activities/imports`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'text/csv' },
    body: csv,
  });
  const { importId } = (await accepted.json()) as { importId: string };
  const acceptedSeconds = (performance.now() - started) / 1000;
  let status: { status: string; created: number; errors: unknown[] };
  do {
    await new Promise((resolve) => setTimeout(resolve, 50));
    status = (await (
      await fetch(`${base}/activities/imports/${importId}`, { headers })
    ).json()) as typeof status;
  } while (status.status === 'queued' || status.status === 'running');
  const seconds = (performance.now() - started) / 1000;
  if (status.created !== ROWS)
    throw new Error(
      `import ${status.status}: created ${status.created} of ${ROWS}, ${status.errors.length} errors`,
    );
  return { seconds, acceptedSeconds };
}

/** Waits until the outbox relay has published every event, so the next round starts idle. */
async function drained(pg: Client): Promise<void> {
  for (;;) {
    const { rows } = await pg.query<{ n: number }>(
      'select count(*)::int as n from activities.outbox where published_at is null',
    );
    if (rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const list = (seconds: number[]) => seconds.map((value) => value.toFixed(2)).join(', ');

/**
 * Reporting, started only now so it did not compete with the imports: how long it takes to apply
 * the first 100,000 activities of the `activity.imported` events the rounds left in its queue.
 */
async function reportingCatchUp(
  env: Record<string, string>,
  pg: Client,
  activities: number,
  children: ChildProcess[],
): Promise<void> {
  const started = performance.now();
  children.push(await start('apps/reporting/src/main.js', env, /listening on its request stream/));
  for (;;) {
    const { rows } = await pg.query<{ n: number }>('select count(*)::int as n from reporting.activity_rm');
    if (rows[0].n >= activities) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `reporting applied ${activities} imported activities (${activities / 500} events) in ${seconds.toFixed(1)} s, start-up included: ${(activities / seconds).toFixed(0)} activities/s`,
  );
}

async function main(): Promise<void> {
  const { databaseUrl, token, env: stackEnv } = await prepareBench('ph_bench_import');
  const env = { ...stackEnv, REQUEST_TIMEOUT_MS: '30000' };
  const ready = /listening on its request stream/;
  const partners = await start('apps/partners/src/main.js', env, ready);
  const activities = await start('apps/activities/src/main.js', env, ready);
  const children = [
    partners,
    activities,
    await start(
      'apps/gateway/src/main.js',
      { ...env, PORT: String(PORT), HOST: '127.0.0.1' },
      /gateway listening/,
    ),
  ];
  const base = `http://127.0.0.1:${PORT}/api/v1`;
  const headers = { authorization: `Bearer ${token}` };
  try {
    const partnerIds: string[] = [];
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`${base}/partners`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: `Bench Partner ${i}`,
          organisationType: i % 2 ? 'sme' : 'large_company',
        }),
      });
      partnerIds.push(((await response.json()) as { id: string }).id);
    }
    const csv = generateCsv(partnerIds);
    console.log(
      `${ROWS} valid activities, ${(csv.length / 1024 / 1024).toFixed(1)} MB of CSV; ${ROUNDS} rounds, each timing the import and the three COPYs; medians`,
    );
    const pg = new Client({ connectionString: databaseUrl });
    await pg.connect();
    const dir = mkdtempSync(join(tmpdir(), 'ph-bench-'));
    const file = join(dir, 'rows.csv');
    writeFileSync(file, csv);
    const psql = (command: string) =>
      execFileSync('psql', [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command]);
    try {
      const imports: { seconds: number; acceptedSeconds: number }[] = [];
      const copies: number[] = [];
      const shapes: number[] = [];
      const leasts: number[] = [];
      const cpus: Record<string, number>[] = [];
      const processes = {
        activities: () => [activities.pid!],
        PostgreSQL: postgresPids,
        'gateway and partners': () => [children[2].pid!, partners.pid!],
      };
      psql(`create table public.bare_activity (partner_id uuid, type text, title text, faculty text, start_date date,
        value_gbp numeric(14,2), external_ref text unique, details_days numeric)`);
      psql('create table public.activity_shape (like activities.activity including all)');
      // The least any activity table can have: ids are UUIDs (its primary key) and a re-import
      // must find the rows it wrote before (unique externalRef); none of the list indexes.
      psql(`create table public.activity_least (like activities.activity including defaults including constraints,
        primary key (id))`);
      psql('create unique index on public.activity_least (external_ref) where external_ref is not null');
      // What one writer reaches in the real table: the imported rows, exported as they are
      // stored (after the first round), COPYed back into a table of the same shape and indexes.
      const shaped = join(dir, 'activity-rows.tsv');
      // Each round times the three one after the other, so that the shared cores' drift over a
      // run (seen: the bare COPY 0.39 s in one minute, 0.6 s in the next) weighs on all three.
      for (let round = 1; round <= ROUNDS; round++) {
        // Each round starts from an empty activity table and a drained outbox.
        await pg.query('truncate activities.activity, activities.activity_import, activities.outbox cascade');
        // CPU counted until the outbox relay has published the import's events too.
        const { result, cpu } = await cpuDuring(processes, async () => {
          const imported = await importOnce(base, headers, csv);
          await drained(pg);
          return imported;
        });
        imports.push(result);
        cpus.push(cpu);
        if (round === 1) psql(`\\copy activities.activity to '${shaped}'`);
        psql('truncate public.bare_activity, public.activity_shape, public.activity_least');
        copies.push(
          timed(() => psql(`\\copy public.bare_activity from '${file}' with (format csv, header true)`)),
        );
        shapes.push(timed(() => psql(`\\copy public.activity_shape from '${shaped}'`)));
        leasts.push(timed(() => psql(`\\copy public.activity_least from '${shaped}'`)));
        console.log(
          `  round ${round}: import ${result.seconds.toFixed(2)} s (upload until 202 Accepted ${result.acceptedSeconds.toFixed(2)} s), ` +
            `bare COPY ${copies.at(-1)!.toFixed(2)} s, table-shaped COPY ${shapes.at(-1)!.toFixed(2)} s, ` +
            `least-table COPY ${leasts.at(-1)!.toFixed(2)} s`,
        );
      }

      /** The median over rounds of the import's rate against a COPY's rate in the same round. */
      const roundRatio = (copySeconds: number[]) =>
        median(copySeconds.map((seconds, round) => seconds / imports[round].seconds));
      const importSeconds = median(imports.map((result) => result.seconds));
      const copySeconds = median(copies);
      const shapeSeconds = median(shapes);
      const importRate = ROWS / importSeconds;
      const copyRate = ROWS / copySeconds;
      const shapeRate = ROWS / shapeSeconds;
      console.log(
        `import (validated, audited, events)  ${importRate.toFixed(0).padStart(8)} rows/s  (${importSeconds.toFixed(2)} s; rounds ${list(imports.map((result) => result.seconds))})`,
      );
      console.log(
        `psql \\copy into a bare table        ${copyRate.toFixed(0).padStart(8)} rows/s  (${copySeconds.toFixed(2)} s; rounds ${list(copies)})`,
      );
      console.log(
        `of which the upload until 202 Accepted   ${median(imports.map((result) => result.acceptedSeconds)).toFixed(2)} s`,
      );
      console.log(
        `psql \\copy of the stored rows into a table shaped like activities.activity (its indexes) ${shapeRate.toFixed(0)} rows/s (${shapeSeconds.toFixed(2)} s): ` +
          `${median(shapes.map((seconds, round) => copies[round] / seconds)).toFixed(2)} of the bare COPY rate (one writer; the import writes two chunks at once)`,
      );
      console.log(
        `psql \\copy of the stored rows into the least table the contract allows (primary key, unique externalRef, no list index) ` +
          `${(ROWS / median(leasts)).toFixed(0)} rows/s (${median(leasts).toFixed(2)} s): ` +
          `${median(leasts.map((seconds, round) => copies[round] / seconds)).toFixed(2)} of the bare COPY rate`,
      );
      console.log(
        `import/table-shaped COPY rows-per-second ratio: ${roundRatio(shapes).toFixed(2)} (the import against PostgreSQL's own COPY into a table like the one it fills)`,
      );
      console.log(
        `CPU seconds during an import (medians): ${Object.keys(processes)
          .map((name) => `${name} ${median(cpus.map((cpu) => cpu[name])).toFixed(2)}`)
          .join(', ')}`,
      );
      await reportingCatchUp(env, pg, ROWS, children);
      console.log(`import/copy rows-per-second ratio: ${roundRatio(copies).toFixed(2)}`);
    } finally {
      await pg.end();
    }
  } finally {
    for (const child of children.reverse()) await stop(child);
    await dropKeys(env.REDIS_URL, env.BULLMQ_PREFIX);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
