import 'reflect-metadata';
import { ACTIVITY_TYPES, type ActivitySnapshotV1, type EventEnvelope, EventQueue } from '@app/contracts';
import { EVENT_JOB_OPTIONS } from '@app/messaging';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dropKeys } from '@app/testing';
import { prepareBench } from './support/bench-stack';
import { seedReadModel } from './support/reports-fixture';
import { start, stop } from './support/processes';

const PARTNERS = Number(process.env.BENCH_PARTNERS ?? 10_000);
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const EVENTS_PER_SECOND = Number(process.env.BENCH_EVENT_RATE ?? 200);
const EVENT_SECONDS = Number(process.env.BENCH_EVENT_SECONDS ?? 15);
const PORT = 3995;
const YEAR = '2025/26';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (value: number) => value.toFixed(1).padStart(8);

async function timed(times: number, run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const {
    databaseUrl,
    token,
    env: stackEnv,
  } = await prepareBench('ph_bench_reports', ['leadership', 'commercialisation']);
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  const seeded = await seedReadModel(pg, PARTNERS, ACTIVITIES);
  console.log(
    `read model: ${PARTNERS} partners, ${ACTIVITIES} activities (${seeded.facts} year facts, ${seeded.cubeRows} aggregate rows) in ${seeded.seconds.toFixed(0)} s; raw table for the naive queries alongside`,
  );

  const env = { ...stackEnv, LOG_LEVEL: 'warn', REQUEST_TIMEOUT_MS: '30000' };
  const ready = /listening on its request stream/;
  const children = [
    await start('apps/partners/src/main.js', { ...env, LOG_LEVEL: 'info' }, ready),
    await start('apps/activities/src/main.js', { ...env, LOG_LEVEL: 'info' }, ready),
    await start('apps/reporting/src/main.js', { ...env, LOG_LEVEL: 'info' }, ready),
    await start(
      'apps/gateway/src/main.js',
      { ...env, LOG_LEVEL: 'info', PORT: String(PORT), HOST: '127.0.0.1' },
      /gateway listening/,
    ),
  ];
  const base = `http://127.0.0.1:${PORT}/api/v1`;
  const headers = { authorization: `Bearer ${token}` };
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`, { headers });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  try {
    const overview = await timed(REQUESTS, () => get('/reports/overview'));
    const hebci = await timed(REQUESTS, () => get(`/reports/hebci?academicYear=${YEAR}`));
    const naiveOverview = await timed(Math.max(10, REQUESTS / 10), () => naiveOverviewQueries(pg));
    const naiveHebci = await timed(Math.max(10, REQUESTS / 10), () => naiveHebciQuery(pg));
    const line = (name: string, samples: number[]) =>
      console.log(
        `${name.padEnd(44)} p50 ${ms(percentile(samples, 50))} ms   p95 ${ms(percentile(samples, 95))} ms`,
      );
    line('GET /reports/overview (gateway, aggregates)', overview);
    line(`GET /reports/hebci?academicYear=${YEAR}`, hebci);
    line('naive overview: GROUP BYs over raw activities', naiveOverview);
    line(`naive HE-BCI ${YEAR}: GROUP BY over raw`, naiveHebci);

    const viaApi = await measureFreshnessThroughApi(pg, base, headers);
    console.log(
      `through the API: ${viaApi.events} activities POSTed at ${EVENTS_PER_SECOND}/s (gateway, activities, outbox, relay, queue, reporting on 2 cores); logged → applied p50 ${viaApi.p50.toFixed(0)} ms, p99 ${viaApi.p99.toFixed(0)} ms`,
    );
    const freshness = await measureEventFreshness(pg, stackEnv.REDIS_URL, stackEnv.BULLMQ_PREFIX);
    console.log(
      `event → report: ${freshness.events} activity events into the reporting queue at ${EVENTS_PER_SECOND}/s; enqueued → applied p50 ${freshness.p50.toFixed(0)} ms, p99 ${freshness.p99.toFixed(0)} ms`,
    );

    const overviewSpeedUp = percentile(naiveOverview, 95) / percentile(overview, 95);
    const hebciSpeedUp = percentile(naiveHebci, 95) / percentile(hebci, 95);
    console.log(
      `speed-up at p95: overview ${overviewSpeedUp.toFixed(1)}x, HE-BCI ${hebciSpeedUp.toFixed(1)}x`,
    );
    // The headline figures are the worse of the two reports.
    console.log(`reports p95 ms: ${Math.max(percentile(overview, 95), percentile(hebci, 95)).toFixed(1)}`);
    console.log(`naive/reports p95 speed-up: ${Math.min(overviewSpeedUp, hebciSpeedUp).toFixed(1)}`);
    console.log(`freshness p99 ms: ${freshness.p99.toFixed(0)}`);
  } finally {
    for (const child of children.reverse()) await stop(child);
    await pg.end();
    await dropKeys(env.REDIS_URL, env.BULLMQ_PREFIX);
  }
}

/** What the overview shows, computed the naive way: GROUP BYs over every activity. */
async function naiveOverviewQueries(pg: Client): Promise<void> {
  const counted = `status in ('active', 'completed')`;
  await pg.query(
    `select type, count(*), sum(value_gbp) from public.bench_raw_activity where ${counted} group by type`,
  );
  await pg.query(
    `select faculty, count(*), sum(value_gbp) from public.bench_raw_activity where ${counted} group by faculty`,
  );
  await pg.query(
    `select academic_year, count(*), sum(value_gbp) from public.bench_raw_activity where ${counted} group by academic_year`,
  );
  await pg.query(`select count(*), sum(value_gbp) from public.bench_raw_activity where status = 'pipeline'`);
  await pg.query(
    `select partner_id, sum(value_gbp) from public.bench_raw_activity where ${counted}
      group by partner_id order by 2 desc limit 10`,
  );
  await pg.query(`select tier, count(*) from reporting.partner_rm group by tier`);
}

/** The HE-BCI cells of one year, the naive way: a GROUP BY over the raw activities joined to partners. */
async function naiveHebciQuery(pg: Client): Promise<void> {
  await pg.query(
    `select a.type, p.organisation_type, count(*), sum(a.value_gbp), sum((a.details->>'learnerDays')::numeric)
       from public.bench_raw_activity a join reporting.partner_rm p on p.id = a.partner_id
      where a.academic_year = $1 and a.status in ('active', 'completed')
      group by 1, 2`,
    [YEAR],
  );
}

/**
 * Logs activities through the gateway at a steady rate (the whole event path: activities' outbox,
 * relay, queue, reporting's consumer) and measures, per event, from its outbox time to the moment
 * the reporting consumer applied it (its inbox row).
 */
async function measureFreshnessThroughApi(pg: Client, base: string, headers: Record<string, string>) {
  const partnerIds: string[] = [];
  for (let i = 0; i < 20; i++) {
    const response = await fetch(`${base}/partners`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: `Freshness Partner ${i}`,
        organisationType: i % 2 ? 'sme' : 'large_company',
      }),
    });
    partnerIds.push(((await response.json()) as { id: string }).id);
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const total = EVENTS_PER_SECOND * EVENT_SECONDS;
  await paced(total, (i) =>
    fetch(`${base}/activities`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        partnerId: partnerIds[i % partnerIds.length],
        type: 'consultancy',
        title: `Freshness ${i}`,
        faculty: 'ENG',
        startDate: '2025-10-01',
        valueGbp: 1000,
      }),
    }).then((response) => {
      if (response.status !== 201) throw new Error(`POST /activities: ${response.status}`);
    }),
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { rows } = await pg.query<{ n: string }>(
      `select count(*) as n from activities.outbox o join reporting.inbox i on i.event_id = o.id and i.consumer = 'reporting'`,
    );
    if (Number(rows[0].n) >= total) break;
    if (Date.now() > deadline) throw new Error(`only ${rows[0].n} of ${total} events reached reporting`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { rows } = await pg.query<{ lag: number }>(
    `select extract(epoch from (i.handled_at - o.occurred_at)) * 1000 as lag
       from activities.outbox o join reporting.inbox i on i.event_id = o.id and i.consumer = 'reporting'
      order by 1`,
  );
  const lags = rows.map((row) => Number(row.lag));
  return { events: lags.length, p50: percentile(lags, 50), p99: percentile(lags, 99) };
}

/** Paces `total` calls of `send(i)` at EVENTS_PER_SECOND and waits for them all. */
async function paced(total: number, send: (i: number) => Promise<unknown>): Promise<void> {
  const started = performance.now();
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / EVENTS_PER_SECOND - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    sent.push(send(i));
  }
  await Promise.all(sent);
}

/**
 * Event → report: activity events enqueued on the reporting queue at a steady rate, as the outbox
 * relay enqueues them, each stamped with its enqueue time; measured to the moment the reporting
 * consumer applied it (the start of the transaction that wrote its inbox row and read models).
 */
async function measureEventFreshness(pg: Client, redisUrl: string, prefix: string) {
  const queue = new Queue(EventQueue.Reporting, { connection: { url: redisUrl }, prefix });
  const { rows: partners } = await pg.query<{ id: string }>(`select id from reporting.partner_rm limit 200`);
  const total = EVENTS_PER_SECOND * EVENT_SECONDS;
  const enqueuedAt = new Map<string, number>();
  try {
    await paced(total, (i) => {
      const id = randomUUID();
      const eventId = randomUUID();
      const payload: ActivitySnapshotV1 = {
        id,
        partnerId: partners[i % partners.length].id,
        type: ACTIVITY_TYPES[i % ACTIVITY_TYPES.length],
        title: `Event ${i}`,
        faculty: ['ENG', 'MED', 'BUS'][i % 3],
        school: null,
        status: 'active',
        startDate: '2025-10-01',
        endDate: null,
        academicYear: YEAR,
        valueGbp: 1000 + i,
        inKindGbp: null,
        income: [],
        details: {},
        version: 1,
      };
      const event: EventEnvelope = {
        id: eventId,
        type: 'activity.logged',
        version: 1,
        source: 'bench',
        aggregateId: id,
        occurredAt: new Date().toISOString(),
        payload,
      };
      enqueuedAt.set(eventId, Date.now());
      return queue.add(event.type, event, { ...EVENT_JOB_OPTIONS, jobId: eventId });
    });
  } finally {
    await queue.close();
  }
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { rows } = await pg.query<{ n: string }>(
      `select count(*) as n from reporting.inbox where consumer = 'reporting' and event_id = any($1::uuid[])`,
      [[...enqueuedAt.keys()]],
    );
    if (Number(rows[0].n) >= total) break;
    if (Date.now() > deadline) throw new Error(`only ${rows[0].n} of ${total} events applied`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const { rows } = await pg.query<{ event_id: string; at: string }>(
    `select event_id, extract(epoch from handled_at) * 1000 as at from reporting.inbox
      where consumer = 'reporting' and event_id = any($1::uuid[])`,
    [[...enqueuedAt.keys()]],
  );
  const lags = rows.map((row) => Number(row.at) - enqueuedAt.get(row.event_id)!).sort((a, b) => a - b);
  return { events: lags.length, p50: percentile(lags, 50), p99: percentile(lags, 99) };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
