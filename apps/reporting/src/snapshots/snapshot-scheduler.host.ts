import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { SnapshotsService } from './snapshots.service';

export const SNAPSHOT_QUEUE = 'reporting-snapshots';
export const SNAPSHOT_SCHEDULER_ID = 'monthly-snapshot';
const RETRY_REGISTRATION_MS = 30_000;

/**
 * A BullMQ job scheduler takes the monthly snapshot (one replica runs each job). The scheduler is
 * upserted at start, so changing the day in configuration moves it; while Redis is away the
 * registration is retried, and a job due meanwhile runs when Redis is back.
 */
export class SnapshotSchedulerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private queue?: Queue;
  private worker?: Worker;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    private readonly snapshots: SnapshotsService,
    private readonly options: { redisUrl: string; bullPrefix: string; dayOfMonth: number; logger: Logger },
  ) {}

  onApplicationBootstrap(): void {
    const connection = { url: this.options.redisUrl, maxRetriesPerRequest: null };
    this.queue = new Queue(SNAPSHOT_QUEUE, { connection, prefix: this.options.bullPrefix });
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
    void this.register();
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
      this.options.logger.warn({ err: String(error) }, 'snapshot schedule not registered yet; retrying');
      this.retry = setTimeout(() => void this.register(), RETRY_REGISTRATION_MS);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearTimeout(this.retry);
    await this.worker?.close();
    await this.queue?.close();
  }
}
