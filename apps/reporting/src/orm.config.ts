import { serviceOrmConfig } from '@app/database';
import { OutboxEvent } from '@app/messaging';
import type { Logger } from 'pino';
import { REPORTING_MIGRATIONS, REPORTING_SCHEMA } from './migrations';

/** The read models are written with SQL (projections); no entity but the shared outbox row. */
export function reportingOrmConfig(databaseUrl: string, logger?: Logger) {
  return serviceOrmConfig({
    databaseUrl,
    schema: REPORTING_SCHEMA,
    entities: [OutboxEvent],
    migrations: REPORTING_MIGRATIONS,
    logger,
  });
}
