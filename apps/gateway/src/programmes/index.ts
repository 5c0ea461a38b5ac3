import { AwardsController } from './awards.controller';
import { ChartersController } from './charters.controller';
import { FeedbackController } from './feedback.controller';
import { ForumsController, MeetingsController } from './forums.controller';
import { InvolvementsController } from './involvements.controller';
import { ActionPlansController, ProjectsController } from './plans-and-projects.controller';
import { RepresentativesController, TeachingGroupsController } from './representation.controller';

export const ProgrammeControllers = [
  ChartersController,
  TeachingGroupsController,
  RepresentativesController,
  ForumsController,
  MeetingsController,
  InvolvementsController,
  ActionPlansController,
  ProjectsController,
  AwardsController,
  FeedbackController,
];
