import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { type Actor, EventQueue, OutboxPattern, type RpcEnvelope } from '@app/contracts';
import { sleep, StreamsClient } from '@app/messaging';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { firstValueFrom } from 'rxjs';
import { Queue } from 'bullmq';
import { EVENT_SOURCES } from './ingest/event-sources';
import { REPORTING_SCHEMA as S } from './migrations';
import { ReportingConfig } from './reporting.config';

/** Everything the event consumers derive; snapshots are history and stay. */
export const READ_MODEL_TABLES = [
  'partner_rm',
  'activity_rm',
  'activity_fact',
  'activity_cube',
  'partner_year_faculty',
  'partner_engagement',
  'agreement_rm',
  'programme_fact',
  'source_progress',
  'inbox_watermark',
];
const REBUILD_ACTOR: Actor = { sub: 'system:reporting-rebuild', roles: ['admin'] };

export interface RebuildOptions {
  databaseUrl: string;
  redisUrl: string;
  bullPrefix: string;
  /** How long to wait for the reporting service to apply the replayed events. */
  waitMs?: number;
  log?: (line: string) => void;
}

/**
 * Empties the reporting read models and its inbox, asks every source service to replay its outbox
 * to the reporting queue, and waits until the running reporting service has applied it all.
 */
export async function rebuildReporting(options: RebuildOptions) {
  const log = options.log ?? (() => undefined);
  const runId = randomUUID();
  const pg = new Client({ connectionString: options.databaseUrl });
  const queue = new Queue(EventQueue.Reporting, {
    connection: { url: options.redisUrl, maxRetriesPerRequest: null },
    prefix: options.bullPrefix,
  });
  await pg.connect();
  try {
    await pg.query('begin');
    await pg.query(`truncate ${READ_MODEL_TABLES.map((table) => `${S}.${table}`).join(', ')}`);
    await pg.query(`delete from ${S}.inbox where consumer = 'reporting'`);
    await pg.query('commit');
    log(`emptied ${READ_MODEL_TABLES.length} read-model tables and the inbox`);
    const replayed: Record<string, number> = {};
    for (const service of EVENT_SOURCES) {
      replayed[service] = await replay(options, service, runId);
      log(`${service}: ${replayed[service]} events replayed`);
    }
    const total = Object.values(replayed).reduce((sum, n) => sum + n, 0);
    const started = Date.now();
    const deadline = started + (options.waitMs ?? 10 * 60_000);
    for (;;) {
      const { rows } = await pg.query<{ n: string }>(
        `select count(*) as n from ${S}.inbox where consumer = 'reporting'`,
      );
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      const pending = Object.values(counts).reduce((sum, n) => sum + n, 0);
      if (Number(rows[0].n) >= total && pending === 0) break;
      if (Date.now() > deadline)
        throw new Error(`reporting applied ${rows[0].n} of ${total} events in time; is the service running?`);
      await sleep(200);
    }
    log(`applied ${total} events in ${Date.now() - started} ms`);
    return { runId, replayed, total };
  } finally {
    await pg.end();
    await queue.close();
  }
}

async function replay(options: RebuildOptions, service: string, runId: string): Promise<number> {
  const client = new StreamsClient({
    redisUrl: options.redisUrl,
    keyPrefix: options.bullPrefix,
    service,
    timeoutMs: 10 * 60_000,
  });
  await client.connect();
  try {
    const envelope: RpcEnvelope = { actor: REBUILD_ACTOR, payload: { queue: EventQueue.Reporting, runId } };
    const answer = await firstValueFrom(client.send<{ events: number }>(OutboxPattern.Replay, envelope));
    return answer.events;
  } finally {
    await client.close();
  }
}

if (require.main === module) {
  const config = loadConfig(ReportingConfig);
  rebuildReporting({
    databaseUrl: config.DATABASE_URL,
    redisUrl: config.REDIS_URL,
    bullPrefix: config.BULLMQ_PREFIX,
    log: (line) => console.log(`reporting rebuild: ${line}`),
  })
    .then(({ total }) => console.log(`reporting rebuild: done, ${total} events`))
    .catch((error: unknown) => {
      console.error('reporting rebuild failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
