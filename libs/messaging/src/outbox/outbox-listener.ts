import { Client } from 'pg';
import type { Logger } from 'pino';

/** The channel a service's outbox trigger notifies (`outboxNotifySql`). */
export const outboxChannel = (schema: string) => `${schema}_outbox`;

/**
 * Tells the relay as soon as a transaction that wrote outbox rows commits: the outbox table's
 * trigger NOTIFYs the schema's channel, and PostgreSQL delivers that at commit, from any process
 * or replica. Polling stays the fallback: while this is not connected (PostgreSQL restarting, say)
 * it reconnects with backoff, and says once that it lost the connection.
 */
export class OutboxListener {
  private client?: Client;
  private retry?: NodeJS.Timeout;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly options: {
      url: string;
      schema: string;
      onNotify: () => void;
      logger: Logger;
    },
  ) {}

  start(): void {
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.options.url });
    this.client = client;
    client.on('notification', () => this.options.onNotify());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen "${outboxChannel(this.options.schema)}"`);
      if (this.failures > 0) this.options.logger.info('outbox listener reconnected');
      this.failures = 0;
      this.options.onNotify(); // rows may have been committed while nobody was listening
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: Client, error?: unknown): void {
    if (this.client !== client || this.stopped) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    this.failures++;
    if (this.failures === 1)
      this.options.logger.warn(
        { err: error instanceof Error ? error.message : 'connection ended' },
        'outbox listener lost its connection; polling until it is back',
      );
    this.retry = setTimeout(() => void this.connect(), Math.min(30_000, 250 * 2 ** this.failures));
  }
}
