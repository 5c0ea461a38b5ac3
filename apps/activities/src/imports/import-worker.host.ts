import { ACTIVITY_IMPORT_QUEUE } from '@app/contracts';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import type { Logger } from 'pino';

interface ImportJob {
  importId: string;
}
import { ImportsService } from './imports.service';

/**
 * Runs import jobs in this replica; a job that fails for good marks its import failed. Every
 * `resubmitEveryMs` it queues again the unfinished imports whose jobs Redis lost.
 */
export class ImportWorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private worker?: Worker<ImportJob>;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    private readonly imports: ImportsService,
    private readonly options: {
      redisUrl: string;
      bullPrefix: string;
      stalledMs: number;
      resubmitEveryMs: number;
      logger: Logger;
    },
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker<ImportJob>(
      ACTIVITY_IMPORT_QUEUE,
      (job: Job<ImportJob>) => RequestContext.create(this.orm.em, () => this.imports.run(job.data.importId)),
      {
        connection: { url: this.options.redisUrl, maxRetriesPerRequest: null },
        prefix: this.options.bullPrefix,
        concurrency: 1,
        // A job holds a lock it renews; a dead process's job is taken up once its lock has lapsed.
        lockDuration: this.options.stalledMs,
        stalledInterval: this.options.stalledMs,
      },
    );
    this.worker.on('error', (error) =>
      this.options.logger.warn({ err: String(error) }, 'import worker error'),
    );
    this.worker.on('failed', (job, error) => {
      this.options.logger.error(
        { importId: job?.data.importId, err: String(error) },
        'import attempt failed',
      );
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
        void RequestContext.create(this.orm.em, () => this.imports.markFailed(job.data.importId));
      }
    });
    this.timer = setInterval(() => void this.resubmitLost(), this.options.resubmitEveryMs);
  }

  private async resubmitLost(): Promise<void> {
    try {
      const ids = await RequestContext.create(this.orm.em, () => this.imports.resubmitLost());
      if (ids.length)
        this.options.logger.warn({ importIds: ids }, 'imports queued again: their jobs were lost');
    } catch (error) {
      this.options.logger.warn({ err: String(error) }, 'could not check for lost import jobs');
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.worker?.close();
  }
}
