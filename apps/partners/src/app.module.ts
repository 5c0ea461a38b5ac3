import { EVENT_SUBSCRIPTIONS } from '@app/contracts';
import {
  createFailFastRedis,
  HealthHandlers,
  Outbox,
  OutboxRelayHost,
  OutboxReplayHandlers,
} from '@app/messaging';
import { createLogger } from '@app/observability';
import { MikroORM } from '@mikro-orm/postgresql';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { type DynamicModule, Module } from '@nestjs/common';
import {
  AgreementsHandlers,
  ContactsHandlers,
  GoalsHandlers,
  MembersHandlers,
} from './children/children.handlers';
import { ChildrenService } from './children/children.service';
import { EnquiriesHandlers } from './enquiries/enquiries.handlers';
import { EnquiriesService } from './enquiries/enquiries.service';

import { PARTNERS_SCHEMA } from './migrations';
import { partnersOrmConfig } from './orm.config';
import type { PartnersConfig } from './partners.config';
import { PartnersHandlers } from './partners/partners.handlers';
import { PartnersService } from './partners/partners.service';

@Module({})
export class PartnersAppModule {
  static register(config: PartnersConfig): DynamicModule {
    const logger = createLogger('partners', config.LOG_LEVEL);
    return {
      module: PartnersAppModule,
      imports: [
        MikroOrmModule.forRoot({
          ...partnersOrmConfig(config.DATABASE_URL, logger),
          registerRequestContext: false,
        }),
      ],
      controllers: [
        PartnersHandlers,
        ContactsHandlers,
        GoalsHandlers,
        AgreementsHandlers,
        MembersHandlers,
        EnquiriesHandlers,
        HealthHandlers,
        OutboxReplayHandlers,
        OutboxReplayHandlers,
      ],
      providers: [
        PartnersService,
        ChildrenService,
        EnquiriesService,
        { provide: Outbox, useValue: new Outbox('partners') },
        {
          provide: OutboxRelayHost,
          inject: [MikroORM],
          useFactory: (orm: MikroORM) =>
            new OutboxRelayHost(orm, {
              schema: PARTNERS_SCHEMA,
              bullPrefix: config.BULLMQ_PREFIX,
              pollMs: config.OUTBOX_POLL_MS,
              subscriptions: EVENT_SUBSCRIPTIONS,
              redis: createFailFastRedis(config.REDIS_URL, 'partners:outbox'),
              logger,
            }),
        },
      ],
    };
  }
}
