import { EventQueue } from '@app/contracts';
import type { ServiceHost } from '@app/messaging';
import { signTestToken, waitFor } from '@app/testing';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { IngestHost } from '../../apps/reporting/src/ingest/ingest.host';
import {
  api,
  startGateway,
  startActivities,
  startPartners,
  startProgrammes,
  startReporting,
  testEnvironment,
  type RunningGateway,
  type StackEnv,
} from '../support/stack';
import { dropKeys, type TestDatabase } from '@app/testing';

/**
 * Events whose jobs Redis lost: reporting's check of the sources' logs counts them as not yet
 * applied (the freshness report says so) while they may still be on their way, and applies them
 * from the source once they are older than the grace period (ADR 0014).
 */
describe('InboxReconciler: events the queue never delivered', () => {
  let env: StackEnv;
  let db: TestDatabase;
  let pg: Client;
  let partners: ServiceHost;
  let others: ServiceHost[];
  let reporting: ServiceHost | undefined;
  let gateway: RunningGateway;

  beforeAll(async () => {
    ({ env, db } = await testEnvironment('reconcile'));
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    partners = await startPartners(env);
    // The other sources answer too (with nothing), so a check does not wait out their deadline.
    others = [await startActivities(env), await startProgrammes(env)];
    gateway = await startGateway(env);
  });

  afterAll(async () => {
    await gateway.close();
    await reporting?.close();
    for (const service of others) await service.close();
    await partners.close();
    await pg.end();
    await db.drop();
    await dropKeys(env.REDIS_URL, env.BULLMQ_PREFIX);
  });

  async function published(): Promise<number> {
    const { rows } = await pg.query<{ n: string }>(
      `select count(*) as n from partners.outbox where publish_seq is not null`,
    );
    return Number(rows[0].n);
  }

  async function freshnessOf(source: string) {
    const leader = api(gateway.url, await signTestToken({ roles: ['leadership'] }));
    const { body } = await leader.get('/reports/freshness');
    return (
      body.sources as { source: string; status: string; unappliedEvents: number; lagMs: number }[]
    ).find((row) => row.source === source);
  }

  it('counts lost events as unapplied within the grace period, then applies them from the source', async () => {
    const office = api(gateway.url, await signTestToken({ roles: ['commercialisation'] }));
    for (const name of ['Arup', 'Rolls-Royce plc', 'Siemens'])
      expect((await office.post('/partners', { name, organisationType: 'large_company' })).status).toBe(201);
    await waitFor('the partner events to be published', async () => (await published()) === 3);
    // Redis loses the jobs before reporting has read them.
    const queue = new Queue(EventQueue.Reporting, {
      connection: { url: env.REDIS_URL },
      prefix: env.BULLMQ_PREFIX,
    });
    await queue.obliterate({ force: true });
    await queue.close();

    reporting = await startReporting(env, { RECONCILE_INTERVAL_MS: '600000', RECONCILE_GRACE_MS: '3600000' });
    const reconciler = reporting.app.get(IngestHost).reconciler;
    const [first] = (await reconciler.check()).filter((check) => check.source === 'partners');
    expect(first).toMatchObject({ unapplied: 3, recovered: 0 });
    expect(await freshnessOf('partners')).toMatchObject({ status: 'behind', unappliedEvents: 3 });
    expect((await freshnessOf('partners'))!.lagMs).toBeGreaterThan(0);

    // Older than the grace period: taken as lost, read from the partners service and applied.
    await pg.query(`update partners.outbox set published_at = published_at - interval '2 hours'`);
    const [second] = (await reconciler.check()).filter((check) => check.source === 'partners');
    expect(second).toMatchObject({ unapplied: 0, recovered: 3 });
    expect(await freshnessOf('partners')).toMatchObject({ status: 'current', unappliedEvents: 0 });
    const { rows } = await pg.query<{ n: string }>(`select count(*) as n from reporting.partner_rm`);
    expect(Number(rows[0].n)).toBe(3);

    // Checked again, nothing is applied twice and the watermark stays past them.
    const [third] = (await reconciler.check()).filter((check) => check.source === 'partners');
    expect(third).toMatchObject({ unapplied: 0, recovered: 0 });
    const watermark = await pg.query<{ seq: string }>(
      `select seq::text as seq from reporting.inbox_watermark where source = 'partners'`,
    );
    expect(watermark.rows[0].seq).toBe('3');
  });

  it('stops its watermark before an event published within the grace period', async () => {
    const office = api(gateway.url, await signTestToken({ roles: ['commercialisation'] }));
    expect(
      (await office.post('/partners', { name: 'Unilever', organisationType: 'large_company' })).status,
    ).toBe(201);
    await waitFor('the event to be published', async () => (await published()) === 4);
    await waitFor('reporting to apply it', async () => {
      const { rows } = await pg.query<{ n: string }>(`select count(*) as n from reporting.partner_rm`);
      return Number(rows[0].n) === 4;
    });
    const reconciler = reporting!.app.get(IngestHost).reconciler;
    const [check] = (await reconciler.check()).filter((result) => result.source === 'partners');
    // Applied, but not yet past the grace period: a lower number might still appear, so no advance.
    expect(check).toMatchObject({ unapplied: 0, recovered: 0 });
    const watermark = await pg.query<{ seq: string }>(
      `select seq::text as seq from reporting.inbox_watermark where source = 'partners'`,
    );
    expect(watermark.rows[0].seq).toBe('3');
  });
});
