import { serviceOrmConfig } from '@app/database';
import { OutboxEvent } from '@app/messaging';
import type { Logger } from 'pino';
import { ActionPlan } from './action-plans/action-plan.entity';
import { AwardCycle, Nomination } from './awards/award.entities';
import { Charter } from './charters/charter.entity';
import { Feedback } from './feedback/feedback.entity';
import { Forum, Meeting } from './forums/forum.entity';
import { Involvement } from './involvements/involvement.entity';
import { PROGRAMMES_MIGRATIONS, PROGRAMMES_SCHEMA } from './migrations';
import { Project, ProjectReview } from './projects/project.entity';
import { RepresentativeTerm, TeachingGroup } from './representation/teaching-group.entity';

export function programmesOrmConfig(databaseUrl: string, logger?: Logger) {
  return serviceOrmConfig({
    databaseUrl,
    schema: PROGRAMMES_SCHEMA,
    entities: [
      Charter,
      TeachingGroup,
      RepresentativeTerm,
      Forum,
      Meeting,
      Involvement,
      ActionPlan,
      Project,
      ProjectReview,
      AwardCycle,
      Nomination,
      Feedback,
      OutboxEvent,
    ],
    migrations: PROGRAMMES_MIGRATIONS,
    logger,
  });
}
