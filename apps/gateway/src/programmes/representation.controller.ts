import {
  type Actor,
  AppointRepresentativeDto,
  CoverageListView,
  CreateTeachingGroupDto,
  ListTeachingGroupsQuery,
  type Page,
  RepresentationPattern,
  RepresentativeListView,
  RepresentativesQuery,
  TeachingGroupView,
  UpdateTeachingGroupDto,
} from '@app/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { ApiStandardErrors } from '../errors/api-errors.decorator';
import { ApiNoContent, ApiPagedReply, ApiReply } from '../openapi/api-replies';
import { ServiceClients } from '../rpc/service-clients';

@ApiTags('student partnership')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('programmes/teaching-groups')
export class TeachingGroupsController {
  constructor(private readonly services: ServiceClients) {}

  @Post()
  @Allow(RepresentationPattern.CreateGroup)
  @ApiOperation({ summary: 'Add a teaching group of a school for an academic year' })
  @ApiResponse({ status: 409, description: 'The school already has that code that year (`existingId`)' })
  @ApiReply(TeachingGroupView, 'The group', 201)
  create(@CurrentActor() actor: Actor, @Body() body: CreateTeachingGroupDto): Promise<TeachingGroupView> {
    return this.services.call('programmes', RepresentationPattern.CreateGroup, actor, body);
  }

  @Get()
  @Allow(RepresentationPattern.ListGroups)
  @ApiOperation({ summary: 'Teaching groups with their current representative' })
  @ApiPagedReply(TeachingGroupView, 'A page of teaching groups')
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListTeachingGroupsQuery,
  ): Promise<Page<TeachingGroupView>> {
    return this.services.call('programmes', RepresentationPattern.ListGroups, actor, query);
  }

  @Get(':id')
  @Allow(RepresentationPattern.GetGroup)
  @ApiOperation({ summary: 'A teaching group, its representative and `representativeHistory`' })
  @ApiReply(TeachingGroupView, 'The group')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<TeachingGroupView> {
    return this.services.call('programmes', RepresentationPattern.GetGroup, actor, { groupId: id });
  }

  @Patch(':id')
  @Allow(RepresentationPattern.UpdateGroup)
  @ApiOperation({ summary: 'Rename or recode a group (send the version you read)' })
  @ApiReply(TeachingGroupView, 'The group, changed')
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdateTeachingGroupDto,
  ): Promise<TeachingGroupView> {
    return this.services.call('programmes', RepresentationPattern.UpdateGroup, actor, { groupId: id, body });
  }

  @Put(':id/representative')
  @Allow(RepresentationPattern.Appoint)
  @ApiOperation({
    summary: "Appoint the group's representative",
    description:
      'Exactly one per group: the current representative (if another student) ends their term and stays in `representativeHistory`.',
  })
  @ApiReply(TeachingGroupView, 'The group with its new representative')
  appoint(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: AppointRepresentativeDto,
  ): Promise<TeachingGroupView> {
    return this.services.call('programmes', RepresentationPattern.Appoint, actor, { groupId: id, body });
  }

  @Delete(':id/representative')
  @HttpCode(204)
  @Allow(RepresentationPattern.EndTerm)
  @ApiOperation({ summary: 'End the current term with nobody appointed yet' })
  @ApiNoContent('The term has ended')
  async endTerm(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.services.call('programmes', RepresentationPattern.EndTerm, actor, { groupId: id });
  }
}

@ApiTags('student partnership')
@ApiStandardErrors()
@ApiBearerAuth()
@Controller('programmes/representatives')
export class RepresentativesController {
  constructor(private readonly services: ServiceClients) {}

  @Get()
  @Allow(RepresentationPattern.Representatives)
  @ApiOperation({
    summary: 'Current representatives by school and year',
    description: 'Everyone sees names and groups; partnership staff also see student ids and emails.',
  })
  @ApiReply(RepresentativeListView, 'The current representatives')
  list(@CurrentActor() actor: Actor, @Query() query: RepresentativesQuery): Promise<RepresentativeListView> {
    return this.services.call('programmes', RepresentationPattern.Representatives, actor, query);
  }

  @Get('coverage')
  @Allow(RepresentationPattern.Coverage)
  @ApiOperation({ summary: 'Groups with a representative out of all groups, per school and year' })
  @ApiReply(CoverageListView, 'Coverage per school and year')
  coverage(@CurrentActor() actor: Actor, @Query() query: RepresentativesQuery): Promise<CoverageListView> {
    return this.services.call('programmes', RepresentationPattern.Coverage, actor, query);
  }
}
