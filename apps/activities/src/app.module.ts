import { MessagingModule } from '@app/messaging';
import { createLogger } from '@app/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { ActivitiesModule } from './activities/activities.module';
import type { ActivitiesConfig } from './activities.config';
import { ImportsModule } from './imports/imports.module';
import { ACTIVITIES_SCHEMA } from './migrations';
import { activitiesOrmConfig } from './orm.config';
import { PartnersLookupModule } from './partners-lookup/partners-lookup.module';

/** Engagement activities with partners, logged one by one or imported from CSV. */
@Module({})
export class ActivitiesAppModule {
  static register(config: ActivitiesConfig): DynamicModule {
    const logger = createLogger('activities', config.LOG_LEVEL);
    const partnersLookup = PartnersLookupModule.register(config);
    return {
      module: ActivitiesAppModule,
      imports: [
        MessagingModule.forService({
          service: 'activities',
          schema: ACTIVITIES_SCHEMA,
          config,
          orm: activitiesOrmConfig(config.DATABASE_URL, logger),
          logger,
          publishesEvents: true,
        }),
        ActivitiesModule.register(partnersLookup),
        ImportsModule.register(config, logger, partnersLookup),
      ],
    };
  }
}
