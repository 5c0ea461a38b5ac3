import { ACTIVITY_IMPORT_QUEUE, EVENT_SUBSCRIPTIONS } from '@app/contracts';
import {
  createFailFastRedis,
  HealthHandlers,
  Outbox,
  OutboxRelayHost,
  OutboxReplayHandlers,
  StreamsClient,
} from '@app/messaging';
import { createLogger } from '@app/observability';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM } from '@mikro-orm/postgresql';
import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Pool } from 'pg';
import { ActivitiesHandlers } from './activities/activities.handlers';
import { ActivitiesService } from './activities/activities.service';
import type { ActivitiesConfig } from './activities.config';
import { ACTIVITIES_SCHEMA } from './migrations';
import { activitiesOrmConfig } from './orm.config';
import { ImportWriter } from './imports/import-writer';
import { ImportWorkerHost } from './imports/import-worker.host';
import { ImportsHandlers } from './imports/imports.handlers';
import { ImportsService } from './imports/imports.service';
import { PartnerDirectory } from './partners-lookup/partner-directory';

const IMPORT_QUEUE_REDIS = Symbol('IMPORT_QUEUE_REDIS');

@Module({})
export class ActivitiesAppModule implements OnApplicationShutdown {
  constructor(
    private readonly directory: PartnerDirectory,
    private readonly importQueue: Queue,
    @Inject(IMPORT_QUEUE_REDIS) private readonly importQueueRedis: Redis,
    private readonly importPool: Pool,
  ) {}

  static register(config: ActivitiesConfig): DynamicModule {
    const logger = createLogger('activities', config.LOG_LEVEL);
    return {
      module: ActivitiesAppModule,
      imports: [
        MikroOrmModule.forRoot({
          ...activitiesOrmConfig(config.DATABASE_URL, logger),
          registerRequestContext: false,
        }),
      ],
      controllers: [ActivitiesHandlers, ImportsHandlers, HealthHandlers, OutboxReplayHandlers],
      providers: [
        ActivitiesService,
        ImportsService,
        {
          provide: IMPORT_QUEUE_REDIS,
          useFactory: () => createFailFastRedis(config.REDIS_URL, 'activities:imports'),
        },
        {
          provide: Queue,
          inject: [IMPORT_QUEUE_REDIS],
          useFactory: (connection: Redis) => {
            const queue = new Queue(ACTIVITY_IMPORT_QUEUE, { connection, prefix: config.BULLMQ_PREFIX });
            queue.on('error', () => undefined);
            return queue;
          },
        },
        {
          provide: ImportWorkerHost,
          inject: [MikroORM, ImportsService],
          useFactory: (orm: MikroORM, imports: ImportsService) =>
            new ImportWorkerHost(orm, imports, {
              redisUrl: config.REDIS_URL,
              bullPrefix: config.BULLMQ_PREFIX,
              stalledMs: config.IMPORT_STALLED_MS,
              resubmitEveryMs: config.IMPORT_RESUBMIT_EVERY_MS,
              logger,
            }),
        },
        { provide: Outbox, useValue: new Outbox('activities') },
        // The import's COPY needs pg connections of its own (the ORM does not expose COPY):
        // two chunks written at once, and one for an upload meanwhile.
        { provide: Pool, useFactory: () => new Pool({ connectionString: config.DATABASE_URL, max: 3 }) },
        {
          provide: ImportWriter,
          inject: [Pool],
          useFactory: (pool: Pool) => new ImportWriter(pool, config.IMPORT_CHUNK_ROWS),
        },
        {
          provide: PartnerDirectory,
          useFactory: () =>
            new PartnerDirectory(
              new StreamsClient({
                redisUrl: config.REDIS_URL,
                keyPrefix: config.BULLMQ_PREFIX,
                service: 'partners',
                timeoutMs: config.REQUEST_TIMEOUT_MS,
              }),
            ),
        },
        {
          provide: OutboxRelayHost,
          inject: [MikroORM],
          useFactory: (orm: MikroORM) =>
            new OutboxRelayHost(orm, {
              schema: ACTIVITIES_SCHEMA,
              bullPrefix: config.BULLMQ_PREFIX,
              pollMs: config.OUTBOX_POLL_MS,
              subscriptions: EVENT_SUBSCRIPTIONS,
              redis: createFailFastRedis(config.REDIS_URL, 'activities:outbox'),
              logger,
            }),
        },
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.directory.close();
    await this.importQueue.close().catch(() => undefined);
    // BullMQ leaves a connection it was given open: without this the process never exits.
    await this.importQueueRedis.quit().catch(() => undefined);
    await this.importPool.end();
  }
}
