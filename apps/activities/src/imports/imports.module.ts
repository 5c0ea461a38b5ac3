import { ACTIVITY_IMPORT_QUEUE } from '@app/contracts';
import { createFailFastRedis } from '@app/messaging';
import type { Logger } from 'pino';
import { MikroORM } from '@mikro-orm/postgresql';
import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Pool } from 'pg';
import type { ActivitiesConfig } from '../activities.config';
import { ImportWriter } from './import-writer';
import { ImportWorkerHost } from './import-worker.host';
import { ImportsHandlers } from './imports.handlers';
import { ImportsService } from './imports.service';

const IMPORT_QUEUE_REDIS = Symbol('IMPORT_QUEUE_REDIS');

/** CSV imports of activities: the upload, its queue, the worker that writes the rows, and their list. */
@Module({})
export class ImportsModule implements OnApplicationShutdown {
  constructor(
    private readonly importQueue: Queue,
    @Inject(IMPORT_QUEUE_REDIS) private readonly importQueueRedis: Redis,
    private readonly importPool: Pool,
  ) {}

  static register(config: ActivitiesConfig, logger: Logger, partnersLookup: DynamicModule): DynamicModule {
    return {
      module: ImportsModule,
      imports: [partnersLookup],
      controllers: [ImportsHandlers],
      providers: [
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
        // The import's COPY needs pg connections of its own (the ORM does not expose COPY):
        // two chunks written at once, and one for an upload meanwhile.
        { provide: Pool, useFactory: () => new Pool({ connectionString: config.DATABASE_URL, max: 3 }) },
        {
          provide: ImportWriter,
          inject: [Pool],
          useFactory: (pool: Pool) => new ImportWriter(pool, config.IMPORT_CHUNK_ROWS),
        },
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.importQueue.close().catch(() => undefined);
    // BullMQ leaves a connection it was given open: without this the process never exits.
    await this.importQueueRedis.quit().catch(() => undefined);
    await this.importPool.end();
  }
}
