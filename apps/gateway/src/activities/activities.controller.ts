import {
  type Actor,
  ActivityFieldChangeView,
  ActivityHistoryEntryView,
  ActivityPattern,
  ActivityView,
  CreateActivityDto,
  ListActivitiesQuery,
  type Page,
  UpdateActivityDto,
} from '@app/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ApiNoContent, ApiPagedReply, ApiReply } from '../openapi/api-replies';
import { ServiceClients } from '../rpc/service-clients';

@ApiTags('activities')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('activities')
export class ActivitiesController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Allow(ActivityPattern.Create)
  @ApiOperation({
    summary: 'Log an activity with a partner',
    description:
      '`details` is validated per `type`. Faculty staff log for their own faculty only (403). ' +
      'An `externalRef` already logged answers 200 with the existing activity (the body is ignored).',
  })
  @ApiReply(ActivityView, 'The new activity, with its `academicYear`', 201)
  @ApiReply(ActivityView, 'The activity already logged with this `externalRef`')
  @ApiResponse({ status: 422, description: '`partnerId` names no partner, or an archived one' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateActivityDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActivityView> {
    const outcome = await this.services.call('activities', ActivityPattern.Create, actor, body);
    void reply.status(outcome.created ? 201 : 200);
    return outcome.activity;
  }

  @Get()
  @Allow(ActivityPattern.List)
  @ApiOperation({ summary: 'List activities', description: 'Faculty staff see their own faculty only.' })
  @ApiPagedReply(ActivityView, 'A page of activities')
  list(@CurrentActor() actor: Actor, @Query() query: ListActivitiesQuery): Promise<Page<ActivityView>> {
    return this.services.call('activities', ActivityPattern.List, actor, query);
  }

  @Get(':id')
  @Allow(ActivityPattern.Get)
  @ApiOperation({ summary: 'An activity' })
  @ApiReply(ActivityView, 'The activity')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ActivityView> {
    return this.services.call('activities', ActivityPattern.Get, actor, { activityId: id });
  }

  @Get(':id/history')
  @Allow(ActivityPattern.History)
  @ApiOperation({ summary: 'Who changed the activity, when, and what (money fields before and after)' })
  @ApiExtraModels(ActivityHistoryEntryView, ActivityFieldChangeView)
  @ApiOkResponse({
    description:
      'The audit trail, oldest first. An activity from a CSV import begins with its "created" entry ' +
      'carrying `source: { importId, fileName, row }`.',
    schema: { type: 'array', items: { $ref: getSchemaPath(ActivityHistoryEntryView) } },
  })
  history(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ActivityHistoryEntryView[]> {
    return this.services.call('activities', ActivityPattern.History, actor, { activityId: id });
  }

  @Patch(':id')
  @Allow(ActivityPattern.Update)
  @ApiOperation({
    summary: 'Change an activity',
    description: 'Send the `version` you read; faculty staff cannot move it to another faculty.',
  })
  @ApiReply(ActivityView, 'The changed activity')
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdateActivityDto,
  ): Promise<ActivityView> {
    return this.services.call('activities', ActivityPattern.Update, actor, { activityId: id, body });
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow(ActivityPattern.Delete)
  @ApiOperation({ summary: 'Delete an activity (kept in the audit trail)' })
  @ApiNoContent('Deleted')
  async remove(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.services.call('activities', ActivityPattern.Delete, actor, { activityId: id });
  }
}
