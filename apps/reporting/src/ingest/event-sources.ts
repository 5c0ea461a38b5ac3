import type { Actor, RpcEnvelope } from '@app/contracts';
import {
  closeRedis,
  createFailFastRedis,
  liveReplicas,
  livenessKey,
  StreamsClient,
  waitUntilReady,
} from '@app/messaging';
import type { Redis } from 'ioredis';
import { firstValueFrom } from 'rxjs';

/** The services whose outboxes feed reporting. */
export const EVENT_SOURCES = ['partners', 'activities', 'programmes'] as const;

const REPORTING_ACTOR: Actor = { sub: 'system:reporting', roles: ['admin'] };

/**
 * Request-stream clients to every event source, asking as the reporting service itself. A source
 * with no live replica is not asked (nothing is left on its stream for it to find later).
 */
export class EventSources {
  private readonly clients = new Map<string, StreamsClient>();
  private readonly redis: Redis;

  constructor(private readonly options: { redisUrl: string; keyPrefix: string; timeoutMs: number }) {
    for (const service of EVENT_SOURCES)
      this.clients.set(service, new StreamsClient({ ...options, service }));
    this.redis = createFailFastRedis(options.redisUrl, 'reporting:event-sources');
  }

  async call<T>(source: string, pattern: string, payload: unknown): Promise<T> {
    const client = this.clients.get(source);
    if (!client) throw new Error(`${source} is not an event source`);
    await waitUntilReady(this.redis, 2000);
    if ((await liveReplicas(this.redis, livenessKey(this.options.keyPrefix, source))) === 0)
      throw new Error(`${source} has no live replica`);
    await client.connect();
    const envelope: RpcEnvelope = { actor: REPORTING_ACTOR, payload };
    return firstValueFrom(client.send<T>(pattern, envelope));
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.clients.values()].map((client) => client.close()));
    await closeRedis(this.redis);
  }
}
