import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { SnapshotsService } from './snapshots.service';

export const SNAPSHOT_QUEUE = 'reporting-snapshots';
export const SNAPSHOT_SCHEDULER_ID = 'monthly-snapshot';

/**
 * A BullMQ job scheduler takes the monthly snapshot (one replica runs each job). The scheduler is
 * upserted at start, so changing the day in configuration moves it, and again whenever the
 * connection to Redis is made anew and every `registerEveryMs`, so a Redis that lost its data gets
 * it back without a restart; a job due meanwhile runs when Redis is back.
 */
export class SnapshotSchedulerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private queue?: Queue;
  private worker?: Worker;
  private timer?: NodeJS.Timeout;
  private redis?: Redis;

  constructor(
    private readonly orm: MikroORM,
    private readonly snapshots: SnapshotsService,
    private readonly options: {
      redisUrl: string;
      bullPrefix: string;
      dayOfMonth: number;
      registerEveryMs: number;
      logger: Logger;
    },
  ) {}

  onApplicationBootstrap(): void {
    const connection = { url: this.options.redisUrl, maxRetriesPerRequest: null };
    this.redis = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null });
    this.redis.on('error', () => undefined);
    // Every new connection may be to a Redis that lost the schedule.
    this.redis.on('ready', () => void this.register());
    this.queue = new Queue(SNAPSHOT_QUEUE, { connection: this.redis, prefix: this.options.bullPrefix });
    this.queue.on('error', (error) =>
      this.options.logger.warn({ err: String(error) }, 'snapshot queue error'),
    );
    this.worker = new Worker(
      SNAPSHOT_QUEUE,
      () =>
        RequestContext.create(this.orm.em, () => this.snapshots.take()).then(({ created, snapshot }) => {
          this.options.logger.info({ period: snapshot.period, created }, 'monthly snapshot');
          return snapshot.id;
        }),
      { connection, prefix: this.options.bullPrefix, concurrency: 1 },
    );
    this.worker.on('error', (error) =>
      this.options.logger.warn({ err: String(error) }, 'snapshot worker error'),
    );
    this.timer = setInterval(() => void this.register(), this.options.registerEveryMs);
  }

  private async register(): Promise<void> {
    try {
      await this.queue?.upsertJobScheduler(
        SNAPSHOT_SCHEDULER_ID,
        { pattern: `0 2 ${this.options.dayOfMonth} * *`, tz: 'Europe/London' },
        {
          name: 'snapshot',
          data: {},
          opts: { attempts: 10, backoff: { type: 'exponential', delay: 60_000 } },
        },
      );
    } catch (error) {
      this.options.logger.warn({ err: String(error) }, 'snapshot schedule not registered yet; will retry');
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.worker?.close();
    await this.queue?.close();
    await this.redis?.quit().catch(() => undefined);
  }
}
