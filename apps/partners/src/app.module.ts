import { MessagingModule } from '@app/messaging';
import { createLogger } from '@app/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { ChildrenModule } from './children/children.module';
import { EnquiriesModule } from './enquiries/enquiries.module';
import { PARTNERS_SCHEMA } from './migrations';
import { partnersOrmConfig } from './orm.config';
import type { PartnersConfig } from './partners.config';
import { PartnersModule } from './partners/partners.module';

/** Partners, their contacts, goals, agreements and members, and enquiries about new ones. */
@Module({})
export class PartnersAppModule {
  static register(config: PartnersConfig): DynamicModule {
    const logger = createLogger('partners', config.LOG_LEVEL);
    return {
      module: PartnersAppModule,
      imports: [
        MessagingModule.forService({
          service: 'partners',
          schema: PARTNERS_SCHEMA,
          config,
          orm: partnersOrmConfig(config.DATABASE_URL, logger),
          logger,
          publishesEvents: true,
        }),
        PartnersModule,
        ChildrenModule,
        EnquiriesModule,
      ],
    };
  }
}
