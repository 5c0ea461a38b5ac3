import {
  ActionPlanPattern,
  ActionPlanView,
  type Actor,
  AddActionItemDto,
  CreateActionPlanDto,
  CreateProjectDto,
  ListActionPlansQuery,
  ListProjectsQuery,
  type Page,
  ProjectPattern,
  ProjectReviewDto,
  ProjectView,
  UpdateActionItemDto,
  UpdateProjectDto,
} from '@app/contracts';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ApiPagedReply, ApiReply } from '../openapi/api-replies';
import { ServiceClients } from '../rpc/service-clients';

@ApiTags('student partnership')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('programmes/action-plans')
export class ActionPlansController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Allow(ActionPlanPattern.Create)
  @ApiOperation({ summary: "A school's action plan for an academic year (one per school and year)" })
  @ApiResponse({ status: 409, description: 'The school already has a plan that year (`existingId`)' })
  @ApiReply(ActionPlanView, 'The plan, each item with its id', 201)
  create(@CurrentActor() actor: Actor, @Body() body: CreateActionPlanDto): Promise<ActionPlanView> {
    return this.services.call('programmes', ActionPlanPattern.Create, actor, body);
  }

  @Get()
  @Allow(ActionPlanPattern.List)
  @ApiOperation({ summary: 'Action plans by school and year' })
  @ApiPagedReply(ActionPlanView, 'A page of action plans')
  list(@CurrentActor() actor: Actor, @Query() query: ListActionPlansQuery): Promise<Page<ActionPlanView>> {
    return this.services.call('programmes', ActionPlanPattern.List, actor, query);
  }

  @Get(':id')
  @Allow(ActionPlanPattern.Get)
  @ApiOperation({ summary: 'One action plan with its items and progress' })
  @ApiReply(ActionPlanView, 'The plan')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ActionPlanView> {
    return this.services.call('programmes', ActionPlanPattern.Get, actor, { planId: id });
  }

  @Post(':id/items')
  @Allow(ActionPlanPattern.AddItem)
  @ApiOperation({ summary: "Add an item (send the plan's version)" })
  @ApiReply(ActionPlanView, 'The plan', 201)
  addItem(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: AddActionItemDto,
  ): Promise<ActionPlanView> {
    return this.services.call('programmes', ActionPlanPattern.AddItem, actor, { planId: id, body });
  }

  @Patch(':id/items/:itemId')
  @Allow(ActionPlanPattern.UpdateItem)
  @ApiOperation({ summary: "Update an item's status, owner, due date or the student input on it" })
  @ApiReply(ActionPlanView, 'The plan')
  updateItem(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Body() body: UpdateActionItemDto,
  ): Promise<ActionPlanView> {
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
  @Allow(ProjectPattern.Create)
  @ApiOperation({
    summary: 'A priority partnership project (mental health, student voice, employability, other)',
  })
  @ApiReply(ProjectView, 'The project', 201)
  create(@CurrentActor() actor: Actor, @Body() body: CreateProjectDto): Promise<ProjectView> {
    return this.services.call('programmes', ProjectPattern.Create, actor, body);
  }

  @Get()
  @Allow(ProjectPattern.List)
  @ApiOperation({ summary: 'Projects by priority, status and year' })
  @ApiPagedReply(ProjectView, 'A page of projects')
  list(@CurrentActor() actor: Actor, @Query() query: ListProjectsQuery): Promise<Page<ProjectView>> {
    return this.services.call('programmes', ProjectPattern.List, actor, query);
  }

  @Get(':id')
  @Allow(ProjectPattern.Get)
  @ApiOperation({ summary: 'One project with its reviews' })
  @ApiReply(ProjectView, 'The project')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ProjectView> {
    return this.services.call('programmes', ProjectPattern.Get, actor, { projectId: id });
  }

  @Patch(':id')
  @Allow(ProjectPattern.Update)
  @ApiOperation({ summary: 'Change a project (send the version you read)' })
  @ApiReply(ProjectView, 'The project, changed')
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdateProjectDto,
  ): Promise<ProjectView> {
    return this.services.call('programmes', ProjectPattern.Update, actor, { projectId: id, body });
  }

  @Post(':id/reviews')
  @Allow(ProjectPattern.Review)
  @ApiOperation({
    summary: "The partnership working group's annual review",
    description: '`continue` makes the project active, `complete` completed, `stop` dropped.',
  })
  @ApiReply(ProjectView, 'The project with its reviews', 201)
  review(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ProjectReviewDto,
  ): Promise<ProjectView> {
    return this.services.call('programmes', ProjectPattern.Review, actor, { projectId: id, body });
  }
}
