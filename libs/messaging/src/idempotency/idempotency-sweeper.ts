import { IdempotencyRecords } from '@app/database';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

const HOUR_MS = 3600_000;

/**
 * Deletes a service's idempotency records once they are past the 24 hours they are replayed
 * for (they are ignored from then on anyway). Every replica sweeps; a delete is harmless twice.
 */
export class IdempotencySweeper {
  private timer?: NodeJS.Timeout;
  private readonly records: IdempotencyRecords;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger?: Logger,
    private readonly everyMs = HOUR_MS,
  ) {
    this.records = new IdempotencyRecords(orm.config.get('schema') ?? 'public');
  }

  start(): void {
    this.timer = setInterval(() => void this.sweep(), this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<number> {
    try {
      return await this.records.sweep(this.orm.em.fork());
    } catch (error) {
      this.logger?.warn({ err: String(error) }, 'could not sweep old idempotency records; will retry');
      return 0;
    }
  }
}
