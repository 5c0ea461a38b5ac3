import { requestStreamKey } from '@app/messaging';
import { dropKeys, PrivateRedis, signTestToken, streamEntriesAdded, type TestDatabase } from '@app/testing';
import {
  api,
  startGateway,
  startStack,
  testEnvironment,
  type RunningGateway,
  type StackEnv,
} from '../support/stack';

/**
 * Each gateway here has a key prefix of its own, so its counters start at zero; most need no
 * service at all (a 400, 401 or 503 counts against a limit like any answer).
 */
describe('rate limits: per address and per token subject, /health included', () => {
  let env: StackEnv;
  let db: TestDatabase;
  const gateways: RunningGateway[] = [];
  let n = 0;

  beforeAll(async () => {
    ({ env, db } = await testEnvironment('rate-limits'));
  });

  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((gateway) => gateway.close()));
  });

  afterAll(async () => {
    await db?.drop();
    await dropKeys(env.REDIS_URL, env.BULLMQ_PREFIX);
  });

  const gateway = async (settings: Record<string, string>, redisUrl = env.REDIS_URL) => {
    const started = await startGateway(
      { ...env, REDIS_URL: redisUrl, BULLMQ_PREFIX: `${env.BULLMQ_PREFIX}-${++n}` },
      { RATE_LIMIT_WINDOW_MS: '60000', ...settings },
    );
    gateways.push(started);
    return started;
  };

  /** Statuses of `count` requests made one after another. */
  const statuses = async (count: number, request: (i: number) => Promise<{ status: number }>) => {
    const seen: number[] = [];
    for (let i = 0; i < count; i++) seen.push((await request(i)).status);
    return seen;
  };
  const limited = (seen: number[]) => seen.map((status) => status === 429);

  it('ignores X-Forwarded-For from an untrusted peer: rotating it with one token does not escape the address limit', async () => {
    const g = await gateway({ RATE_LIMIT_ADDRESS_MAX: '5', RATE_LIMIT_SUBJECT_MAX: '1000' });
    const client = api(g.url, await signTestToken({ roles: ['commercialisation'] }));
    const seen = await statuses(8, (i) =>
      client.get('/partners/not-a-uuid', { 'x-forwarded-for': `203.0.113.${i + 1}` }),
    );
    expect(limited(seen)).toEqual([false, false, false, false, false, true, true, true]);
    const refused = await client.get('/partners/not-a-uuid', { 'x-forwarded-for': '198.51.100.7' });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(refused.body.message).toContain('Rate limit of 5 requests');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('takes the client address from X-Forwarded-For when the peer is a trusted proxy', async () => {
    const g = await gateway({ TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1', RATE_LIMIT_ADDRESS_MAX: '3' });
    const anonymous = api(g.url);
    const from = (address: string) => () => anonymous.get('/partners', { 'x-forwarded-for': address });
    expect(limited(await statuses(4, from('203.0.113.1')))).toEqual([false, false, false, true]);
    // Another client behind the same proxy has a count of its own.
    expect(limited(await statuses(3, from('203.0.113.2')))).toEqual([false, false, false]);
    // The address is the last one before the trusted proxies: one the client made up in front of it is ignored.
    expect((await from('198.51.100.9, 203.0.113.1, 10.1.2.3')()).status).toBe(429);
  });

  it('limits a token subject across every address it comes from, and not another subject', async () => {
    const g = await gateway({
      TRUSTED_PROXIES: '127.0.0.1',
      RATE_LIMIT_ADDRESS_MAX: '1000',
      RATE_LIMIT_SUBJECT_MAX: '3',
    });
    const client = api(g.url, await signTestToken({ sub: 'busy-user', roles: ['commercialisation'] }));
    const seen = await statuses(5, (i) =>
      client.get('/partners/not-a-uuid', { 'x-forwarded-for': `203.0.113.${i + 1}` }),
    );
    expect(limited(seen)).toEqual([false, false, false, true, true]);
    expect((await statuses(1, () => client.get('/partners')))[0]).toBe(429);
    const other = api(g.url, await signTestToken({ sub: 'other-user', roles: ['commercialisation'] }));
    expect((await other.get('/partners/not-a-uuid', { 'x-forwarded-for': '203.0.113.1' })).status).not.toBe(
      429,
    );
  });

  it('limits /health by address like every other route', async () => {
    const g = await gateway({ RATE_LIMIT_ADDRESS_MAX: '4' });
    const seen = await statuses(6, () => api(g.url).get('/health'));
    expect(limited(seen)).toEqual([false, false, false, false, true, true]);
  });

  it('keeps limiting in each gateway’s memory while its Redis is away: neither open nor closed', async () => {
    const redis = await PrivateRedis.start();
    try {
      const g = await gateway({ RATE_LIMIT_ADDRESS_MAX: '3' }, redis.url);
      await redis.stop();
      const seen = await statuses(5, () => api(g.url).get('/health'));
      expect(seen.slice(0, 3)).toEqual([503, 503, 503]);
      expect(seen.slice(3)).toEqual([429, 429]);
    } finally {
      await redis.stop();
    }
  });
});

describe('/health answers from a view refreshed in the background', () => {
  it('sends no request to any service however often it is called', async () => {
    const stack = await startStack('health-cheap', { gateway: { RATE_LIMIT_MAX: '100000' } });
    try {
      const stream = requestStreamKey(stack.env.BULLMQ_PREFIX, 'partners');
      const health = api(stack.gateway.url);
      const before = await streamEntriesAdded(stack.env.REDIS_URL, stream);
      const answers = await Promise.all(Array.from({ length: 100 }, () => health.get('/health')));
      expect(answers.every((answer) => answer.body.services.partners === 'up')).toBe(true);
      expect(await streamEntriesAdded(stack.env.REDIS_URL, stream)).toBe(before);
    } finally {
      await stack.close();
    }
  });
});
