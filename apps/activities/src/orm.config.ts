import { serviceOrmConfig } from '@app/database';
import { OutboxEvent } from '@app/messaging';
import type { Logger } from 'pino';
import { Activity, ActivityAudit, ActivityIncome } from './activities/activity.entity';
import { ActivityImport } from './imports/activity-import.entity';
import { ACTIVITIES_MIGRATIONS, ACTIVITIES_SCHEMA } from './migrations';

export function activitiesOrmConfig(databaseUrl: string, logger?: Logger) {
  return serviceOrmConfig({
    databaseUrl,
    schema: ACTIVITIES_SCHEMA,
    entities: [Activity, ActivityIncome, ActivityAudit, ActivityImport, OutboxEvent],
    migrations: ACTIVITIES_MIGRATIONS,
    logger,
  });
}
