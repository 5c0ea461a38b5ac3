import { EVENT_SUBSCRIPTIONS } from '@app/contracts';
import {
  createFailFastRedis,
  HealthHandlers,
  Outbox,
  OutboxRelayHost,
  OutboxReplayHandlers,
} from '@app/messaging';
import { createLogger } from '@app/observability';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM } from '@mikro-orm/postgresql';
import { type DynamicModule, Module } from '@nestjs/common';
import { ActionPlansHandlers } from './action-plans/action-plans.handlers';
import { ActionPlansService } from './action-plans/action-plans.service';
import { AwardsHandlers } from './awards/awards.handlers';
import { AwardsService } from './awards/awards.service';
import { ChartersHandlers } from './charters/charters.handlers';
import { ChartersService } from './charters/charters.service';
import { FeedbackSettings } from './feedback/feedback-settings';
import { FeedbackHandlers } from './feedback/feedback.handlers';
import { FeedbackService } from './feedback/feedback.service';
import { ForumsHandlers } from './forums/forums.handlers';
import { ForumsService } from './forums/forums.service';
import { InvolvementsHandlers } from './involvements/involvements.handlers';
import { InvolvementsService } from './involvements/involvements.service';
import { PROGRAMMES_SCHEMA } from './migrations';
import { programmesOrmConfig } from './orm.config';
import type { ProgrammesConfig } from './programmes.config';
import { ProjectsHandlers } from './projects/projects.handlers';
import { ProjectsService } from './projects/projects.service';
import { RepresentationHandlers } from './representation/representation.handlers';
import { RepresentationService } from './representation/representation.service';

/** The student partnership: charter, representation, forums, involvements, plans, projects, awards, feedback. */
@Module({})
export class ProgrammesAppModule {
  static register(config: ProgrammesConfig): DynamicModule {
    const logger = createLogger('programmes', config.LOG_LEVEL);
    return {
      module: ProgrammesAppModule,
      imports: [
        MikroOrmModule.forRoot({
          ...programmesOrmConfig(config.DATABASE_URL, logger),
          registerRequestContext: false,
        }),
      ],
      controllers: [
        ChartersHandlers,
        RepresentationHandlers,
        ForumsHandlers,
        InvolvementsHandlers,
        ActionPlansHandlers,
        ProjectsHandlers,
        AwardsHandlers,
        FeedbackHandlers,
        HealthHandlers,
        OutboxReplayHandlers,
        OutboxReplayHandlers,
      ],
      providers: [
        ChartersService,
        RepresentationService,
        ForumsService,
        InvolvementsService,
        ActionPlansService,
        ProjectsService,
        AwardsService,
        FeedbackService,
        { provide: FeedbackSettings, useValue: new FeedbackSettings(config) },
        { provide: Outbox, useValue: new Outbox('programmes') },
        {
          provide: OutboxRelayHost,
          inject: [MikroORM],
          useFactory: (orm: MikroORM) =>
            new OutboxRelayHost(orm, {
              schema: PROGRAMMES_SCHEMA,
              bullPrefix: config.BULLMQ_PREFIX,
              pollMs: config.OUTBOX_POLL_MS,
              subscriptions: EVENT_SUBSCRIPTIONS,
              redis: createFailFastRedis(config.REDIS_URL, 'programmes:outbox'),
              logger,
            }),
        },
      ],
    };
  }
}
