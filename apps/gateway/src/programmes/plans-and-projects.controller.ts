import {
  ActionPlanPattern,
  type Actor,
  AddActionItemDto,
  CreateActionPlanDto,
  CreateProjectDto,
  ListActionPlansQuery,
  ListProjectsQuery,
  PROGRAMME_READERS,
  PROGRAMME_WRITERS,
  ProjectPattern,
  ProjectReviewDto,
  UpdateActionItemDto,
  UpdateProjectDto,
} from '@app/contracts';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ServiceClients } from '../rpc/service-clients';

@ApiTags('student partnership')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('programmes/action-plans')
export class ActionPlansController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({ summary: "A school's action plan for an academic year (one per school and year)" })
  @ApiResponse({ status: 201, description: 'The plan, each item with its id' })
  @ApiResponse({ status: 409, description: 'The school already has a plan that year (`existingId`)' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateActionPlanDto) {
    return this.services.call('programmes', ActionPlanPattern.Create, actor, body);
  }

  @Get()
  @Roles(...PROGRAMME_READERS)
  @ApiOperation({ summary: 'Action plans by school and year' })
  list(@CurrentActor() actor: Actor, @Query() query: ListActionPlansQuery) {
    return this.services.call('programmes', ActionPlanPattern.List, actor, query);
  }

  @Get(':id')
  @Roles(...PROGRAMME_READERS)
  @ApiOperation({ summary: 'One action plan with its items and progress' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.services.call('programmes', ActionPlanPattern.Get, actor, { planId: id });
  }

  @Post(':id/items')
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({ summary: "Add an item (send the plan's version)" })
  @ApiResponse({ status: 201, description: 'The plan' })
  addItem(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: AddActionItemDto) {
    return this.services.call('programmes', ActionPlanPattern.AddItem, actor, { planId: id, body });
  }

  @Patch(':id/items/:itemId')
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({ summary: "Update an item's status, owner, due date or the student input on it" })
  updateItem(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Body() body: UpdateActionItemDto,
  ) {
    return this.services.call('programmes', ActionPlanPattern.UpdateItem, actor, {
      planId: id,
      itemId,
      body,
    });
  }
}

@ApiTags('student partnership')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('programmes/projects')
export class ProjectsController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({
    summary: 'A priority partnership project (mental health, student voice, employability, other)',
  })
  @ApiResponse({ status: 201, description: 'The project' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateProjectDto) {
    return this.services.call('programmes', ProjectPattern.Create, actor, body);
  }

  @Get()
  @Roles(...PROGRAMME_READERS)
  @ApiOperation({ summary: 'Projects by priority, status and year' })
  list(@CurrentActor() actor: Actor, @Query() query: ListProjectsQuery) {
    return this.services.call('programmes', ProjectPattern.List, actor, query);
  }

  @Get(':id')
  @Roles(...PROGRAMME_READERS)
  @ApiOperation({ summary: 'One project with its reviews' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.services.call('programmes', ProjectPattern.Get, actor, { projectId: id });
  }

  @Patch(':id')
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({ summary: 'Change a project (send the version you read)' })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateProjectDto) {
    return this.services.call('programmes', ProjectPattern.Update, actor, { projectId: id, body });
  }

  @Post(':id/reviews')
  @Roles(...PROGRAMME_WRITERS)
  @ApiOperation({
    summary: "The partnership working group's annual review",
    description: '`continue` makes the project active, `complete` completed, `stop` dropped.',
  })
  @ApiResponse({ status: 201, description: 'The project with its reviews' })
  review(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ProjectReviewDto) {
    return this.services.call('programmes', ProjectPattern.Review, actor, { projectId: id, body });
  }
}
