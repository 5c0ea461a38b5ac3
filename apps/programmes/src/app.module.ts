import { MessagingModule } from '@app/messaging';
import { createLogger } from '@app/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { ActionPlansModule } from './action-plans/action-plans.module';
import { AwardsModule } from './awards/awards.module';
import { ChartersModule } from './charters/charters.module';
import { FeedbackModule } from './feedback/feedback.module';
import { ForumsModule } from './forums/forums.module';
import { InvolvementsModule } from './involvements/involvements.module';
import { PROGRAMMES_SCHEMA } from './migrations';
import { programmesOrmConfig } from './orm.config';
import type { ProgrammesConfig } from './programmes.config';
import { ProjectsModule } from './projects/projects.module';
import { RepresentationModule } from './representation/representation.module';

/** The student partnership: charter, representation, forums, involvements, plans, projects, awards, feedback. */
@Module({})
export class ProgrammesAppModule {
  static register(config: ProgrammesConfig): DynamicModule {
    const logger = createLogger('programmes', config.LOG_LEVEL);
    return {
      module: ProgrammesAppModule,
      imports: [
        MessagingModule.forService({
          service: 'programmes',
          schema: PROGRAMMES_SCHEMA,
          config,
          orm: programmesOrmConfig(config.DATABASE_URL, logger),
          logger,
          publishesEvents: true,
        }),
        ChartersModule,
        RepresentationModule,
        ForumsModule,
        InvolvementsModule,
        ActionPlansModule,
        ProjectsModule,
        AwardsModule,
        FeedbackModule.register(config),
      ],
    };
  }
}
