import { EVENT_SUBSCRIPTIONS, EventQueue } from '@app/contracts';
import { EventWorker, InboxReconciler } from '@app/messaging';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { REPORTING_SCHEMA } from '../migrations';
import { EVENT_SOURCES, EventSources } from './event-sources';
import { REPORTING_HANDLERS } from './event-handlers';

export interface IngestOptions {
  redisUrl: string;
  bullPrefix: string;
  logger: Logger;
  concurrency?: number;
  requestTimeoutMs: number;
  reconcileIntervalMs: number;
  reconcileGraceMs: number;
}

/**
 * Consumes the reporting event queue into the read models, each event once (inbox), and checks
 * the sources' logs for events the queue never delivered (ADR 0014).
 */
export class IngestHost implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly worker: EventWorker;
  readonly reconciler: InboxReconciler;
  private readonly sources: EventSources;

  constructor(orm: MikroORM, options: IngestOptions) {
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
    this.sources = new EventSources({
      redisUrl: options.redisUrl,
      keyPrefix: options.bullPrefix,
      timeoutMs: options.requestTimeoutMs,
    });
    this.reconciler = new InboxReconciler({
      orm,
      schema: REPORTING_SCHEMA,
      consumer: 'reporting',
      queue: EventQueue.Reporting,
      sources: EVENT_SOURCES,
      call: (source, pattern, payload) => this.sources.call(source, pattern, payload),
      handle: (event) => this.worker.handle(event),
      intervalMs: options.reconcileIntervalMs,
      graceMs: options.reconcileGraceMs,
      logger: options.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.worker.start();
    this.reconciler.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.reconciler.stop();
    await this.worker.stop();
    await this.sources.close();
  }
}
