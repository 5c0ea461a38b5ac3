import type { ServiceConfig } from '@app/config';
import { EVENT_SUBSCRIPTIONS } from '@app/contracts';
import type { Options } from '@mikro-orm/postgresql';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM } from '@mikro-orm/postgresql';
import { type DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import type { Logger } from 'pino';
import { HealthHandlers } from './health.handlers';
import { Outbox } from './outbox/outbox';
import { OutboxRelayHost } from './outbox/outbox-relay.provider';
import { OutboxReplayHandlers } from './outbox/outbox-replay.handlers';
import { createFailFastRedis } from './redis-connection';

export interface MessagingServiceOptions {
  /** The service's name: the `source` of its events and the prefix of its Redis connection names. */
  service: string;
  /** Its own PostgreSQL schema, where its outbox table is. */
  schema: string;
  config: Pick<ServiceConfig, 'REDIS_URL' | 'BULLMQ_PREFIX' | 'OUTBOX_POLL_MS'>;
  /** Its MikroORM options (`<service>OrmConfig(…)`). */
  orm: Options;
  logger: Logger;
  /** Whether it publishes events: an outbox, its relay, and the replay handlers. Reporting only consumes. */
  publishesEvents: boolean;
}

/**
 * What every service's root module needs besides its features: its ORM, `health.ping`, and (for a
 * publisher) the outbox, its relay with a fail-fast Redis connection, and the event log's handlers.
 * Global, so feature modules inject `EntityManager`, `Outbox` and `OutboxRelayHost` without importing it.
 */
@Module({})
export class MessagingModule {
  static forService(options: MessagingServiceOptions): DynamicModule {
    const controllers: Type[] = [HealthHandlers];
    const providers: Provider[] = [];
    if (options.publishesEvents) {
      controllers.push(OutboxReplayHandlers);
      providers.push(
        { provide: Outbox, useValue: new Outbox(options.service) },
        {
          provide: OutboxRelayHost,
          inject: [MikroORM],
          useFactory: (orm: MikroORM) =>
            new OutboxRelayHost(orm, {
              schema: options.schema,
              bullPrefix: options.config.BULLMQ_PREFIX,
              pollMs: options.config.OUTBOX_POLL_MS,
              subscriptions: EVENT_SUBSCRIPTIONS,
              redis: createFailFastRedis(options.config.REDIS_URL, `${options.service}:outbox`),
              logger: options.logger,
            }),
        },
      );
    }
    return {
      module: MessagingModule,
      global: true,
      imports: [MikroOrmModule.forRoot({ ...options.orm, registerRequestContext: false })],
      controllers,
      providers,
      exports: options.publishesEvents ? [Outbox, OutboxRelayHost] : [],
    };
  }
}
