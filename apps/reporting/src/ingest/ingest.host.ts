import { EVENT_SUBSCRIPTIONS, EventQueue } from '@app/contracts';
import { EventWorker } from '@app/messaging';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { REPORTING_SCHEMA } from '../migrations';
import { REPORTING_HANDLERS } from './event-handlers';

/** Consumes the reporting event queue into the read models, each event once (inbox). */
export class IngestHost implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly worker: EventWorker;

  constructor(
    orm: MikroORM,
    options: { redisUrl: string; bullPrefix: string; logger: Logger; concurrency?: number },
  ) {
    this.worker = new EventWorker({
      queue: EventQueue.Reporting,
      consumer: 'reporting',
      redisUrl: options.redisUrl,
      bullPrefix: options.bullPrefix,
      orm,
      schema: REPORTING_SCHEMA,
      handlers: REPORTING_HANDLERS,
      subscribedTypes: EVENT_SUBSCRIPTIONS[EventQueue.Reporting],
      concurrency: options.concurrency,
      logger: options.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.worker.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker.stop();
  }
}
