import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareBench } from './support/bench-stack';
import { start, stop } from './support/processes';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
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

async function main(): Promise<void> {
  const { databaseUrl, token, env: stackEnv } = await prepareBench('ph_bench_import');
  const env = { ...stackEnv, REQUEST_TIMEOUT_MS: '30000' };
  const ready = /listening on its request stream/;
  const children = [
    await start('apps/partners/src/main.js', env, ready),
    await start('apps/activities/src/main.js', env, ready),
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
    console.log(`${ROWS} valid activities, ${(csv.length / 1024 / 1024).toFixed(1)} MB of CSV`);

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
    const importSeconds = (performance.now() - started) / 1000;
    if (status.created !== ROWS)
      throw new Error(
        `import ${status.status}: created ${status.created} of ${ROWS}, ${status.errors.length} errors`,
      );

    const dir = mkdtempSync(join(tmpdir(), 'ph-bench-'));
    const file = join(dir, 'rows.csv');
    writeFileSync(file, csv);
    const psql = (command: string) =>
      execFileSync('psql', [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command]);
    psql(`create table public.bare_activity (partner_id uuid, type text, title text, faculty text, start_date date,
      value_gbp numeric(14,2), external_ref text unique, details_days numeric)`);
    const copyStarted = performance.now();
    psql(`\\copy public.bare_activity from '${file}' with (format csv, header true)`);
    const copySeconds = (performance.now() - copyStarted) / 1000;

    // The ceiling for any import into the real table: the imported rows, exported as they are
    // stored, COPYed back into a table of the same shape with the same indexes.
    const shaped = join(dir, 'activity-rows.tsv');
    psql(`\\copy activities.activity to '${shaped}'`);
    psql('create table public.activity_shape (like activities.activity including all)');
    const shapeStarted = performance.now();
    psql(`\\copy public.activity_shape from '${shaped}'`);
    const shapeSeconds = (performance.now() - shapeStarted) / 1000;

    const importRate = ROWS / importSeconds;
    const copyRate = ROWS / copySeconds;
    console.log(
      `import (validated, audited, events)  ${importRate.toFixed(0).padStart(8)} rows/s  (${importSeconds.toFixed(1)} s)`,
    );
    console.log(
      `psql \\copy into a bare table        ${copyRate.toFixed(0).padStart(8)} rows/s  (${copySeconds.toFixed(2)} s)`,
    );
    console.log(`of which the upload until 202 Accepted   ${acceptedSeconds.toFixed(2)} s`);
    const shapeRate = ROWS / shapeSeconds;
    console.log(
      `psql \\copy of the stored rows into a table shaped like activities.activity (its indexes) ${shapeRate.toFixed(0)} rows/s (${shapeSeconds.toFixed(2)} s): ` +
        `${(shapeRate / copyRate).toFixed(2)} of the bare COPY rate, the most any import into that table could reach`,
    );
    console.log(`import/copy rows-per-second ratio: ${(importRate / copyRate).toFixed(2)}`);
  } finally {
    for (const child of children.reverse()) await stop(child);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
