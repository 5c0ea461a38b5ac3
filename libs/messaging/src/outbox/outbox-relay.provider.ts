import { MikroORM } from '@mikro-orm/postgresql';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { OutboxLog } from './outbox-log';
import { OutboxRelay } from './outbox-relay';

export interface OutboxRelayHostOptions {
  schema: string;
  bullPrefix: string;
  pollMs: number;
  subscriptions: Record<string, readonly string[]>;
  redis: Redis;
  logger: Logger;
}

/** Runs a service's outbox relay for as long as the service runs, and stops it before the ORM closes. */
export class OutboxRelayHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly relay: OutboxRelay;
  readonly log: OutboxLog;

  constructor(
    orm: MikroORM,
    private readonly options: OutboxRelayHostOptions,
  ) {
    this.relay = new OutboxRelay({ orm, ...options });
    this.log = new OutboxLog({ orm, schema: options.schema, subscriptions: options.subscriptions });
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.options.redis.quit().catch(() => undefined);
  }
}
