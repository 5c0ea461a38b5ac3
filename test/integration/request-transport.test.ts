import { livenessKey, liveReplicas, requestStreamKey, StreamsClient, REQUEST_FIELD } from '@app/messaging';
import { runWithRequestId } from '@app/observability';
import { testKeyPrefix, testRedisUrl, waitFor } from '@app/testing';
import type { INestMicroservice } from '@nestjs/common';
import { Redis } from 'ioredis';
import { firstValueFrom } from 'rxjs';
import { handledBy, startFixtureReplica } from '../support/rpc-fixture';

describe('request transport over a Redis Streams consumer group', () => {
  const redisUrl = testRedisUrl();
  let prefix: string;
  let apps: INestMicroservice[];
  let clients: StreamsClient[];
  let redis: Redis;

  const client = (service: string, timeoutMs = 3000, maxStreamLength?: number) => {
    const created = new StreamsClient({ redisUrl, keyPrefix: prefix, service, timeoutMs, maxStreamLength });
    clients.push(created);
    return created;
  };
  const replica = async (
    service: string,
    name: string,
    extra: { claimIdleMs?: number; concurrency?: number; staleConsumerMs?: number } = {},
  ) => {
    const started = await startFixtureReplica(name, { redisUrl, keyPrefix: prefix, service, ...extra });
    apps.push(started.app);
    return started;
  };
  const send = <T>(c: StreamsClient, pattern: string, data: unknown) =>
    firstValueFrom(c.send<T>(pattern, data));

  beforeEach(() => {
    prefix = testKeyPrefix('rpc');
    apps = [];
    clients = [];
    redis = new Redis(redisUrl);
    redis.on('error', () => undefined);
    handledBy.clear();
  });

  afterEach(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await Promise.all(clients.map((c) => c.close()));
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('answers a request, and carries a service error back as { code, message, details }', async () => {
    await replica('svc', 'r1');
    const c = client('svc');
    await expect(send(c, 'echo', { n: 7 })).resolves.toEqual({ n: 7, replica: 'r1' });
    await expect(send(c, 'domain-error', {})).rejects.toEqual({
      code: 'common.validation_failed',
      message: 'bad thing',
      details: [{ field: 'x', problem: 'is wrong' }],
      extra: { hint: 1 },
    });
  });

  it('never lets an internal error detail reach the caller', async () => {
    await replica('svc', 'r1');
    const error: unknown = await send(client('svc'), 'crash', {}).catch((e: unknown) => e);
    expect(error).toEqual({ code: 'common.internal', message: 'Internal error' });
  });

  it('hands each request to exactly one of two replicas', async () => {
    await replica('svc', 'r1', { concurrency: 4 });
    await replica('svc', 'r2', { concurrency: 4 });
    const c = client('svc');
    const tags = Array.from({ length: 200 }, (_, i) => `req-${i}`);
    const replies = await Promise.all(
      tags.map((tag, n) => send<{ n: number; replica: string }>(c, 'slow', { ms: 2, tag, n })),
    );
    expect(replies).toHaveLength(200);
    for (const tag of tags) expect(handledBy.get(tag)).toHaveLength(1);
    const counts = [...handledBy.values()]
      .flat()
      .reduce<Record<string, number>>((acc, r) => ({ ...acc, [r]: (acc[r] ?? 0) + 1 }), {});
    expect(counts.r1 + counts.r2).toBe(200);
    expect(counts.r1).toBeGreaterThan(0);
    expect(counts.r2).toBeGreaterThan(0);
  });

  it('gives up at the deadline when no replica answers, and a late replica drops the expired request', async () => {
    const c = client('lonely', 300);
    const error: unknown = await send(c, 'echo', { n: 1, tag: 'expired' }).catch((e: unknown) => e);
    // It was handed over (it sits in the stream), so whether it was done is unknown: not "unavailable".
    expect(error).toMatchObject({
      code: 'common.no_reply',
      message: expect.stringContaining('retrying with the same Idempotency-Key header is safe'),
    });
    // No replica ever read it: it is still in the stream, unread, when the caller has given up.
    const stream = requestStreamKey(prefix, 'lonely');
    expect(await redis.xlen(stream)).toBe(1);

    await replica('lonely', 'late');
    await waitFor('the expired entry to be removed', async () => (await redis.xlen(stream)) === 0);
    expect(handledBy.has('expired')).toBe(false);
    await expect(send(client('lonely'), 'echo', { n: 2 })).resolves.toEqual({ n: 2, replica: 'late' });
  });

  it('lets a live replica claim a request a dead replica left unacknowledged', async () => {
    const stream = requestStreamKey(prefix, 'svc');
    await redis.xgroup('CREATE', stream, 'svc', '0', 'MKSTREAM');
    const c = client('svc', 5000);
    const answer = send<{ replica: string }>(c, 'echo', { n: 3, tag: 'orphan' });
    // A replica that read the request and died before answering: it stays pending under its name.
    await waitFor('the request to be queued', async () => (await redis.xlen(stream)) === 1);
    const taken = (await redis.xreadgroup(
      'GROUP',
      'svc',
      'dead-replica',
      'COUNT',
      1,
      'STREAMS',
      stream,
      '>',
    )) as [string, [string, string[]][]][];
    expect(taken[0][1]).toHaveLength(1);

    await replica('svc', 'survivor', { claimIdleMs: 300 });
    await expect(answer).resolves.toEqual({ n: 3, replica: 'survivor' });
    expect(handledBy.get('orphan')).toEqual(['survivor']);
  });

  it('does not let another replica steal a slow request that is still being worked on', async () => {
    await replica('svc', 'r1', { claimIdleMs: 200, concurrency: 1 });
    await replica('svc', 'r2', { claimIdleMs: 200, concurrency: 1 });
    const c = client('svc', 5000);
    await Promise.all([
      send(c, 'slow', { ms: 1200, tag: 'slow-a' }),
      send(c, 'slow', { ms: 1200, tag: 'slow-b' }),
    ]);
    expect(handledBy.get('slow-a')).toHaveLength(1);
    expect(handledBy.get('slow-b')).toHaveLength(1);
  });

  it('keeps the stream bounded: handled entries are removed, and a backlog is trimmed', async () => {
    await replica('svc', 'r1');
    const c = client('svc');
    await Promise.all(Array.from({ length: 50 }, (_, n) => send(c, 'echo', { n })));
    expect(await redis.xlen(requestStreamKey(prefix, 'svc'))).toBe(0);

    const nobody = client('nobody', 100, 100);
    await Promise.allSettled(Array.from({ length: 1000 }, (_, n) => send(nobody, 'echo', { n })));
    expect(await redis.xlen(requestStreamKey(prefix, 'nobody'))).toBeLessThan(300);
  });

  it('propagates the request id to the handler', async () => {
    await replica('svc', 'r1');
    const c = client('svc');
    const reply = await runWithRequestId('req-trace-42', () =>
      send<{ requestId: string }>(c, 'request-id', {}),
    );
    expect(reply.requestId).toBe('req-trace-42');
  });

  it('stores requests in the stream in one field, readable by any replica', async () => {
    const c = client('peek', 200);
    await send(c, 'echo', { n: 1 }).catch(() => undefined);
    const entries = await redis.xrange(requestStreamKey(prefix, 'peek'), '-', '+');
    const fields = entries[0][1];
    expect(fields[0]).toBe(REQUEST_FIELD);
    expect(JSON.parse(fields[1])).toMatchObject({
      pattern: 'echo',
      data: { n: 1 },
      deadline: expect.any(Number),
    });
  });

  it('lists each listening replica as alive, and forgets one that stops or stops beating', async () => {
    const alive = livenessKey(prefix, 'svc');
    expect(await liveReplicas(redis, alive)).toBe(0);
    const first = await replica('svc', 'r1');
    const second = await replica('svc', 'r2');
    expect(await liveReplicas(redis, alive)).toBe(2);
    expect(await redis.zrange(alive, '0', '-1')).toEqual(
      expect.arrayContaining([first.server.consumer, second.server.consumer]),
    );

    apps.splice(apps.indexOf(first.app), 1);
    await first.app.close();
    expect(await redis.zrange(alive, '0', '-1')).toEqual([second.server.consumer]);

    // A replica that died without a word: its last heartbeat is scored in the past.
    await redis.zadd(alive, '0', 'dead-replica');
    expect(await liveReplicas(redis, alive)).toBe(1);
  });

  it('forgets the consumers of replicas long gone by itself, never its own', async () => {
    const first = await replica('svc', 'r1', { staleConsumerMs: 200 });
    // Served once, so it is a consumer of the group (and idle past 200 ms meanwhile, between requests).
    await expect(send(client('svc'), 'echo', {})).resolves.toMatchObject({ replica: 'r1' });
    const stream = requestStreamKey(prefix, 'svc');
    await redis.xgroup('CREATECONSUMER', stream, 'svc', 'gone-replica');
    const names = async () =>
      ((await redis.xinfo('CONSUMERS', stream, 'svc')) as unknown[][]).map((fields) =>
        String(fields[fields.indexOf('name') + 1]),
      );
    // The replica's own sweep (every staleConsumerMs) removes it by itself.
    await waitFor('the gone replica to be forgotten', async () => !(await names()).includes('gone-replica'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await names()).toContain(first.server.consumer);
    expect(await first.server.forgetStaleConsumers()).toEqual([]);
  });
});
