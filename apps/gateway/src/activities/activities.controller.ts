import {
  type Actor,
  ActivityPattern,
  CreateActivityDto,
  ListActivitiesQuery,
  type Role,
  UpdateActivityDto,
} from '@app/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ServiceClients } from '../rpc/service-clients';

const WRITERS: Role[] = ['commercialisation', 'admin', 'faculty'];
const READERS: Role[] = ['commercialisation', 'admin', 'leadership', 'faculty'];

@ApiTags('activities')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('activities')
export class ActivitiesController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Log an activity with a partner',
    description:
      '`details` is validated per `type`. Faculty staff log for their own faculty only (403). ' +
      'An `externalRef` already logged answers 200 with the existing activity (the body is ignored).',
  })
  @ApiResponse({ status: 201, description: 'The new activity, with its `academicYear`' })
  @ApiResponse({ status: 200, description: 'The activity already logged with this `externalRef`' })
  @ApiResponse({ status: 422, description: '`partnerId` names no partner, or an archived one' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateActivityDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const outcome = await this.services.callUntyped<{ created: boolean; activity: unknown }>(
      'activities',
      ActivityPattern.Create,
      actor,
      body,
    );
    void reply.status(outcome.created ? 201 : 200);
    return outcome.activity;
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'List activities', description: 'Faculty staff see their own faculty only.' })
  @ApiResponse({ status: 200, description: '`{ items, total, page, limit }`' })
  list(@CurrentActor() actor: Actor, @Query() query: ListActivitiesQuery) {
    return this.services.callUntyped('activities', ActivityPattern.List, actor, query);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'An activity' })
  @ApiResponse({ status: 200, description: 'The activity' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.services.callUntyped('activities', ActivityPattern.Get, actor, { activityId: id });
  }

  @Get(':id/history')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Who changed the activity, when, and what (money fields before and after)' })
  @ApiResponse({
    status: 200,
    description:
      'The audit trail, oldest first. An activity from a CSV import begins with its "created" entry ' +
      'carrying `source: { importId, fileName, row }`.',
  })
  history(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.services.callUntyped('activities', ActivityPattern.History, actor, { activityId: id });
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Change an activity',
    description: 'Send the `version` you read; faculty staff cannot move it to another faculty.',
  })
  @ApiResponse({ status: 200, description: 'The changed activity' })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateActivityDto) {
    return this.services.callUntyped('activities', ActivityPattern.Update, actor, { activityId: id, body });
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Delete an activity (kept in the audit trail)' })
  async remove(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.services.callUntyped('activities', ActivityPattern.Delete, actor, { activityId: id });
  }
}
