import type { Actor, RpcEnvelope } from '@app/contracts';
import { StreamsClient } from '@app/messaging';
import { firstValueFrom } from 'rxjs';

/** The services whose outboxes feed reporting. */
export const EVENT_SOURCES = ['partners', 'activities', 'programmes'] as const;

const REPORTING_ACTOR: Actor = { sub: 'system:reporting', roles: ['admin'] };

/** Request-stream clients to every event source, asking as the reporting service itself. */
export class EventSources {
  private readonly clients = new Map<string, StreamsClient>();

  constructor(options: { redisUrl: string; keyPrefix: string; timeoutMs: number }) {
    for (const service of EVENT_SOURCES)
      this.clients.set(service, new StreamsClient({ ...options, service }));
  }

  async call<T>(source: string, pattern: string, payload: unknown): Promise<T> {
    const client = this.clients.get(source);
    if (!client) throw new Error(`${source} is not an event source`);
    await client.connect();
    const envelope: RpcEnvelope = { actor: REPORTING_ACTOR, payload };
    return firstValueFrom(client.send<T>(pattern, envelope));
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.clients.values()].map((client) => client.close()));
  }
}
