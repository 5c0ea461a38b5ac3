import { freePort, signTestToken } from '@app/testing';
import { api, type RunningStack, startStack } from '../support/stack';

/** Prometheus metrics on each process's internal METRICS_PORT, beside its probes. */
describe('metrics', () => {
  let stack: RunningStack;
  let gatewayMetrics: string;
  let activitiesMetrics: string;

  beforeAll(async () => {
    const [gatewayPort, activitiesPort] = [await freePort(), await freePort()];
    gatewayMetrics = `http://127.0.0.1:${gatewayPort}`;
    activitiesMetrics = `http://127.0.0.1:${activitiesPort}`;
    stack = await startStack('metrics', {
      activities: { METRICS_PORT: String(activitiesPort) },
      gateway: { METRICS_PORT: String(gatewayPort) },
    });
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('shows request durations by route and status, request streams and queues in the gateway', async () => {
    const office = api(stack.gateway.url, await signTestToken({ roles: ['commercialisation'] }));
    expect((await office.post('/partners', { name: 'Arup', organisationType: 'large_company' })).status).toBe(
      201,
    );
    expect((await office.get('/partners/not-a-uuid')).status).toBe(404);
    const text = await (await fetch(`${gatewayMetrics}/metrics`)).text();
    expect(text).toMatch(
      /http_request_duration_seconds_count\{service="gateway",route="\/api\/v1\/partners",method="POST",status="201"\} 1/,
    );
    expect(text).toMatch(
      /http_request_duration_seconds_count\{service="gateway",route="\/api\/v1\/partners\/:id",method="GET",status="404"\}/,
    );
    expect(text).toMatch(/rpc_stream_requests\{target="partners",state="waiting",service="gateway"\} 0/);
    expect(text).toMatch(/queue_jobs\{queue="events-reporting",state="failed",service="gateway"\} \d+/);
    expect((await fetch(`${gatewayMetrics}/healthz`)).status).toBe(200);
  });

  it("shows a service's outbox backlog beside its probes", async () => {
    const text = await (await fetch(`${activitiesMetrics}/metrics`)).text();
    expect(text).toMatch(/outbox_unpublished_events\{service="activities"\} \d+/);
    expect(text).toMatch(/process_cpu_seconds_total\{service="activities"\}/);
    expect((await fetch(`${activitiesMetrics}/readyz`)).status).toBe(200);
  });
});
